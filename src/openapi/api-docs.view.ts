import { html, type SafeHtml } from '../web/html';
import { layout } from '../web/layout';

/** The parts of an OpenAPI document the page shows; anything else in it is ignored. */
interface Schema {
  $ref?: string;
  type?: string | string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  default?: unknown;
  description?: string;
  [keyword: string]: unknown;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface Content {
  schema?: Schema;
}
interface Answer {
  description?: string;
  content?: Record<string, Content>;
  headers?: Record<string, unknown>;
}
interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, Content> };
  responses?: Record<string, Answer>;
}
type PathItem = Partial<Record<(typeof METHODS)[number], Operation>> & { parameters?: Parameter[] };
export interface OpenApiDocument {
  openapi?: string;
  info?: { title?: string; version?: string; summary?: string; description?: string };
  tags?: { name: string }[];
  paths?: Record<string, PathItem>;
  components?: { securitySchemes?: Record<string, { type?: string; scheme?: string; description?: string }>; schemas?: Record<string, unknown> };
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

/** A schema in a few words: its component's name, its type, its values or its alternatives. */
function schemaName(s: Schema | undefined): string {
  if (!s) return '';
  if (s.$ref) return s.$ref.split('/').pop() ?? '';
  if (s.type === 'array') return `${schemaName(s.items)}[]`;
  if (s.enum) return s.enum.map((v) => String(v as string)).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return [...new Set(alternatives.map(schemaName))].join(' | ');
  return Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? (s.properties ? 'object' : 'any'));
}

function parametersTable(list: Parameter[]): SafeHtml | string {
  if (list.length === 0) return '';
  return html`<table><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Description</th></tr></thead><tbody>${list.map(
    (p) =>
      html`<tr><td><code>${p.name}</code>${p.required ? ' *' : ''}</td><td>${p.in}</td><td><code>${schemaName(p.schema)}</code>${p.schema?.default !== undefined ? html` (default ${JSON.stringify(p.schema.default)})` : ''}</td><td>${p.description ?? ''}</td></tr>`,
  )}</tbody></table>`;
}

function answers(responses: Record<string, Answer>): SafeHtml {
  return html`<ul>${Object.entries(responses).map(([code, answer]) => {
    const content = Object.entries(answer.content ?? {});
    return html`<li><strong>${code}</strong> ${answer.description ?? ''}${content.map(([mime, c]) => html` <code>${mime}</code> <code>${schemaName(c.schema)}</code>`)}${answer.headers ? html` · headers: ${Object.keys(answer.headers).join(', ')}` : ''}</li>`;
  })}</ul>`;
}

/**
 * A readable page from the OpenAPI document: our own escaped markup, the one stylesheet, no script.
 * Pure: the document in, markup out (every string of the document is escaped by `html`).
 */
export function renderApiDocs(doc: OpenApiDocument): SafeHtml {
  const tags = (doc.tags ?? []).map((t) => t.name);
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = item[method];
      return op ? [{ path, method, op, shared: item.parameters ?? [] }] : [];
    }),
  );
  const section = (tag: string) =>
    html`<section class="card" id="tag-${tag}"><h2>${tag}</h2>${ops
      .filter((o) => o.op.tags?.includes(tag))
      .map(
        ({ path, method, op, shared }) => html`<div class="op" id="${method}-${path}"><h3><span class="method">${method}</span><code>${path}</code></h3>
          <p>${op.summary ?? ''}</p>${op.description ? html`<p class="muted">${op.description}</p>` : ''}
          ${op.security && op.security.length === 0 ? html`<p><span class="badge">public</span></p>` : ''}
          ${parametersTable([...shared, ...(op.parameters ?? [])])}
          ${op.requestBody ? html`<p>Body: ${Object.entries(op.requestBody.content ?? {}).map(([mime, c]) => html`<code>${mime}</code> <code>${schemaName(c.schema)}</code> ${c.schema?.description ?? ''}`)}</p>` : ''}
          ${answers(op.responses ?? {})}</div>`,
      )}</section>`;
  const schemes = Object.entries(doc.components?.securitySchemes ?? {});
  const info = doc.info ?? {};
  return html`<div class="api-docs">
    <p>${info.summary ?? ''}</p><p>${info.description ?? ''}</p>
    <p>OpenAPI ${doc.openapi ?? ''} · version ${info.version ?? ''} · <a href="/api/docs/openapi.json">openapi.json</a></p>
    <div class="card"><h2>Authentication</h2><ul>${schemes.map(([name, s]) => html`<li><code>${name}</code>: ${s.type ?? ''} ${s.scheme ?? ''} — ${s.description ?? ''}</li>`)}</ul></div>
    <nav class="card">${tags.map((t) => html`<a href="#tag-${t}">${t}</a> `)}<a href="#schemas">schemas</a></nav>
    ${tags.map(section)}
    <section class="card" id="schemas"><h2>Schemas</h2>${Object.entries(doc.components?.schemas ?? {}).map(
      ([name, s]) => html`<h3 id="schema-${name}">${name}</h3><pre>${JSON.stringify(s, null, 2)}</pre>`,
    )}</section></div>`;
}

/** The whole page: the readable document in the dashboard's layout, for a reader without a session. */
export function apiDocsPage(doc: OpenApiDocument): string {
  return layout({ user: null, csrf: '', lang: 'en' }, doc.info?.title ?? 'API', renderApiDocs(doc));
}
