import { html, SafeHtml } from './html';

/**
 * Server-side SVG charts: no script, no inline style (the CSP forbids both). Every label goes
 * through the `html` template, so a hostile source name stays text. Colours come from the
 * `series-N` classes in app.css (N cycles through SERIES_CLASSES).
 */

export const SERIES_CLASSES = 8;

export interface BarSeries {
  label: string;
  /** One value per category, in category order; missing values count as 0. */
  values: number[];
}

export interface BarChartInput {
  /** Accessible name of the chart (also its <title>). */
  title: string;
  categories: string[];
  series: BarSeries[];
  /** Shown instead of bars when there is nothing to draw. */
  emptyLabel: string;
  /** Show every n-th category label on the x axis (long axes get crowded); default: about 10 labels. */
  labelEvery?: number;
  /** Stacked (default) or grouped bars. */
  mode?: 'stacked' | 'grouped';
  id?: string;
}

export interface HBarItem {
  label: string;
  value: number;
}

export interface HBarChartInput {
  title: string;
  items: HBarItem[];
  emptyLabel: string;
  id?: string;
}

const seriesClass = (i: number) => `series-${i % SERIES_CLASSES}`;
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A round step and top for an axis from 0 to max, with about four ticks. */
export function niceScale(max: number): { top: number; step: number } {
  if (!Number.isFinite(max) || max <= 0) return { top: 1, step: 1 };
  const rough = max / 4;
  const mag = 10 ** Math.floor(Math.log10(rough));
  const norm = rough / mag;
  const step = Math.max(1, (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag);
  return { top: Math.ceil(max / step) * step, step };
}

/** Labels longer than this are cut with an ellipsis on the chart (the table below has them in full). */
function clip(label: string, max: number): string {
  const chars = Array.from(label);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : label;
}

const clean = (v: number | undefined) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);

/** The legend as rows of swatches and labels, wrapped to the chart's width; returns its height. */
function legend(labels: string[], x0: number, y0: number, width: number): { svg: SafeHtml; height: number } {
  const items: SafeHtml[] = [];
  let x = x0;
  let y = y0;
  labels.forEach((raw, i) => {
    const label = clip(raw, 40);
    const w = 14 + 6 + Array.from(label).length * 7 + 18;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += 20;
    }
    items.push(
      html`<g class="legend-item"><rect class="${seriesClass(i)}" x="${x}" y="${y}" width="12" height="12" rx="2"></rect><text x="${x + 18}" y="${y + 10}">${label}</text></g>`,
    );
    x += w;
  });
  return { svg: html`<g class="legend">${items}</g>`, height: labels.length ? y - y0 + 20 : 0 };
}

/** A vertical bar chart (stacked or grouped) with a y axis, category labels and a legend. */
export function barChart(input: BarChartInput): SafeHtml {
  const width = 760;
  const plotH = 220;
  const m = { top: 12, right: 12, bottom: 30, left: 48 };
  const plotW = width - m.left - m.right;
  const n = input.categories.length;
  const mode = input.mode ?? 'stacked';
  const value = (s: BarSeries, c: number) => clean(s.values[c]);
  const totals = input.categories.map((_, c) => input.series.reduce((sum, s) => sum + value(s, c), 0));
  const max = mode === 'stacked' ? Math.max(0, ...totals) : Math.max(0, ...input.series.flatMap((s) => input.categories.map((_, c) => value(s, c))));
  const empty = n === 0 || input.series.length === 0 || max === 0;
  const { top, step } = niceScale(max);
  const y = (v: number) => m.top + plotH - (v / top) * plotH;
  const band = n > 0 ? plotW / n : plotW;
  const barW = Math.max(1, band * 0.7);

  const ticks: SafeHtml[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) {
    ticks.push(
      html`<g class="tick"><line class="grid" x1="${m.left}" x2="${width - m.right}" y1="${y(v)}" y2="${y(v)}"></line><text class="axis-label" x="${m.left - 6}" y="${y(v) + 4}" text-anchor="end">${fmt(v)}</text></g>`,
    );
  }
  const every = input.labelEvery ?? Math.max(1, Math.ceil(n / 10));
  const xLabels = input.categories.map((c, i) =>
    i % every === 0
      ? html`<text class="axis-label" x="${m.left + band * i + band / 2}" y="${m.top + plotH + 18}" text-anchor="middle">${clip(c, 12)}</text>`
      : '',
  );

  const bars: SafeHtml[] = [];
  if (!empty) {
    input.categories.forEach((cat, c) => {
      let acc = 0;
      input.series.forEach((s, i) => {
        const v = value(s, c);
        if (v === 0) return;
        const x = mode === 'stacked' ? m.left + band * c + (band - barW) / 2 : m.left + band * c + (band - barW) / 2 + (barW / input.series.length) * i;
        const w = mode === 'stacked' ? barW : barW / input.series.length;
        const yTop = mode === 'stacked' ? y(acc + v) : y(v);
        const h = mode === 'stacked' ? y(acc) - y(acc + v) : y(0) - y(v);
        acc += v;
        bars.push(
          html`<rect class="bar ${seriesClass(i)}" x="${x.toFixed(1)}" y="${yTop.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" data-series="${s.label}" data-category="${cat}"><title>${s.label} · ${cat}: ${fmt(v)}</title></rect>`,
        );
      });
    });
  }

  const leg = legend(
    input.series.map((s) => s.label),
    m.left,
    m.top + plotH + m.bottom + 6,
    plotW,
  );
  const height = m.top + plotH + m.bottom + 6 + leg.height + 4;
  const titleId = `${input.id ?? 'chart'}-title`;
  return html`<svg class="chart bar-chart" ${input.id ? html`id="${input.id}"` : ''} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId}">
<title id="${titleId}">${input.title}</title>
<g class="axis">${ticks}<line class="axis-line" x1="${m.left}" x2="${m.left}" y1="${m.top}" y2="${m.top + plotH}"></line><line class="axis-line" x1="${m.left}" x2="${width - m.right}" y1="${m.top + plotH}" y2="${m.top + plotH}"></line>${xLabels}</g>
<g class="bars">${bars}</g>
${empty ? html`<text class="chart-empty" x="${m.left + plotW / 2}" y="${m.top + plotH / 2}" text-anchor="middle">${input.emptyLabel}</text>` : ''}
${leg.svg}
</svg>`;
}

/** Horizontal bars: one row per item, its label on the left and its value after the bar. */
export function horizontalBars(input: HBarChartInput): SafeHtml {
  // Narrower than the bar chart: these sit side by side in cards, and their text must stay legible.
  const width = 380;
  const labelW = 120;
  const valueW = 40;
  const row = 26;
  const m = { top: 8, bottom: 24 };
  const plotW = width - labelW - valueW;
  const max = Math.max(0, ...input.items.map((i) => clean(i.value)));
  const empty = input.items.length === 0 || max === 0;
  const { top, step } = niceScale(max);
  const rows = Math.max(1, input.items.length);
  const plotH = rows * row;
  const height = m.top + plotH + m.bottom;
  const x = (v: number) => labelW + (v / top) * (plotW - 10);
  const ticks: SafeHtml[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) {
    ticks.push(
      html`<g class="tick"><line class="grid" x1="${x(v)}" x2="${x(v)}" y1="${m.top}" y2="${m.top + plotH}"></line><text class="axis-label" x="${x(v)}" y="${m.top + plotH + 16}" text-anchor="middle">${fmt(v)}</text></g>`,
    );
  }
  const bars = empty
    ? []
    : input.items.map((item, i) => {
        const v = clean(item.value);
        const yy = m.top + i * row;
        return html`<g class="hbar"><text class="bar-label" x="${labelW - 8}" y="${yy + row / 2 + 4}" text-anchor="end">${clip(item.label, 18)}</text>
<rect class="bar ${seriesClass(i)}" x="${labelW}" y="${yy + 4}" width="${(x(v) - labelW).toFixed(1)}" height="${row - 8}" data-label="${item.label}"><title>${item.label}: ${fmt(v)}</title></rect>
<text class="bar-value" x="${(x(v) + 6).toFixed(1)}" y="${yy + row / 2 + 4}">${fmt(v)}</text></g>`;
      });
  const titleId = `${input.id ?? 'hbars'}-title`;
  return html`<svg class="chart hbar-chart" ${input.id ? html`id="${input.id}"` : ''} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId}">
<title id="${titleId}">${input.title}</title>
<g class="axis">${ticks}<line class="axis-line" x1="${labelW}" x2="${labelW}" y1="${m.top}" y2="${m.top + plotH}"></line></g>
<g class="bars">${bars}</g>
${empty ? html`<text class="chart-empty" x="${labelW + plotW / 2}" y="${m.top + plotH / 2 + 4}" text-anchor="middle">${input.emptyLabel}</text>` : ''}
</svg>`;
}

/** The numbers behind a chart, as a small table (for screen readers and for those who prefer numbers). */
export function dataTable(caption: string, head: string[], rows: (string | number)[][]): SafeHtml {
  // Headings and row names may be what sources are called: isolated, so they keep their own direction.
  return html`<table class="chart-data"><caption>${caption}</caption><thead><tr>${head.map((h) => html`<th scope="col"><bdi>${h}</bdi></th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr>${r.map((c, i) => (i === 0 ? html`<th scope="row"><bdi>${c}</bdi></th>` : html`<td>${c}</td>`))}</tr>`)}</tbody></table>`;
}
