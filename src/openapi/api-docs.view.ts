import { html, type SafeHtml } from '../web/html';
import { layout } from '../web/layout';

// The document is JSON of any shape: its fields are read as they come and every value is escaped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

/**
 * A readable page from the OpenAPI document: our own escaped markup, the one stylesheet, no script.
 * Pure: the document in, markup out (every string of the document is escaped by `html`).
 */
export function renderApiDocs(doc: Json): SafeHtml {
  const schemaName = (s: Json | undefined): string => {
    if (!s) return '';
    if (s.$ref) return String(s.$ref).split('/').pop() ?? '';
    if (s.type === 'array') return `${schemaName(s.items)}[]`;
    if (s.enum) return (s.enum as unknown[]).join(' | ');
    if (s.const !== undefined) return JSON.stringify(s.const);
    const alternatives = (s.anyOf ?? s.oneOf) as Json[] | undefined;
    if (alternatives) return [...new Set(alternatives.map(schemaName))].join(' | ');
    return Array.isArray(s.type) ? s.type.join(' | ') : String(s.type ?? (s.properties ? 'object' : 'any'));
  };
  const params = (list: Json[]) =>
    list.length === 0
      ? ''
      : html`<table><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Description</th></tr></thead><tbody>${list.map(
          (p) => html`<tr><td><code>${p.name}</code>${p.required ? ' *' : ''}</td><td>${p.in}</td><td><code>${schemaName(p.schema)}</code>${p.schema?.default !== undefined ? html` (default ${String(p.schema.default)})` : ''}</td><td>${p.description ?? ''}</td></tr>`,
        )}</tbody></table>`;
  const responses = (r: Json) =>
    html`<ul>${Object.entries(r).map(([code, v]: [string, Json]) => {
      const content = v.content ? Object.entries(v.content as Json) : [];
      return html`<li><strong>${code}</strong> ${v.description}${content.map(([mime, c]: [string, Json]) => html` <code>${mime}</code> <code>${schemaName(c.schema)}</code>`)}${v.headers ? html` · headers: ${Object.keys(v.headers).join(', ')}` : ''}</li>`;
    })}</ul>`;
  const tags: string[] = (doc.tags as Json[]).map((t) => t.name);
  const ops = Object.entries(doc.paths as Json).flatMap(([path, item]: [string, Json]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] as Json, shared: (item.parameters ?? []) as Json[] })),
  );
  const section = (tag: string) =>
    html`<section class="card" id="tag-${tag}"><h2>${tag}</h2>${ops
      .filter((o) => o.op.tags?.includes(tag))
      .map(
        ({ path, method, op, shared }) => html`<div class="op" id="${method}-${path}"><h3><span class="method">${method}</span><code>${path}</code></h3>
          <p>${op.summary}</p>${op.description ? html`<p class="muted">${op.description}</p>` : ''}
          ${op.security && op.security.length === 0 ? html`<p><span class="badge">public</span></p>` : ''}
          ${params([...shared, ...((op.parameters ?? []) as Json[])])}
          ${op.requestBody ? html`<p>Body: ${Object.entries(op.requestBody.content as Json).map(([mime, c]: [string, Json]) => html`<code>${mime}</code> <code>${schemaName(c.schema)}</code> ${c.schema?.description ?? ''}`)}</p>` : ''}
          ${responses(op.responses as Json)}</div>`,
      )}</section>`;
  const schemes = Object.entries(doc.components.securitySchemes as Json);
  return html`<div class="api-docs">
    <p>${doc.info.summary}</p><p>${doc.info.description}</p>
    <p>OpenAPI ${doc.openapi} · version ${doc.info.version} · <a href="/api/docs/openapi.json">openapi.json</a></p>
    <div class="card"><h2>Authentication</h2><ul>${schemes.map(([name, s]: [string, Json]) => html`<li><code>${name}</code>: ${s.type} ${s.scheme} — ${s.description}</li>`)}</ul></div>
    <nav class="card">${tags.map((t) => html`<a href="#tag-${t}">${t}</a> `)}<a href="#schemas">schemas</a></nav>
    ${tags.map(section)}
    <section class="card" id="schemas"><h2>Schemas</h2>${Object.entries(doc.components.schemas as Json).map(
      ([name, s]) => html`<h3 id="schema-${name}">${name}</h3><pre>${JSON.stringify(s, null, 2)}</pre>`,
    )}</section></div>`;
}

/** The whole page: the readable document in the dashboard's layout, for a reader without a session. */
export function apiDocsPage(doc: Json): string {
  return layout({ user: null, csrf: '', lang: 'en' }, String((doc.info as Json | undefined)?.title ?? 'API'), renderApiDocs(doc));
}
