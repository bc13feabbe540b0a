import type { PageContext } from '../web/layout';
import { overviewView, type OverviewData } from './overview.view';

const SCRIPT = '<script>alert(1)</script>';
const ATTR = '"><img src=x onerror=alert(1)>';
const ARABIC = 'شبكة «المعتقلين» ‏السورية';

const ctx = (lang: 'en' | 'ar'): PageContext => ({
  lang,
  csrf: 'token',
  user: { id: 'u1', email: 'r@example.org', name: 'R', roles: ['reviewer'], tokenId: 'session' },
});

function data(): OverviewData {
  return {
    days: ['2026-11-30', '2026-12-01'],
    postsPerDay: [
      { day: '2026-11-30', sourceId: 's1', count: 3 },
      { day: '2026-12-01', sourceId: 's2', count: 2 },
      { day: '2026-12-01', sourceId: 's3', count: 1 },
    ],
    sourceNames: new Map([
      ['s1', SCRIPT],
      ['s2', ATTR],
      ['s3', ARABIC],
    ]),
    totalPosts: 6,
    backlog: [{ key: 'new', count: 4 }],
    // Stored values the labels do not know are shown as they are: they must come out as text too.
    mentionsByRole: [
      { key: 'detainee', count: 2 },
      { key: SCRIPT, count: 1 },
    ],
    personsByVerification: [{ key: ATTR, count: 5 }],
  };
}

describe('overview view', () => {
  it('shows hostile source names and stored values as text, never as markup', () => {
    for (const lang of ['en', 'ar'] as const) {
      const page = overviewView(ctx(lang), data());
      expect(page).not.toContain('<script>alert(1)');
      expect(page).not.toContain('<img src=x');
      expect(page).not.toMatch(/"><img/);
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
      expect(page).toContain(ARABIC);
    }
  });

  it('counts the totals, a chart per section and a row per day with posts, newest first', () => {
    const page = overviewView(ctx('en'), data());
    expect(page).toMatch(/id="stat-posts">6</);
    expect(page).toMatch(/id="stat-mentions">3</);
    expect(page).toMatch(/id="stat-backlog">4</);
    expect(page).toMatch(/id="stat-persons">5</);
    for (const id of ['posts-per-day', 'mentions-by-role', 'persons-by-verification', 'review-backlog']) expect(page).toContain(`id="${id}"`);
    const section = page.slice(page.indexOf('id="posts-per-day"'), page.indexOf('id="mentions-by-role"'));
    const rows = [...section.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => m[1]).slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('1 Dec');
    expect(rows[1]).toContain('30 Nov');
  });

  it('lays the page out right to left in Arabic', () => {
    expect(overviewView(ctx('ar'), data())).toMatch(/<html[^>]*dir="rtl"/);
  });
});
