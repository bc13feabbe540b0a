import { createHash } from 'node:crypto';
import { TextDecoder } from 'node:util';
import * as cheerio from 'cheerio';
import { markupProblem } from '../../text/markup-limits';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { CollectedMedia, CollectedPost, MediaType } from '../collected-post';
import { htmlToText, tidyText } from '../../text/html-to-text';
import { absoluteHttpUrl, dedupeMedia, resolveUrl } from '../item-helpers';
import { isTagNode } from '../../text/dom-nodes';

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}

export interface ParsedFeed {
  format: 'rss' | 'atom';
  title: string | null;
  items: CollectedPost[];
}

/**
 * Decode feed bytes to a string: charset from the Content-Type header if given, else the XML declaration's
 * encoding, else a BOM, else UTF-8 if the bytes are valid UTF-8, else windows-1252.
 */
export function decodeFeedBody(body: Buffer, contentType?: string | null): string {
  const label = headerCharset(contentType) ?? declaredEncoding(body) ?? bomEncoding(body);
  const decoder = label ? decoderFor(label) : null;
  const text = decoder ? decoder.decode(body) : decodeUtf8OrWindows1252(body);
  return text.replace(/^\uFEFF/, '');
}

function headerCharset(contentType?: string | null): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*("?)([^";\s]+)\1/i);
  return match && decoderFor(match[2]) ? match[2] : null;
}

function declaredEncoding(body: Buffer): string | null {
  const head = body.subarray(0, 1024).toString('latin1');
  const match = head.match(/^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/);
  const decoder = match ? decoderFor(match[1]) : null;
  // A declaration we could read as ASCII cannot truthfully say UTF-16.
  if (!decoder || decoder.encoding.startsWith('utf-16')) return null;
  return match![1];
}

function bomEncoding(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}

function decodeUtf8OrWindows1252(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/** Parse RSS 2.0 / 0.9x / 1.0 (RDF) or Atom 1.0; `feedUrl` resolves relative links. */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const source = xml.replace(/^\uFEFF/, '');
  if (!source.trim()) throw notAFeed('the response is empty');
  const tooComplex = markupProblem(source);
  if (tooComplex) throw new FeedParseError(`the feed was not read: ${tooComplex}`);

  // Start/end indices let `raw` be the item exactly as fetched; cheerio's serializer would re-escape non-ASCII.
  const $ = cheerio.load(source, { xml: { xmlMode: true, withStartIndices: true, withEndIndices: true } });
  const root = $.root()[0].children.find(isElement);
  const rootName = root ? localName(root) : null;

  if (root && (rootName === 'rss' || rootName === 'rdf')) return parseRss($, source, root, feedUrl);
  if (root && rootName === 'feed') return parseAtom($, source, root, feedUrl);
  throw describeNonFeed(source, root);
}

function notAFeed(reason: string): FeedParseError {
  return new FeedParseError(`not an RSS or Atom feed: ${reason}`);
}

function describeNonFeed(source: string, root: Element | undefined): FeedParseError {
  const start = source.trimStart();
  if (looksLikeHtmlPage(start, root)) {
    const title = tidyText(cheerio.load(source)('title').first().text()).replace(/\s+/g, ' ');
    return notAFeed(`the server returned an HTML page${title ? ` (${title})` : ''}`);
  }
  if (/^[[{]/.test(start)) return notAFeed('the response is JSON, not XML');
  if (!root) return notAFeed(`the response is not XML (it starts with "${start.slice(0, 40)}")`);
  return notAFeed(`the document's root element is <${root.name}>, not <rss>, <rdf:RDF> or <feed>`);
}

function looksLikeHtmlPage(start: string, root: Element | undefined): boolean {
  if (/^(?:<\?xml[^>]*>\s*)?<!doctype\s+html/i.test(start) || /<(?:html|body)[\s>]/i.test(start)) return true;
  return root !== undefined && ['html', 'head', 'body'].includes(root.name.toLowerCase());
}

function parseRss($: CheerioAPI, source: string, root: Element, feedUrl: string): ParsedFeed {
  const channel = child(root, 'channel');
  const itemParents = channel ? [channel, root] : [root];
  const items = itemParents.flatMap((parent) => children(parent, 'item'));
  return {
    format: 'rss',
    title: channel ? textOf($, child(channel, 'title')) : null,
    items: items.map((item) => rssItem($, source, item, feedUrl)),
  };
}

function rssItem($: CheerioAPI, source: string, item: Element, feedUrl: string): CollectedPost {
  const base = baseUrl(item, feedUrl);
  const guidEl = child(item, 'guid');
  const guid = guidEl ? $(guidEl).text().trim() : '';
  const linkText = $(child(item, 'link')).text().trim();
  const guidIsLink = guidEl?.attribs.isPermaLink?.trim().toLowerCase() !== 'false';
  const url = absoluteHttpUrl(linkText, base) ?? (guidIsLink ? absoluteHttpUrl(guid, base) : null);

  const title = textOf($, child(item, 'title'));
  const encoded = child(item, 'content:encoded');
  const description = child(item, 'description');
  const bodies = [encoded, description].filter((el): el is Element => el !== undefined);
  const body = richestBody([htmlOf($, encoded), textOf($, description) ?? '']);

  return {
    externalId: guid || url || linkText || contentHash($, child(item, 'title'), description),
    url,
    author: rssAuthor($, item),
    title,
    text: withHeadline(title, body),
    publishedAt: firstDate($, child(item, 'pubDate'), child(item, 'dc:date')),
    media: collectMedia(
      $,
      item,
      bodies.map((el) => $(el).text()),
      base,
    ),
    raw: rawXml($, source, item),
  };
}

function rssAuthor($: CheerioAPI, item: Element): string | null {
  const value = $(child(item, 'dc:creator') ?? child(item, 'author'))
    .text()
    .trim();
  // RSS <author> is "email (Name)"; the name is what reviewers need.
  const named = value.match(/^\S+@\S+\s*\((.+)\)$/);
  return (named ? named[1].trim() : value) || null;
}

function parseAtom($: CheerioAPI, source: string, feed: Element, feedUrl: string): ParsedFeed {
  const feedAuthor = atomAuthor($, feed);
  return {
    format: 'atom',
    title: atomText($, child(feed, 'title')) || null,
    items: children(feed, 'entry').map((entry) => atomEntry($, source, entry, feedUrl, feedAuthor)),
  };
}

function atomEntry($: CheerioAPI, source: string, entry: Element, feedUrl: string, feedAuthor: string | null): CollectedPost {
  const linkEl = atomLink(entry);
  const href = linkEl?.attribs.href?.trim() ?? '';
  const url = linkEl ? absoluteHttpUrl(href, baseUrl(linkEl, feedUrl)) : null;
  const id = $(child(entry, 'id')).text().trim();

  const title = atomText($, child(entry, 'title')) || null;
  const content = child(entry, 'content');
  const summary = child(entry, 'summary');
  const body = richestBody([atomText($, content), atomText($, summary)]);
  const bodies = [content, summary].filter((el): el is Element => el !== undefined);

  return {
    externalId: id || url || href || contentHash($, child(entry, 'title'), content ?? summary),
    url,
    // Atom entries without an author inherit the feed's.
    author: atomAuthor($, entry) ?? feedAuthor,
    title,
    text: withHeadline(title, body),
    publishedAt: firstDate($, child(entry, 'published'), child(entry, 'updated')),
    media: collectMedia(
      $,
      entry,
      bodies.map((el) => atomHtml($, el)),
      baseUrl(entry, feedUrl),
    ),
    raw: rawXml($, source, entry),
  };
}

function atomLink(entry: Element): Element | undefined {
  const links = children(entry, 'link').filter((link) => link.attribs.href?.trim());
  return links.find((link) => link.attribs.rel?.trim().toLowerCase() === 'alternate') ?? links.find((link) => !link.attribs.rel);
}

function atomAuthor($: CheerioAPI, el: Element): string | null {
  const author = child(el, 'author');
  return author ? $(child(author, 'name')).text().trim() || null : null;
}

function atomType(el: Element): string {
  return (el.attribs.type ?? 'text').trim().toLowerCase();
}

function atomText($: CheerioAPI, el: Element | undefined): string {
  if (!el || el.attribs.src) return '';
  const type = atomType(el);
  if (type === 'xhtml' || type === 'html' || type === 'text/html') return htmlToText(atomHtml($, el));
  return plainOrHtmlText($(el).text());
}

/** The HTML an Atom text construct carries, for finding images in it. */
function atomHtml($: CheerioAPI, el: Element): string {
  return atomType(el) === 'xhtml' ? ($(el).html() ?? '') : $(el).text();
}

function withHeadline(title: string | null, body: string): string {
  if (!title) return body;
  if (!body) return title;
  return body.startsWith(title) ? body : `${title}\n\n${body}`;
}

function richestBody(candidates: string[]): string {
  return candidates.find((text) => text.length > 0) ?? '';
}

function textOf($: CheerioAPI, el: Element | undefined): string | null {
  return el ? plainOrHtmlText($(el).text()) || null : null;
}

function htmlOf($: CheerioAPI, el: Element | undefined): string {
  return el ? htmlToText($(el).text()) : '';
}

/** Feeds rarely say whether a field is HTML, so decide from what it contains. */
function plainOrHtmlText(value: string): string {
  return looksLikeHtml(value) ? htmlToText(value) : tidyText(value);
}

function looksLikeHtml(value: string): boolean {
  return /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|<!--|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(value);
}

function contentHash($: CheerioAPI, title: Element | undefined, body: Element | undefined): string {
  const input = $(title).text() + $(body).text();
  return `sha256:${createHash('sha256').update(input, 'utf8').digest('hex')}`;
}

function rawXml($: CheerioAPI, source: string, el: Element): string {
  const { startIndex, endIndex } = el;
  if (startIndex !== null && endIndex !== null) return source.slice(startIndex, endIndex + 1);
  return $.xml(el);
}

const IMAGE_EXTENSIONS = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg|heic)$/i;
const VIDEO_EXTENSIONS = /\.(?:mp4|m4v|webm|mov|ogv|mkv|avi|3gp)$/i;

function collectMedia($: CheerioAPI, item: Element, htmlBodies: string[], base: string | null): CollectedMedia[] {
  const found: CollectedMedia[] = [];
  for (const el of item.children.filter(isElement)) found.push(...declaredMedia($, el, base));
  for (const html of htmlBodies) found.push(...imagesInHtml(html, base));
  return dedupeMedia(found);
}

function declaredMedia($: CheerioAPI, el: Element, base: string | null, group?: Element): CollectedMedia[] {
  const name = el.name.toLowerCase();
  const attr = (key: string) => el.attribs[key]?.trim() || undefined;

  if (name === 'media:group') {
    return el.children.filter(isElement).flatMap((member) => declaredMedia($, member, base, el));
  }
  if (name === 'enclosure' || (name === 'link' && attr('rel')?.toLowerCase() === 'enclosure')) {
    const type = mediaType(attr('url') ?? attr('href'), undefined, attr('type'));
    return media(attr('url') ?? attr('href'), type, base);
  }
  if (name === 'media:thumbnail') return media(attr('url'), 'image', base, mediaCaption($, el, group));
  if (name === 'media:content') {
    const type = mediaType(attr('url'), attr('medium'), attr('type'));
    const thumbnails = children(el, 'media:thumbnail').flatMap((thumb) => declaredMedia($, thumb, base, group));
    return [...media(attr('url'), type, base, mediaCaption($, el, group)), ...thumbnails];
  }
  return [];
}

function mediaCaption($: CheerioAPI, el: Element, group?: Element): string | undefined {
  for (const holder of [el, group]) {
    if (!holder) continue;
    const caption = textOf($, child(holder, 'media:description') ?? child(holder, 'media:text'));
    if (caption) return caption;
  }
  return undefined;
}

function mediaType(url: string | undefined, medium: string | undefined, type: string | undefined): MediaType | null {
  const declared = medium?.toLowerCase() ?? type?.toLowerCase().split('/')[0];
  if (declared) return declared === 'image' || declared === 'video' ? declared : null;
  const path = pathOf(url);
  if (IMAGE_EXTENSIONS.test(path)) return 'image';
  if (VIDEO_EXTENSIONS.test(path)) return 'video';
  return null;
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '', 'http://x.invalid/').pathname;
  } catch {
    return '';
  }
}

function media(url: string | undefined, type: MediaType | null, base: string | null, description?: string): CollectedMedia[] {
  const absolute = url && type ? absoluteHttpUrl(url, base) : null;
  if (!absolute || !type) return [];
  return [description ? { url: absolute, type, description } : { url: absolute, type }];
}

function imagesInHtml(html: string, base: string | null): CollectedMedia[] {
  if (!/<img\b/i.test(html)) return [];
  const $ = cheerio.load(html, null, false);
  return $('img')
    .toArray()
    .filter((img) => !isTrackingPixel(img))
    .flatMap((img) => {
      const src = img.attribs.src?.trim() || img.attribs['data-src']?.trim();
      return media(src, 'image', base, tidyText(img.attribs.alt ?? '') || undefined);
    });
}

function isTrackingPixel(img: Element): boolean {
  return img.attribs.width?.trim() === '1' || img.attribs.height?.trim() === '1';
}

/** The base for relative URLs inside `el`: the feed URL refined by every xml:base on the way down. */
function baseUrl(el: Element, feedUrl: string): string | null {
  const bases: string[] = [];
  for (let node: Element | null = el; isTagNode(node); node = node.parent as Element | null) {
    const xmlBase = node.attribs['xml:base']?.trim();
    if (xmlBase) bases.unshift(xmlBase);
  }
  return bases.reduce<string | null>((base, next) => resolveUrl(next, base) ?? base, resolveUrl(feedUrl, null));
}

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
  // Localised RFC 822 dates are common in Portuguese, Spanish, French, German and Italian feeds.
  fev: 1,
  fév: 1,
  mär: 2,
  abr: 3,
  avr: 3,
  mai: 4,
  mag: 4,
  giu: 5,
  lug: 6,
  ago: 7,
  aoû: 7,
  set: 8,
  out: 9,
  okt: 9,
  ott: 9,
  dez: 11,
  dic: 11,
  déc: 11,
  ene: 0,
  gen: 0,
};

const ZONES: Record<string, number> = {
  gmt: 0,
  ut: 0,
  utc: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

function firstDate($: CheerioAPI, ...candidates: (Element | undefined)[]): Date | null {
  for (const el of candidates) {
    const date = el ? parseDate($(el).text()) : null;
    if (date) return date;
  }
  return null;
}

/** RFC 822 or ISO 8601 to a UTC instant; a time without a zone is taken as UTC so results never depend on the host. */
export function parseDate(value: string | null | undefined): Date | null {
  const text = value?.trim();
  if (!text) return null;
  return parseIsoDate(text) ?? parseRfc822Date(text);
}

function parseIsoDate(text: string): Date | null {
  const match = text.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i);
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', zone] = match;
  const millis = Math.round(Number(`0.${fraction}`) * 1000);
  return utcDate(+year, +month - 1, +day, +hour, +minute, +second, millis, zoneOffset(zone));
}

function parseRfc822Date(text: string): Date | null {
  const match = text.match(/^(?:[^\d\s,]+\.?,?\s*)?(\d{1,2})\s+([^\d\s.]+)\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(.*)$/);
  if (!match) return null;
  const [, day, monthName, yearText, hour, minute, second = '0', zone] = match;
  const month = MONTHS[monthName.slice(0, 3).toLowerCase()];
  if (month === undefined) return null;
  const year = yearText.length === 2 ? (+yearText < 50 ? 2000 : 1900) + +yearText : +yearText;
  return utcDate(year, month, +day, +hour, +minute, +second, 0, zoneOffset(zone));
}

/** Offset from UTC in minutes; unknown or missing zones count as UTC. */
function zoneOffset(zone: string | undefined): number {
  const text = zone?.trim() ?? '';
  const numeric = text.match(/^([+-])(\d{2}):?(\d{2})?/);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (+numeric[2] * 60 + +(numeric[3] ?? 0));
  return ZONES[text.split(/[\s(]/)[0].toLowerCase()] ?? 0;
}

function utcDate(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number, offset: number): Date | null {
  if (month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, millis) - offset * 60_000);
  return Number.isNaN(date.getTime()) ? null : date;
}

function isElement(node: AnyNode): node is Element {
  return isTagNode(node);
}

function localName(el: Element): string {
  return el.name.toLowerCase().split(':').pop() ?? '';
}

function children(parent: Element, name: string): Element[] {
  const wanted = name.toLowerCase();
  return parent.children.filter((node): node is Element => isElement(node) && node.name.toLowerCase() === wanted);
}

function child(parent: Element, name: string): Element | undefined {
  return children(parent, name)[0];
}
