import { BadRequestException, Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { actorOf, type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import type { CollectorRunRecord } from '../collectors/collector-run.repository';
import type { PreviewResult } from '../collectors/collect.service';
import { parseIdOrFail } from '../http/parse-input';
import { ALL_QUEUE_NAMES } from '../queue/jobs';
import { SweeperService } from '../pipeline/sweeper.service';
import { QueueService } from '../queue/queue.service';
import { html, safeUrl, SafeHtml } from '../web/html';
import { MESSAGE_KEYS, t, type MessageKey } from '../web/i18n';
import { csrfField, layout, postButton, type PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import {
  CONFIG_FIELDS,
  createInputFromForm,
  fieldErrors,
  formFromSource,
  formValues,
  isSourceType,
  newFormValues,
  patchFromForm,
  SECRET_FORM_FIELDS,
  type SourceFormValues,
} from './source-form';
import { createSourceInput, updateSourceInput } from './source.input';
import { SOURCE_TYPES, type SourceType } from './source.schema';
import { lastErrorIsCurrent, SourcesService, type SourceView } from './sources.service';

type Errors = Record<string, string>;

const KNOWN_KEYS = new Set<string>(MESSAGE_KEYS);

const when = (d: Date | null | undefined) => (d ? new Date(d).toISOString().replace('T', ' ').slice(0, 16) : null);

function stateBadge(ctx: PageContext, state: string): SafeHtml {
  const cls = state === 'ok' ? 'ok' : state === 'error' || state === 'failing' ? 'warn' : '';
  return html`<span class="badge state ${cls}" data-state="${state}">${KNOWN_KEYS.has(`state.${state}`) ? t(ctx.lang, `state.${state}` as MessageKey) : state}</span>`;
}

/** The last error in red while it stands; after a successful run, as muted history with its date. */
function lastErrorLine(ctx: PageContext, s: SourceView, tag: 'div' | 'p'): SafeHtml | '' {
  const { lastError, lastErrorAt } = s.health;
  if (!lastError) return '';
  const line = lastErrorIsCurrent(s.health)
    ? html`<span class="error source-error" dir="auto">${t(ctx.lang, 'sources.lastError')} (${when(lastErrorAt)}): ${lastError}</span>`
    : html`<span class="muted source-error-history" dir="auto">${t(ctx.lang, 'sources.earlierError')} (${when(lastErrorAt)}): ${lastError}</span>`;
  return tag === 'div' ? html`<div>${line}</div>` : html`<p>${line}</p>`;
}

function scheduleText(ctx: PageContext, s: SourceView): string {
  return s.cron ? t(ctx.lang, 'sources.cronSchedule', { cron: s.cron }) : t(ctx.lang, 'sources.everyMinutes', { n: s.intervalMinutes });
}

/** Issues thrown by parseInput (a BadRequestException naming each field), or null for anything else. */
function issuesOf(err: unknown): { field: string; message: string }[] | null {
  if (!(err instanceof BadRequestException)) return null;
  const body = err.getResponse() as { details?: { field: string; message: string }[] };
  return Array.isArray(body.details) ? body.details : null;
}

@Controller()
@Page()
@Roles('operator', 'admin')
export class SourcesPagesController {
  constructor(
    private readonly sources: SourcesService,
    private readonly queue: QueueService,
    private readonly sweeper: SweeperService,
  ) {}

  @Get('sources')
  async list(@Ctx() ctx: PageContext): Promise<string> {
    const sources = await this.sources.list();
    const rows = sources.map(
      (s) => html`<tr data-source="${s.id}">
        <td><a href="/sources/${s.id}" dir="auto">${s.name}</a></td>
        <td>${s.type}</td>
        <td>${scheduleText(ctx, s)}</td>
        <td><span class="badge ${s.enabled ? 'ok' : ''}">${t(ctx.lang, s.enabled ? 'sources.enabled' : 'sources.paused')}</span></td>
        <td>${stateBadge(ctx, s.health.state)}
          <div class="muted">${t(ctx.lang, 'sources.lastSuccess')}: ${when(s.health.lastSuccessAt) ?? t(ctx.lang, 'sources.never')}</div>
          ${s.health.lastRunNewItems !== null ? html`<div class="muted">${t(ctx.lang, 'sources.newItems')}: ${s.health.lastRunNewItems}</div>` : ''}
          ${s.health.consecutiveFailures > 0 ? html`<div class="error">${t(ctx.lang, 'sources.failures')}: ${s.health.consecutiveFailures}</div>` : ''}
          ${lastErrorLine(ctx, s, 'div')}</td>
        <td class="actions">${this.actions(ctx, s)} <a href="/sources/${s.id}">${t(ctx.lang, 'sources.open')}</a></td>
      </tr>`,
    );
    const body = html`<p class="card new-source">${t(ctx.lang, 'sources.new')}:
        ${SOURCE_TYPES.map((type) => html` <a href="/sources/new?type=${type}" class="button-link" data-type="${type}">${type}</a>`)}</p>
      ${sources.length === 0
        ? html`<p class="card">${t(ctx.lang, 'sources.empty')}</p>`
        : html`<table id="sources"><thead><tr><th>${t(ctx.lang, 'sources.name')}</th><th>${t(ctx.lang, 'sources.type')}</th><th>${t(ctx.lang, 'sources.schedule')}</th>
            <th>${t(ctx.lang, 'sources.status')}</th><th>${t(ctx.lang, 'sources.health')}</th><th>${t(ctx.lang, 'sources.actions')}</th></tr></thead><tbody>${rows}</tbody></table>`}
      <p><a href="/queues">${t(ctx.lang, 'queues.title')}</a></p>`;
    return layout(ctx, t(ctx.lang, 'sources.title'), body);
  }

  @Get('sources/new')
  newForm(@Ctx() ctx: PageContext, @Query('type') type: unknown, @Res() res: Response): void {
    if (!isSourceType(type)) {
      this.send(res, 400, layout(ctx, t(ctx.lang, 'sources.new'), html`<p class="card error">${t(ctx.lang, 'sources.form.unknownType')}</p>${this.typeLinks(ctx)}`));
      return;
    }
    this.send(res, 200, this.newPage(ctx, type, newFormValues(), {}));
  }

  @Post('sources/preview')
  async preview(@Ctx() ctx: PageContext, @Body() body: unknown, @Res() res: Response): Promise<void> {
    const values = formValues(body);
    const type = values.type;
    if (!isSourceType(type)) return this.send(res, 400, layout(ctx, t(ctx.lang, 'sources.new'), html`<p class="card error">${t(ctx.lang, 'sources.form.unknownType')}</p>`));
    const parsed = createSourceInput.safeParse(createInputFromForm(type, values));
    if (!parsed.success) return this.send(res, 400, this.newPage(ctx, type, values, fieldErrors(parsed.error.issues)));
    const result = await this.sources.preview(parsed.data);
    this.send(res, 200, this.newPage(ctx, type, values, {}, result));
  }

  @Post('sources')
  async create(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Body() body: unknown, @Res() res: Response): Promise<void> {
    const values = formValues(body);
    const type = values.type;
    if (!isSourceType(type)) return this.send(res, 400, layout(ctx, t(ctx.lang, 'sources.new'), html`<p class="card error">${t(ctx.lang, 'sources.form.unknownType')}</p>`));
    const parsed = createSourceInput.safeParse(createInputFromForm(type, values));
    if (!parsed.success) return this.send(res, 400, this.newPage(ctx, type, values, fieldErrors(parsed.error.issues)));
    const source = await this.sources.create(actorOf(user), parsed.data);
    res.redirect(303, `/sources/${source.id}`);
  }

  @Get('sources/:id')
  async detail(@Ctx() ctx: PageContext, @Param('id') id: string, @Query('saved') saved: unknown, @Res() res: Response): Promise<void> {
    const source = await this.sources.getOrFail(parseIdOrFail(id, 'source'));
    this.send(res, 200, await this.detailPage(ctx, source, formFromSource(source), {}, saved === '1' ? t(ctx.lang, 'source.saved') : undefined));
  }

  @Post('sources/:id')
  async update(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: unknown, @Res() res: Response): Promise<void> {
    const source = await this.sources.getOrFail(parseIdOrFail(id, 'source'));
    const values = formValues(body);
    const parsed = updateSourceInput.safeParse(patchFromForm(source.type, values, source.config as Record<string, unknown>));
    if (!parsed.success) return this.send(res, 400, await this.detailPage(ctx, source, values, fieldErrors(parsed.error.issues)));
    try {
      await this.sources.update(actorOf(user), source.id, parsed.data);
    } catch (err) {
      // The service validates the merged config on its own: its issues name fields inside the config.
      const issues = issuesOf(err);
      if (!issues) throw err;
      return this.send(res, 400, await this.detailPage(ctx, source, values, fieldErrors(issues.map((i) => ({ path: i.field, message: i.message })), 'config')));
    }
    res.redirect(303, `/sources/${source.id}?saved=1`);
  }

  @Post('sources/:id/pause')
  async pause(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.sources.pause(actorOf(user), parseIdOrFail(id, 'source'));
    res.redirect(303, `/sources/${id}`);
  }

  @Post('sources/:id/resume')
  async resume(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.sources.resume(actorOf(user), parseIdOrFail(id, 'source'));
    res.redirect(303, `/sources/${id}`);
  }

  @Post('sources/:id/run')
  async run(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.sources.runNow(actorOf(user), parseIdOrFail(id, 'source'));
    res.redirect(303, `/sources/${id}`);
  }

  @Get('queues')
  async queues(@Ctx() ctx: PageContext): Promise<string> {
    const [counts, sweep] = await Promise.all([this.queue.counts(), this.sweeper.status()]);
    const columns = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;
    const body = html`<table id="queues"><thead><tr><th>${t(ctx.lang, 'queues.queue')}</th>${columns.map((c) => html`<th>${t(ctx.lang, `queues.${c}`)}</th>`)}</tr></thead>
      <tbody>${ALL_QUEUE_NAMES.map((name) => html`<tr data-queue="${name}"><td>${name}</td>${columns.map((c) => html`<td class="${c === 'failed' && (counts[name]?.[c] ?? 0) > 0 ? 'error' : ''}">${counts[name]?.[c] ?? 0}</td>`)}</tr>`)}</tbody></table>
      <section class="card" id="sweeper"><h2>${t(ctx.lang, 'queues.sweeper')}</h2>
        <p class="muted">${t(ctx.lang, 'queues.sweeperHelp', { interval: `${Math.round(sweep.intervalMs / 1000)} s`, stale: Math.round(sweep.staleAfterMs / 60_000) })}</p>
        <table><tbody>
          <tr><th>${t(ctx.lang, 'queues.stalledPosts')}</th><td id="stalled-posts">${sweep.stalledPosts}</td></tr>
          <tr><th>${t(ctx.lang, 'queues.stalledMedia')}</th><td id="stalled-media">${sweep.stalledMediaPosts}</td></tr>
          <tr><th>${t(ctx.lang, 'queues.postsRequeued')}</th><td id="posts-requeued">${sweep.totals.postsRequeued}</td></tr>
          <tr><th>${t(ctx.lang, 'queues.postsFailed')}</th><td id="posts-failed">${sweep.totals.postsFailed}</td></tr>
          <tr><th>${t(ctx.lang, 'queues.mediaRequeued')}</th><td id="media-requeued">${sweep.totals.mediaRequeued}</td></tr>
          <tr><th>${t(ctx.lang, 'queues.lastSweep')}</th><td>${sweep.lastSweepAt ? sweep.lastSweepAt.toISOString() : t(ctx.lang, 'queues.never')}</td></tr>
        </tbody></table></section>`;
    return layout(ctx, t(ctx.lang, 'queues.title'), body);
  }

  private send(res: Response, status: number, page: string): void {
    res.status(status).type('html').send(page);
  }

  private typeLinks(ctx: PageContext): SafeHtml {
    return html`<p class="card">${SOURCE_TYPES.map((type) => html` <a href="/sources/new?type=${type}">${t(ctx.lang, 'sources.newOfType', { type })}</a>`)}</p>`;
  }

  private actions(ctx: PageContext, s: SourceView): SafeHtml {
    return html`${s.enabled ? postButton(ctx, `/sources/${s.id}/pause`, t(ctx.lang, 'sources.pause')) : postButton(ctx, `/sources/${s.id}/resume`, t(ctx.lang, 'sources.resume'))}
      ${s.type !== 'manual' ? postButton(ctx, `/sources/${s.id}/run`, t(ctx.lang, 'sources.runNow'), { cls: 'primary' }) : ''}`;
  }

  private newPage(ctx: PageContext, type: SourceType, values: SourceFormValues, errors: Errors, preview?: PreviewResult): string {
    const invalid = Object.keys(errors).length > 0;
    const body = html`${invalid ? html`<p class="flash error" role="alert">${t(ctx.lang, 'sources.form.invalid')}</p>` : ''}
      ${this.form(ctx, type, values, errors, { action: '/sources', id: 'source-form', preview: true, stored: false })}
      ${preview ? this.previewSection(ctx, preview) : ''}`;
    return layout(ctx, t(ctx.lang, 'sources.newOfType', { type }), body);
  }

  private async detailPage(ctx: PageContext, s: SourceView, values: SourceFormValues, errors: Errors, flash?: string): Promise<string> {
    const runs = await this.sources.listRuns(s.id, 20);
    const configEntries = Object.entries(formFromSource({ ...s, name: '', keywords: { include: [], exclude: [] } })).filter(([k]) => k.startsWith('config.'));
    const invalid = Object.keys(errors).length > 0;
    const body = html`${invalid ? html`<p class="flash error" role="alert">${t(ctx.lang, 'sources.form.invalid')}</p>` : ''}
      <div class="card" id="source-summary">
        <p>${t(ctx.lang, 'sources.type')}: <strong>${s.type}</strong> · ${t(ctx.lang, 'sources.schedule')}: ${scheduleText(ctx, s)} ·
          <span class="badge ${s.enabled ? 'ok' : ''}" id="source-enabled">${t(ctx.lang, s.enabled ? 'sources.enabled' : 'sources.paused')}</span></p>
        <p>${t(ctx.lang, 'sources.health')}: ${stateBadge(ctx, s.health.state)} · ${t(ctx.lang, 'sources.lastSuccess')}: ${when(s.health.lastSuccessAt) ?? t(ctx.lang, 'sources.never')}
          ${s.health.lastRunNewItems !== null ? html` · ${t(ctx.lang, 'sources.newItems')}: ${s.health.lastRunNewItems}` : ''}
          ${s.health.consecutiveFailures > 0 ? html` · <span class="error">${t(ctx.lang, 'sources.failures')}: ${s.health.consecutiveFailures}</span>` : ''}</p>
        ${lastErrorLine(ctx, s, 'p')}
        <h2>${t(ctx.lang, 'source.config')}</h2>
        ${configEntries.length === 0 && s.secretsSet.length === 0 && s.type === 'manual' ? html`<p class="muted">${t(ctx.lang, 'source.noConfig')}</p>` : ''}
        <dl class="source-config" id="source-config">${configEntries.map(([k, v]) => html`<dt>${this.fieldLabel(ctx, k)}</dt><dd dir="auto">${v}</dd>`)}
          ${s.secretsSet.includes('appPassword') ? html`<dt>${this.fieldLabel(ctx, 'config.appPassword')}</dt><dd class="secret-set">${t(ctx.lang, 'source.secretSet')}</dd>` : ''}</dl>
        ${s.keywords.include.length || s.keywords.exclude.length
          ? html`<p>${t(ctx.lang, 'source.keywords')}: ${s.keywords.include.map((k) => html`<span class="badge ok" dir="auto">${t(ctx.lang, 'source.include')}: ${k}</span> `)}${s.keywords.exclude.map((k) => html`<span class="badge warn" dir="auto">${t(ctx.lang, 'source.exclude')}: ${k}</span> `)}</p>`
          : ''}
        <div class="source-actions">${this.actions(ctx, s)}</div>
      </div>
      <div class="card"><h2>${t(ctx.lang, 'source.edit')}</h2>
        ${this.form(ctx, s.type, values, errors, { action: `/sources/${s.id}`, id: 'edit-form', preview: false, stored: s.secretsSet.includes('appPassword') })}</div>
      <h2>${t(ctx.lang, 'source.runs')}</h2>
      ${runs.length === 0 ? html`<p class="card">${t(ctx.lang, 'source.noRuns')}</p>` : this.runsTable(ctx, runs)}`;
    return layout(ctx, s.name, body, flash);
  }

  private runsTable(ctx: PageContext, runs: CollectorRunRecord[]): SafeHtml {
    return html`<table id="runs"><thead><tr><th>${t(ctx.lang, 'runs.time')}</th><th>${t(ctx.lang, 'runs.status')}</th><th>${t(ctx.lang, 'runs.http')}</th>
      <th>${t(ctx.lang, 'runs.fetched')}</th><th>${t(ctx.lang, 'runs.new')}</th><th>${t(ctx.lang, 'runs.duplicate')}</th><th>${t(ctx.lang, 'runs.filtered')}</th>
      <th>${t(ctx.lang, 'runs.error')}</th><th>${t(ctx.lang, 'runs.note')}</th></tr></thead>
      <tbody>${runs.map(
        (r) => html`<tr data-run="${r.id}" data-status="${r.status}">
          <td>${when(r.startedAt)}</td>
          <td><span class="badge ${r.status === 'succeeded' ? 'ok' : r.status === 'failed' ? 'warn' : ''}">${r.status}</span></td>
          <td>${r.notModified ? '304' : (r.httpStatus ?? '—')}</td>
          <td>${r.counts.fetched}</td><td class="run-new">${r.counts.new}</td><td>${r.counts.duplicate}</td><td>${r.counts.filtered}</td>
          <td class="error" dir="auto">${r.error ?? ''}</td><td class="muted" dir="auto">${r.note ?? ''}</td></tr>`,
      )}</tbody></table>`;
  }

  private fieldLabel(ctx: PageContext, name: string): string {
    const key = `field.${name}`;
    // Config fields the form does not offer (e.g. maxPages) are shown under their own name.
    return KNOWN_KEYS.has(key) ? t(ctx.lang, key as MessageKey) : name.replace(/^config\./, '');
  }

  private form(
    ctx: PageContext,
    type: SourceType,
    values: SourceFormValues,
    errors: Errors,
    options: { action: string; id: string; preview: boolean; stored: boolean },
  ): SafeHtml {
    const shown = new Set<string>();
    const field = (name: string, label: string, input: SafeHtml, hint?: string): SafeHtml => {
      shown.add(name);
      const error = errors[name];
      return html`<div class="field ${error ? 'invalid' : ''}" data-field="${name}"><label for="${options.id}-${name}">${label}</label>${input}
        ${hint ? html`<div class="muted">${hint}</div>` : ''}${error ? html`<div class="error field-error" id="${options.id}-${name}-error">${error}</div>` : ''}</div>`;
    };
    const text = (name: string, label: string, kind = 'text', required = false) =>
      field(
        name,
        label,
        html`<input id="${options.id}-${name}" name="${name}" type="${kind}" value="${SECRET_FORM_FIELDS.has(name) ? '' : (values[name] ?? '')}" dir="auto"
          ${required ? 'required' : ''} ${kind === 'password' ? 'autocomplete="new-password"' : ''} ${errors[name] ? html`aria-invalid="true" aria-describedby="${options.id}-${name}-error"` : ''}>`,
        kind === 'password' && options.stored ? t(ctx.lang, 'sources.form.passwordKept') : undefined,
      );
    const area = (name: string, label: string) =>
      field(name, label, html`<textarea id="${options.id}-${name}" name="${name}" rows="3" dir="auto">${values[name] ?? ''}</textarea>`);
    const configFields = CONFIG_FIELDS[type].map((f) =>
      text(f.name, this.fieldLabel(ctx, f.name), f.kind === 'number' ? 'number' : f.kind === 'password' ? 'password' : f.kind === 'url' ? 'url' : 'text', f.required ?? false),
    );
    const common = html`${text('intervalMinutes', t(ctx.lang, 'sources.form.intervalMinutes'), 'number')}
      ${text('cron', t(ctx.lang, 'sources.form.cron'))}
      ${area('keywords.include', t(ctx.lang, 'sources.form.include'))}
      ${area('keywords.exclude', t(ctx.lang, 'sources.form.exclude'))}
      ${field('enabled', t(ctx.lang, 'sources.form.enabled'), html`<input id="${options.id}-enabled" type="checkbox" name="enabled" value="on" ${values.enabled === 'on' ? 'checked' : ''}>`)}`;
    const nameField = text('name', t(ctx.lang, 'sources.name'), 'text', true);
    const config = html`${configFields}`;
    // Errors the form has no field for (e.g. "give exactly one of hashtag or account") are listed above it.
    const others = Object.entries(errors).filter(([k]) => !shown.has(k));
    return html`<form method="post" action="${options.action}" id="${options.id}" class="source-form" novalidate>${csrfField(ctx)}
      <input type="hidden" name="type" value="${type}">
      ${others.length ? html`<ul class="error form-errors">${others.map(([k, m]) => html`<li>${k === '_form' ? '' : `${k}: `}${m}</li>`)}</ul>` : ''}
      ${nameField}${config}${common}
      <p class="form-buttons">${options.preview ? html`<button type="submit" formaction="/sources/preview" id="preview-button">${t(ctx.lang, 'sources.form.preview')}</button> ` : ''}
        <button type="submit" class="primary" id="save-button">${t(ctx.lang, 'sources.form.save')}</button></p></form>`;
  }

  private previewSection(ctx: PageContext, p: PreviewResult): SafeHtml {
    const reason = (f: PreviewResult['items'][number]['filter']) => (f.keep ? '' : f.keyword ? `${f.reason}: ${f.keyword}` : f.reason);
    return html`<section class="card preview" id="preview"><h2>${t(ctx.lang, 'preview.title')}</h2>
      <p class="muted">${t(ctx.lang, 'preview.nothingStored')} ${p.httpStatus !== null ? t(ctx.lang, 'preview.httpStatus', { status: p.httpStatus }) : ''}</p>
      ${!p.ok
        ? html`<p class="error" id="preview-error" dir="auto">${t(ctx.lang, 'preview.failed')}: ${p.error ?? ''}</p>`
        : html`<p>${t(ctx.lang, 'preview.counts', p.counts)}</p>
          ${p.items.length === 0
            ? html`<p class="muted">${t(ctx.lang, 'preview.noItems')}</p>`
            : html`<table id="preview-items"><thead><tr><th>${t(ctx.lang, 'preview.item')}</th><th>${t(ctx.lang, 'preview.date')}</th><th>${t(ctx.lang, 'preview.decision')}</th></tr></thead><tbody>${p.items.map(
                (i) => html`<tr class="preview-item">
                  <td>${i.post.url ? html`<a href="${safeUrl(i.post.url)}" rel="noopener noreferrer nofollow" target="_blank" dir="auto">${i.post.title ?? i.post.text.slice(0, 120)}</a>` : html`<span dir="auto">${i.post.title ?? i.post.text.slice(0, 120)}</span>`}
                    ${i.post.title ? html`<div class="muted preview-text" dir="auto">${i.post.text.slice(0, 200)}</div>` : ''}</td>
                  <td>${when(i.post.publishedAt) ?? '—'}</td>
                  <td><span class="badge ${i.filter.keep ? 'ok' : 'warn'}">${i.filter.keep ? t(ctx.lang, 'preview.keep') : t(ctx.lang, 'preview.dropped', { reason: reason(i.filter) })}</span></td></tr>`,
              )}</tbody></table>`}`}
    </section>`;
  }
}
