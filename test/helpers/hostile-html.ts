import { load } from 'cheerio';
import type { AuthUser } from '../../src/auth/roles.decorator';
import type { PageContext } from '../../src/web/layout';

/** Strings a source, a user or an operator could put in any text field, and how a page must show them. */
export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(1)>';
export const HOVER = "' onmouseover='alert(1)";
export const RLO = 'abc\u202Edef';
export const ARABIC = 'محمد «المعتقل» من حمص';
export const JS_URL = 'javascript:alert(1)';

const ALL = `${SCRIPT} ${IMG} ${HOVER} ${RLO} ${ARABIC}`;
const ALL_SHOWN = `&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39; onmouseover=&#39;alert(1) abc⟦U+202E⟧def ${ARABIC}`;

/** A hostile value for one field, tagged so that the spec can find that field's text on the page. */
export const hostile = (tag: string): string => `${tag} ${ALL}`;
/** The same value as a page must show it: escaped, the bidi override named, the Arabic intact. */
export const shown = (tag: string): string => `${tag} ${ALL_SHOWN}`;

export const LANGS = ['en', 'ar'] as const;

/** A signed-in reader whose own name (shown in the navigation) and page path are hostile too. */
export function pageCtx(lang: 'en' | 'ar', roles: AuthUser['roles'] = ['admin']): PageContext {
  return {
    lang,
    csrf: 'csrf-token',
    path: `/x?q=${IMG}`,
    user: { id: 'u1', email: 'reader@example.org', name: hostile('reader'), roles, tokenId: 'session' },
  };
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction'];

/**
 * What a reader would notice if escaping failed: a script of the page's own, an image, an
 * event-handler attribute, a javascript: link, or a bidi override reordering the page. A fragment
 * (part of a page) has no script at all; a page has only the app's own.
 */
export function expectInert(page: string, { fragment = false } = {}): void {
  expect(page).not.toContain('<script>alert');
  expect(page).not.toContain('<img src=x');
  expect(page).not.toContain('\u202E');
  const $ = load(page);
  expect(
    $('script')
      .toArray()
      .map((el) => $(el).attr('src')),
  ).toEqual(fragment ? [] : ['/assets/app.js']);
  expect($('img[src="x"]')).toHaveLength(0);
  for (const el of $('*').toArray()) {
    for (const [name, value] of Object.entries($(el).attr() ?? {})) {
      expect(name).not.toMatch(/^on/i);
      if (URL_ATTRIBUTES.includes(name)) expect(value).not.toMatch(/^\s*javascript:/i);
    }
  }
}
