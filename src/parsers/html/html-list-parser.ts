import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import { markupProblem } from '../../text/markup-limits';
import type { CheerioAPI } from 'cheerio';
import { isTag } from 'domhandler';
import type { Element } from 'domhandler';
import type { CollectedMedia, CollectedPost } from '../collected-post';
import { htmlToText } from '../../text/html-to-text';
import { parseDate } from '../rss/feed-parser';
import { absoluteHttpUrl, dedupeMedia, resolveUrl } from '../item-helpers';

export class HtmlParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HtmlParseError';
  }
}

/** CSS selectors an operator gives for a page that lists items; all but `item` are searched inside each item. */
export interface HtmlSelectors {
  item: string;
  text?: string;
  link?: string;
  date?: string;
  image?: string;
  title?: string;
}

const SELECTOR_FIELDS: (keyof HtmlSelectors)[] = ['item', 'text', 'link', 'date', 'image', 'title'];
const MAX_ITEMS = 500;
const MAX_MEDIA = 20;

/** Validates selectors (cheerio/css-select must accept them); returns an error message per bad selector field, empty if all fine. */
export function checkSelectors(selectors: HtmlSelectors): { field: keyof HtmlSelectors; message: string }[] {
  const errors: { field: keyof HtmlSelectors; message: string }[] = [];
  const $ = cheerio.load('<div></div>');
  const probe = $('div');
  for (const field of SELECTOR_FIELDS) {
    const value: unknown = selectors[field];
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
      if (field === 'item') errors.push({ field, message: 'the item selector is required' });
      continue;
    }
    if (typeof value !== 'string') {
      errors.push({ field, message: `the ${field} selector must be a string` });
      continue;
    }
    // css-select compiles on use, so running the selector once is the validation; sub-selectors run with find().
    try {
      if (field === 'item') $(value);
      else probe.find(value);
    } catch (error) {
      errors.push({ field, message: `the ${field} selector "${value}" is not valid: ${(error as Error).message}` });
    }
  }
  return errors;
}

export function parseHtmlList(html: string, pageUrl: string, selectors: HtmlSelectors): CollectedPost[] {
  const invalid = checkSelectors(selectors);
  if (invalid.length) throw new HtmlParseError(invalid.map((error) => error.message).join('; '));

  const page = loadHtmlPage(html, pageUrl);
  const items = page.$(selectors.item.trim()).toArray().filter(isTag);
  if (!items.length) throw new HtmlParseError(`the item selector "${selectors.item}" matched nothing on the page`);

  const posts: CollectedPost[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    // A half-downloaded item would otherwise be stored under its link and shadow the complete version later.
    if (cutOffByEndOfFile(item, page.source)) continue;
    const post = listItem(page, item, selectors);
    if (!post || seen.has(post.externalId)) continue;
    seen.add(post.externalId);
    posts.push(post);
    if (posts.length >= MAX_ITEMS) break;
  }
  return posts;
}

function listItem(page: HtmlPage, item: Element, selectors: HtmlSelectors): CollectedPost | null {
  const { $ } = page;
  const within = (selector: string | undefined): Element[] => (selector?.trim() ? $(item).find(selector.trim()).toArray().filter(isTag) : []);

  const title =
    within(selectors.title)
      .map((el) => plainText($, el))
      .find(Boolean) ?? null;
  const bodies = selectors.text?.trim() ? within(selectors.text) : [item];
  const body = bodies
    .map((el) => htmlToText($.html(el)))
    .filter(Boolean)
    .join('\n\n');
  // The whole item usually carries its headline somewhere, not necessarily first (a category label may precede it).
  const text = title && body.includes(title) ? body : withHeadline(title, body);
  const url = itemLink(page, item, within(selectors.link), Boolean(selectors.link?.trim()));
  if (!text && !url) return null;

  return {
    externalId: url ?? contentId(text),
    url,
    author: null,
    title,
    text,
    publishedAt:
      within(selectors.date)
        .map((el) => elementDate($, el))
        .find((date) => date !== null) ?? null,
    media: dedupeMedia(within(selectors.image).flatMap((el) => imagesOf($, el, page.base))).slice(0, MAX_MEDIA),
    raw: rawHtml($, page.source, item),
  };
}

function itemLink(page: HtmlPage, item: Element, matches: Element[], hasSelector: boolean): string | null {
  for (const el of matches) {
    const url = absoluteHttpUrl(hrefOf(page.$, el), page.base);
    if (url) return url;
  }
  if (hasSelector && matches.length) return null;
  return item.name === 'a' ? absoluteHttpUrl(item.attribs.href, page.base) : null;
}

export function withHeadline(title: string | null, body: string): string {
  if (!title) return body;
  if (!body) return title;
  return body.startsWith(title) ? body : `${title}\n\n${body}`;
}

function hrefOf($: CheerioAPI, el: Element): string | undefined {
  return el.attribs.href ?? $(el).find('a[href]').first().attr('href');
}

export function elementDate($: CheerioAPI, el: Element): Date | null {
  const candidates = [el.attribs.datetime, el.attribs.content, $(el).text(), el.attribs.title];
  for (const candidate of candidates) {
    const date = parseLooseDate(candidate);
    if (date) return date;
  }
  return null;
}

function imagesOf($: CheerioAPI, el: Element, base: string | null): CollectedMedia[] {
  const own = isTrackingPixel(el) ? undefined : imageSource(el);
  if (own) return imageMedia(own, base, el.attribs.alt);
  // The selector may point at a wrapper (<figure>, <picture>, a thumbnail link) rather than the <img> itself.
  const img = $(el)
    .find('img')
    .toArray()
    .find((candidate) => !isTrackingPixel(candidate) && imageSource(candidate));
  return img ? imageMedia(imageSource(img), base, img.attribs.alt) : [];
}

function plainText($: CheerioAPI, el: Element): string {
  return htmlToText($.html(el)).replace(/\s*\n\s*/g, ' ');
}

function contentId(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return `sha256:${createHash('sha256').update(normalised, 'utf8').digest('hex')}`;
}

function cutOffByEndOfFile(el: Element, source: string): boolean {
  return !el.sourceCodeLocation?.endTag && el.endIndex !== null && el.endIndex >= source.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared with the web page parser.

export interface HtmlPage {
  $: CheerioAPI;
  /** The markup the element offsets point into (the input without a byte order mark). */
  source: string;
  /** The page URL refined by `<base href>`; null if neither is a valid URL. */
  base: string | null;
}

export function loadHtmlPage(html: string, pageUrl: string): HtmlPage {
  const source = html.replace(/^\uFEFF/, '');
  if (!looksLikeHtml(source)) throw new HtmlParseError('not an HTML page');
  const tooComplex = markupProblem(source);
  if (tooComplex) throw new HtmlParseError(`the page was not read: ${tooComplex}`);
  // parse5 (cheerio's HTML parser) builds the same tree as a browser, so selectors copied from devtools match.
  const $ = cheerio.load(source, { sourceCodeLocationInfo: true });
  const pageBase = resolveUrl(pageUrl, null);
  const baseHref = $('base[href]').first().attr('href')?.trim();
  return { $, source, base: (baseHref && resolveUrl(baseHref, pageBase)) || pageBase };
}

function looksLikeHtml(source: string): boolean {
  const start = source.trimStart();
  if (!start || /^[[{]/.test(start)) return false;
  if (/^(?:<\?[^>]*>\s*|<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:rdf)[\s>]/i.test(start)) return false;
  return /<(?:!doctype\s+html|[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>)/i.test(start);
}

/** The item's markup exactly as fetched; cheerio's serializer would normalise it. */
function rawHtml($: CheerioAPI, source: string, el: Element): string {
  const { startIndex, endIndex } = el;
  // parse5 offsets are end-exclusive, unlike htmlparser2's.
  if (startIndex !== null && endIndex !== null) return source.slice(startIndex, endIndex);
  return $.html(el);
}

/** Where an image element points: lazy-loading attributes first, because lazy loaders put a placeholder in `src`. */
export function imageSource(el: Element): string | undefined {
  const attr = (name: string) => el.attribs[name]?.trim() || undefined;
  const src = attr('src');
  return [
    attr('data-src'),
    attr('data-lazy-src'),
    attr('data-original'),
    src && !/^data:/i.test(src) ? src : undefined,
    firstSrcsetUrl(attr('srcset') ?? attr('data-srcset') ?? attr('data-lazy-srcset')),
    attr('content'),
    backgroundImage(attr('style')),
  ].find((value) => value !== undefined && !/^data:/i.test(value));
}

function firstSrcsetUrl(srcset: string | undefined): string | undefined {
  return srcset?.trim().split(/\s+/)[0]?.replace(/,$/, '') || undefined;
}

function backgroundImage(style: string | undefined): string | undefined {
  return style?.match(/background(?:-image)?\s*:[^;]*url\(\s*(['"]?)([^'")]+)\1\s*\)/i)?.[2].trim();
}

export function isTrackingPixel(img: Element): boolean {
  return img.attribs.width?.trim() === '1' || img.attribs.height?.trim() === '1';
}

export function imageMedia(src: string | undefined, base: string | null, alt?: string): CollectedMedia[] {
  const url = absoluteHttpUrl(src, base);
  if (!url) return [];
  const description = alt?.replace(/\s+/g, ' ').trim();
  return [description ? { url, type: 'image', description } : { url, type: 'image' }];
}

// ---------------------------------------------------------------------------------------------------------------
// Dates as web pages write them.

const MONTH_NAMES: [number, string[]][] = [
  [0, ['january', 'jan', 'janvier', 'janv', 'januar', 'ocak', 'كانون ثاني', 'يناير', 'جانفي']],
  [1, ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'şubat', 'subat', 'شباط', 'فبراير', 'فيفري']],
  [2, ['march', 'mar', 'mars', 'märz', 'maerz', 'mart', 'اذار', 'مارس']],
  [3, ['april', 'apr', 'avril', 'avr', 'nisan', 'نيسان', 'ابريل', 'افريل']],
  [4, ['may', 'mai', 'mayıs', 'mayis', 'ايار', 'مايو', 'ماي']],
  [5, ['june', 'jun', 'juin', 'juni', 'haziran', 'حزيران', 'يونيو', 'يونيه', 'جوان']],
  [6, ['july', 'jul', 'juillet', 'juil', 'juli', 'temmuz', 'تموز', 'يوليو', 'يوليه', 'جويليه', 'يوليوز']],
  [7, ['august', 'aug', 'août', 'aout', 'ağustos', 'agustos', 'اب', 'اغسطس', 'اوت', 'غشت']],
  [8, ['september', 'sep', 'sept', 'septembre', 'eylül', 'eylul', 'ايلول', 'سبتمبر', 'شتنبر']],
  [9, ['october', 'oct', 'octobre', 'oktober', 'okt', 'ekim', 'تشرين اول', 'اكتوبر']],
  [10, ['november', 'nov', 'novembre', 'kasım', 'kasim', 'تشرين ثاني', 'نوفمبر', 'نونبر']],
  [11, ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'aralık', 'aralik', 'كانون اول', 'ديسمبر', 'دجنبر']],
];

const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap(([month, names]) => names.map((name): [string, number] => [monthKey(name), month])));

/** Arabic spelling varies in hamza, taa marbuta, alif maqsura and the article ("تشرين الأول" / "تشرين أول"). */
function monthKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/(^|\s)ال(?=\S)/g, '$1')
    .replace(/\.$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A date as found on a web page: ISO 8601, RFC 822, day-first numeric ("10/12/2024"), or day, month name and year
 * in Arabic (Levantine "كانون الأول", Egyptian "ديسمبر", Maghrebi), English, French, German or Turkish, in Western or
 * Arabic-Indic digits, with an optional time. A missing zone is taken as UTC, as `parseDate` does.
 */
export function parseLooseDate(value: string | null | undefined): Date | null {
  const text = normaliseDateText(value ?? '');
  if (!text) return null;
  const strict = parseDate(text);
  if (strict) return strict;

  const { rest, hour, minute, second, offset } = splitTime(text);
  const date = numericDate(rest) ?? dayMonthYear(rest) ?? monthDayYear(rest);
  if (!date) return null;
  return utcDate(date.year, date.month, date.day, hour, minute, second, offset);
}

function normaliseDateText(value: string): string {
  return value
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u064b-\u065f\u0670\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u0640]/g, '')
    .replace(/،/g, ',')
    .replace(/\s+/g, ' ')
    .trim();
}

interface TimeOfDay {
  rest: string;
  hour: number;
  minute: number;
  second: number;
  offset: number;
}

function splitTime(text: string): TimeOfDay {
  const match = text.match(
    /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(a\.?m\.?|p\.?m\.?|صباحا|مساء|ص|م)(?![\p{L}]))?(?:\s*(?:gmt|utc)?\s*([+-])(\d{1,2})(?::?(\d{2}))?)?/iu,
  );
  if (!match) return { rest: text, hour: 0, minute: 0, second: 0, offset: 0 };
  const [whole, h, m, s = '0', meridiem, sign, zoneHours, zoneMinutes = '0'] = match;
  let hour = +h;
  const marker = meridiem?.toLowerCase().replace(/\./g, '');
  if ((marker === 'pm' || marker === 'م' || marker === 'مساء') && hour < 12) hour += 12;
  if ((marker === 'am' || marker === 'ص' || marker === 'صباحا') && hour === 12) hour = 0;
  const offset = sign ? (sign === '-' ? -1 : 1) * (+zoneHours * 60 + +zoneMinutes) : 0;
  const rest = (text.slice(0, match.index) + ' ' + text.slice(match.index! + whole.length)).trim();
  return { rest, hour, minute: +m, second: +s, offset };
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function numericDate(text: string): CalendarDate | null {
  const yearFirst = text.match(/^\D*?(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)\D*$/);
  if (yearFirst) return { year: +yearFirst[1], month: +yearFirst[2] - 1, day: +yearFirst[3] };
  // Syrian, Arab and European sites put the day first; month-first US dates would be misread, so they are rare enough to accept.
  const dayFirst = text.match(/^\D*?(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)\D*$/);
  if (dayFirst) return { year: +dayFirst[3], month: +dayFirst[2] - 1, day: +dayFirst[1] };
  return null;
}

function dayMonthYear(text: string): CalendarDate | null {
  const match = text.match(/^\D*?(?<!\d)(\d{1,2})(\D+?)(\d{4})(?!\d)\D*$/);
  const month = match ? monthIn(match[2]) : null;
  return match && month !== null ? { year: +match[3], month, day: +match[1] } : null;
}

function monthDayYear(text: string): CalendarDate | null {
  const match = text.match(/^(\D+?)(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})(?!\d)\D*$/i);
  const month = match ? monthIn(match[1]) : null;
  return match && month !== null ? { year: +match[3], month, day: +match[2] } : null;
}

/** The month named somewhere in `words`, which may carry a weekday, "de", an ordinal suffix or "كانون الأول/ديسمبر". */
function monthIn(words: string): number | null {
  const parts = words
    .split(/[\s,/()|\-–]+/)
    .map((part) => part.replace(/^(?:st|nd|rd|th|er|de|of)$/i, '').replace(/\.$/, ''))
    .filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const pair = i + 1 < parts.length ? MONTHS.get(monthKey(`${parts[i]} ${parts[i + 1]}`)) : undefined;
    if (pair !== undefined) return pair;
    const single = MONTHS.get(monthKey(parts[i]));
    if (single !== undefined) return single;
  }
  return null;
}

function utcDate(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const local = new Date(Date.UTC(year, month, day, hour, minute, second));
  // Date.UTC rolls 31 February over into March; a page that says so is wrong, not March.
  if (local.getUTCMonth() !== month || local.getUTCDate() !== day) return null;
  return new Date(local.getTime() - offset * 60_000);
}
