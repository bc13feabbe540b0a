import * as cheerio from 'cheerio';
import type { AuthUser } from '../../src/auth/roles.decorator';
import type { MediaRecord } from '../../src/media/media.repository';
import type { PersonRecord } from '../../src/persons/person.repository';
import type { MentionRecord } from '../../src/posts/mention.repository';
import type { PostRecord } from '../../src/posts/post.repository';
import type { PageContext } from '../../src/web/layout';

/** Strings a source, a user or a reviewer may write, as the view specs feed them to the pages. */
export const SCRIPT = '<script>alert(1)</script>';
export const ATTR = '"><img src=x onerror=alert(1)>';
export const QUOTE = "' onmouseover='alert(1)";
export const JS_URL = 'javascript:alert(1)';
export const RTL = 'abc\u202Eevil';
export const ARABIC = 'محمد «العلي» من داريا';

/** How each shows once escaped. */
export const ESCAPED = {
  script: '&lt;script&gt;alert(1)&lt;/script&gt;',
  attr: '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;',
  quote: '&#39; onmouseover=&#39;alert(1)',
  rtl: 'abc⟦U+202E⟧evil',
};

export const LANGS = ['en', 'ar'] as const;

export function pageContext(lang: 'en' | 'ar', roles: AuthUser['roles'] = ['reviewer']): PageContext {
  return { lang, csrf: 'token', user: { id: 'u1', email: 'r@example.org', name: 'R', roles, tokenId: 'session' } satisfies AuthUser };
}

/**
 * What a user would notice of injected markup: a script of the page's own only, no hostile
 * image, no event-handler attribute, no javascript: link, no raw bidi override.
 */
export function expectInert(page: string): void {
  expect(page).not.toContain('<script>alert');
  expect(page).not.toContain('<img src=x');
  expect(page).not.toContain('\u202E');
  const $ = cheerio.load(page);
  $('script').each((_, el) => expect($(el).attr('src')).toBe('/assets/app.js'));
  for (const el of $('*').toArray()) for (const name of Object.keys($(el).attr() ?? {})) expect(name).not.toMatch(/^on/i);
  $('img').each((_, el) => expect($(el).attr('src')).toMatch(/^\/media\//));
  $('[href], [src], [action]').each((_, el) => {
    for (const name of ['href', 'src', 'action']) expect($(el).attr(name) ?? '').not.toMatch(/^\s*javascript:/i);
  });
}

/** The hostile strings of `texts` all come out escaped, as text. */
export function expectEscaped(page: string, ...texts: (keyof typeof ESCAPED)[]): void {
  for (const t of texts) expect(page).toContain(ESCAPED[t]);
}

const AT = new Date('2026-11-30T10:00:00Z');

export function postRecord(over: Partial<PostRecord> = {}): PostRecord {
  return {
    id: 'p1',
    sourceId: 's1',
    sourceType: 'telegram',
    externalId: 'x1',
    url: JS_URL,
    author: ATTR,
    title: null,
    text: `${SCRIPT} ${ARABIC}`,
    lang: 'ar',
    publishedAt: AT,
    collectedAt: AT,
    day: '2026-11-30',
    contentHash: 'h',
    media: [],
    searchTerms: [],
    raw: { body: SCRIPT, sha256: 'abc123' },
    pipeline: { status: 'extracted', error: null, extractorVersion: '1', updatedAt: AT },
    review: { status: 'in_review', assignee: 'u1' },
    mentionCount: 1,
    extra: {},
    submittedBy: null,
    note: null,
    ...over,
  };
}

export function mentionRecord(over: Partial<MentionRecord> = {}): MentionRecord {
  return {
    id: 'm1',
    postId: 'p1',
    sourceId: 's1',
    extractorVersion: '1',
    name: ATTR,
    start: 0,
    end: 8,
    normalized: 'n',
    nameLatin: QUOTE,
    nameKeys: [],
    role: 'detainee',
    attributes: { hometown: SCRIPT, prison: ATTR, age: QUOTE },
    confidence: 0.9,
    cues: [SCRIPT, ARABIC],
    refersTo: null,
    partial: false,
    suggestions: [],
    suggestedMediaIds: [],
    review: { status: 'pending', personId: null, by: null, at: null },
    createdAt: AT,
    ...over,
  };
}

export function personRecord(over: Partial<PersonRecord> = {}): PersonRecord {
  return {
    id: 'pe1',
    displayName: ATTR,
    spellings: [
      { name: SCRIPT, mentionId: 'm1' },
      { name: ARABIC, mentionId: null },
    ],
    nameKeys: [],
    status: 'detained',
    attributes: { hometown: SCRIPT, prison: QUOTE },
    verification: { status: 'unverified', by: null, at: null },
    mediaIds: [],
    mergedInto: null,
    createdBy: null,
    lastEditedBy: null,
    createdAt: AT,
    updatedAt: AT,
    ...over,
  };
}

export function mediaRecord(over: Partial<MediaRecord> = {}): MediaRecord {
  return {
    id: 'md1',
    key: 'k',
    sha256: null,
    perceptualHash: null,
    perceptualHashMirrored: null,
    hashBands: [],
    size: null,
    mime: 'image/jpeg',
    width: 10,
    height: 10,
    urls: [JS_URL],
    postIds: ['p1'],
    originalFileId: 'f1',
    thumbnailFileId: 'f2',
    nearDuplicates: [],
    error: null,
    createdAt: AT,
    ...over,
  };
}
