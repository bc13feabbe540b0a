import * as cheerio from 'cheerio';
import { markupProblem } from '../../text/markup-limits';
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { CollectedMedia, CollectedPost } from '../collected-post';
import { htmlToText, tidyText } from '../../text/html-to-text';
import { parseDate } from '../rss/feed-parser';
import { absoluteHttpUrl, resolveUrl } from '../item-helpers';
import { isTagNode } from '../../text/dom-nodes';

export class TelegramParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TelegramParseError';
  }
}

export interface TelegramMessage {
  id: number;
  /** All message ids this post covers (albums span several), sorted, including `id`. */
  ids: number[];
  post: CollectedPost;
}

export interface TelegramPage {
  /** The channel username as the page writes it (case kept). */
  channel: string;
  /** The channel's display title. */
  title: string | null;
  /** In page order, oldest first as Telegram renders; messages with neither text nor media are left out. */
  messages: TelegramMessage[];
  /** Id for the next older page (`?before=`), from `.tme_messages_more[data-before]`, else null. */
  olderBefore: number | null;
  /** Max and min over the ids of every message on the page, including those left out of `messages`. */
  highestId: number | null;
  lowestId: number | null;
}

const USERNAME = /^[A-Za-z][A-Za-z0-9_]{4,31}$/;
const TELEGRAM_HOSTS = new Set(['t.me', 'telegram.me', 'telegram.dog']);
// t.me paths that are not channels but would pass the username pattern.
const RESERVED_PATHS = new Set([
  'joinchat',
  'addstickers',
  'addemoji',
  'addtheme',
  'addlist',
  'share',
  'proxy',
  'socks',
  'setlanguage',
  'login',
  'confirmphone',
  'invoice',
  'boost',
  'giftcode',
  'contact',
]);

/** Parse a `t.me/s/<channel>` page (also `?before=` / `?after=` pages); `pageUrl` resolves relative links. */
export function parseTelegramPage(html: string, pageUrl: string): TelegramPage {
  const source = html.replace(/^\uFEFF/, '');
  if (!source.trim()) throw notAPreview('the response is empty');
  const tooComplex = markupProblem(source);
  if (tooComplex) throw new TelegramParseError(`the page was not read: ${tooComplex}`);

  // Start/end indices let `raw` be the message exactly as fetched; cheerio's serializer would re-escape non-ASCII.
  const $ = cheerio.load(source, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true } });
  const messageEls = $('.tgme_widget_message[data-post]').toArray();
  if ($('.tgme_channel_history').length === 0 && messageEls.length === 0) throw describeNonPreview($);

  const title = channelTitle($);
  const base = resolveUrl(pageUrl, null);
  const messages: TelegramMessage[] = [];
  const allIds: number[] = [];
  for (const el of messageEls) {
    const parsed = parseMessage($, source, el, title, base);
    if (!parsed) continue;
    allIds.push(...parsed.ids);
    if (parsed.keep) messages.push(parsed.message);
  }

  return {
    channel: pageChannel($, messageEls, pageUrl),
    title,
    messages,
    olderBefore: positiveInt($('.tme_messages_more[data-before]').first().attr('data-before')),
    highestId: allIds.length ? Math.max(...allIds) : null,
    lowestId: allIds.length ? Math.min(...allIds) : null,
  };
}

/**
 * True when the HTML is Telegram's landing page for a username (`t.me/<channel>`: `tgme_page`, title, "View in
 * Telegram") rather than a web preview — what `t.me/s/<channel>` redirects to when the channel has no public preview.
 */
export function isTelegramPreviewMissing(html: string): boolean {
  return isLandingPage(cheerio.load(html));
}

/** "ClashReport", "@ClashReport", "https://t.me/s/ClashReport?before=1", "t.me/ClashReport/123" → "ClashReport". */
export function normalizeChannelName(input: string): string {
  const value = input.trim();
  const name = value.startsWith('@') ? value.slice(1) : /[/.]/.test(value) ? channelFromUrl(value) : value;
  if (name === null || !USERNAME.test(name) || RESERVED_PATHS.has(name.toLowerCase())) {
    throw new TelegramParseError(`not a public Telegram channel username or link: "${input}"`);
  }
  return name;
}

/** Telegram's abbreviated counts: "817" → 817, "2.5K" → 2500, "1.3M" → 1300000; null when unreadable. */
export function parseViewCount(value: string | null | undefined): number | null {
  const match = /^(\d+(?:[.,]\d+)?)([KMB]?)$/i.exec((value ?? '').replace(/\s+/g, ''));
  if (!match) return null;
  const multiplier = { '': 1, k: 1e3, m: 1e6, b: 1e9 }[match[2].toLowerCase() as '' | 'k' | 'm' | 'b'];
  return Math.round(Number(match[1].replace(',', '.')) * multiplier);
}

function channelFromUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || !TELEGRAM_HOSTS.has(url.hostname.replace(/^www\./, ''))) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] === 's') segments.shift();
  return segments[0] ?? null;
}

interface ParsedMessage {
  ids: number[];
  keep: boolean;
  message: TelegramMessage;
}

function parseMessage($: CheerioAPI, source: string, el: Element, channelTitle: string | null, base: string | null): ParsedMessage | null {
  const match = /^([A-Za-z0-9_]+)\/(\d+)$/.exec(el.attribs['data-post'].trim());
  const id = match ? positiveInt(match[2]) : null;
  if (!match || id === null) return null;
  const channel = match[1];
  const $el = $(el);

  const ids = albumIds($, el, channel, id);
  const dateLink = $el.find('.tgme_widget_message_date').first();
  const datetime = dateLink.find('time[datetime]').attr('datetime') ?? $el.find('.tgme_widget_message_info time[datetime]').attr('datetime');
  const text = messageText($, source, el);
  const media = messageMedia($, el, base);

  const post: CollectedPost = {
    externalId: `${channel}/${id}`,
    url: absoluteHttpUrl(dateLink.attr('href') ?? '', base) ?? `https://t.me/${channel}/${id}`,
    author: textOrNull($el.find('.tgme_widget_message_from_author').first().text()) ?? channelTitle,
    title: null,
    text,
    publishedAt: parseDate(datetime),
    media,
    raw: rawHtml($, source, wrapOf(el)),
    extra: {
      views: parseViewCount($el.find('.tgme_widget_message_views').first().text()),
      forwardedFrom: textOrNull($el.find('.tgme_widget_message_forwarded_from_name').first().text()),
      messageIds: ids,
    },
  };
  // Service messages ("pinned a message", "channel photo updated") are Telegram's words, not the channel's.
  const isService = hasClass(el, 'service_message');
  return { ids, keep: !isService && (text.length > 0 || media.length > 0), message: { id, ids, post } };
}

/** Album items link to their own message ids (`https://t.me/<channel>/1002?single`). */
function albumIds($: CheerioAPI, el: Element, channel: string, id: number): number[] {
  const ids = new Set([id]);
  const links = $(el).find('a.tgme_widget_message_photo_wrap[href], a.tgme_widget_message_video_player[href]');
  for (const link of links.toArray()) {
    const match = /^(?:https?:)?\/\/(?:www\.)?(?:t\.me|telegram\.me)\/(?:s\/)?([A-Za-z0-9_]+)\/(\d+)(?:[?#/]|$)/i.exec(link.attribs.href.trim());
    const linked = match && match[1].toLowerCase() === channel.toLowerCase() ? positiveInt(match[2]) : null;
    if (linked !== null) ids.add(linked);
  }
  return [...ids].sort((a, b) => a - b);
}

/**
 * The first `.tgme_widget_message_text` only: album posts nest a second div with the same class (taking every match
 * would repeat the text), and a reply's quote of its parent carries the class too, marked `js-message_reply_text`.
 */
function messageText($: CheerioAPI, source: string, el: Element): string {
  const textEl = $(el)
    .find('.tgme_widget_message_text')
    .toArray()
    .find((candidate) => !hasClass(candidate, 'js-message_reply_text') && $(candidate).closest('.tgme_widget_message_reply').length === 0);
  return textEl ? htmlToText(innerHtml($, source, textEl)) : '';
}

function messageMedia($: CheerioAPI, el: Element, base: string | null): CollectedMedia[] {
  const found: CollectedMedia[] = [];
  const absolute = (url: string | null | undefined) => (url ? absoluteHttpUrl(url, base) : null);
  const add = (item: CollectedMedia | null) => {
    if (item && !found.some((known) => known.url === item.url)) found.push(item);
  };
  // One walk in document order keeps an album's photos and videos in the order the page shows them.
  for (const node of $(el).find('*').toArray()) {
    if (hasClass(node, 'tgme_widget_message_photo_wrap')) {
      const url = absolute(backgroundImage(node));
      add(url ? { url, type: 'image' } : null);
    } else if (hasClass(node, 'tgme_widget_message_video_player')) {
      add(videoOf($, node, absolute));
    } else if (node.name === 'video' && $(node).closest('.tgme_widget_message_video_player').length === 0) {
      const url = absolute(node.attribs.src);
      add(url ? { url, type: 'video' } : null);
    }
  }
  return found;
}

/**
 * A video player: the file when the page links it, else (a video "too big" for the preview) the
 * message link, where Telegram plays it; with its thumbnail, which the media stage stores.
 */
function videoOf($: CheerioAPI, player: Element, absolute: (url: string | null | undefined) => string | null): CollectedMedia | null {
  const thumb = $(player).find('.tgme_widget_message_video_thumb').toArray()[0];
  const thumbnailUrl = thumb ? absolute(backgroundImage(thumb)) : null;
  const url = absolute($(player).find('video[src]').attr('src')) ?? absolute(player.attribs.href) ?? thumbnailUrl;
  if (!url) return null;
  return thumbnailUrl ? { url, type: 'video', thumbnailUrl } : { url, type: 'video' };
}

function backgroundImage(el: Element): string | null {
  const match = /background-image\s*:\s*url\(\s*(['"]?)(.*?)\1\s*\)/i.exec(el.attribs.style ?? '');
  return match ? match[2].trim() : null;
}

function wrapOf(el: Element): Element {
  const parent = el.parent;
  return isTagNode(parent) && hasClass(parent, 'tgme_widget_message_wrap') ? parent : el;
}

function rawHtml($: CheerioAPI, source: string, el: Element): string {
  const { startIndex, endIndex } = el;
  if (startIndex !== null && endIndex !== null) return source.slice(startIndex, endIndex + 1);
  return $.html(el);
}

function innerHtml($: CheerioAPI, source: string, el: Element): string {
  const first = el.children[0];
  const last = el.children[el.children.length - 1];
  if (!first || !last) return '';
  if (first.startIndex !== null && last.endIndex !== null) return source.slice(first.startIndex, last.endIndex + 1);
  return $(el).html() ?? '';
}

function channelTitle($: CheerioAPI): string | null {
  return (
    textOrNull($('.tgme_channel_info_header_title').first().text()) ??
    textOrNull($('.tgme_header_title').first().text()) ??
    textOrNull($('meta[property="og:title"]').attr('content') ?? '')
  );
}

function pageChannel($: CheerioAPI, messageEls: Element[], pageUrl: string): string {
  const fromPost = messageEls.map((el) => /^([A-Za-z0-9_]+)\/\d+$/.exec(el.attribs['data-post'].trim())?.[1]).find(Boolean);
  if (fromPost) return fromPost;
  const candidates = [$('.tgme_channel_info_header_username').first().text(), $('main.tgme_main').attr('data-url') ?? '', pageUrl];
  for (const candidate of candidates) {
    try {
      return normalizeChannelName(candidate.trim().replace(/^\//, ''));
    } catch {
      // try the next place the page names its channel
    }
  }
  throw notAPreview('the page does not say which channel it shows');
}

function isLandingPage($: CheerioAPI): boolean {
  return $('.tgme_page').length > 0 && $('.tgme_channel_history').length === 0 && $('.tgme_widget_message[data-post]').length === 0;
}

function describeNonPreview($: CheerioAPI): TelegramParseError {
  if (isLandingPage($)) {
    const name = textOrNull($('.tgme_page_title').first().text());
    return notAPreview(`Telegram served the landing page${name ? ` of "${name}"` : ''}, not a public web preview`);
  }
  const title = textOrNull($('title').first().text());
  return notAPreview(title ? `the page "${title}" has no message history` : 'the page has no message history');
}

function notAPreview(reason: string): TelegramParseError {
  return new TelegramParseError(`not a Telegram channel preview page: ${reason}`);
}

function hasClass(el: Element, name: string): boolean {
  return (el.attribs.class ?? '').split(/\s+/).includes(name);
}

function textOrNull(value: string): string | null {
  return tidyText(value).replace(/\s+/g, ' ') || null;
}

function positiveInt(value: string | undefined): number | null {
  if (!value || !/^\d+$/.test(value.trim())) return null;
  const number = Number(value.trim());
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}
