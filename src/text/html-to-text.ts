import * as cheerio from 'cheerio';
import { markupProblem } from './markup-limits';
import type { AnyNode } from 'domhandler';
import { isTagNode, isTextNode } from './dom-nodes';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select']);

const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure', 'hr']);

const LINES = new Set([
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  'address',
  'li',
  'dt',
  'dd',
  'tr',
  'figcaption',
  'caption',
  'form',
  'fieldset',
  'details',
  'summary',
]);

const CELLS = new Set(['td', 'th']);

/** Plain text of an HTML fragment: entities decoded, blocks and `<br>` as line breaks, at most one blank line. */
export function htmlToText(html: string): string {
  if (!html.trim()) return '';
  // Markup too deep or too large to parse safely still yields its words, without structure.
  if (markupProblem(html)) return tidyText(decodeEntitiesRoughly(html.replace(/<[^>]*>/g, ' ')));
  const $ = cheerio.load(html, null, false);
  const out = new TextOutput();
  for (const node of $.root()[0].children) collect(node, out, false);
  return tidyText(out.toString());
}

/** Collapses spaces within lines, trims every line and keeps at most one blank line between paragraphs. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Block boundaries ask for "at least n newlines" so that nested or adjacent blocks do not stack blank lines. */
class TextOutput {
  private readonly parts: string[] = [];
  private pendingBreaks = 0;

  text(value: string): void {
    if (!value) return;
    if (this.pendingBreaks > 0) {
      if (!value.trim()) return;
      this.parts.push('\n'.repeat(this.pendingBreaks));
      this.pendingBreaks = 0;
    }
    this.parts.push(value);
  }

  block(newlines: number): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, newlines);
  }

  lineBreak(): void {
    this.pendingBreaks += 1;
  }

  toString(): string {
    return this.parts.join('');
  }
}

function collect(node: AnyNode, out: TextOutput, inPre: boolean): void {
  if (isTextNode(node)) {
    // Source line breaks are layout, not content, except inside <pre>.
    out.text(inPre ? node.data : node.data.replace(/\s+/g, ' '));
    return;
  }
  if (!isTagNode(node)) return;

  const name = node.name.toLowerCase();
  if (SKIPPED.has(name)) return;
  if (name === 'br') {
    out.lineBreak();
    return;
  }

  const newlines = PARAGRAPHS.has(name) ? 2 : LINES.has(name) ? 1 : 0;
  if (newlines) out.block(newlines);
  else if (CELLS.has(name)) out.text(' ');
  for (const child of node.children) collect(child, out, inPre || name === 'pre');
  if (newlines) out.block(newlines);
  else if (CELLS.has(name)) out.text(' ');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntitiesRoughly(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}
