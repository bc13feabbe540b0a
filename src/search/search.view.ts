import type { Viewer } from '../auth/access-rule';
import { PERSON_STATUSES } from '../persons/person.schema';
import { placeLabel } from '../places/places';
import { REVIEW_STATUSES } from '../posts/post.schema';
import { SOURCE_TYPES } from '../sources/source.schema';
import { html, type SafeHtml } from '../web/html';
import { t } from '../web/i18n';
import { label, statusLabel, th } from '../web/labels';
import { layout, type PageContext } from '../web/layout';
import { listedDate, postHref } from '../web/post-parts.view';
import type { MatchReason } from './post-search';
import { SEARCH_LANGS, VERIFICATION_STATUSES, type PostSearchInput } from './search.dto';
import type { PersonHit, PostHit } from './search.service';

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
    r.kind === 'name'
      ? t(ctx, 'search.why.name', { names: r.names.join(', ') })
      : r.kind === 'place'
        ? t(ctx, 'search.why.place', { place: placeLabel(r.placeId, ctx.lang) })
        : t(ctx, 'search.why.words'),
  );
  return html` · <span class="why" dir="auto">${parts.join('; ')}</span>`;
}

export function searchView(ctx: PageContext, user: Viewer, page: SearchPage): string {
  const { postIn, personIn, p, problems, unverified, posts, persons } = page;
  const opt = (value: string, label: string, selected: string | undefined) =>
    html`<option value="${value}" ${selected === value ? 'selected' : ''}>${label}</option>`;
  const anyOpt = html`<option value="">${t(ctx, 'search.any')}</option>`;
  const yesNo = (name: string, label: string, value: string | undefined) =>
    html`<label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">${anyOpt}${opt('true', t(ctx, 'search.yes'), value)}${opt('false', t(ctx, 'search.no'), value)}</select>`;
  const field = (name: string, label: string, value: string | undefined, type = 'text', extra: SafeHtml | string = '') =>
    html`<label for="f-${name}">${label}</label><input id="f-${name}" name="${name}" type="${type}" value="${value ?? ''}" ${extra}>`;

  const form = html`<form method="get" action="/search" class="card search-form" id="search-form">
        <label for="f-q">${t(ctx, 'search.query')}</label>
        <div class="search-box"><input id="f-q" name="q" type="search" value="${postIn.q ?? ''}" dir="auto" size="50">
          <button type="submit" class="primary">${t(ctx, 'search.submit')}</button></div>
        <div class="search-filters">
          <fieldset><legend>${t(ctx, 'search.postFilters')}</legend>
            ${field('from', t(ctx, 'search.from'), postIn.from, 'date')}
            ${field('to', t(ctx, 'search.to'), postIn.to, 'date')}
            <label for="f-sourceType">${t(ctx, 'search.sourceType')}</label>
            <select id="f-sourceType" name="sourceType">${anyOpt}${SOURCE_TYPES.map((s) => opt(s, label(ctx, 'sourceType', s), postIn.sourceType))}</select>
            <label for="f-lang">${t(ctx, 'search.language')}</label>
            <select id="f-lang" name="lang">${anyOpt}${SEARCH_LANGS.map((s) => opt(s, label(ctx, 'lang', s), postIn.lang))}</select>
            <label for="f-reviewStatus">${t(ctx, 'search.reviewStatus')}</label>
            <select id="f-reviewStatus" name="reviewStatus">${anyOpt}${REVIEW_STATUSES.map((s) => opt(s, label(ctx, 'reviewStatus', s), postIn.reviewStatus))}</select>
            ${yesNo('hasPhoto', t(ctx, 'search.hasPhoto'), postIn.hasPhoto)}
            ${yesNo('hasMentions', t(ctx, 'search.hasMentions'), postIn.hasMentions)}
            <label for="f-sort">${t(ctx, 'search.sort')}</label>
            <select id="f-sort" name="sort">${opt('date', t(ctx, 'search.sort.date'), postIn.sort ?? 'date')}${opt('relevance', t(ctx, 'search.sort.relevance'), postIn.sort)}</select>
          </fieldset>
          <fieldset><legend>${t(ctx, 'search.personFilters')}</legend>
            <label for="f-status">${t(ctx, 'search.personStatus')}</label>
            <select id="f-status" name="status">${anyOpt}${PERSON_STATUSES.map((s) => opt(s, statusLabel(ctx, s), personIn.status))}</select>
            ${
              unverified
                ? html`<label for="f-verification">${t(ctx, 'search.verification')}</label>
                  <select id="f-verification" name="verification">${anyOpt}${VERIFICATION_STATUSES.map((s) => opt(s, label(ctx, 'verification', s), personIn.verification))}</select>`
                : html`<p class="muted">${t(ctx, 'search.verifiedOnly')}</p>`
            }
            ${field('hometown', t(ctx, 'search.hometown'), personIn.hometown, 'text', html`dir="auto"`)}
            ${field('prison', t(ctx, 'search.prison'), personIn.prison, 'text', html`dir="auto"`)}
            ${field('arrestYearFrom', t(ctx, 'search.arrestFrom'), personIn.arrestYearFrom, 'number', html`min="1900" max="2100"`)}
            ${field('arrestYearTo', t(ctx, 'search.arrestTo'), personIn.arrestYearTo, 'number', html`min="1900" max="2100"`)}
          </fieldset>
        </div></form>`;

  const nextHref = posts.nextCursor ? `/search?${new URLSearchParams({ ...postIn, ...personIn, cursor: posts.nextCursor }).toString()}` : null;
  const postRows = (items: PostHit[]) =>
    html`<ol id="post-results" class="search-results">${items.map(
      (h) => html`<li data-post="${h.id}"><a href="${postHref(user, h.id)}" dir="auto">${(h.title ?? h.text).slice(0, 160)}</a>
          <div class="muted">${label(ctx, 'sourceType', h.sourceType)} · ${label(ctx, 'lang', h.lang)} · ${listedDate(ctx, h)} · ${label(ctx, 'reviewStatus', h.review.status)}${h.mentionCount ? html` · ${t(ctx, 'review.mentions', { n: h.mentionCount })}` : ''}${h.media.length ? html` · ${t(ctx, 'review.photos')}` : ''}${p.q ? html` · ${t(ctx, 'search.relevance', { n: h.relevance })}${why(ctx, h.matched)}` : ''}</div></li>`,
    )}</ol>`;
  const personRows = (items: PersonHit[]) =>
    html`<ol id="person-results" class="search-results">${items.map(
      ({ person, score }) => html`<li data-person="${person.id}"><a href="/persons/${person.id}"><bdi>${person.displayName}</bdi></a>
          <span class="muted">${statusLabel(ctx, person.status)} · <span class="badge ${person.verification.status === 'verified' ? 'ok' : ''}">${label(ctx, 'verification', person.verification.status)}</span>${score !== null ? html` · ${t(ctx, 'search.match', { n: Math.round(score * 100) })}` : ''}</span></li>`,
    )}</ol>`;

  // The export links carry the same query: the API's parameter names (q for words, name for persons).
  const postQs = new URLSearchParams(
    Object.entries(postIn).filter((e): e is [string, string] => e[0] !== 'cursor' && typeof e[1] === 'string' && e[1] !== ''),
  ).toString();
  const personQs = new URLSearchParams(
    Object.entries({ ...personIn, ...(postIn.q ? { name: postIn.q } : {}) }).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  ).toString();
  const exportLinks = (kind: 'posts' | 'persons', formats: string[], qs: string) =>
    html`<p class="exports" id="export-${kind}">${t(ctx, 'search.export')}: ${formats.map((f) => html`<a href="/search/export/${kind}.${f}${qs ? `?${qs}` : ''}" download>${f.replace('.xml', '').toUpperCase()}</a> `)}</p>`;

  const body = html`${form}
      ${problems.length ? html`<p class="card flash" role="alert" id="search-problems">${t(ctx, 'search.invalid', { details: problems.join('; ') })}</p>` : ''}
      <div class="search-columns">
        <section class="card" id="posts-section"><h2>${t(ctx, 'search.posts')}</h2>
          ${posts.items.length === 0 ? html`<p class="muted">${t(ctx, 'search.noPosts')}</p>` : postRows(posts.items)}
          ${nextHref ? html`<p><a href="${nextHref}" id="next-page" rel="next">${t(ctx, 'search.next')}</a></p>` : ''}
          ${exportLinks('posts', ['csv', 'ndjson'], postQs)}</section>
        <section class="card" id="persons-section"><h2>${t(ctx, 'search.persons')}</h2>
          ${persons.length === 0 ? html`<p class="muted">${t(ctx, 'search.noPersons')}</p>` : personRows(persons)}
          ${exportLinks('persons', ['csv', 'ndjson', 'pfif.xml'], personQs)}</section>
      </div>
      <p class="muted">${th(ctx, 'search.apiHint', { posts: html`<bdi><code>GET /api/search/posts</code></bdi>`, persons: html`<bdi><code>/api/search/persons</code></bdi>`, docs: html`<a href="/api/docs"><bdi>/api/docs</bdi></a>` })}</p>`;
  return layout(ctx, t(ctx, 'search.title'), body);
}
