import * as cheerio from 'cheerio';
import type { AuthUser } from '../../src/auth/roles.decorator';
import type { MediaRecord } from '../../src/media/media.repository';
import type { PersonRecord } from '../../src/persons/person.repository';
import type { MentionRecord } from '../../src/posts/mention.repository';
import type { PostRecord } from '../../src/posts/post.repository';
import type { PageContext } from '../../src/web/layout';
import { ARABIC, expectInert as expectPageInert, HOVER, IMG, JS_URL, RLO, SCRIPT } from './hostile-html';

// The hostile strings and the inertness check are hostile-html's, under the names these specs use.
export { SCRIPT, JS_URL, ARABIC, LANGS } from './hostile-html';
export const ATTR = IMG;
export const QUOTE = HOVER;
export const RTL = RLO;

/** How each shows once escaped. */
export const ESCAPED = {
  script: '&lt;script&gt;alert(1)&lt;/script&gt;',
  attr: '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;',
  quote: '&#39; onmouseover=&#39;alert(1)',
  rtl: 'abc⟦U+202E⟧def',
};

export function pageContext(lang: 'en' | 'ar', roles: AuthUser['roles'] = ['reviewer']): PageContext {
  return { lang, csrf: 'token', user: { id: 'u1', email: 'r@example.org', name: 'R', roles, tokenId: 'session' } satisfies AuthUser };
}

/** hostile-html's check (of a page, or of a fragment: no script at all), and every image a stored photo of ours (under /media/). */
export function expectInert(page: string): void {
  expectPageInert(page, { fragment: !page.includes('<html') });
  const $ = cheerio.load(page);
  $('img').each((_, el) => expect($(el).attr('src')).toMatch(/^\/media\//));
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
