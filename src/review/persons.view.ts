import { seesReviewWork } from '../auth/access-rule';
import type { AuthUser } from '../auth/roles.decorator';
import { personFacesCard } from '../faces/faces.view';
import { html, type SafeHtml } from '../web/html';
import { t } from '../web/i18n';
import { actionLabel, facts, label, roleLabel, statusLabel, th } from '../web/labels';
import { listedDate, moment, postHref } from '../web/post-parts.view';
import { csrfField, layout, postButton, type PageContext } from '../web/layout';
import type { PersonRecord } from '../persons/person.repository';
import { PERSON_STATUSES } from '../persons/person.schema';
import type { PersonPage } from './persons.service';

export function personsListView(ctx: PageContext, q: string, found: { person: PersonRecord; score: number | null }[]): string {
  const body = html`<form method="get" action="/persons" class="card"><label for="q">${t(ctx, 'persons.search')}</label>
      <input id="q" name="q" value="${q}" dir="auto"> <button type="submit">${t(ctx, 'review.apply')}</button></form>
    ${
      found.length === 0
        ? html`<p class="card">${t(ctx, 'persons.empty')}</p>`
        : html`<table id="persons"><tbody>${found.map(
            ({
              person,
              score,
            }) => html`<tr><td><a href="/persons/${person.id}"><bdi>${person.displayName}</bdi></a>${score !== null ? html` <span class="muted">${t(ctx, 'mention.score', { n: Math.round(score * 100) })}</span>` : ''}</td>
        <td>${statusLabel(ctx, person.status)}</td><td><span class="badge ${person.verification.status === 'verified' ? 'ok' : ''}">${label(ctx, 'verification', person.verification.status)}</span></td></tr>`,
          )}</tbody></table>`
    }`;
  return layout(ctx, t(ctx, 'persons.title'), body);
}

export function personView(ctx: PageContext, user: AuthUser, page: PersonPage, mergeQuery: string): string {
  const { person, mergedInto, mentions, posts, photos, notes, history, verification } = page;
  const verified = person.verification.status === 'verified';
  const editor = seesReviewWork(user);
  const attrs = Object.entries(person.attributes).filter(([, v]) => v !== null && v !== undefined && v !== '');
  const statusOptions = (selected: string | null) =>
    PERSON_STATUSES.map((s) => html`<option value="${s}" ${s === selected ? 'selected' : ''}>${statusLabel(ctx, s)}</option>`);
  const merged = person.mergedInto
    ? html`<div class="card merged-banner" id="merged"><p>${t(ctx, 'person.mergedInto')}
        ${mergedInto ? html`<a href="/persons/${mergedInto.id}" id="merged-into"><bdi>${mergedInto.displayName}</bdi></a>` : ''}</p>
        ${editor ? html`<p class="muted">${t(ctx, 'person.splitHelp')}</p>${postButton(ctx, `/persons/${person.id}/split`, t(ctx, 'person.split'), { cls: 'danger' })}` : ''}</div>`
    : '';
  const edits: SafeHtml | string =
    editor && !person.mergedInto
      ? html`<div class="card person-edit">
          <form method="post" action="/persons/${person.id}/status" id="status-form">${csrfField(ctx)}
            <label for="status">${t(ctx, 'person.changeStatus')}</label>
            <select id="status" name="status">${statusOptions(person.status)}</select>
            <button type="submit">${t(ctx, 'person.saveStatus')}</button></form>
          <p class="muted">${t(ctx, 'person.editResets')}</p>
          ${mergeSection(ctx, person, page, mergeQuery)}</div>`
      : '';
  const noteForm = editor
    ? html`<form method="post" action="/persons/${person.id}/notes" id="note-form">${csrfField(ctx)}
        <label for="note-text">${t(ctx, 'person.noteText')}</label><textarea id="note-text" name="text" rows="3" required dir="auto"></textarea>
        <label for="note-status">${t(ctx, 'person.noteStatus')}</label>
        <select id="note-status" name="status"><option value="">${t(ctx, 'person.noChange')}</option>${statusOptions(null)}</select>
        <label for="note-post">${t(ctx, 'person.notePost')}</label><input id="note-post" name="post" size="60">
        <p><button type="submit" class="primary">${t(ctx, 'person.addNote')}</button> <span class="muted">${t(ctx, 'person.notesAppendOnly')}</span></p></form>`
    : '';
  const lastEditor = verification.lastEditorName ?? '—';
  const body = html`${merged}<div class="card">
      <p>${t(ctx, 'person.status')}: <strong id="person-status">${statusLabel(ctx, person.status)}</strong></p>
      <p id="independent-sources">${t(ctx, 'person.sources', { n: page.independentSources, posts: posts.length })}</p>
      <p>${t(ctx, 'person.verification')}: <span class="badge ${verified ? 'ok' : ''}" id="verification">${verified ? t(ctx, 'person.verified') : label(ctx, 'verification', person.verification.status)}</span></p>
      ${attrs.length ? html`<p>${facts(ctx, person.attributes)}</p>` : ''}
      ${
        verification.mayVerify
          ? html`<p class="muted" id="who-may-verify">${th(ctx, 'person.youMayVerify', { name: lastEditor })}</p>${postButton(ctx, `/persons/${person.id}/verify`, t(ctx, 'person.verify'), { cls: 'primary' })}`
          : !verified && !person.mergedInto && editor
            ? html`<p class="muted" id="who-may-verify">${th(ctx, 'person.secondReviewer', { name: lastEditor })}</p>`
            : ''
      }
    </div>
    ${edits}
    <div class="card"><h2>${t(ctx, 'person.spellings')}</h2><ul id="spellings">${person.spellings.map(
      (s) => html`<li><bdi>${s.name}</bdi>${s.mentionId ? html` <span class="muted">(${t(ctx, 'person.fromMention')})</span>` : ''}</li>`,
    )}</ul>
    <ul id="mentions">${mentions.map((m) => html`<li><a href="${postHref(user, m.postId)}#m-${m.id}"><bdi>${m.name}</bdi></a> · ${roleLabel(ctx, m.role)}</li>`)}</ul></div>
    <div class="card"><h2>${t(ctx, 'person.posts')}</h2>
      ${
        posts.length === 0
          ? html`<p class="muted">${t(ctx, 'person.noPosts')}</p>`
          : html`<ul id="posts">${posts.map(
              (p) =>
                html`<li data-post="${p.id}"><a href="${postHref(user, p.id)}" dir="auto">${(p.title ?? p.text).slice(0, 120)}</a> <span class="muted">${label(ctx, 'sourceType', p.sourceType)} · ${listedDate(ctx, p)}</span></li>`,
            )}</ul>`
      }
      ${
        photos.length
          ? html`<h3>${t(ctx, 'person.photos')}</h3><div class="photos" id="person-photos">${photos.map(
              (m) => html`<figure data-media="${m.id}"><a href="${postHref(user, m.postIds[0])}"><img src="/media/${m.id}/thumbnail" alt=""></a></figure>`,
            )}</div>`
          : ''
      }</div>
    ${page.faces ? personFacesCard(ctx, page.faces, person) : ''}
    <div class="card"><h2>${t(ctx, 'person.notes')}</h2>
      ${
        notes.length === 0
          ? html`<p class="muted">${t(ctx, 'person.noNotes')}</p>`
          : html`<ol id="notes" class="notes">${notes.map(
              (n) => html`<li class="note"><p class="note-text" dir="auto">${n.text}</p>
          <p class="muted"><bdi>${n.authorName}</bdi> · ${moment(ctx, n.at)}${n.status ? html` · ${t(ctx, 'person.status')}: ${statusLabel(ctx, n.status)}` : ''}${n.postId ? html` · <a href="${postHref(user, n.postId)}">${t(ctx, 'person.post')}</a>` : ''}</p></li>`,
            )}</ol>`
      }
      ${noteForm}</div>
    ${editor ? html`<div class="card"><h2>${t(ctx, 'person.history')}</h2><ul id="history">${history.map((e) => html`<li>${moment(ctx, e.at)} · ${historyLine(ctx, e)} · <bdi>${e.actor.label}</bdi></li>`)}</ul></div>` : ''}`;
  return layout(ctx, person.displayName, body);
}

function historyLine(ctx: PageContext, e: PersonPage['history'][number]): SafeHtml | string {
  const after = (e.after ?? {}) as { from?: string; name?: string; reason?: string };
  if (e.action === 'person.merged-in')
    return html`<a href="/persons/${after.from ?? ''}">${th(ctx, 'person.mergedIn', { name: after.name ?? '' })}</a>${after.reason ? html` — <bdi>${after.reason}</bdi>` : ''}`;
  if (e.action === 'person.split-off') return html`<a href="/persons/${after.from ?? ''}">${th(ctx, 'person.splitOff', { name: after.name ?? '' })}</a>`;
  return actionLabel(ctx, e.action);
}

/** Merging by a name search in any script: the reviewer picks the record to keep from the results. */
function mergeSection(ctx: PageContext, person: PersonRecord, page: PersonPage, mergeQuery: string): SafeHtml {
  return html`<section id="merge"><h2>${t(ctx, 'person.merge')}</h2>
    <form method="get" action="/persons/${person.id}#merge" id="merge-search">
      <label for="merge-q">${t(ctx, 'person.mergeTarget')}</label><input id="merge-q" name="merge" value="${mergeQuery}" dir="auto" size="40" required>
      <button type="submit">${t(ctx, 'person.mergeFind')}</button></form>
    ${
      page.mergeCandidates === null
        ? ''
        : page.mergeCandidates.length === 0
          ? html`<p class="muted">${t(ctx, 'person.mergeNone')}</p>`
          : html`<ul id="merge-candidates">${page.mergeCandidates.map(
              ({
                person: c,
                score,
              }) => html`<li><form method="post" action="/persons/${person.id}/merge" class="merge-form">${csrfField(ctx)}<input type="hidden" name="into" value="${c.id}">
              <a href="/persons/${c.id}"><bdi>${c.displayName}</bdi></a> ${score !== null ? html`<span class="muted">${t(ctx, 'mention.score', { n: Math.round(score * 100) })}</span>` : ''} · ${statusLabel(ctx, c.status)}
              <label for="merge-reason-${c.id}" class="inline">${t(ctx, 'person.mergeReason')}</label><input id="merge-reason-${c.id}" name="reason" required size="40" dir="auto">
              <button type="submit" class="danger">${t(ctx, 'person.mergeInto', { name: c.displayName })}</button></form></li>`,
            )}</ul>`
    }</section>`;
}
