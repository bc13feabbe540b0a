import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSearchPosts } from '../parsers/bluesky/bluesky-parser';
import type { CollectedPost } from '../parsers/collected-post';
import { parseMastodonStatuses } from '../parsers/mastodon/mastodon-parser';
import { decodeFeedBody, parseFeed } from '../parsers/rss/feed-parser';
import { parseTelegramPage } from '../parsers/telegram/telegram-parser';
import { toNewPost } from './to-new-post';

// The collector fixtures (copies of ../shared/fixtures/collectors, plus the synthetic Arabic ones)
// parsed as the collectors parse them, and tagged as a stored post is.
const FIXTURES = join(__dirname, '../../test/fixtures');
const read = (path: string) => readFileSync(join(FIXTURES, path));

const telegram = (path: string) => parseTelegramPage(read(path).toString('utf8'), 'https://t.me/s/channel').messages.map((m) => m.post);
const feed = (path: string) => parseFeed(decodeFeedBody(read(path)), 'https://news.example/feed').items;
const mastodon = (path: string) => parseMastodonStatuses(read(path).toString('utf8')).posts;
const bluesky = (path: string) => parseSearchPosts(read(path).toString('utf8')).posts;

function languages(posts: CollectedPost[]): string[] {
  return [...new Set(posts.map((p) => toNewPost(p, 'rss', new Date('2026-01-01T00:00:00Z')).lang))].sort();
}

describe('the language a collected post is tagged with', () => {
  it.each([
    ['telegram/tme_s_ClashReport_2026-08-24_excerpt.html', telegram],
    ['telegram/tme_s_test_channel_anonymized_lifemodel.html', telegram],
    ['rss/guardian.rss', feed],
    ['rss/reddit.rss', feed],
    ['rss/content-encoded.rss', feed],
    ['mastodon/account_statuses_page1.json', mastodon],
    ['mastodon/account_statuses_page2_max_id.json', mastodon],
    ['bluesky/searchPosts_redistricting.json', bluesky],
  ])('is English for every post of %s, the shortest ("Toot number 5!", a headline) included', (path, parse) => {
    const posts = parse(path);
    expect(posts.length).toBeGreaterThan(0);
    expect(languages(posts)).toEqual(['en']);
  });

  it.each([
    ['telegram-arabic/tme_s_synthetic_ar.html', telegram],
    ['rss-arabic/detainees-ar.rss', feed],
    ['rss-arabic/detainees-ar-1256.rss', feed],
    ['mastodon-arabic/tag_timeline_syria_detainees.json', mastodon],
    ['bluesky-arabic/searchPosts_saydnaya.json', bluesky],
  ])('is Arabic for every post of %s, with its English words and hashtags', (path, parse) => {
    expect(languages(parse(path))).toEqual(['ar']);
  });

  it.each([
    ['rss/encoding.rss (Portuguese)', 'rss/encoding.rss'],
    ['rss/uolNoticias.rss (Portuguese)', 'rss/uolNoticias.rss'],
    ['rss/heise.atom (German)', 'rss/heise.atom'],
    ['rss/gulp-atom.atom (version numbers)', 'rss/gulp-atom.atom'],
  ])('is und, never French or English, for %s', (_, path) => {
    expect(languages(feed(path))).toEqual(['und']);
  });

  it('matches the label of each of the 176 posts of the team set, short English, French and Arabic ones included', () => {
    const rows = read('extraction/dev-set.ndjson')
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; lang: string; text: string });
    expect(rows).toHaveLength(176);
    const wrong = rows
      .map((r) => ({
        id: r.id,
        label: r.lang,
        tagged: toNewPost(
          { externalId: r.id, url: null, author: null, title: null, text: r.text, publishedAt: null, media: [], raw: r.text },
          'manual',
          new Date(),
        ).lang,
      }))
      .filter((r) => r.label !== r.tagged);
    expect(wrong).toEqual([]);
  });
});
