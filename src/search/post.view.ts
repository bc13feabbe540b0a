import { html, safeUrl } from '../web/html';
import { t } from '../web/i18n';
import { layout, type PageContext } from '../web/layout';
import { label, roleLabel, statusLabel } from '../web/labels';
import { highlight, listedDate, moment, photoFigure, videoLine } from '../web/post-parts.view';
import type { PostReading } from './posts.service';

/** A post to read: text with its names, source, dates, photos and the verified persons named. No review controls. */
export function postReadingView(ctx: PageContext, { post, mentions, photos, persons }: PostReading): string {
  const body = html`<div class="card">
      ${highlight(post.text, mentions)}
      <p class="muted post-meta">${t(ctx, 'post.source')}: ${label(ctx, 'sourceType', post.sourceType)}${post.author ? html` · <bdi>${post.author}</bdi>` : ''} · ${listedDate(ctx, post)}
        · ${t(ctx, 'post.collected')}: ${moment(ctx, post.collectedAt)}
        ${post.url ? html` · <a href="${safeUrl(post.url)}" rel="noopener noreferrer nofollow" target="_blank">${t(ctx, 'post.link')}</a>` : ''}</p>
      ${videoLine(ctx, post)}
      <p class="muted">${t(ctx, 'post.sha256')}: <bdi><code>${post.raw.sha256}</code></bdi></p>
    </div>
    ${photos.length ? html`<div class="card photos"><h2>${t(ctx, 'post.photos')}</h2>${photos.map((p) => photoFigure(ctx, p, (id) => `/posts/${id}`))}</div>` : ''}
    <div class="card" id="post-persons"><h2>${t(ctx, 'post.persons')}</h2>
      ${
        persons.length === 0
          ? html`<p class="muted">${t(ctx, 'post.noPersons')}</p>`
          : html`<ul>${persons.map((p) => html`<li><a href="/persons/${p.id}"><bdi>${p.displayName}</bdi></a> · ${statusLabel(ctx, p.status)}</li>`)}</ul>`
      }
    </div>
    <div class="card"><h2>${t(ctx, 'post.mentions')}</h2><ul id="post-names">${mentions.map(
      (m) => html`<li><a href="#m-${m.id}"><bdi>${m.name}</bdi></a> · ${roleLabel(ctx, m.role)}</li>`,
    )}</ul></div>`;
  return layout(ctx, post.title ?? t(ctx, 'post.title'), body);
}
