import { seesReviewWork } from '../auth/access-rule';
import type { AuthUser } from '../auth/roles.decorator';
import { html, type SafeHtml } from '../web/html';
import { t } from '../web/i18n';
import { statusLabel } from '../web/labels';
import { postHref } from '../web/post-parts.view';
import { csrfField, layout, postButton, type PageContext } from '../web/layout';
import type { PersonRecord } from './person.repository';
import { PERSON_STATUSES } from './person.schema';
import type { PersonPage } from './persons.service';


export function personsListView(ctx: PageContext, q: string, found: { person: PersonRecord; score: number | null }[]): string {
  const body = html`<form method="get" action="/persons" class="card"><label for="q">${t(ctx.lang, 'persons.search')}</label>
      <input id="q" name="q" value="${q}" dir="auto"> <button type="submit">${t(ctx.lang, 'review.apply')}</button></form>
    ${found.length === 0 ? html`<p class="card">${t(ctx.lang, 'persons.empty')}</p>` : html`<table id="persons"><tbody>${found.map(
      ({ person, score }) => html`<tr><td><a href="/persons/${person.id}" dir="auto">${person.displayName}</a>${score !== null ? html` <span class="muted">${Math.round(score * 100)}%</span>` : ''}</td>
        <td>${statusLabel(ctx, person.status)}</td><td><span class="badge ${person.verification.status === 'verified' ? 'ok' : ''}">${person.verification.status}</span></td></tr>`,
    )}</tbody></table>`}`;
  return layout(ctx, t(ctx.lang, 'persons.title'), body);
}


export function personView(ctx: PageContext, user: AuthUser, page: PersonPage, mergeQuery: string): string {
  const { person, mergedInto, mentions, posts, photos, notes, history, verification } = page;
  const verified = person.verification.status === 'verified';
  const editor = seesReviewWork(user);
  const attrs = Object.entries(person.attributes).filter(([, v]) => v !== null && v !== undefined && v !== '');
  const statusOptions = (selected: string | null) => PERSON_STATUSES.map((s) => html`<option value="${s}" ${s === selected ? 'selected' : ''}>${statusLabel(ctx, s)}</option>`);
  const merged = person.mergedInto
    ? html`<div class="card merged-banner" id="merged"><p>${t(ctx.lang, 'person.mergedInto')}
        ${mergedInto ? html`<a href="/persons/${mergedInto.id}" id="merged-into" dir="auto">${mergedInto.displayName}</a>` : ''}</p>
        ${editor ? html`<p class="muted">${t(ctx.lang, 'person.splitHelp')}</p>${postButton(ctx, `/persons/${person.id}/split`, t(ctx.lang, 'person.split'), { cls: 'danger' })}` : ''}</div>`
    : '';
  const edits: SafeHtml | string =
    editor && !person.mergedInto
      ? html`<div class="card person-edit">
          <form method="post" action="/persons/${person.id}/status" id="status-form">${csrfField(ctx)}
            <label for="status">${t(ctx.lang, 'person.changeStatus')}</label>
            <select id="status" name="status">${statusOptions(person.status)}</select>
            <button type="submit">${t(ctx.lang, 'person.saveStatus')}</button></form>
          <p class="muted">${t(ctx.lang, 'person.editResets')}</p>
          ${mergeSection(ctx, person, page, mergeQuery)}</div>`
      : '';
  const noteForm = editor
    ? html`<form method="post" action="/persons/${person.id}/notes" id="note-form">${csrfField(ctx)}
        <label for="note-text">${t(ctx.lang, 'person.noteText')}</label><textarea id="note-text" name="text" rows="3" required dir="auto"></textarea>
        <label for="note-status">${t(ctx.lang, 'person.noteStatus')}</label>
        <select id="note-status" name="status"><option value="">${t(ctx.lang, 'person.noChange')}</option>${statusOptions(null)}</select>
        <label for="note-post">${t(ctx.lang, 'person.notePost')}</label><input id="note-post" name="post" size="60">
        <p><button type="submit" class="primary">${t(ctx.lang, 'person.addNote')}</button> <span class="muted">${t(ctx.lang, 'person.notesAppendOnly')}</span></p></form>`
    : '';
  const lastEditor = verification.lastEditorName ?? '—';
  const body = html`${merged}<div class="card">
      <p>${t(ctx.lang, 'person.status')}: <strong id="person-status">${statusLabel(ctx, person.status)}</strong></p>
      <p id="independent-sources">${t(ctx.lang, 'person.sources', { n: page.independentSources, posts: posts.length })}</p>
      <p>${t(ctx.lang, 'person.verification')}: <span class="badge ${verified ? 'ok' : ''}" id="verification">${verified ? t(ctx.lang, 'person.verified') : person.verification.status}</span></p>
      ${attrs.length ? html`<p>${attrs.map(([k, v]) => html`<span class="badge" dir="auto">${k}: ${String(v)}</span> `)}</p>` : ''}
      ${verification.mayVerify
        ? html`<p class="muted" id="who-may-verify">${t(ctx.lang, 'person.youMayVerify', { name: lastEditor })}</p>${postButton(ctx, `/persons/${person.id}/verify`, t(ctx.lang, 'person.verify'), { cls: 'primary' })}`
        : !verified && !person.mergedInto && editor
          ? html`<p class="muted" id="who-may-verify">${t(ctx.lang, 'person.secondReviewer', { name: lastEditor })}</p>`
          : ''}
    </div>
    ${edits}
    <div class="card"><h2>${t(ctx.lang, 'person.spellings')}</h2><ul id="spellings">${person.spellings.map(
      (s) => html`<li dir="auto">${s.name}${s.mentionId ? html` <span class="muted">(${t(ctx.lang, 'person.fromMention')})</span>` : ''}</li>`,
    )}</ul>
    <ul id="mentions">${mentions.map((m) => html`<li><a href="${postHref(user, m.postId)}#m-${m.id}" dir="auto">${m.name}</a> · ${m.role}</li>`)}</ul></div>
    <div class="card"><h2>${t(ctx.lang, 'person.posts')}</h2>
      ${posts.length === 0 ? html`<p class="muted">${t(ctx.lang, 'person.noPosts')}</p>` : html`<ul id="posts">${posts.map(
        (p) => html`<li data-post="${p.id}"><a href="${postHref(user, p.id)}" dir="auto">${(p.title ?? p.text).slice(0, 120)}</a> <span class="muted">${p.sourceType} · ${(p.publishedAt ?? p.collectedAt).toISOString().slice(0, 10)}</span></li>`,
      )}</ul>`}
      ${photos.length ? html`<h3>${t(ctx.lang, 'person.photos')}</h3><div class="photos" id="person-photos">${photos.map(
        (m) => html`<figure data-media="${m.id}"><a href="${postHref(user, m.postIds[0])}"><img src="/media/${m.id}/thumbnail" alt=""></a></figure>`,
      )}</div>` : ''}</div>
    <div class="card"><h2>${t(ctx.lang, 'person.notes')}</h2>
      ${notes.length === 0 ? html`<p class="muted">${t(ctx.lang, 'person.noNotes')}</p>` : html`<ol id="notes" class="notes">${notes.map(
        (n) => html`<li class="note"><p class="note-text" dir="auto">${n.text}</p>
          <p class="muted">${n.authorName} · ${n.at.toISOString()}${n.status ? html` · ${t(ctx.lang, 'person.status')}: ${statusLabel(ctx, n.status)}` : ''}${n.postId ? html` · <a href="${postHref(user, n.postId)}">${t(ctx.lang, 'person.post')}</a>` : ''}</p></li>`,
      )}</ol>`}
      ${noteForm}</div>
    ${editor ? html`<div class="card"><h2>${t(ctx.lang, 'person.history')}</h2><ul id="history">${history.map((e) => html`<li>${e.at.toISOString()} · ${historyLine(ctx, e)} · ${e.actor.label}</li>`)}</ul></div>` : ''}`;
  return layout(ctx, person.displayName, body);
}

function historyLine(ctx: PageContext, e: PersonPage['history'][number]): SafeHtml | string {
  const after = (e.after ?? {}) as { from?: string; name?: string; reason?: string };
  if (e.action === 'person.merged-in') return html`<a href="/persons/${after.from ?? ''}" dir="auto">${t(ctx.lang, 'person.mergedIn', { name: after.name ?? '' })}</a>${after.reason ? html` — <span dir="auto">${after.reason}</span>` : ''}`;
  if (e.action === 'person.split-off') return html`<a href="/persons/${after.from ?? ''}" dir="auto">${t(ctx.lang, 'person.splitOff', { name: after.name ?? '' })}</a>`;
  return e.action;
}

/** Merging by a name search in any script: the reviewer picks the record to keep from the results. */
function mergeSection(ctx: PageContext, person: PersonRecord, page: PersonPage, mergeQuery: string): SafeHtml {
  return html`<section id="merge"><h2>${t(ctx.lang, 'person.merge')}</h2>
    <form method="get" action="/persons/${person.id}#merge" id="merge-search">
      <label for="merge-q">${t(ctx.lang, 'person.mergeTarget')}</label><input id="merge-q" name="merge" value="${mergeQuery}" dir="auto" size="40" required>
      <button type="submit">${t(ctx.lang, 'person.mergeFind')}</button></form>
    ${page.mergeCandidates === null
      ? ''
      : page.mergeCandidates.length === 0
        ? html`<p class="muted">${t(ctx.lang, 'person.mergeNone')}</p>`
        : html`<ul id="merge-candidates">${page.mergeCandidates.map(
            ({ person: c, score }) => html`<li><form method="post" action="/persons/${person.id}/merge" class="merge-form">${csrfField(ctx)}<input type="hidden" name="into" value="${c.id}">
              <a href="/persons/${c.id}" dir="auto">${c.displayName}</a> ${score !== null ? html`<span class="muted">${Math.round(score * 100)}%</span>` : ''} · ${statusLabel(ctx, c.status)}
              <label for="merge-reason-${c.id}" class="inline">${t(ctx.lang, 'person.mergeReason')}</label><input id="merge-reason-${c.id}" name="reason" required size="40" dir="auto">
              <button type="submit" class="danger">${t(ctx.lang, 'person.mergeInto', { name: c.displayName })}</button></form></li>`,
          )}</ul>`}</section>`;
}
