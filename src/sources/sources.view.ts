import type { CollectorRunRecord } from './collector-run.repository';
import type { PreviewResult } from './source-collection.port';
import { html, safeUrl, SafeHtml } from '../web/html';
import { MESSAGE_KEYS, t, type MessageKey } from '../web/i18n';
import { label, th } from '../web/labels';
import { csrfField, layout, postButton, type PageContext } from '../web/layout';
import { moment } from '../web/post-parts.view';
import { CONFIG_FIELDS, formFromSource, SECRET_FORM_FIELDS, type SourceFormValues } from './source-form';
import { SOURCE_TYPES, type SourceType } from './source.schema';
import { lastErrorIsCurrent, type SourceView } from './sources.service';

type Errors = Record<string, string>;

const KNOWN_KEYS = new Set<string>(MESSAGE_KEYS);

const when = (ctx: PageContext, d: Date | null | undefined) => (d ? moment(ctx, new Date(d)) : null);

function stateBadge(ctx: PageContext, state: string): SafeHtml {
  const cls = state === 'ok' ? 'ok' : state === 'error' || state === 'failing' ? 'warn' : '';
  return html`<span class="badge state ${cls}" data-state="${state}">${label(ctx, 'sourceState', state)}</span>`;
}

/** The last error in red while it stands; after a successful run, as muted history with its date. */
function lastErrorLine(ctx: PageContext, s: SourceView, tag: 'div' | 'p'): SafeHtml | '' {
  const { lastError, lastErrorAt } = s.health;
  if (!lastError) return '';
  const line = lastErrorIsCurrent(s.health)
    ? html`<span class="error source-error">${t(ctx, 'sources.lastError')} (${when(ctx, lastErrorAt)}): <bdi>${lastError}</bdi></span>`
    : html`<span class="muted source-error-history">${t(ctx, 'sources.earlierError')} (${when(ctx, lastErrorAt)}): <bdi>${lastError}</bdi></span>`;
  return tag === 'div' ? html`<div>${line}</div>` : html`<p>${line}</p>`;
}

function scheduleText(ctx: PageContext, s: SourceView): SafeHtml {
  return s.cron ? th(ctx, 'sources.cronSchedule', { cron: s.cron }) : html`${t(ctx, 'sources.everyMinutes', { n: s.intervalMinutes })}`;
}

export function sourcesListView(ctx: PageContext, sources: SourceView[]): string {
  const rows = sources.map(
    (s) => html`<tr data-source="${s.id}">
        <td><a href="/sources/${s.id}"><bdi>${s.name}</bdi></a></td>
        <td>${label(ctx, 'sourceType', s.type)}</td>
        <td>${scheduleText(ctx, s)}</td>
        <td><span class="badge ${s.enabled ? 'ok' : ''}">${t(ctx, s.enabled ? 'sources.enabled' : 'sources.paused')}</span></td>
        <td>${stateBadge(ctx, s.health.state)}
          <div class="muted">${t(ctx, 'sources.lastSuccess')}: ${when(ctx, s.health.lastSuccessAt) ?? t(ctx, 'sources.never')}</div>
          ${s.health.lastRunNewItems !== null ? html`<div class="muted">${t(ctx, 'sources.newItems')}: ${s.health.lastRunNewItems}</div>` : ''}
          ${s.health.consecutiveFailures > 0 ? html`<div class="error">${t(ctx, 'sources.failures')}: ${s.health.consecutiveFailures}</div>` : ''}
          ${lastErrorLine(ctx, s, 'div')}</td>
        <td class="actions">${actions(ctx, s)} <a href="/sources/${s.id}">${t(ctx, 'sources.open')}</a></td>
      </tr>`,
  );
  const body = html`<p class="card new-source">${t(ctx, 'sources.new')}:
        ${SOURCE_TYPES.map((type) => html` <a href="/sources/new?type=${type}" class="button-link" data-type="${type}">${label(ctx, 'sourceType', type)}</a>`)}</p>
      ${
        sources.length === 0
          ? html`<p class="card">${t(ctx, 'sources.empty')}</p>`
          : html`<table id="sources"><thead><tr><th>${t(ctx, 'sources.name')}</th><th>${t(ctx, 'sources.type')}</th><th>${t(ctx, 'sources.schedule')}</th>
            <th>${t(ctx, 'sources.status')}</th><th>${t(ctx, 'sources.health')}</th><th>${t(ctx, 'sources.actions')}</th></tr></thead><tbody>${rows}</tbody></table>`
      }
      <p><a href="/queues">${t(ctx, 'queues.title')}</a></p>`;
  return layout(ctx, t(ctx, 'sources.title'), body);
}

export function unknownTypeView(ctx: PageContext, withLinks: boolean): string {
  return layout(ctx, t(ctx, 'sources.new'), html`<p class="card error">${t(ctx, 'sources.form.unknownType')}</p>${withLinks ? typeLinks(ctx) : ''}`);
}

function typeLinks(ctx: PageContext): SafeHtml {
  return html`<p class="card">${SOURCE_TYPES.map((type) => html` <a href="/sources/new?type=${type}">${t(ctx, 'sources.newOfType', { type: label(ctx, 'sourceType', type) })}</a>`)}</p>`;
}

function actions(ctx: PageContext, s: SourceView): SafeHtml {
  return html`${s.enabled ? postButton(ctx, `/sources/${s.id}/pause`, t(ctx, 'sources.pause')) : postButton(ctx, `/sources/${s.id}/resume`, t(ctx, 'sources.resume'))}
    ${s.type !== 'manual' ? postButton(ctx, `/sources/${s.id}/run`, t(ctx, 'sources.runNow'), { cls: 'primary' }) : ''}`;
}

export function newSourceView(ctx: PageContext, type: SourceType, values: SourceFormValues, errors: Errors, preview?: PreviewResult): string {
  const invalid = Object.keys(errors).length > 0;
  const body = html`${invalid ? html`<p class="flash error" role="alert">${t(ctx, 'sources.form.invalid')}</p>` : ''}
    ${form(ctx, type, values, errors, { action: '/sources', id: 'source-form', preview: true, stored: false })}
    ${preview ? previewSection(ctx, preview) : ''}`;
  return layout(ctx, t(ctx, 'sources.newOfType', { type: label(ctx, 'sourceType', type) }), body);
}

export function sourceDetailView(
  ctx: PageContext,
  s: SourceView,
  runs: CollectorRunRecord[],
  values: SourceFormValues,
  errors: Errors,
  flash?: string,
): string {
  const configEntries = Object.entries(formFromSource({ ...s, name: '', keywords: { include: [], exclude: [] } })).filter(([k]) => k.startsWith('config.'));
  const invalid = Object.keys(errors).length > 0;
  const body = html`${invalid ? html`<p class="flash error" role="alert">${t(ctx, 'sources.form.invalid')}</p>` : ''}
    <div class="card" id="source-summary">
      <p>${t(ctx, 'sources.type')}: <strong>${label(ctx, 'sourceType', s.type)}</strong> · ${t(ctx, 'sources.schedule')}: ${scheduleText(ctx, s)} ·
        <span class="badge ${s.enabled ? 'ok' : ''}" id="source-enabled">${t(ctx, s.enabled ? 'sources.enabled' : 'sources.paused')}</span></p>
      <p>${t(ctx, 'sources.health')}: ${stateBadge(ctx, s.health.state)} · ${t(ctx, 'sources.lastSuccess')}: ${when(ctx, s.health.lastSuccessAt) ?? t(ctx, 'sources.never')}
        ${s.health.lastRunNewItems !== null ? html` · ${t(ctx, 'sources.newItems')}: ${s.health.lastRunNewItems}` : ''}
        ${s.health.consecutiveFailures > 0 ? html` · <span class="error">${t(ctx, 'sources.failures')}: ${s.health.consecutiveFailures}</span>` : ''}</p>
      ${lastErrorLine(ctx, s, 'p')}
      <h2>${t(ctx, 'source.config')}</h2>
      ${configEntries.length === 0 && s.secretsSet.length === 0 && s.type === 'manual' ? html`<p class="muted">${t(ctx, 'source.noConfig')}</p>` : ''}
      <dl class="source-config" id="source-config">${configEntries.map(([k, v]) => html`<dt>${fieldLabel(ctx, k)}</dt><dd><bdi>${v}</bdi></dd>`)}
        ${s.secretsSet.includes('appPassword') ? html`<dt>${fieldLabel(ctx, 'config.appPassword')}</dt><dd class="secret-set">${t(ctx, 'source.secretSet')}</dd>` : ''}</dl>
      ${
        s.keywords.include.length || s.keywords.exclude.length
          ? html`<p>${t(ctx, 'source.keywords')}: ${s.keywords.include.map((k) => html`<span class="badge ok">${t(ctx, 'source.include')}: <bdi>${k}</bdi></span> `)}${s.keywords.exclude.map((k) => html`<span class="badge warn">${t(ctx, 'source.exclude')}: <bdi>${k}</bdi></span> `)}</p>`
          : ''
      }
      <div class="source-actions">${actions(ctx, s)}</div>
    </div>
    <div class="card"><h2>${t(ctx, 'source.edit')}</h2>
      ${form(ctx, s.type, values, errors, { action: `/sources/${s.id}`, id: 'edit-form', preview: false, stored: s.secretsSet.includes('appPassword') })}</div>
    <h2>${t(ctx, 'source.runs')}</h2>
    ${runs.length === 0 ? html`<p class="card">${t(ctx, 'source.noRuns')}</p>` : runsTable(ctx, runs)}`;
  return layout(ctx, s.name, body, flash);
}

function runsTable(ctx: PageContext, runs: CollectorRunRecord[]): SafeHtml {
  return html`<table id="runs"><thead><tr><th>${t(ctx, 'runs.time')}</th><th>${t(ctx, 'runs.status')}</th><th>${t(ctx, 'runs.http')}</th>
    <th>${t(ctx, 'runs.fetched')}</th><th>${t(ctx, 'runs.new')}</th><th>${t(ctx, 'runs.duplicate')}</th><th>${t(ctx, 'runs.filtered')}</th>
    <th>${t(ctx, 'runs.error')}</th><th>${t(ctx, 'runs.note')}</th></tr></thead>
    <tbody>${runs.map(
      (r) => html`<tr data-run="${r.id}" data-status="${r.status}">
        <td>${when(ctx, r.startedAt)}</td>
        <td><span class="badge ${r.status === 'succeeded' ? 'ok' : r.status === 'failed' ? 'warn' : ''}">${label(ctx, 'runStatus', r.status)}</span></td>
        <td>${r.notModified ? '304' : (r.httpStatus ?? '—')}</td>
        <td>${r.counts.fetched}</td><td class="run-new">${r.counts.new}</td><td>${r.counts.duplicate}</td><td>${r.counts.filtered}</td>
        <td class="error"><bdi>${r.error ?? ''}</bdi></td><td class="muted"><bdi>${r.note ?? ''}</bdi></td></tr>`,
    )}</tbody></table>`;
}

function fieldLabel(ctx: PageContext, name: string): string {
  const key = `field.${name}`;
  // Config fields the form does not offer (e.g. maxPages) are shown under their own name.
  return KNOWN_KEYS.has(key) ? t(ctx, key as MessageKey) : name.replace(/^config\./, '');
}

function form(
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
      ${hint ? html`<div class="muted">${hint}</div>` : ''}${error ? html`<div class="error field-error" id="${options.id}-${name}-error"><bdi>${error}</bdi></div>` : ''}</div>`;
  };
  const text = (name: string, label: string, kind = 'text', required = false) =>
    field(
      name,
      label,
      html`<input id="${options.id}-${name}" name="${name}" type="${kind}" value="${SECRET_FORM_FIELDS.has(name) ? '' : (values[name] ?? '')}" dir="auto"
        ${required ? 'required' : ''} ${kind === 'password' ? 'autocomplete="new-password"' : ''} ${errors[name] ? html`aria-invalid="true" aria-describedby="${options.id}-${name}-error"` : ''}>`,
      kind === 'password' && options.stored ? t(ctx, 'sources.form.passwordKept') : undefined,
    );
  const area = (name: string, label: string) =>
    field(name, label, html`<textarea id="${options.id}-${name}" name="${name}" rows="3" dir="auto">${values[name] ?? ''}</textarea>`);
  const configFields = CONFIG_FIELDS[type].map((f) =>
    text(
      f.name,
      fieldLabel(ctx, f.name),
      f.kind === 'number' ? 'number' : f.kind === 'password' ? 'password' : f.kind === 'url' ? 'url' : 'text',
      f.required ?? false,
    ),
  );
  const common = html`${text('intervalMinutes', t(ctx, 'sources.form.intervalMinutes'), 'number')}
    ${text('cron', t(ctx, 'sources.form.cron'))}
    ${area('keywords.include', t(ctx, 'sources.form.include'))}
    ${area('keywords.exclude', t(ctx, 'sources.form.exclude'))}
    ${field('enabled', t(ctx, 'sources.form.enabled'), html`<input id="${options.id}-enabled" type="checkbox" name="enabled" value="on" ${values.enabled === 'on' ? 'checked' : ''}>`)}`;
  const nameField = text('name', t(ctx, 'sources.name'), 'text', true);
  const config = html`${configFields}`;
  // Errors the form has no field for (e.g. "give exactly one of hashtag or account") are listed above it.
  const others = Object.entries(errors).filter(([k]) => !shown.has(k));
  return html`<form method="post" action="${options.action}" id="${options.id}" class="source-form" novalidate>${csrfField(ctx)}
    <input type="hidden" name="type" value="${type}">
    ${others.length ? html`<ul class="error form-errors">${others.map(([k, m]) => html`<li>${k === '_form' ? '' : html`${fieldLabel(ctx, k)}: `}<bdi>${m}</bdi></li>`)}</ul>` : ''}
    ${nameField}${config}${common}
    <p class="form-buttons">${options.preview ? html`<button type="submit" formaction="/sources/preview" id="preview-button">${t(ctx, 'sources.form.preview')}</button> ` : ''}
      <button type="submit" class="primary" id="save-button">${t(ctx, 'sources.form.save')}</button></p></form>`;
}

function previewSection(ctx: PageContext, p: PreviewResult): SafeHtml {
  const reason = (f: PreviewResult['items'][number]['filter']) =>
    f.keep ? '' : f.reason === 'excluded' ? t(ctx, 'preview.excluded', { keyword: f.keyword ?? '' }) : t(ctx, 'preview.noInclude');
  return html`<section class="card preview" id="preview"><h2>${t(ctx, 'preview.title')}</h2>
    <p class="muted">${t(ctx, 'preview.nothingStored')} ${p.httpStatus !== null ? t(ctx, 'preview.httpStatus', { status: p.httpStatus }) : ''}</p>
    ${
      !p.ok
        ? html`<p class="error" id="preview-error">${t(ctx, 'preview.failed')}: <bdi>${p.error ?? ''}</bdi></p>`
        : html`<p>${t(ctx, 'preview.counts', p.counts)}</p>
        ${
          p.items.length === 0
            ? html`<p class="muted">${t(ctx, 'preview.noItems')}</p>`
            : html`<table id="preview-items"><thead><tr><th>${t(ctx, 'preview.item')}</th><th>${t(ctx, 'preview.date')}</th><th>${t(ctx, 'preview.decision')}</th></tr></thead><tbody>${p.items.map(
                (i) => html`<tr class="preview-item">
                <td>${i.post.url ? html`<a href="${safeUrl(i.post.url)}" rel="noopener noreferrer nofollow" target="_blank" dir="auto">${i.post.title ?? i.post.text.slice(0, 120)}</a>` : html`<span dir="auto">${i.post.title ?? i.post.text.slice(0, 120)}</span>`}
                  ${i.post.title ? html`<div class="muted preview-text" dir="auto">${i.post.text.slice(0, 200)}</div>` : ''}</td>
                <td>${when(ctx, i.post.publishedAt) ?? '—'}</td>
                <td><span class="badge ${i.filter.keep ? 'ok' : 'warn'}">${i.filter.keep ? t(ctx, 'preview.keep') : t(ctx, 'preview.dropped', { reason: reason(i.filter) })}</span></td></tr>`,
              )}</tbody></table>`
        }`
    }
  </section>`;
}
