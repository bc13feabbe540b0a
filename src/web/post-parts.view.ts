import { seesReviewWork, type Viewer } from '../auth/access-rule';
import { html, safeUrl, type SafeHtml } from './html';
import { formatDate, formatDateTime } from './format';
import { t } from './i18n';
import type { PageContext } from './layout';

/** Pieces of a post shown on the triage page and on the read-only post page alike. */

/** Where a post opens: the triage page for reviewers and admins, the read-only page for everyone else. */
export const postHref = (viewer: Viewer, postId: string) => (seesReviewWork(viewer) ? `/review/posts/${postId}` : `/posts/${postId}`);

/** What a photo figure shows of a stored image (media/photos.ts gives the full PhotoView). */
export interface PhotoFigure {
  photo: { id: string; thumbnailFileId: string | null; error: string | null; nearDuplicates: { distance: number }[] };
  /** Other posts carrying a near-duplicate of this photo (a re-post), with the hash distance. */
  reposts: { postId: string; distance: number }[];
}

/** The post's text with each mention highlighted at its span; every piece escaped. */
export function highlight(text: string, mentions: { id: string; start: number; end: number }[]): SafeHtml {
  const spans = mentions.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end).sort((a, b) => a.start - b.start);
  const parts: SafeHtml[] = [];
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue;
    parts.push(html`${text.slice(at, m.start)}<mark id="m-${m.id}" data-mention="${m.id}">${text.slice(m.start, m.end)}</mark>`);
    at = m.end;
  }
  parts.push(html`${text.slice(at)}`);
  return html`<div class="post-text" dir="auto">${parts}</div>`;
}

/** The date a post is listed by: its publication, or its collection when it has none, and which it is. */
export function listedDate(ctx: PageContext, post: { publishedAt: Date | null; collectedAt: Date }): SafeHtml {
  const published = post.publishedAt !== null;
  const date = post.publishedAt ?? post.collectedAt;
  return html`<time class="post-date" datetime="${date.toISOString()}" data-date-kind="${published ? 'published' : 'collected'}" title="${t(ctx, published ? 'post.dateKind.published' : 'post.dateKind.collected')}">${formatDate(ctx, date)}${published ? '' : html` <span class="muted">(${t(ctx, 'post.dateKind.collected')})</span>`}</time>`;
}

/** A moment, in the reader's clock and words, with the exact time for machines. */
export function moment(ctx: PageContext, date: Date): SafeHtml {
  return html`<time datetime="${date.toISOString()}">${formatDateTime(ctx, date)}</time>`;
}

/** A photo with its re-post badges, each linking to the other post that carries the same image. */
export function photoFigure(ctx: PageContext, { photo, reposts }: PhotoFigure, postHref: (postId: string) => string): SafeHtml {
  if (!photo.thumbnailFileId) return html`<p class="error">${photo.error ?? ''}</p>`;
  return html`<figure data-media="${photo.id}"><img src="/media/${photo.id}/thumbnail" alt="">
    ${reposts.map((r) => html`<figcaption class="badge repost"><a href="${postHref(r.postId)}">${t(ctx, 'post.repostOf', { d: r.distance })}</a></figcaption>`)}
    ${photo.nearDuplicates.length > reposts.length ? html`<figcaption class="badge">${t(ctx, 'post.repostNone', { d: photo.nearDuplicates[0].distance })}</figcaption>` : ''}</figure>`;
}

/**
 * The videos a post carries, each linked where the source has it: the media stage stores only a
 * video's thumbnail (among the photos), so without this line nobody could tell there is a video.
 */
export function videoLine(ctx: PageContext, post: { media: { type: string; url: string }[] }): SafeHtml | '' {
  const videos = post.media.filter((m) => m.type === 'video');
  if (!videos.length) return '';
  const links = videos.map(
    (v, i) => html`${i ? ' · ' : ''}<a href="${safeUrl(v.url)}" rel="noopener noreferrer nofollow" target="_blank">${t(ctx, 'post.video', { n: i + 1 })}</a>`,
  );
  return html`<p class="muted post-videos">${t(ctx, 'post.videos', { n: videos.length })}: ${links}</p>`;
}
