import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { editsOf, MentionRecord } from '../extraction/mention.repository';
import { MENTION_ROLES } from '../extraction/mention.schema';
import { MediaRecord } from '../media/media.repository';
import { PersonRecord } from '../persons/person.repository';
import { html, safeUrl, SafeHtml } from '../web/html';
import { t, type MessageKey } from '../web/i18n';
import { csrfField, layout, postButton, type PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { CLAIM_MS, ReviewService } from './review.service';

/** The post's text with each mention highlighted at its span; every piece escaped. */
export function highlight(text: string, mentions: MentionRecord[]): SafeHtml {
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

const roleLabel = (ctx: PageContext, role: string) => t(ctx.lang, `role.${role}` as MessageKey);

@Controller('review')
@Page()
@Roles('reviewer', 'admin')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Get()
  async queue(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Query() q: Record<string, string>): Promise<string> {
    const filters = { sort: q.sort === 'mentions' ? ('mentions' as const) : ('newest' as const), lang: ['ar', 'en', 'fr'].includes(q.lang) ? q.lang : undefined, hasPhoto: q.photo === '1' };
    const posts = await this.review.queue(filters);
    const now = Date.now();
    const rows = posts.map((p) => {
      const takenByOther = p.review.assignee && p.review.assignee !== user.id && p.review.claimedAt && p.review.claimedAt.getTime() > now - CLAIM_MS;
      return html`<tr data-post="${p.id}">
        <td><input type="checkbox" name="posts" value="${p.id}" form="bulk"></td>
        <td><div dir="auto">${(p.title ?? p.text).slice(0, 160)}</div><div class="muted">${p.sourceType} · ${p.lang} · ${(p.publishedAt ?? p.collectedAt).toISOString().slice(0, 10)}</div></td>
        <td>${t(ctx.lang, 'review.mentions', { n: p.mentionCount ?? 0 })}${p.media.length ? html` · ${t(ctx.lang, 'review.photos')}` : ''}</td>
        <td>${takenByOther ? html`<span class="badge warn">${t(ctx.lang, 'review.claimedBy', { name: p.review.assigneeName ?? '' })}</span>` : postButton(ctx, `/review/posts/${p.id}/claim`, t(ctx.lang, 'review.open'), { cls: 'primary' })}</td>
      </tr>`;
    });
    const body = html`<form method="get" action="/review" class="card">
        <label for="sort">${t(ctx.lang, 'review.filters')}</label>
        <select id="sort" name="sort"><option value="newest">${t(ctx.lang, 'review.sort.newest')}</option><option value="mentions" ${filters.sort === 'mentions' ? 'selected' : ''}>${t(ctx.lang, 'review.sort.mentions')}</option></select>
        <select name="lang" aria-label="${t(ctx.lang, 'review.language')}"><option value="">${t(ctx.lang, 'review.any')}</option>${['ar', 'en', 'fr'].map((l) => html`<option value="${l}" ${filters.lang === l ? 'selected' : ''}>${l}</option>`)}</select>
        <label class="inline"><input type="checkbox" name="photo" value="1" ${filters.hasPhoto ? 'checked' : ''}> ${t(ctx.lang, 'review.hasPhoto')}</label>
        <button type="submit">${t(ctx.lang, 'review.apply')}</button></form>
      ${posts.length === 0 ? html`<p class="card">${t(ctx.lang, 'review.empty')}</p>` : html`<table id="queue"><tbody>${rows}</tbody></table>
        <form method="post" action="/review/bulk-irrelevant" id="bulk"><input type="hidden" name="_csrf" value="${ctx.csrf}"><p><button type="submit" class="danger">${t(ctx.lang, 'post.irrelevant')}</button></p></form>`}`;
    return layout(ctx, t(ctx.lang, 'review.title'), body);
  }

  @Post('bulk-irrelevant')
  async bulk(@CurrentUser() user: AuthUser, @Body('posts') posts: unknown, @Res() res: Response): Promise<void> {
    const ids = (Array.isArray(posts) ? posts : [posts]).filter((p): p is string => typeof p === 'string');
    await this.review.bulkIrrelevant(user, ids);
    res.redirect(303, '/review');
  }

  @Post('posts/:id/claim')
  async claim(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.review.claim(user, id);
    res.redirect(303, `/review/posts/${id}`);
  }

  @Get('posts/:id')
  async post(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string): Promise<string> {
    const { post, mentions, photos, persons } = await this.review.view(id);
    const mine = post.review.assignee === user.id && post.review.status === 'in_review';
    const body = html`
      <div class="card">
        ${highlight(post.text, mentions)}
        <p class="muted post-meta">${t(ctx.lang, 'post.source')}: ${post.sourceType}${post.author ? html` · <span dir="auto">${post.author}</span>` : ''} · ${t(ctx.lang, 'post.published')}: ${post.publishedAt?.toISOString() ?? '—'} · ${t(ctx.lang, 'post.collected')}: ${post.collectedAt.toISOString()}
          ${post.url ? html` · <a href="${safeUrl(post.url)}" rel="noopener noreferrer nofollow" target="_blank">${t(ctx.lang, 'post.link')}</a>` : ''}</p>
        <p class="muted">${t(ctx.lang, 'post.sha256')}: <code>${post.raw.sha256}</code> · ${t(ctx.lang, 'post.status')}: ${post.review.status}</p>
        ${mine
          ? html`<div class="post-actions">${postButton(ctx, `/review/posts/${post.id}/decide`, t(ctx.lang, 'post.relevant'), { fields: { status: 'relevant' }, key: 'd', cls: 'primary' })}
              ${postButton(ctx, `/review/posts/${post.id}/decide`, t(ctx.lang, 'post.irrelevant'), { fields: { status: 'irrelevant' }, key: 'i', cls: 'danger' })}
              ${postButton(ctx, `/review/posts/${post.id}/release`, t(ctx.lang, 'post.release'))}
              <form method="post" action="/review/posts/${post.id}/duplicate" class="inline" id="duplicate-form">${csrfField(ctx)}
                <label for="duplicate-of" class="inline">${t(ctx.lang, 'post.duplicateOf')}</label>
                <input id="duplicate-of" name="of" required size="30"> <button type="submit">${t(ctx.lang, 'post.markDuplicate')}</button></form></div>
            <p class="shortcuts">${t(ctx.lang, 'shortcuts')}</p>`
          : ['new', 'in_review'].includes(post.review.status)
            ? html`<p>${postButton(ctx, `/review/posts/${post.id}/claim`, t(ctx.lang, 'review.open'), { cls: 'primary' })}</p>`
            : ''}
      </div>
      ${photos.length ? html`<div class="card photos"><h2>${t(ctx.lang, 'post.photos')}</h2>${photos.map((p) => this.photo(ctx, p))}</div>` : ''}
      <h2>${t(ctx.lang, 'post.mentions')}</h2>
      ${mentions.length === 0 ? html`<p class="card">${t(ctx.lang, 'post.noMentions')}</p>` : mentions.map((m) => this.mention(ctx, m, persons, mine))}`;
    return layout(ctx, post.title ?? t(ctx.lang, 'review.title'), body);
  }

  @Post('posts/:id/release')
  async release(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.review.release(user, id);
    res.redirect(303, '/review');
  }

  @Post('posts/:id/decide')
  async decide(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body('status') status: unknown, @Res() res: Response): Promise<void> {
    await this.review.decidePost(user, id, status === 'irrelevant' ? 'irrelevant' : 'relevant');
    res.redirect(303, '/review');
  }

  @Post('mentions/:id/new-person')
  async newPerson(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body('post') post: unknown, @Res() res: Response): Promise<void> {
    await this.review.confirmAsNewPerson(user, id);
    res.redirect(303, `/review/posts/${String(post)}#m-${id}`);
  }

  @Post('mentions/:id/into')
  async into(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.review.confirmIntoPerson(user, id, String(body.person ?? ''));
    res.redirect(303, `/review/posts/${String(body.post)}#m-${id}`);
  }

  @Post('mentions/:id/edit')
  async edit(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.review.editMention(user, id, body);
    res.redirect(303, `/review/posts/${String(body.post)}#m-${id}`);
  }

  @Post('posts/:id/duplicate')
  async duplicate(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body('of') of: unknown, @Res() res: Response): Promise<void> {
    await this.review.markDuplicate(user, id, of);
    res.redirect(303, '/review');
  }

  @Post('mentions/:id/reject')
  async reject(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body('post') post: unknown, @Res() res: Response): Promise<void> {
    await this.review.reject(user, id);
    res.redirect(303, `/review/posts/${String(post)}#m-${id}`);
  }

  private photo(ctx: PageContext, p: MediaRecord): SafeHtml {
    if (!p.thumbnailFileId) return html`<p class="error">${p.error ?? ''}</p>`;
    return html`<figure><img src="/media/${p.id}/thumbnail" alt="">
      ${p.nearDuplicates.map((d) => html`<figcaption class="badge">${t(ctx.lang, 'post.nearDuplicate', { d: d.distance })}</figcaption>`)}</figure>`;
  }

  private mention(ctx: PageContext, m: MentionRecord, persons: Map<string, PersonRecord>, mine: boolean): SafeHtml {

    const decided = m.review.status === 'confirmed' || m.review.status === 'rejected';
    const edits = editsOf(m);
    const machineAttrs = m.attributes as Record<string, unknown>;
    const shown = { name: edits?.name ?? m.name, role: edits?.role ?? m.role, attributes: { ...machineAttrs, ...(edits?.attributes ?? {}) } as Record<string, unknown> };
    const linked = m.review.personId ? persons.get(m.review.personId) : undefined;
    const suggestions = m.suggestions.filter((s) => s.kind === 'person' && persons.has(s.targetId));
    const attrs = Object.entries(shown.attributes).filter(([, v]) => v !== null && v !== undefined);
    const fields = { post: m.postId };
    const machineNote = (changed: boolean, value: string) => (changed ? html` <span class="muted machine">(${t(ctx.lang, 'mention.machine', { value })})</span>` : '');
    return html`<section class="card mention" id="mention-${m.id}" data-mention="${m.id}">
      <h3 dir="auto">${shown.name} <span class="muted">${m.nameLatin && m.nameLatin !== m.name ? m.nameLatin : ''}</span>${machineNote(!!edits?.name, m.name)}</h3>
      <p>${t(ctx.lang, 'mention.role')}: <strong class="mention-role">${roleLabel(ctx, shown.role)}</strong>${machineNote(!!edits?.role, roleLabel(ctx, m.role))} · ${t(ctx.lang, 'mention.cues')}: <span dir="auto">${m.cues.join(' · ')}</span> · ${Math.round(m.confidence * 100)}%</p>
      ${attrs.length ? html`<p>${t(ctx.lang, 'mention.attributes')}: ${attrs.map(([k, v]) => html`<span class="badge" dir="auto">${k}: ${String(v)}</span> `)}</p>` : ''}
      <p>${t(ctx.lang, 'mention.status')}: <span class="badge ${m.review.status === 'confirmed' ? 'ok' : m.review.status === 'rejected' ? 'warn' : ''}">${m.review.status}</span>${edits && m.review.status !== 'edited' ? html` <span class="badge edited">${t(ctx.lang, 'mention.edited')}</span>` : ''}
        ${linked ? html` · <a href="/persons/${linked.id}">${t(ctx.lang, 'mention.linked', { name: linked.displayName })}</a>` : ''}</p>
      <div><strong>${t(ctx.lang, 'mention.suggestions')}:</strong>
        ${suggestions.length === 0 ? html`<span class="muted">${t(ctx.lang, 'mention.noSuggestions')}</span>` : ''}
        <ul>${suggestions.map((s) => {
          const p = persons.get(s.targetId)!;
          return html`<li><a href="/persons/${p.id}" dir="auto">${p.displayName}</a> (${Math.round(s.score * 100)}%) — <span class="muted">${s.reasons.join('; ')}</span>
            ${mine && !decided ? postButton(ctx, `/review/mentions/${m.id}/into`, t(ctx.lang, 'mention.confirmInto'), { fields: { ...fields, person: p.id }, key: 's' }) : ''}</li>`;
        })}</ul></div>
      ${mine && !decided
        ? html`<p>${postButton(ctx, `/review/mentions/${m.id}/new-person`, t(ctx.lang, 'mention.confirmNew'), { fields, key: 'n', cls: 'primary' })}
            ${postButton(ctx, `/review/mentions/${m.id}/reject`, t(ctx.lang, 'mention.reject'), { fields, key: 'x', cls: 'danger' })}</p>`
        : ''}
      ${mine ? this.editForm(ctx, m, shown) : ''}
    </section>`;
  }

  /** The reviewer's correction form; the machine's values stay in the database as extracted. */
  private editForm(ctx: PageContext, m: MentionRecord, shown: { name: string; role: string; attributes: Record<string, unknown> }): SafeHtml {
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
}
