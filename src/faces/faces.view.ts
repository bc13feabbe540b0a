import type { PersonRecord } from '../persons/person.repository';
import { html, safeUrl, type SafeHtml } from '../web/html';
import { t } from '../web/i18n';
import { label, th } from '../web/labels';
import { csrfField, layout, postButton, type PageContext } from '../web/layout';
import { listedDate, moment, postHref } from '../web/post-parts.view';
import type { FaceSuggestion, PostFaces } from './face-links.service';
import type { FaceHit, FaceSearchResult, PostRef } from './face-search.service';
import type { FaceRecord } from './face.repository';
import type { FacePage, FacesStatus } from './faces.service';

const percent = (similarity: number) => Math.round(similarity * 100);
const thumb = (faceId: string) => html`<img src="/faces/${faceId}/thumbnail" alt="" width="80" height="80">`;

/** The purpose field every search form carries: required, and kept in the audit log. */
function purposeField(ctx: PageContext, id: string): SafeHtml {
  return html`<label for="${id}">${t(ctx, 'faces.purpose')}</label><input id="${id}" name="purpose" required minlength="8" maxlength="500" size="60" dir="auto">`;
}

/** "Find this face" from a stored face: a POST, because every search is recorded. */
export function searchFaceForm(ctx: PageContext, faceId: string): SafeHtml {
  return html`<form method="post" action="/faces/search" class="face-search" id="face-search">${csrfField(ctx)}<input type="hidden" name="face" value="${faceId}">
    ${purposeField(ctx, `purpose-${faceId}`)} <button type="submit" class="primary">${t(ctx, 'faces.search')}</button></form>`;
}

/** /faces: the switch (admins) and the search with a photo (reviewers and admins, while faces are on). */
export function facesHomeView(ctx: PageContext, status: FacesStatus, { admin, flash }: { admin: boolean; flash?: string }): string {
  const { settings, counts } = status;
  const switchCard = html`<div class="card" id="faces-switch">
      <p id="faces-state"><strong>${settings.enabled ? t(ctx, 'faces.on') : admin ? t(ctx, 'faces.off') : t(ctx, 'faces.offAskAdmin')}</strong>
        ${settings.changedAt ? html` <span class="muted">${moment(ctx, settings.changedAt)}</span>` : ''}</p>
      <p class="muted" id="faces-counts">${t(ctx, 'faces.counts', { faces: counts.faces, scans: counts.scans, attached: counts.attached, queued: status.queued })}</p>
      <p class="muted">${t(ctx, 'faces.model')}: <bdi><code>${status.modelVersion}</code></bdi></p>
      ${
        admin
          ? settings.enabled
            ? html`<p>${postButton(ctx, '/faces/scan-missing', t(ctx, 'faces.scanMissing'))} <a href="/faces/switch-off" id="switch-off" class="danger">${t(ctx, 'faces.switchOff')}</a></p>`
            : html`<p>${postButton(ctx, '/faces/switch-on', t(ctx, 'faces.switchOn'), { cls: 'primary' })} <span class="muted">${t(ctx, 'faces.switchOnHelp')}</span></p>`
          : ''
      }
    </div>`;
  const upload = settings.enabled
    ? html`<div class="card" id="faces-upload"><h2>${t(ctx, 'faces.uploadTitle')}</h2><p class="muted">${t(ctx, 'faces.uploadHelp')}</p>
        <form method="post" action="/faces/search/upload" enctype="multipart/form-data" id="upload-form">${csrfField(ctx)}
          ${purposeField(ctx, 'upload-purpose')}
          <label for="upload-photo">${t(ctx, 'faces.photo')} <bdi dir="ltr">(JPEG, PNG, WebP, GIF)</bdi></label><input id="upload-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp,image/gif" required>
          <p><button type="submit" class="primary">${t(ctx, 'faces.search')}</button></p></form></div>`
    : '';
  return layout(ctx, t(ctx, 'faces.title'), html`<p class="muted">${t(ctx, 'faces.intro')}</p>${switchCard}${upload}`, flash);
}

/** The confirmation step before every face is deleted. */
export function switchOffView(ctx: PageContext, status: FacesStatus): string {
  const body = html`<div class="card" id="switch-off-confirm"><p>${t(ctx, 'faces.confirmText', { faces: status.counts.faces, attached: status.counts.attached })}</p>
    <form method="post" action="/faces/switch-off">${csrfField(ctx)}
      <label class="inline"><input type="checkbox" name="confirm" value="yes" required id="confirm-delete"> ${t(ctx, 'faces.confirmCheck')}</label>
      <p><button type="submit" class="danger">${t(ctx, 'faces.confirmSubmit')}</button> <a href="/faces">${t(ctx, 'faces.cancel')}</a></p></form></div>`;
  return layout(ctx, t(ctx, 'faces.confirmTitle'), body);
}

function postLine(ctx: PageContext, p: PostRef): SafeHtml {
  return html`<li data-post="${p.id}"><a href="${ctx.user ? postHref(ctx.user, p.id) : `/posts/${p.id}`}"><bdi>${p.snippet}</bdi></a>
    <span class="muted">${label(ctx, 'sourceType', p.sourceType)}${p.sourceName ? html` · <bdi>${p.sourceName}</bdi>` : ''} · ${listedDate(ctx, p)}</span>
    ${p.url ? html` · <a href="${safeUrl(p.url)}" rel="noopener noreferrer nofollow" target="_blank">${t(ctx, 'post.link')}</a>` : ''}</li>`;
}

/** A face: its photo's posts, whose it is (a reviewer's word), and the search from it. */
export function facePageView(ctx: PageContext, page: FacePage): string {
  const { face, posts, person, candidates } = page;
  const attach = html`<form method="post" action="/faces/${face.id}/attach" id="attach-form">${csrfField(ctx)}
      ${
        candidates.length
          ? html`<label for="attach-person">${t(ctx, 'faces.attachPerson')}</label><select id="attach-person" name="person"><option value=""></option>${candidates.map((c) => html`<option value="${c.id}">${c.displayName}</option>`)}</select>`
          : ''
      }
      <label for="attach-url">${t(ctx, 'faces.attachOther')}</label><input id="attach-url" name="personUrl" size="50" dir="ltr">
      <button type="submit">${t(ctx, 'faces.attachSubmit')}</button></form>`;
  const body = html`<div class="card" id="face" data-face="${face.id}">
      <figure>${thumb(face.id)}</figure>
      <p class="muted">${t(ctx, 'faces.foundBy', { n: percent(face.confidence) })}</p>
      <ul id="face-posts">${posts.map((p) => postLine(ctx, p))}</ul>
      <h2>${t(ctx, 'faces.search')}</h2>${searchFaceForm(ctx, face.id)}</div>
    <div class="card" id="face-person"><h2>${t(ctx, 'faces.attach')}</h2><p class="muted">${t(ctx, 'faces.attachHelp')}</p>
      ${
        person
          ? html`<p id="attached-to"><a href="/persons/${person.id}">${th(ctx, 'faces.attachedTo', { name: person.displayName })}</a>
            ${postButton(ctx, `/faces/${face.id}/detach`, t(ctx, 'faces.detach'))}</p>`
          : html`<p class="muted">${t(ctx, 'faces.notAttached')}</p>`
      }
      ${attach}</div>`;
  return layout(ctx, t(ctx, 'faces.faceTitle'), body);
}

function hitItem(ctx: PageContext, hit: FaceHit): SafeHtml {
  return html`<li class="face-hit" data-face="${hit.faceId}" data-rank="${hit.rank}">
    <a href="/faces/${hit.faceId}">${thumb(hit.faceId)}</a>
    <strong class="similarity">${t(ctx, 'faces.similarity', { n: percent(hit.similarity) })}</strong>
    ${hit.repostOfRank !== null ? html` <span class="badge warn repost">${t(ctx, 'faces.repostOf', { n: hit.repostOfRank })}</span>` : ''}
    ${hit.person ? html` <a href="/persons/${hit.person.id}" class="badge ok">${th(ctx, 'faces.attachedTo', { name: hit.person.displayName })}</a>` : ''}
    <ul>${hit.posts.map((p) => postLine(ctx, p))}</ul></li>`;
}

/** The ranked faces, with copies of the searched picture apart. */
export function searchResultsView(ctx: PageContext, result: FaceSearchResult): string {
  const header = html`<div class="card" id="search-query">
      ${result.face ? html`<figure>${thumb(result.face.id)}</figure><p>${t(ctx, 'faces.searchedPhoto')}</p><ul>${result.photoPosts.map((p) => postLine(ctx, p))}</ul>` : ''}
      ${result.from === 'upload' ? html`<p id="upload-note">${result.facesInPhoto ? t(ctx, 'faces.fromUpload', { n: result.facesInPhoto }) : t(ctx, 'faces.noFaceInUpload')}</p>` : ''}
      <p id="purpose">${th(ctx, 'faces.purposeShown', { purpose: result.purpose })}</p>
      <p class="muted">${t(ctx, 'faces.compared', { n: result.compared })}</p>
      <p class="muted">${t(ctx, 'faces.rankOnly')}</p></div>`;
  const copies = result.copies.length
    ? html`<div class="card" id="copies-of-photo"><h2>${t(ctx, 'faces.copiesTitle')}</h2><p class="muted">${t(ctx, 'faces.copiesHelp')}</p><ul>${result.copies.map((h) => hitItem(ctx, h))}</ul></div>`
    : '';
  const hits =
    result.hits.length === 0 && (result.from === 'face' || result.facesInPhoto > 0)
      ? html`<p class="card">${t(ctx, 'faces.none')}</p>`
      : html`<div class="card"><ol id="face-results" class="face-results">${result.hits.map((h) => hitItem(ctx, h))}</ol></div>`;
  return layout(ctx, t(ctx, 'faces.resultsTitle'), html`${header}${copies}${hits}`);
}

/** On the triage page: the faces found in the post's photos, each opening "find this face". */
export function postFacesCard(ctx: PageContext, faces: PostFaces): SafeHtml {
  const all = [...faces.byMedia.values()].flat();
  return html`<div class="card" id="post-faces"><h2>${t(ctx, 'faces.postFaces')}</h2>
    ${
      all.length === 0
        ? html`<p class="muted">${t(ctx, 'faces.noneInPhotos')}</p>`
        : html`<ul class="photos">${all.map((f) => html`<li data-face="${f.id}" data-media="${f.mediaId}"><a href="/faces/${f.id}">${thumb(f.id)}<br>${t(ctx, 'faces.open')}</a></li>`)}</ul>`
    }</div>`;
}

/** On a pending name: the persons whose attached faces look like a face in the post's photos. */
export function faceSuggestionsList(ctx: PageContext, suggestions: FaceSuggestion[], byName: ReadonlySet<string>): SafeHtml | string {
  if (suggestions.length === 0) return '';
  return html`<div class="face-suggestions"><strong>${t(ctx, 'faces.suggestions')}:</strong> <span class="muted">${t(ctx, 'faces.suggestionsHelp')}</span>
    <ul>${suggestions.map(
      (s) => html`<li data-person="${s.person.id}"><a href="/persons/${s.person.id}"><bdi>${s.person.displayName}</bdi></a>
      (<a href="/faces/${s.faceId}">${t(ctx, 'faces.similarity', { n: percent(s.similarity) })}</a>)
      ${s.samePicture ? html` <span class="badge warn">${t(ctx, 'faces.samePicture')}</span>` : ''}${byName.has(s.person.id) ? html` <span class="badge">${t(ctx, 'faces.alsoByName')}</span>` : ''}</li>`,
    )}</ul></div>`;
}

/** Beside a name suggestion: the face likeness as a reason of its own, shown, never added to the score. */
export function faceReason(ctx: PageContext, faces: PostFaces | null | undefined, personId: string): SafeHtml | string {
  const s = faces?.suggestions.find((f) => f.person.id === personId);
  return s ? html` <span class="badge face-reason">${t(ctx, 'faces.reason', { n: percent(s.similarity) })}</span>` : '';
}

/** On a person's page: the faces reviewers attached to them. */
export function personFacesCard(ctx: PageContext, faces: FaceRecord[], person: Pick<PersonRecord, 'id'>): SafeHtml {
  return html`<div class="card" id="person-faces" data-person="${person.id}"><h2>${t(ctx, 'faces.personFaces')}</h2><p class="muted">${t(ctx, 'faces.personHelp')}</p>
    ${
      faces.length === 0
        ? html`<p class="muted">${t(ctx, 'faces.personNone')}</p>`
        : html`<ul class="photos">${faces.map((f) => html`<li data-face="${f.id}"><a href="/faces/${f.id}">${thumb(f.id)}</a></li>`)}</ul>`
    }</div>`;
}
