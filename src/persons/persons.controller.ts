import { Body, Controller, ForbiddenException, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { seesReviewWork } from '../auth/access-rule';
import { html, SafeHtml } from '../web/html';
import { t, type MessageKey } from '../web/i18n';
import { csrfField, layout, postButton, type PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { PERSON_STATUSES } from './person.schema';
import { PersonsService } from './persons.service';

const statusLabel = (ctx: PageContext, status: string) => ((PERSON_STATUSES as readonly string[]).includes(status) ? t(ctx.lang, `status.${status}` as MessageKey) : status);

@Controller('persons')
@Page()
@Roles('reviewer', 'admin', 'researcher')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  @Get()
  async list(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Query('q') q?: string): Promise<string> {
    const found = await this.persons.search(user, typeof q === 'string' ? q : '');
    const body = html`<form method="get" action="/persons" class="card"><label for="q">${t(ctx.lang, 'persons.search')}</label>
        <input id="q" name="q" value="${q ?? ''}" dir="auto"> <button type="submit">${t(ctx.lang, 'review.apply')}</button></form>
      ${found.length === 0 ? html`<p class="card">${t(ctx.lang, 'persons.empty')}</p>` : html`<table id="persons"><tbody>${found.map(
        ({ person, score }) => html`<tr><td><a href="/persons/${person.id}" dir="auto">${person.displayName}</a>${score !== null ? html` <span class="muted">${Math.round(score * 100)}%</span>` : ''}</td>
          <td>${person.status}</td><td><span class="badge ${person.verification.status === 'verified' ? 'ok' : ''}">${person.verification.status}</span></td></tr>`,
      )}</tbody></table>`}`;
    return layout(ctx, t(ctx.lang, 'persons.title'), body);
  }

  @Get(':id')
  async page(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string): Promise<string> {
    const { person, mergedInto, mentions, posts, notes, history } = await this.persons.page(user, id);
    const verified = person.verification.status === 'verified';
    const editor = seesReviewWork(user);
    const mayVerify = !verified && !person.mergedInto && person.createdBy !== user.id && person.lastEditedBy !== user.id && editor;
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
            <form method="post" action="/persons/${person.id}/merge" id="merge-form">${csrfField(ctx)}
              <h2>${t(ctx.lang, 'person.merge')}</h2>
              <label for="merge-into">${t(ctx.lang, 'person.mergeTarget')}</label><input id="merge-into" name="into" required size="40">
              <label for="merge-reason">${t(ctx.lang, 'person.mergeReason')}</label><input id="merge-reason" name="reason" required size="60" dir="auto">
              <p><button type="submit" class="danger">${t(ctx.lang, 'person.mergeSubmit')}</button></p></form></div>`
        : '';
    const noteForm = editor
      ? html`<form method="post" action="/persons/${person.id}/notes" id="note-form">${csrfField(ctx)}
          <label for="note-text">${t(ctx.lang, 'person.noteText')}</label><textarea id="note-text" name="text" rows="3" required dir="auto"></textarea>
          <label for="note-status">${t(ctx.lang, 'person.noteStatus')}</label>
          <select id="note-status" name="status"><option value="">${t(ctx.lang, 'person.noChange')}</option>${statusOptions(null)}</select>
          <label for="note-post">${t(ctx.lang, 'person.notePost')}</label><input id="note-post" name="post" size="60">
          <p><button type="submit" class="primary">${t(ctx.lang, 'person.addNote')}</button> <span class="muted">${t(ctx.lang, 'person.notesAppendOnly')}</span></p></form>`
      : '';
    const body = html`${merged}<div class="card">
        <p>${t(ctx.lang, 'person.status')}: <strong id="person-status">${statusLabel(ctx, person.status)}</strong></p>
        <p>${t(ctx.lang, 'person.verification')}: <span class="badge ${verified ? 'ok' : ''}" id="verification">${verified ? t(ctx.lang, 'person.verified') : person.verification.status}</span></p>
        ${attrs.length ? html`<p>${attrs.map(([k, v]) => html`<span class="badge" dir="auto">${k}: ${String(v)}</span> `)}</p>` : ''}
        ${mayVerify ? postButton(ctx, `/persons/${person.id}/verify`, t(ctx.lang, 'person.verify'), { cls: 'primary' }) : !verified && !person.mergedInto ? html`<p class="muted">${t(ctx.lang, 'person.secondReviewer')}</p>` : ''}
      </div>
      ${edits}
      <div class="card"><h2>${t(ctx.lang, 'person.spellings')}</h2><ul id="spellings">${person.spellings.map(
        (s) => html`<li dir="auto">${s.name}${s.mentionId ? html` <span class="muted">(${t(ctx.lang, 'person.fromMention')})</span>` : ''}</li>`,
      )}</ul>
      <ul id="mentions">${mentions.map((m) => html`<li>${editor ? html`<a href="/review/posts/${m.postId}#m-${m.id}" dir="auto">${m.name}</a>` : html`<span dir="auto">${m.name}</span>`} · ${m.role}</li>`)}</ul></div>
      <div class="card"><h2>${t(ctx.lang, 'person.posts')}</h2>
        ${posts.length === 0 ? html`<p class="muted">${t(ctx.lang, 'person.noPosts')}</p>` : html`<ul id="posts">${posts.map(
          (p) => html`<li>${editor ? html`<a href="/review/posts/${p.id}" dir="auto">${(p.title ?? p.text).slice(0, 120)}</a>` : html`<span dir="auto">${(p.title ?? p.text).slice(0, 120)}</span>`} <span class="muted">${p.sourceType} · ${(p.publishedAt ?? p.collectedAt).toISOString().slice(0, 10)}</span></li>`,
        )}</ul>`}</div>
      <div class="card"><h2>${t(ctx.lang, 'person.notes')}</h2>
        ${notes.length === 0 ? html`<p class="muted">${t(ctx.lang, 'person.noNotes')}</p>` : html`<ol id="notes" class="notes">${notes.map(
          (n) => html`<li class="note"><p class="note-text" dir="auto">${n.text}</p>
            <p class="muted">${n.authorName} · ${n.at.toISOString()}${n.status ? html` · ${t(ctx.lang, 'person.status')}: ${statusLabel(ctx, n.status)}` : ''}${n.postId ? html` · <a href="/review/posts/${n.postId}">${t(ctx.lang, 'person.post')}</a>` : ''}</p></li>`,
        )}</ol>`}
        ${noteForm}</div>
      ${editor ? html`<div class="card"><h2>${t(ctx.lang, 'person.history')}</h2><ul id="history">${history.map((e) => html`<li>${e.at.toISOString()} · ${e.action} · ${e.actor.label}</li>`)}</ul></div>` : ''}`;
    return layout(ctx, person.displayName, body);
  }

  @Post(':id/verify')
  @Roles('reviewer', 'admin')
  async verify(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.persons.verify(user, id);
    res.redirect(303, `/persons/${id}`);
  }

  @Post(':id/status')
  @Roles('reviewer', 'admin')
  async status(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string, @Body('status') status: unknown, @Res() res: Response): Promise<void> {
    this.mayMarkDead(ctx, user, status);
    await this.persons.changeStatus(user, id, status);
    res.redirect(303, `/persons/${id}`);
  }

  @Post(':id/notes')
  @Roles('reviewer', 'admin')
  async note(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    this.mayMarkDead(ctx, user, body.status);
    await this.persons.addNote(user, id, { text: body.text, status: body.status, post: body.post });
    res.redirect(303, `/persons/${id}#notes`);
  }

  @Post(':id/merge')
  @Roles('reviewer', 'admin')
  async merge(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.persons.merge(user, id, body.into, body.reason);
    res.redirect(303, `/persons/${id}`);
  }

  @Post(':id/split')
  @Roles('reviewer', 'admin')
  async split(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.persons.split(user, id);
    res.redirect(303, `/persons/${id}`);
  }

  /** The service refuses too; here the refusal is in the reader's language. */
  private mayMarkDead(ctx: PageContext, user: AuthUser, status: unknown): void {
    if (status === 'dead' && !user.roles.includes('admin')) throw new ForbiddenException(t(ctx.lang, 'person.deadAdminOnly'));
  }
}
