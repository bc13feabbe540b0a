import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { CollectedMedia, CollectedPost } from '../collected-post';
import { htmlToText } from '../../text/html-to-text';
import { absoluteHttpUrl, dedupeMedia } from '../item-helpers';
import { elementDate, HtmlParseError, imageMedia, imageSource, isTrackingPixel, loadHtmlPage, parseLooseDate, withHeadline } from './html-list-parser';

const NOISE = 'nav, header, footer, aside, script, style, form, noscript';
const MAX_MEDIA = 20;

type JsonObject = Record<string, unknown>;

/** One submitted page (a news article, a blog post) as one post. */
export function parseWebPage(html: string, pageUrl: string): CollectedPost {
  const { $, base } = loadHtmlPage(html, pageUrl);
  const jsonLd = jsonLdNodes($);
  const article = jsonLdArticle(jsonLd);

  const documentTitle = $('title').filter((_, el) => !$(el).closest('svg').length);
  const title = metaContent($, 'og:title') ?? firstText($, documentTitle) ?? firstText($, $('h1'));
  const { element, cleaned, text: body } = readableContent($);
  if (!title && !body) throw new HtmlParseError('the page has no readable text');

  const canonical = absoluteHttpUrl($('link[rel~="canonical" i][href]').first().attr('href'), base);
  const url = canonical ?? pageUrl;
  return {
    externalId: url,
    url,
    author: pageAuthor($, article, jsonLd),
    title,
    text: withHeadline(title, body),
    publishedAt:
      parseLooseDate(metaContent($, 'article:published_time')) ??
      contentTime($, element) ??
      parseLooseDate(typeof article?.datePublished === 'string' ? article.datePublished : null),
    media: pageMedia($, cleaned, base),
    raw: html,
  };
}

function metaContent($: CheerioAPI, key: string): string | null {
  // Open Graph says `property`, but many sites write `name`.
  const value = $(`meta[property="${key}" i], meta[name="${key}" i]`).first().attr('content');
  return value?.replace(/\s+/g, ' ').trim() || null;
}

function firstText($: CheerioAPI, elements: Cheerio<Element>): string | null {
  for (const el of elements.toArray()) {
    const text = $(el).text().replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}

interface ReadableContent {
  /** The element as parsed, for facts the noise holds (an article's <header> has its <time>). */
  element: Element | null;
  /** A copy with navigation, forms and asides removed. */
  cleaned: Cheerio<Element> | null;
  text: string;
}

function readableContent($: CheerioAPI): ReadableContent {
  const articles = $('article')
    .toArray()
    .sort((a, b) => $(b).text().length - $(a).text().length);
  const candidates = [articles[0], $('main')[0], $('[role="main" i]')[0], $('body')[0]].filter((el): el is Element => el !== undefined);
  let fallback: ReadableContent = { element: null, cleaned: null, text: '' };
  for (const element of candidates) {
    const cleaned = $(element).clone();
    cleaned.find(NOISE).remove();
    const text = htmlToText($.html(cleaned));
    if (text) return { element, cleaned, text };
    if (!fallback.element) fallback = { element, cleaned, text };
  }
  return fallback;
}

function contentTime($: CheerioAPI, element: Element | null): Date | null {
  if (!element) return null;
  for (const time of $(element).find('time[datetime]').toArray()) {
    if ($(time).closest('aside, nav').length) continue;
    const date = elementDate($, time);
    if (date) return date;
  }
  return null;
}

function pageMedia($: CheerioAPI, cleaned: Cheerio<Element> | null, base: string | null): CollectedMedia[] {
  const found: CollectedMedia[] = [];
  let ogImage: CollectedMedia | null = null;
  for (const meta of $('meta[property^="og:image" i], meta[name^="og:image" i]').toArray()) {
    const key = (meta.attribs.property ?? meta.attribs.name).trim().toLowerCase();
    const content = meta.attribs.content?.trim();
    if (key === 'og:image' || key === 'og:image:url') {
      [ogImage = null] = imageMedia(content, base);
      if (ogImage) found.push(ogImage);
    } else if (key === 'og:image:alt' && ogImage && content && !ogImage.description) {
      ogImage.description = content.replace(/\s+/g, ' ');
    }
  }
  for (const img of cleaned?.find('img').toArray() ?? []) {
    if (!isTrackingPixel(img)) found.push(...imageMedia(imageSource(img), base, img.attribs.alt));
  }
  return dedupeMedia(found).slice(0, MAX_MEDIA);
}

function pageAuthor($: CheerioAPI, article: JsonObject | null, nodes: JsonObject[]): string | null {
  const articleAuthor = metaContent($, 'article:author');
  // article:author is often a profile URL; a name from elsewhere says more.
  const named = articleAuthor && !/^https?:\/\//i.test(articleAuthor) ? articleAuthor : null;
  return metaContent($, 'author') ?? named ?? jsonLdAuthor(article, nodes) ?? articleAuthor;
}

/** Every object in the page's JSON-LD blocks, flattening arrays and `@graph`; blocks that do not parse are skipped. */
function jsonLdNodes($: CheerioAPI): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(value)) value.forEach((entry) => visit(entry, depth + 1));
    else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
    }
  };
  for (const script of $('script').toArray()) {
    if (!script.attribs.type?.trim().toLowerCase().startsWith('application/ld+json')) continue;
    // Some CMSes wrap the JSON in a comment or CDATA section so old browsers would not show it.
    const source = ($(script).html() ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '');
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // Broken JSON-LD is common and never a reason to lose the page.
    }
  }
  return nodes;
}

const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|SocialMediaPosting|LiveBlogPosting)$/;

function jsonLdArticle(nodes: JsonObject[]): JsonObject | null {
  const types = (node: JsonObject) => [node['@type']].flat().filter((type): type is string => typeof type === 'string');
  return nodes.find((node) => types(node).some((type) => ARTICLE_TYPES.test(type))) ?? nodes.find((node) => typeof node.datePublished === 'string') ?? null;
}

function jsonLdAuthor(article: JsonObject | null, nodes: JsonObject[]): string | null {
  for (const author of [article?.author].flat()) {
    if (typeof author === 'string' && author.trim()) return author.trim();
    if (!isObject(author)) continue;
    // Yoast and others put the Person elsewhere in the @graph and refer to it by @id.
    const person = typeof author.name === 'string' ? author : nodes.find((node) => node !== author && node['@id'] === author['@id']);
    const name = person?.name;
    if (typeof name === 'string' && name.trim()) return name.trim();
  }
  return null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
