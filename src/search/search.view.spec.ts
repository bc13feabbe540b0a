import {
  ARABIC,
  ATTR,
  ESCAPED,
  expectEscaped,
  expectInert,
  LANGS,
  pageContext,
  personRecord,
  postRecord,
  QUOTE,
  RTL,
  SCRIPT,
} from '../../test/helpers/hostile-records';
import type { PostHit } from './search.service';
import { searchView, type SearchPage } from './search.view';

function hit(): PostHit {
  const { raw, searchTerms, ...post } = postRecord({ title: `${SCRIPT} ${RTL}`, text: ARABIC });
  void searchTerms;
  return {
    ...post,
    raw: { sha256: raw.sha256 },
    relevance: 0.5,
    matched: [{ kind: 'name', names: [ATTR, ARABIC] }, { kind: 'place', placeId: QUOTE }, { kind: 'words' }],
  };
}

/** Every echoed query value is hostile: the words, the dates, the filters, the person fields. */
function page(): SearchPage {
  return {
    postIn: { q: `${ATTR} ${ARABIC}`, from: QUOTE, to: SCRIPT, sourceType: ATTR, sort: QUOTE },
    personIn: { hometown: SCRIPT, prison: QUOTE, arrestYearFrom: ATTR, status: SCRIPT },
    p: { q: `${ATTR} ${ARABIC}` },
    problems: [`q: ${SCRIPT}`],
    unverified: true,
    posts: { items: [hit()], nextCursor: ATTR },
    persons: [{ person: personRecord({ displayName: `${SCRIPT} ${ARABIC}` }), score: 0.8 }],
  };
}

describe('the search page', () => {
  it('echoes hostile query values, results and match reasons as text only', () => {
    for (const lang of LANGS) {
      const out = searchView(pageContext(lang), { roles: ['reviewer'] }, page());
      expectInert(out);
      expectEscaped(out, 'script', 'attr', 'quote', 'rtl');
      expect(out).toContain(`value="${ESCAPED.attr} ${ARABIC}"`);
      expect(out).toContain(`value="${ESCAPED.quote}"`);
      expect(out).toContain(`value="${ESCAPED.script}"`);
      expect(out).toContain(`<bdi>${ESCAPED.script} ${ARABIC}</bdi>`);
      expect(out).toContain(ESCAPED.attr + ', ' + ARABIC);
      expect(out).toContain(ARABIC);
    }
  });

  it('puts the query into links only URL-encoded', () => {
    const out = searchView(pageContext('en'), { roles: ['researcher'] }, page());
    const $hrefs = [...out.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    const searchLinks = $hrefs.filter((h) => h.startsWith('/search'));
    expect(searchLinks.length).toBeGreaterThanOrEqual(3);
    for (const h of searchLinks) expect(h).not.toMatch(/[<>"' ]|&quot;|&lt;/);
    expect(searchLinks.some((h) => h.includes('q=%22%3E%3Cimg'))).toBe(true);
    expect(out).toContain('href="/posts/p1"');
  });
});
