import type { Suggestion } from '../extraction/mention.schema';
import { editsOf, type MentionRecord } from '../extraction/mention.repository';
import { MENTION_ROLES } from '../extraction/mention.schema';
import type { PostRecord } from '../posts/post.repository';
import { html, safeUrl, type SafeHtml } from '../web/html';
import { t } from '../web/i18n';
import { csrfField, layout, postButton, type PageContext } from '../web/layout';
import { roleLabel } from '../web/labels';
import { highlight, listedDate, photoFigure } from '../web/post-parts.view';
import type { ReviewPostView } from './review.service';

export interface TriageRow {
  post: PostRecord;
  /** The other sources that re-posted it. */
  copies: PostRecord[];
  takenBy: string | null;
}

export function triageView(ctx: PageContext, rows: TriageRow[], filters: { sort: string; lang?: string; hasPhoto?: boolean }): string {
  const body = html`<form method="get" action="/review" class="card">
      <label for="sort">${t(ctx.lang, 'review.filters')}</label>
      <select id="sort" name="sort"><option value="newest">${t(ctx.lang, 'review.sort.newest')}</option><option value="mentions" ${filters.sort === 'mentions' ? 'selected' : ''}>${t(ctx.lang, 'review.sort.mentions')}</option></select>
      <select name="lang" aria-label="${t(ctx.lang, 'review.language')}"><option value="">${t(ctx.lang, 'review.any')}</option>${['ar', 'en', 'fr'].map((l) => html`<option value="${l}" ${filters.lang === l ? 'selected' : ''}>${l}</option>`)}</select>
      <label class="inline"><input type="checkbox" name="photo" value="1" ${filters.hasPhoto ? 'checked' : ''}> ${t(ctx.lang, 'review.hasPhoto')}</label>
      <button type="submit">${t(ctx.lang, 'review.apply')}</button></form>
    ${rows.length === 0
      ? html`<p class="card">${t(ctx.lang, 'review.empty')}</p>`
      : html`<table id="queue"><tbody>${rows.map(({ post: p, copies, takenBy }) => html`<tr data-post="${p.id}">
          <td><input type="checkbox" name="posts" value="${p.id}" form="bulk"></td>
          <td><div dir="auto">${(p.title ?? p.text).slice(0, 160)}</div><div class="muted">${p.sourceType} · ${p.lang} · ${listedDate(ctx, p)}</div>
            ${copies.length ? html`<div class="muted copies" data-copies="${copies.length}">${t(ctx.lang, 'post.alsoFrom', { n: copies.length })}: ${copies.slice(0, 10).map((c) => html`<span class="badge">${c.sourceType} · ${listedDate(ctx, c)}</span> `)}</div>` : ''}</td>
          <td>${t(ctx.lang, 'review.mentions', { n: p.mentionCount ?? 0 })}${p.media.length ? html` · ${t(ctx.lang, 'review.photos')}` : ''}</td>
          <td>${takenBy !== null ? html`<span class="badge warn">${t(ctx.lang, 'review.claimedBy', { name: takenBy })}</span>` : postButton(ctx, `/review/posts/${p.id}/claim`, t(ctx.lang, 'review.open'), { cls: 'primary' })}</td>
        </tr>`)}</tbody></table>
        <form method="post" action="/review/bulk-irrelevant" id="bulk">${csrfField(ctx)}<p><button type="submit" class="danger">${t(ctx.lang, 'post.irrelevant')}</button></p></form>`}`;
  return layout(ctx, t(ctx.lang, 'review.title'), body);
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
      <p class="muted post-meta">${t(ctx.lang, 'post.source')}: ${post.sourceType}${post.author ? html` · <span dir="auto">${post.author}</span>` : ''} · ${t(ctx.lang, 'post.published')}: ${post.publishedAt?.toISOString() ?? '—'} · ${t(ctx.lang, 'post.collected')}: ${post.collectedAt.toISOString()}
        ${post.url ? html` · <a href="${safeUrl(post.url)}" rel="noopener noreferrer nofollow" target="_blank">${t(ctx.lang, 'post.link')}</a>` : ''}</p>
      <p class="muted">${t(ctx.lang, 'post.sha256')}: <code>${post.raw.sha256}</code> · ${t(ctx.lang, 'post.status')}: ${post.review.status}</p>
      ${mine
        ? html`<div class="post-actions">${decisionButtons(ctx, view)}
            ${postButton(ctx, `/review/posts/${post.id}/release`, t(ctx.lang, 'post.release'))}
            <form method="post" action="/review/posts/${post.id}/duplicate" class="inline" id="duplicate-form">${csrfField(ctx)}
              <label for="duplicate-of" class="inline">${t(ctx.lang, 'post.duplicateOf')}</label>
              <input id="duplicate-of" name="of" required size="30"> <button type="submit">${t(ctx.lang, 'post.markDuplicate')}</button></form></div>
          <p class="shortcuts">${t(ctx.lang, 'shortcuts')}</p>`
        : ['new', 'in_review'].includes(post.review.status)
          ? html`<p>${postButton(ctx, `/review/posts/${post.id}/claim`, t(ctx.lang, 'review.open'), { cls: 'primary' })}</p>`
          : ''}
    </div>
    ${copiesCard(ctx, view)}
    ${photos.length ? html`<div class="card photos"><h2>${t(ctx.lang, 'post.photos')}</h2>${photos.map((p) => photoFigure(ctx, p, (id) => `/review/posts/${id}`))}</div>` : ''}
    <p class="flash" role="status" id="key-hint" hidden></p>
    <h2>${t(ctx.lang, 'post.mentions')}</h2>
    ${mentions.length === 0 ? html`<p class="card">${t(ctx.lang, 'post.noMentions')}</p>` : mentions.map((m) => mentionSection(ctx, m, view, mine))}`;
  return layout(ctx, post.title ?? t(ctx.lang, 'post.title'), body, flash);
}

/** Relevant / not relevant; for a group's first post with undecided copies, for all of them by default. */
function decisionButtons(ctx: PageContext, view: ReviewPostView): SafeHtml {
  const { post } = view;
  const open = view.copies.filter((c) => ['new', 'in_review'].includes(c.review.status)).length;
  const decide = (status: string, label: string, extra: Record<string, string>, key?: string, cls?: string) =>
    postButton(ctx, `/review/posts/${post.id}/decide`, label, { fields: { status, ...extra }, ...(key ? { key } : {}), ...(cls ? { cls } : {}) });
  if (open === 0) {
    return html`${decide('relevant', t(ctx.lang, 'post.relevant'), {}, 'd', 'primary')} ${decide('irrelevant', t(ctx.lang, 'post.irrelevant'), {}, 'i', 'danger')}`;
  }
  return html`${decide('relevant', t(ctx.lang, 'post.relevantAll', { n: open }), { copies: 'yes' }, 'd', 'primary')}
    ${decide('irrelevant', t(ctx.lang, 'post.irrelevantAll', { n: open }), { copies: 'yes' }, 'i', 'danger')}
    <span class="muted">${t(ctx.lang, 'post.thisOnly')}:</span> ${decide('relevant', t(ctx.lang, 'post.relevant'), {})} ${decide('irrelevant', t(ctx.lang, 'post.irrelevant'), {})}`;
}

/** The copy group: each other source with its date and review status, or the post this one copies. */
function copiesCard(ctx: PageContext, view: ReviewPostView): SafeHtml | string {
  if (view.copyOf) {
    const c = view.copyOf;
    return html`<p class="card" id="copy-of">${t(ctx.lang, 'post.copyOf')} <a href="/review/posts/${c.id}" dir="auto">${(c.title ?? c.text).slice(0, 100)}</a> <span class="muted">${c.sourceType} · ${listedDate(ctx, c)}</span></p>`;
  }
  if (view.copies.length === 0) return '';
  return html`<div class="card" id="copies"><h2>${t(ctx.lang, 'post.copies', { n: view.copies.length })}</h2><ul>${view.copies.map(
    (c) => html`<li data-post="${c.id}"><a href="/review/posts/${c.id}">${c.sourceType}</a> · ${listedDate(ctx, c)}${c.url ? html` · <a href="${safeUrl(c.url)}" rel="noopener noreferrer nofollow" target="_blank">${t(ctx.lang, 'post.link')}</a>` : ''} · <span class="badge">${c.review.status}</span> · <code>${c.raw.sha256.slice(0, 12)}</code></li>`,
  )}</ul></div>`;
}

function mentionSection(ctx: PageContext, m: MentionRecord, view: ReviewPostView, mine: boolean): SafeHtml {
  const { persons, otherMentions } = view;
  const decided = m.review.status === 'confirmed' || m.review.status === 'rejected';
  const edits = editsOf(m);
  const machineAttrs = m.attributes as Record<string, unknown>;
  const shown = { name: edits?.name ?? m.name, role: edits?.role ?? m.role, attributes: { ...machineAttrs, ...(edits?.attributes ?? {}) } as Record<string, unknown> };
  const linked = m.review.personId ? persons.get(m.review.personId) : undefined;
  const suggestions = m.suggestions.filter((s) => s.kind === 'person' && persons.has(s.targetId) && !persons.get(s.targetId)!.mergedInto);
  const others = m.suggestions.filter((s) => s.kind === 'mention' && otherMentions.has(s.targetId));
  const attrs = Object.entries(shown.attributes).filter(([, v]) => v !== null && v !== undefined);
  const fields = { post: m.postId };
  const machineNote = (changed: boolean, value: string) => (changed ? html` <span class="muted machine">(${t(ctx.lang, 'mention.machine', { value })})</span>` : '');
  const pendingOthers = others.filter((s) => otherMentions.get(s.targetId)!.mention.review.status === 'pending');
  const top = suggestions[0] ? persons.get(suggestions[0].targetId)! : null;
  return html`<section class="card mention" id="mention-${m.id}" data-mention="${m.id}" data-no-suggestion="${t(ctx.lang, 'post.noSuggestionKey')}">
    <h3 dir="auto">${shown.name} <span class="muted">${m.nameLatin && m.nameLatin !== m.name ? m.nameLatin : ''}</span>${machineNote(!!edits?.name, m.name)}</h3>
    <p>${t(ctx.lang, 'mention.role')}: <strong class="mention-role">${roleLabel(ctx, shown.role)}</strong>${machineNote(!!edits?.role, roleLabel(ctx, m.role))} · ${t(ctx.lang, 'mention.cues')}: <span dir="auto">${m.cues.join(' · ')}</span> · ${Math.round(m.confidence * 100)}%</p>
    ${attrs.length ? html`<p>${t(ctx.lang, 'mention.attributes')}: ${attrs.map(([k, v]) => html`<span class="badge" dir="auto">${k}: ${String(v)}</span> `)}</p>` : ''}
    <p>${t(ctx.lang, 'mention.status')}: <span class="badge ${m.review.status === 'confirmed' ? 'ok' : m.review.status === 'rejected' ? 'warn' : ''}">${m.review.status}</span>${edits && m.review.status !== 'edited' ? html` <span class="badge edited">${t(ctx.lang, 'mention.edited')}</span>` : ''}
      ${linked ? html` · <a href="/persons/${linked.id}">${t(ctx.lang, 'mention.linked', { name: linked.displayName })}</a>` : ''}</p>
    <div><strong>${t(ctx.lang, 'mention.suggestions')}:</strong>
      ${suggestions.length === 0 ? html`<span class="muted no-suggestion">${t(ctx.lang, 'mention.noSuggestions')}</span>` : ''}
      <ul class="person-suggestions">${suggestions.map((s) => {
        const p = persons.get(s.targetId)!;
        return html`<li><a href="/persons/${p.id}" dir="auto">${p.displayName}</a> (${Math.round(s.score * 100)}%) — <span class="muted">${s.reasons.join('; ')}</span>
          ${mine && !decided ? postButton(ctx, `/review/mentions/${m.id}/into`, t(ctx.lang, 'mention.confirmInto'), { fields: { ...fields, person: p.id }, key: 's' }) : ''}</li>`;
      })}</ul></div>
    <div class="other-mentions"><strong>${t(ctx.lang, 'post.others')}:</strong>
      ${others.length === 0 ? html`<span class="muted">${t(ctx.lang, 'post.otherNone')}</span>` : html`<ul>${others.map((s) => otherMention(ctx, s, view))}</ul>`}
      ${mine && !decided && pendingOthers.length > 0
        ? html`<p class="link-all">${top ? postButton(ctx, `/review/mentions/${m.id}/link-all`, t(ctx.lang, 'post.linkAllInto', { name: top.displayName }), { fields: { ...fields, person: top.id }, key: 'l', cls: 'primary' }) : ''}
            ${postButton(ctx, `/review/mentions/${m.id}/link-all`, t(ctx.lang, 'post.linkAllNew'), { fields: { ...fields, person: 'new' }, ...(top ? {} : { key: 'l', cls: 'primary' }) })}
            <span class="muted">${t(ctx.lang, 'post.linkAllHelp')}</span></p>`
        : ''}</div>
    ${mine && !decided
      ? html`<p>${postButton(ctx, `/review/mentions/${m.id}/new-person`, t(ctx.lang, 'mention.confirmNew'), { fields, key: 'n', cls: 'primary' })}
          ${postButton(ctx, `/review/mentions/${m.id}/reject`, t(ctx.lang, 'mention.reject'), { fields, key: 'x', cls: 'danger' })}</p>`
      : ''}
    ${mine ? editForm(ctx, m, shown) : ''}
  </section>`;
}

function otherMention(ctx: PageContext, s: Suggestion, view: ReviewPostView): SafeHtml {
  const { mention, post } = view.otherMentions.get(s.targetId)!;
  const person = mention.review.personId ? view.persons.get(mention.review.personId) : undefined;
  return html`<li class="other-mention" data-mention="${mention.id}"><a href="/review/posts/${post.id}#mention-${mention.id}" dir="auto">${mention.name}</a>
    <span class="muted">${post.sourceType} · ${listedDate(ctx, post)}</span> (${Math.round(s.score * 100)}%) — <span class="muted">${s.reasons.join('; ')}</span>
    ${person ? html` · <a href="/persons/${person.id}" class="badge ok">${t(ctx.lang, 'post.otherLinked', { name: person.displayName })}</a>` : html` · <span class="badge">${mention.review.status}</span>`}
    <div class="muted" dir="auto">${(post.title ?? post.text).slice(0, 140)}</div></li>`;
}

/** The reviewer's correction form; the machine's values stay in the database as extracted. */
function editForm(ctx: PageContext, m: MentionRecord, shown: { name: string; role: string; attributes: Record<string, unknown> }): SafeHtml {
  const value = (k: string) => {
    const v = shown.attributes[k];
    return v === null || v === undefined ? '' : String(v);
  };
  const field = (k: 'hometown' | 'prison' | 'age' | 'birthYear' | 'arrestYear') =>
    html`<span class="edit-field"><label for="e-${k}-${m.id}">${t(ctx.lang, `attr.${k}`)}</label><input id="e-${k}-${m.id}" name="${k}" value="${value(k)}" dir="auto" ${k === 'hometown' || k === 'prison' ? '' : html`inputmode="numeric" size="5"`}></span>`;
  return html`<details class="mention-edit"><summary>${t(ctx.lang, 'mention.edit')}</summary>
    <form method="post" action="/review/mentions/${m.id}/edit" class="edit-form">${csrfField(ctx)}<input type="hidden" name="post" value="${m.postId}">
      <span class="edit-field"><label for="e-name-${m.id}">${t(ctx.lang, 'mention.name')}</label><input id="e-name-${m.id}" name="name" value="${shown.name}" dir="auto" size="30"></span>
      <span class="edit-field"><label for="e-role-${m.id}">${t(ctx.lang, 'mention.role')}</label><select id="e-role-${m.id}" name="role">${MENTION_ROLES.map((r) => html`<option value="${r}" ${r === shown.role ? 'selected' : ''}>${roleLabel(ctx, r)}</option>`)}</select></span>
      ${field('hometown')}${field('prison')}${field('age')}${field('birthYear')}${field('arrestYear')}
      <p><button type="submit">${t(ctx.lang, 'mention.saveEdit')}</button></p></form></details>`;
}

