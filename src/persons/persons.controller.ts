import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { html } from '../web/html';
import { t } from '../web/i18n';
import { layout, postButton, type PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { PersonsService } from './persons.service';

@Controller('persons')
@Page()
@Roles('reviewer', 'admin', 'researcher')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  @Get()
  async list(@Ctx() ctx: PageContext, @Query('q') q?: string): Promise<string> {
    const found = await this.persons.search(typeof q === 'string' ? q : '');
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
    const { person, mentions, history } = await this.persons.page(id);
    const verified = person.verification.status === 'verified';
    const mayVerify = !verified && person.createdBy !== user.id && person.lastEditedBy !== user.id && user.roles.some((r) => r === 'reviewer' || r === 'admin');
    const attrs = Object.entries(person.attributes).filter(([, v]) => v !== null && v !== undefined && v !== '');
    const body = html`<div class="card">
        <p>${t(ctx.lang, 'person.status')}: <strong>${person.status}</strong></p>
        <p>${t(ctx.lang, 'person.verification')}: <span class="badge ${verified ? 'ok' : ''}" id="verification">${verified ? t(ctx.lang, 'person.verified') : person.verification.status}</span></p>
        ${attrs.length ? html`<p>${attrs.map(([k, v]) => html`<span class="badge" dir="auto">${k}: ${String(v)}</span> `)}</p>` : ''}
        ${mayVerify ? postButton(ctx, `/persons/${person.id}/verify`, t(ctx.lang, 'person.verify'), { cls: 'primary' }) : !verified ? html`<p class="muted">${t(ctx.lang, 'person.secondReviewer')}</p>` : ''}
      </div>
      <div class="card"><h2>${t(ctx.lang, 'person.spellings')}</h2><ul>${person.spellings.map(
        (s) => html`<li dir="auto">${s.name}${s.mentionId ? html` <span class="muted">(${t(ctx.lang, 'person.fromMention')})</span>` : ''}</li>`,
      )}</ul>
      <ul>${mentions.map((m) => html`<li><a href="/review/posts/${m.postId}#m-${m.id}" dir="auto">${m.name}</a> · ${m.role}</li>`)}</ul></div>
      <div class="card"><h2>${t(ctx.lang, 'person.history')}</h2><ul>${history.map((e) => html`<li>${e.at.toISOString()} · ${e.action} · ${e.actor.label}</li>`)}</ul></div>`;
    return layout(ctx, person.displayName, body);
  }

  @Post(':id/verify')
  @Roles('reviewer', 'admin')
  async verify(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.persons.verify(user, id);
    res.redirect(303, `/persons/${id}`);
  }
}
