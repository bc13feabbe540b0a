import type { Viewer } from '../auth/access-rule';
import { PERSON_STATUSES } from '../persons/person.schema';
import { placeLabel } from '../places/places';
import { REVIEW_STATUSES } from '../posts/post.schema';
import { SOURCE_TYPES } from '../sources/source.schema';
import { html, type SafeHtml } from '../web/html';
import { t, type MessageKey } from '../web/i18n';
import { layout, type PageContext } from '../web/layout';
import { listedDate, postHref } from '../web/post-parts.view';
import type { MatchReason } from './post-search';
import { SEARCH_LANGS, VERIFICATION_STATUSES, type PostSearchInput } from './search-api.controller';
import type { PersonHit, PostHit } from './search.service';

/** The page's strings live in src/web/messages/search.ts. */
const st = t;

export interface SearchPage {
  postIn: Record<string, string>;
  personIn: Record<string, string>;
  p: PostSearchInput;
  problems: string[];
  unverified: boolean;
  posts: { items: PostHit[]; nextCursor: string | null };
  persons: PersonHit[];
}

function why(ctx: PageContext, reasons: MatchReason[]): SafeHtml | string {
  if (reasons.length === 0) return '';
  const parts = reasons.map((r) =>
    r.kind === 'name' ? st(ctx.lang, 'search.why.name', { names: r.names.join(', ') }) : r.kind === 'place' ? st(ctx.lang, 'search.why.place', { place: placeLabel(r.placeId, ctx.lang) }) : st(ctx.lang, 'search.why.words'),
  );
  return html` · <span class="why" dir="auto">${parts.join('; ')}</span>`;
}

export function searchView(ctx: PageContext, user: Viewer, page: SearchPage): string {
  const L = ctx.lang;
  const { postIn, personIn, p, problems, unverified, posts, persons } = page;
    const opt = (value: string, label: string, selected: string | undefined) => html`<option value="${value}" ${selected === value ? 'selected' : ''}>${label}</option>`;
    const anyOpt = html`<option value="">${st(L, 'search.any')}</option>`;
    const yesNo = (name: string, label: string, value: string | undefined) =>
      html`<label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">${anyOpt}${opt('true', st(L, 'search.yes'), value)}${opt('false', st(L, 'search.no'), value)}</select>`;
    const field = (name: string, label: string, value: string | undefined, type = 'text', extra: SafeHtml | string = '') =>
      html`<label for="f-${name}">${label}</label><input id="f-${name}" name="${name}" type="${type}" value="${value ?? ''}" ${extra}>`;
    const statusLabel = (s: string) => t(L, `status.${s}` as MessageKey);

    const form = html`<form method="get" action="/search" class="card search-form" id="search-form">
        <label for="f-q">${st(L, 'search.query')}</label>
        <div class="search-box"><input id="f-q" name="q" type="search" value="${postIn.q ?? ''}" dir="auto" size="50">
          <button type="submit" class="primary">${st(L, 'search.submit')}</button></div>
        <div class="search-filters">
          <fieldset><legend>${st(L, 'search.postFilters')}</legend>
            ${field('from', st(L, 'search.from'), postIn.from, 'date')}
            ${field('to', st(L, 'search.to'), postIn.to, 'date')}
            <label for="f-sourceType">${st(L, 'search.sourceType')}</label>
            <select id="f-sourceType" name="sourceType">${anyOpt}${SOURCE_TYPES.map((s) => opt(s, s, postIn.sourceType))}</select>
            <label for="f-lang">${st(L, 'search.language')}</label>
            <select id="f-lang" name="lang">${anyOpt}${SEARCH_LANGS.map((s) => opt(s, s, postIn.lang))}</select>
            <label for="f-reviewStatus">${st(L, 'search.reviewStatus')}</label>
            <select id="f-reviewStatus" name="reviewStatus">${anyOpt}${REVIEW_STATUSES.map((s) => opt(s, s, postIn.reviewStatus))}</select>
            ${yesNo('hasPhoto', st(L, 'search.hasPhoto'), postIn.hasPhoto)}
            ${yesNo('hasMentions', st(L, 'search.hasMentions'), postIn.hasMentions)}
            <label for="f-sort">${st(L, 'search.sort')}</label>
            <select id="f-sort" name="sort">${opt('date', st(L, 'search.sort.date'), postIn.sort ?? 'date')}${opt('relevance', st(L, 'search.sort.relevance'), postIn.sort)}</select>
          </fieldset>
          <fieldset><legend>${st(L, 'search.personFilters')}</legend>
            <label for="f-status">${st(L, 'search.personStatus')}</label>
            <select id="f-status" name="status">${anyOpt}${PERSON_STATUSES.map((s) => opt(s, statusLabel(s), personIn.status))}</select>
            ${unverified
              ? html`<label for="f-verification">${st(L, 'search.verification')}</label>
                  <select id="f-verification" name="verification">${anyOpt}${VERIFICATION_STATUSES.map((s) => opt(s, s, personIn.verification))}</select>`
              : html`<p class="muted">${st(L, 'search.verifiedOnly')}</p>`}
            ${field('hometown', st(L, 'search.hometown'), personIn.hometown, 'text', html`dir="auto"`)}
            ${field('prison', st(L, 'search.prison'), personIn.prison, 'text', html`dir="auto"`)}
            ${field('arrestYearFrom', st(L, 'search.arrestFrom'), personIn.arrestYearFrom, 'number', html`min="1900" max="2100"`)}
            ${field('arrestYearTo', st(L, 'search.arrestTo'), personIn.arrestYearTo, 'number', html`min="1900" max="2100"`)}
          </fieldset>
        </div></form>`;

    const nextHref = posts.nextCursor ? `/search?${new URLSearchParams({ ...postIn, ...personIn, cursor: posts.nextCursor }).toString()}` : null;
    const postRows = (items: PostHit[]) =>
      html`<ol id="post-results" class="search-results">${items.map(
        (h) => html`<li data-post="${h.id}"><a href="${postHref(user, h.id)}" dir="auto">${(h.title ?? h.text).slice(0, 160)}</a>
          <div class="muted">${h.sourceType} · ${h.lang} · ${listedDate(ctx, h)} · ${h.review.status}${h.mentionCount ? html` · ${t(L, 'review.mentions', { n: h.mentionCount })}` : ''}${h.media.length ? html` · ${t(L, 'review.photos')}` : ''}${p.q ? html` · ${st(L, 'search.relevance', { n: h.relevance })}${why(ctx, h.matched)}` : ''}</div></li>`,
      )}</ol>`;
    const personRows = (items: PersonHit[]) =>
      html`<ol id="person-results" class="search-results">${items.map(
        ({ person, score }) => html`<li data-person="${person.id}"><a href="/persons/${person.id}" dir="auto">${person.displayName}</a>
          <span class="muted">${statusLabel(person.status)} · <span class="badge ${person.verification.status === 'verified' ? 'ok' : ''}">${person.verification.status}</span>${score !== null ? html` · ${st(L, 'search.match', { n: Math.round(score * 100) })}` : ''}</span></li>`,
      )}</ol>`;

    // The export links carry the same query: the API's parameter names (q for words, name for persons).
    const postQs = new URLSearchParams(Object.entries(postIn).filter(([k, v]) => k !== 'cursor' && v !== undefined && v !== '') as [string, string][]).toString();
    const personQs = new URLSearchParams(
      Object.entries({ ...personIn, ...(postIn.q ? { name: postIn.q } : {}) }).filter(([, v]) => v !== undefined && v !== '') as [string, string][],
    ).toString();
    const exportLinks = (kind: 'posts' | 'persons', formats: string[], qs: string) =>
      html`<p class="exports" id="export-${kind}">${st(L, 'search.export')}: ${formats.map((f) => html`<a href="/search/export/${kind}.${f}${qs ? `?${qs}` : ''}" download>${f.replace('.xml', '').toUpperCase()}</a> `)}</p>`;

    const body = html`${form}
      ${problems.length ? html`<p class="card flash" role="alert" id="search-problems">${st(L, 'search.invalid', { details: problems.join('; ') })}</p>` : ''}
      <div class="search-columns">
        <section class="card" id="posts-section"><h2>${st(L, 'search.posts')}</h2>
          ${posts.items.length === 0 ? html`<p class="muted">${st(L, 'search.noPosts')}</p>` : postRows(posts.items)}
          ${nextHref ? html`<p><a href="${nextHref}" id="next-page" rel="next">${st(L, 'search.next')}</a></p>` : ''}
          ${exportLinks('posts', ['csv', 'ndjson'], postQs)}</section>
        <section class="card" id="persons-section"><h2>${st(L, 'search.persons')}</h2>
          ${persons.length === 0 ? html`<p class="muted">${st(L, 'search.noPersons')}</p>` : personRows(persons)}
          ${exportLinks('persons', ['csv', 'ndjson', 'pfif.xml'], personQs)}</section>
      </div>
      <p class="muted">${st(L, 'search.apiHint')}</p>`;
  return layout(ctx, st(L, 'search.title'), body);
}
