import type { Suggestion } from '../posts/mention.schema';
import { editsOf, type MentionRecord } from '../posts/mention.repository';
import { MENTION_ROLES } from '../posts/mention.schema';
import type { PostRecord } from '../posts/post.repository';
import { html, safeUrl, type SafeHtml } from '../web/html';
import { t } from '../web/i18n';
import { csrfField, layout, postButton, type PageContext } from '../web/layout';
import { facts, label, reasons, roleLabel, th } from '../web/labels';
import { highlight, listedDate, moment, photoFigure, videoLine } from '../web/post-parts.view';
import { faceReason, faceSuggestionsList, postFacesCard } from '../faces/faces.view';
import type { ReviewPostView } from './review.service';
import { scalarText } from '../text/scalar';

export interface TriageRow {
  post: PostRecord;
  /** The other sources that re-posted it. */
  copies: PostRecord[];
  takenBy: string | null;
}

export function triageView(ctx: PageContext, rows: TriageRow[], filters: { sort: string; lang?: string; hasPhoto?: boolean }): string {
  const body = html`<form method="get" action="/review" class="card">
      <label for="sort">${t(ctx, 'review.filters')}</label>
      <select id="sort" name="sort"><option value="newest">${t(ctx, 'review.sort.newest')}</option><option value="mentions" ${filters.sort === 'mentions' ? 'selected' : ''}>${t(ctx, 'review.sort.mentions')}</option></select>
      <select name="lang" aria-label="${t(ctx, 'review.language')}"><option value="">${t(ctx, 'review.any')}</option>${['ar', 'en', 'fr'].map((l) => html`<option value="${l}" ${filters.lang === l ? 'selected' : ''}>${label(ctx, 'lang', l)}</option>`)}</select>
      <label class="inline"><input type="checkbox" name="photo" value="1" ${filters.hasPhoto ? 'checked' : ''}> ${t(ctx, 'review.hasPhoto')}</label>
      <button type="submit">${t(ctx, 'review.apply')}</button></form>
    ${
      rows.length === 0
        ? html`<p class="card">${t(ctx, 'review.empty')}</p>`
        : html`<table id="queue"><tbody>${rows.map(
            ({ post: p, copies, takenBy }) => html`<tr data-post="${p.id}">
          <td><input type="checkbox" name="posts" value="${p.id}" form="bulk"></td>
          <td><div dir="auto">${(p.title ?? p.text).slice(0, 160)}</div><div class="muted">${label(ctx, 'sourceType', p.sourceType)} · ${label(ctx, 'lang', p.lang)} · ${listedDate(ctx, p)}</div>
            ${copies.length ? html`<div class="muted copies" data-copies="${copies.length}">${t(ctx, 'post.alsoFrom', { n: copies.length })}: ${copies.slice(0, 10).map((c) => html`<span class="badge">${label(ctx, 'sourceType', c.sourceType)} · ${listedDate(ctx, c)}</span> `)}</div>` : ''}</td>
          <td>${t(ctx, 'review.mentions', { n: p.mentionCount ?? 0 })}${p.media.length ? html` · ${t(ctx, 'review.photos')}` : ''}</td>
          <td>${takenBy !== null ? html`<span class="badge warn">${th(ctx, 'review.claimedBy', { name: takenBy })}</span>` : postButton(ctx, `/review/posts/${p.id}/claim`, t(ctx, 'review.open'), { cls: 'primary' })}</td>
        </tr>`,
          )}</tbody></table>
        <form method="post" action="/review/bulk-irrelevant" id="bulk">${csrfField(ctx)}<p><button type="submit" class="danger">${t(ctx, 'post.irrelevant')}</button></p></form>`
    }`;
  return layout(ctx, t(ctx, 'review.title'), body);
}

export interface PostPageOptions {
  /** The reviewer holds this post's claim: the decision controls are shown. */
  mine: boolean;
  flash?: string;
}

export function reviewPostView(ctx: PageContext, view: ReviewPostView, { mine, flash }: PostPageOptions): string {
  const { post, mentions, photos } = view;
  const body = html`
    <div class="card">
      ${highlight(post.text, mentions)}
      <p class="muted post-meta">${t(ctx, 'post.source')}: ${label(ctx, 'sourceType', post.sourceType)}${post.author ? html` · <bdi>${post.author}</bdi>` : ''} · ${t(ctx, 'post.published')}: ${post.publishedAt ? moment(ctx, post.publishedAt) : '—'} · ${t(ctx, 'post.collected')}: ${moment(ctx, post.collectedAt)}
        ${post.url ? html` · <a href="${safeUrl(post.url)}" rel="noopener noreferrer nofollow" target="_blank">${t(ctx, 'post.link')}</a>` : ''}</p>
      ${videoLine(ctx, post)}
      <p class="muted">${t(ctx, 'post.sha256')}: <bdi><code>${post.raw.sha256}</code></bdi> · ${t(ctx, 'post.status')}: ${label(ctx, 'reviewStatus', post.review.status)}</p>
      ${tipCard(ctx, view)}
      ${
        mine
          ? html`<div class="post-actions">${decisionButtons(ctx, view)}
            ${postButton(ctx, `/review/posts/${post.id}/release`, t(ctx, 'post.release'))}
            <form method="post" action="/review/posts/${post.id}/duplicate" class="inline" id="duplicate-form">${csrfField(ctx)}
              <label for="duplicate-of" class="inline">${t(ctx, 'post.duplicateOf')}</label>
              <input id="duplicate-of" name="of" required size="30"> <button type="submit">${t(ctx, 'post.markDuplicate')}</button></form></div>
          <p class="shortcuts">${t(ctx, 'shortcuts')}</p>`
          : ['new', 'in_review'].includes(post.review.status)
            ? html`<p>${postButton(ctx, `/review/posts/${post.id}/claim`, t(ctx, 'review.open'), { cls: 'primary' })}</p>`
            : ''
      }
    </div>
    ${copiesCard(ctx, view)}
    ${photos.length ? html`<div class="card photos"><h2>${t(ctx, 'post.photos')}</h2>${photos.map((p) => photoFigure(ctx, p, (id) => `/review/posts/${id}`))}</div>` : ''}
    ${view.faces ? postFacesCard(ctx, view.faces) : ''}
    <p class="flash" role="status" id="key-hint" hidden></p>
    <h2>${t(ctx, 'post.mentions')}</h2>
    ${mentions.length === 0 ? html`<p class="card">${t(ctx, 'post.noMentions')}</p>` : mentions.map((m) => mentionSection(ctx, m, view, mine))}`;
  return layout(ctx, post.title ?? t(ctx, 'post.title'), body, flash);
}

/** Relevant / not relevant; for a group's first post with undecided copies, for all of them by default. */
function decisionButtons(ctx: PageContext, view: ReviewPostView): SafeHtml {
  const { post } = view;
  const open = view.copies.filter((c) => ['new', 'in_review'].includes(c.review.status)).length;
  const decide = (status: string, label: string, extra: Record<string, string>, key?: string, cls?: string) =>
    postButton(ctx, `/review/posts/${post.id}/decide`, label, { fields: { status, ...extra }, ...(key ? { key } : {}), ...(cls ? { cls } : {}) });
  if (open === 0) {
    return html`${decide('relevant', t(ctx, 'post.relevant'), {}, 'd', 'primary')} ${decide('irrelevant', t(ctx, 'post.irrelevant'), {}, 'i', 'danger')}`;
  }
  return html`${decide('relevant', t(ctx, 'post.relevantAll', { n: open }), { copies: 'yes' }, 'd', 'primary')}
    ${decide('irrelevant', t(ctx, 'post.irrelevantAll', { n: open }), { copies: 'yes' }, 'i', 'danger')}
    <span class="muted">${t(ctx, 'post.thisOnly')}:</span> ${decide('relevant', t(ctx, 'post.relevant'), {})} ${decide('irrelevant', t(ctx, 'post.irrelevant'), {})}`;
}

/** The copy group: each other source with its date and review status, or the post this one copies. */
function copiesCard(ctx: PageContext, view: ReviewPostView): SafeHtml | string {
  if (view.copyOf) {
    const c = view.copyOf;
    return html`<p class="card" id="copy-of">${t(ctx, 'post.copyOf')} <a href="/review/posts/${c.id}" dir="auto">${(c.title ?? c.text).slice(0, 100)}</a> <span class="muted">${label(ctx, 'sourceType', c.sourceType)} · ${listedDate(ctx, c)}</span></p>`;
  }
  if (view.copies.length === 0) return '';
  return html`<div class="card" id="copies"><h2>${t(ctx, 'post.copies', { n: view.copies.length })}</h2><ul>${view.copies.map(
    (c) =>
      html`<li data-post="${c.id}"><a href="/review/posts/${c.id}">${label(ctx, 'sourceType', c.sourceType)}</a> · ${listedDate(ctx, c)}${c.url ? html` · <a href="${safeUrl(c.url)}" rel="noopener noreferrer nofollow" target="_blank">${t(ctx, 'post.link')}</a>` : ''} · <span class="badge">${label(ctx, 'reviewStatus', c.review.status)}</span> · <bdi><code>${c.raw.sha256.slice(0, 12)}</code></bdi></li>`,
  )}</ul></div>`;
}

function mentionSection(ctx: PageContext, m: MentionRecord, view: ReviewPostView, mine: boolean): SafeHtml {
  const { persons, otherMentions } = view;
  const decided = m.review.status === 'confirmed' || m.review.status === 'rejected';
  const edits = editsOf(m);
  const machineAttrs = m.attributes;
  const shown = {
    name: edits?.name ?? m.name,
    role: edits?.role ?? m.role,
    attributes: { ...machineAttrs, ...(edits?.attributes ?? {}) } as Record<string, unknown>,
  };
  const linked = m.review.personId ? persons.get(m.review.personId) : undefined;
  const suggestions = m.suggestions.filter((s) => s.kind === 'person' && persons.has(s.targetId) && !persons.get(s.targetId)!.mergedInto);
  const others = m.suggestions.filter((s) => s.kind === 'mention' && otherMentions.has(s.targetId));
  const attrs = Object.entries(shown.attributes).filter(([, v]) => v !== null && v !== undefined);
  const fields = { post: m.postId };
  const machineNote = (changed: boolean, value: string) =>
    changed ? html` <span class="muted machine">(${th(ctx, 'mention.machine', { value })})</span>` : '';
  const pendingOthers = others.filter((s) => otherMentions.get(s.targetId)!.mention.review.status === 'pending');
  const top = suggestions[0] ? persons.get(suggestions[0].targetId)! : null;
  return html`<section class="card mention" id="mention-${m.id}" data-mention="${m.id}" data-no-suggestion="${t(ctx, 'post.noSuggestionKey')}">
    <h3><bdi>${shown.name}</bdi> ${m.nameLatin && m.nameLatin !== m.name ? html`<bdi class="muted">${m.nameLatin}</bdi>` : ''}${machineNote(!!edits?.name, m.name)}</h3>
    <p>${t(ctx, 'mention.role')}: <strong class="mention-role">${roleLabel(ctx, shown.role)}</strong>${machineNote(!!edits?.role, roleLabel(ctx, m.role))} · ${t(ctx, 'mention.cues')}: <bdi>${m.cues.join(' · ')}</bdi> · ${t(ctx, 'mention.confidence', { n: Math.round(m.confidence * 100) })}</p>
    ${attrs.length ? html`<p>${t(ctx, 'mention.attributes')}: ${facts(ctx, shown.attributes)}</p>` : ''}
    <p>${t(ctx, 'mention.status')}: <span class="badge ${m.review.status === 'confirmed' ? 'ok' : m.review.status === 'rejected' ? 'warn' : ''}">${label(ctx, 'mentionStatus', m.review.status)}</span>${edits && m.review.status !== 'edited' ? html` <span class="badge edited">${t(ctx, 'mention.edited')}</span>` : ''}
      ${linked ? html` · <a href="/persons/${linked.id}">${th(ctx, 'mention.linked', { name: linked.displayName })}</a>` : ''}</p>
    <div><strong>${t(ctx, 'mention.suggestions')}:</strong>
      ${suggestions.length === 0 ? html`<span class="muted no-suggestion">${t(ctx, 'mention.noSuggestions')}</span>` : ''}
      <ul class="person-suggestions">${suggestions.map((s) => {
        const p = persons.get(s.targetId)!;
        return html`<li><a href="/persons/${p.id}"><bdi>${p.displayName}</bdi></a> (${t(ctx, 'mention.score', { n: Math.round(s.score * 100) })}) — <span class="muted">${reasons(ctx, s.reasons)}</span>${faceReason(ctx, view.faces, p.id)}
          ${mine && !decided ? postButton(ctx, `/review/mentions/${m.id}/into`, t(ctx, 'mention.confirmInto'), { fields: { ...fields, person: p.id }, key: 's' }) : ''}</li>`;
      })}</ul>
      ${view.faces && m.review.status === 'pending' ? faceSuggestionsList(ctx, view.faces.suggestions, new Set(suggestions.map((s) => s.targetId))) : ''}</div>
    <div class="other-mentions"><strong>${t(ctx, 'post.others')}:</strong>
      ${others.length === 0 ? html`<span class="muted">${t(ctx, 'post.otherNone')}</span>` : html`<ul>${others.map((s) => otherMention(ctx, s, view))}</ul>`}
      ${
        mine && !decided && pendingOthers.length > 0
          ? html`<p class="link-all">${top ? postButton(ctx, `/review/mentions/${m.id}/link-all`, t(ctx, 'post.linkAllInto', { name: top.displayName }), { fields: { ...fields, person: top.id }, key: 'l', cls: 'primary' }) : ''}
            ${postButton(ctx, `/review/mentions/${m.id}/link-all`, t(ctx, 'post.linkAllNew'), { fields: { ...fields, person: 'new' }, ...(top ? {} : { key: 'l', cls: 'primary' }) })}
            <span class="muted">${t(ctx, 'post.linkAllHelp')}</span></p>`
          : ''
      }</div>
    ${
      mine && !decided
        ? html`<p>${postButton(ctx, `/review/mentions/${m.id}/new-person`, t(ctx, 'mention.confirmNew'), { fields, key: 'n', cls: 'primary' })}
          ${postButton(ctx, `/review/mentions/${m.id}/reject`, t(ctx, 'mention.reject'), { fields, key: 'x', cls: 'danger' })}</p>`
        : ''
    }
    ${mine ? editForm(ctx, m, shown) : ''}
  </section>`;
}

/** A tip's note and who sent it, for reviewers. */
function tipCard(ctx: PageContext, { post, submitter }: ReviewPostView): SafeHtml | string {
  if (!submitter && !post.note) return '';
  return html`<div class="tip" id="tip">${submitter ? html`<p>${th(ctx, 'post.tipFrom', { name: submitter })}</p>` : ''}${post.note ? html`<p>${t(ctx, 'post.tipNote')}: <bdi class="tip-note">${post.note}</bdi></p>` : ''}</div>`;
}

function otherMention(ctx: PageContext, s: Suggestion, view: ReviewPostView): SafeHtml {
  const { mention, post } = view.otherMentions.get(s.targetId)!;
  const person = mention.review.personId ? view.persons.get(mention.review.personId) : undefined;
  return html`<li class="other-mention" data-mention="${mention.id}"><a href="/review/posts/${post.id}#mention-${mention.id}"><bdi>${mention.name}</bdi></a>
    <span class="muted">${label(ctx, 'sourceType', post.sourceType)} · ${listedDate(ctx, post)}</span> (${t(ctx, 'mention.score', { n: Math.round(s.score * 100) })}) — <span class="muted">${reasons(ctx, s.reasons)}</span>
    ${person ? html` · <a href="/persons/${person.id}" class="badge ok">${th(ctx, 'post.otherLinked', { name: person.displayName })}</a>` : html` · <span class="badge">${label(ctx, 'mentionStatus', mention.review.status)}</span>`}
    <div class="muted" dir="auto">${(post.title ?? post.text).slice(0, 140)}</div></li>`;
}

/** The reviewer's correction form; the machine's values stay in the database as extracted. */
function editForm(ctx: PageContext, m: MentionRecord, shown: { name: string; role: string; attributes: Record<string, unknown> }): SafeHtml {
  const value = (k: string) => {
    const v = shown.attributes[k];
    return scalarText(v);
  };
  const field = (k: 'hometown' | 'prison' | 'age' | 'birthYear' | 'arrestYear') =>
    html`<span class="edit-field"><label for="e-${k}-${m.id}">${t(ctx, `attr.${k}`)}</label><input id="e-${k}-${m.id}" name="${k}" value="${value(k)}" dir="auto" ${k === 'hometown' || k === 'prison' ? '' : html`inputmode="numeric" size="5"`}></span>`;
  return html`<details class="mention-edit"><summary>${t(ctx, 'mention.edit')}</summary>
    <form method="post" action="/review/mentions/${m.id}/edit" class="edit-form">${csrfField(ctx)}<input type="hidden" name="post" value="${m.postId}">
      <span class="edit-field"><label for="e-name-${m.id}">${t(ctx, 'mention.name')}</label><input id="e-name-${m.id}" name="name" value="${shown.name}" dir="auto" size="30"></span>
      <span class="edit-field"><label for="e-role-${m.id}">${t(ctx, 'mention.role')}</label><select id="e-role-${m.id}" name="role">${MENTION_ROLES.map((r) => html`<option value="${r}" ${r === shown.role ? 'selected' : ''}>${roleLabel(ctx, r)}</option>`)}</select></span>
      ${field('hometown')}${field('prison')}${field('age')}${field('birthYear')}${field('arrestYear')}
      <p><button type="submit">${t(ctx, 'mention.saveEdit')}</button></p></form></details>`;
}
