import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlueskyParseError, parseSearchPosts, postUrl } from './bluesky-parser';

const REAL = join(__dirname, '../../../test/fixtures/bluesky');
const ARABIC = join(__dirname, '../../../test/fixtures/bluesky-arabic');

function body(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

const CDN = 'https://cdn.bsky.app/img/feed_fullsize/plain';

describe('parseSearchPosts on the real searchPosts response', () => {
  const text = body(REAL, 'searchPosts_redistricting.json');
  const views = JSON.parse(text).posts as Array<{ uri: string; author: { labels?: Array<{ val: string }> } }>;
  const page = parseSearchPosts(text);

  it('drops the posts of the 4 authors who opted out of logged-out viewing', () => {
    const optedOut = views.filter((v) => v.author.labels?.some((l) => l.val === '!no-unauthenticated'));
    expect(views).toHaveLength(25);
    expect(optedOut.map((v) => v.uri)).toEqual([
      'at://did:plc:koh6ega53iul5n6qomu6e7an/app.bsky.feed.post/3lpjqrblspk2n',
      'at://did:plc:pjjrd7avt2v4ycccavykzg3n/app.bsky.feed.post/3lpjl6vjfes2b',
      'at://did:plc:mhbp4wx4zsjf6537frktqux2/app.bsky.feed.post/3lpikwarowc2o',
      'at://did:plc:qogyzvlh3vivathu2piavvpv/app.bsky.feed.post/3lpii6nwbyt2m',
    ]);
    expect(page.skippedNoUnauthenticated).toBe(4);
    expect(page.posts).toHaveLength(21);
    expect(page.posts.map((p) => p.externalId)).toEqual(views.filter((v) => !optedOut.includes(v)).map((v) => v.uri));
    // Another label ("rude", from a moderation service) is no reason to drop a post.
    expect(page.posts.some((p) => p.author === 'bodyballistics.bsky.social')).toBe(true);
  });

  it('returns the cursor and the newest indexedAt', () => {
    expect(page.cursor).toBe('25');
    expect(page.newestIndexedAt).toBe('2025-05-19T17:10:09.813Z');
  });

  it('maps a post: at-uri id, bsky.app url, handle, createdAt, text, counts, lang', () => {
    const post = page.posts.find((p) => p.externalId === 'at://did:plc:7nagdvjqrzaquzk7mueohne5/app.bsky.feed.post/3lpjzka2pzc2l')!;
    expect(post.url).toBe('https://bsky.app/profile/mcpli.bsky.social/post/3lpjzka2pzc2l');
    expect(post.author).toBe('mcpli.bsky.social');
    expect(post.title).toBeNull();
    expect(post.publishedAt?.toISOString()).toBe('2025-05-19T16:46:41.792Z');
    expect(post.text).toBe(
      "And last but not least, here's the state defendants trial brief in the Texas redistricting cases.\n\ndrive.google.com/file/d/1rpor...",
    );
    expect(post.extra).toEqual({
      indexedAt: '2025-05-19T16:46:43.322Z',
      likeCount: 2,
      repostCount: 0,
      replyCount: 0,
      lang: 'en',
      authorName: 'Michael Li (李之樸)',
    });
    expect(JSON.parse(post.raw)).toEqual(views.find((v) => v.uri === post.externalId));
  });

  it('takes the full-size image of the 4 image posts, with alt text when there is one', () => {
    const withImages = page.posts.filter((p) => p.media.length > 0 && p.media.every((m) => m.url.startsWith(CDN)));
    expect(withImages.map((p) => [p.externalId.split('/').pop(), p.media])).toEqual([
      ['3lpjzka2pzc2l', [{ type: 'image', url: `${CDN}/did:plc:7nagdvjqrzaquzk7mueohne5/bafkreicoczex3kgwdzwqfqxdvrdsg6wlp2ncew67suokieo3pwzpkfr2b4@jpeg` }]],
      ['3lpjy3eabqs2l', [{ type: 'image', url: `${CDN}/did:plc:7nagdvjqrzaquzk7mueohne5/bafkreidefmzbugnxol2p3jles7arp5c5rkmb4awrzqxga23ugpxoy2f5am@jpeg` }]],
      [
        '3lpjd3zskmh2p',
        [
          {
            type: 'image',
            url: `${CDN}/did:plc:ubtwich3m73idyllnkl7bkqe/bafkreiby3v7azfyjgezp7cxqb43yj3dc3e7sjq7acpqxzda56y4of2ktbq@jpeg`,
            description: 'Image 1',
          },
        ],
      ],
      ['3lpica7sxmk2u', [{ type: 'image', url: `${CDN}/did:plc:7nagdvjqrzaquzk7mueohne5/bafkreidjv5wa7yusm5zwpompgf4kfl6vww26ngdbxlir5mgw5qsurqr2de@jpeg` }]],
    ]);
  });

  it('keeps link cards as externalUrl and their thumbnail', () => {
    const post = page.posts.find((p) => p.externalId.endsWith('/3lpk2r5h5ec2j'))!;
    expect(post.extra?.externalUrl).toBe('https://open.substack.com/pub/christackett/p/the-pawn-or-the-collaborator?r=92vnq&utm_medium=ios');
    expect(post.media).toEqual([
      {
        type: 'image',
        url: 'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:s7savtl25cqhm3ddqc7jeljx/bafkreidiaum3q4numtazcdcgpbpcnll2pqlruycn66wei5ombhvzgo6tnu@jpeg',
        description: 'link preview',
      },
    ]);
    // A card without a thumbnail.
    const paper = page.posts.find((p) => p.externalId.endsWith('/3lpjneeyp6c2w'))!;
    expect(paper.extra?.externalUrl).toBe('https://www.nber.org/system/files/working_papers/w33801/w33801.pdf');
    expect(paper.media).toEqual([]);
  });

  it('reads createdAt with microseconds; a post without langs has lang null', () => {
    const [bot] = page.posts;
    expect(bot.author).toBe('socpaperbot.bsky.social');
    expect(bot.publishedAt?.toISOString()).toBe('2025-05-19T17:10:09.561Z');
    expect(bot.extra?.lang).toBeNull();
  });
});

describe('parseSearchPosts on Arabic posts (synthetic)', () => {
  const page = parseSearchPosts(body(ARABIC, 'searchPosts_saydnaya.json'));
  const [images, quote] = page.posts;

  it('drops the opted-out author but counts its post towards the newest indexedAt', () => {
    expect(page.skippedNoUnauthenticated).toBe(1);
    expect(page.posts).toHaveLength(2);
    expect(page.posts.map((p) => p.author)).toEqual(['layla-saleh.bsky.social', 'omar-nasr.bsky.social']);
    expect(page.cursor).toBe('3');
    expect(page.newestIndexedAt).toBe('2026-07-30T09:40:01.006Z');
  });

  it('keeps Arabic text with its line breaks, Arabic-Indic digits and emoji', () => {
    expect(images.text).toBe(
      'تبحث عائلة المعتقل يوسف كامل العبدالله عنه منذ ٢٠١٢ 💔\nآخر مرة شوهد في فرع التحقيق رقم ٢١٥ بدمشق.\nأي معلومة تساعد، راسلونا 🙏 #صيدنايا',
    );
    expect(images.url).toBe('https://bsky.app/profile/layla-saleh.bsky.social/post/3lzfakepost1a');
    expect(images.publishedAt?.toISOString()).toBe('2026-07-30T08:15:42.318Z');
    expect(images.extra).toMatchObject({ lang: 'ar', authorName: 'ليلى صالح', likeCount: 33, repostCount: 19, replyCount: 4 });
    expect(images.media).toEqual([
      {
        type: 'image',
        url: `${CDN}/did:plc:fakeaaaaaaaaaaaaaaaaaaaa/bafkreifakeimg1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq@jpeg`,
        description: 'صورة شخصية ليوسف العبدالله عام ٢٠١١',
      },
      {
        type: 'image',
        url: `${CDN}/did:plc:fakeaaaaaaaaaaaaaaaaaaaa/bafkreifakeimg2qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq@jpeg`,
        description: 'ورقة بخط اليد فيها اسم السجن ورقم الزنزانة ١٤',
      },
    ]);
  });

  it('takes the media of a quote-with-media post, and only the quoted address', () => {
    expect(quote.text).toBe('الاسم الثالث في القائمة هو خالي محمود 😭 released after ١٣ years. Thank you all ❤️');
    expect(quote.extra).toMatchObject({
      lang: 'ar',
      authorName: 'Omar Nasr | عمر نصر',
      quotedUri: 'at://did:plc:fakedddddddddddddddddddd/app.bsky.feed.post/3lzfakequoted',
    });
    expect(quote.media).toEqual([
      {
        type: 'image',
        url: `${CDN}/did:plc:fakebbbbbbbbbbbbbbbbbbbb/bafkreifakeimg3qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq@jpeg`,
        description: 'قائمة أسماء مكتوبة بخط اليد، السطر ٣ محاط بدائرة',
      },
    ]);
  });
});

describe('parseSearchPosts edge cases', () => {
  const real = JSON.parse(body(REAL, 'searchPosts_redistricting.json'));
  const view = real.posts[0];

  it('rejects anything but a {posts: []} object', () => {
    expect(() => parseSearchPosts('[]')).toThrow(BlueskyParseError);
    expect(() => parseSearchPosts('{"error":"InvalidRequest","message":"Error: Params must have the property \\"q\\""}')).toThrow(
      /^not a Bluesky searchPosts response: \{"error":"InvalidRequest"/,
    );
    expect(() => parseSearchPosts('not json')).toThrow(/invalid JSON/);
    expect(() => parseSearchPosts('{"posts":{}}')).toThrow(BlueskyParseError);
    expect(() => parseSearchPosts('')).toThrow(expect.objectContaining({ name: 'BlueskyParseError' }));
  });

  it('reads an empty last page', () => {
    expect(parseSearchPosts('{"posts":[]}')).toEqual({ posts: [], cursor: null, skippedNoUnauthenticated: 0, newestIndexedAt: null });
  });

  it('falls back to indexedAt when createdAt is missing or invalid', () => {
    const bad = { ...view, record: { ...view.record, createdAt: 'yesterday-ish' } };
    const { createdAt: _c, ...noCreated } = view.record;
    const page = parseSearchPosts(JSON.stringify({ posts: [bad, { ...view, record: noCreated }] }));
    expect(page.posts.map((p) => p.publishedAt?.toISOString())).toEqual(['2025-05-19T17:10:09.813Z', '2025-05-19T17:10:09.813Z']);
  });

  it('honours the opt-out on the post labels too, but not a negated label', () => {
    const label = { src: view.author.did, uri: view.uri, val: '!no-unauthenticated', cts: '2025-05-19T00:00:00.000Z' };
    const onPost = { ...view, labels: [label] };
    const negated = { ...view, uri: `${view.uri}x`, author: { ...view.author, labels: [{ ...label, neg: true }] } };
    const page = parseSearchPosts(JSON.stringify({ posts: [onPost, negated] }));
    expect(page.skippedNoUnauthenticated).toBe(1);
    expect(page.posts.map((p) => p.externalId)).toEqual([`${view.uri}x`]);
  });

  it('takes a video playlist and its thumbnail', () => {
    const video = {
      ...view,
      embed: {
        $type: 'app.bsky.embed.video#view',
        cid: 'bafkreivideo',
        playlist: 'https://video.bsky.app/watch/did%3Aplc%3Aabc/bafkreivideo/playlist.m3u8',
        thumbnail: 'https://video.bsky.app/watch/did%3Aplc%3Aabc/bafkreivideo/thumbnail.jpg',
        alt: 'a march',
        aspectRatio: { width: 1920, height: 1080 },
      },
    };
    const [post] = parseSearchPosts(JSON.stringify({ posts: [video] })).posts;
    expect(post.media).toEqual([
      {
        type: 'video',
        url: 'https://video.bsky.app/watch/did%3Aplc%3Aabc/bafkreivideo/playlist.m3u8',
        description: 'a march',
        thumbnailUrl: 'https://video.bsky.app/watch/did%3Aplc%3Aabc/bafkreivideo/thumbnail.jpg',
      },
    ]);
  });

  it('keeps the quoted address of a plain quote but not the quoted media', () => {
    const quoting = real.posts.find((p: { uri: string }) => p.uri.endsWith('/3lpjl6vjfes2b'));
    const unlabelled = { ...quoting, author: { ...quoting.author, labels: [] } };
    const [post] = parseSearchPosts(JSON.stringify({ posts: [unlabelled] })).posts;
    expect(post.extra?.quotedUri).toBe('at://did:plc:pjiafkey2cokiupsxpswqlk7/app.bsky.feed.post/3lpjgwfr3gs27');
    expect(post.media).toEqual([]);
    expect(post.extra).not.toHaveProperty('externalUrl');
  });
});

describe('postUrl', () => {
  it('builds the bsky.app address from an at-uri and a handle', () => {
    expect(postUrl('at://did:plc:7nagdvjqrzaquzk7mueohne5/app.bsky.feed.post/3lpjzka2pzc2l', 'mcpli.bsky.social')).toBe(
      'https://bsky.app/profile/mcpli.bsky.social/post/3lpjzka2pzc2l',
    );
  });

  it('uses the DID when the handle is missing or invalid', () => {
    expect(postUrl('at://did:plc:abc/app.bsky.feed.post/3k', 'handle.invalid')).toBe('https://bsky.app/profile/did:plc:abc/post/3k');
    expect(postUrl('at://did:plc:abc/app.bsky.feed.post/3k', '')).toBe('https://bsky.app/profile/did:plc:abc/post/3k');
  });

  it('returns null for anything but a post uri', () => {
    expect(postUrl('at://did:plc:abc/app.bsky.feed.like/3k', 'a.bsky.social')).toBeNull();
    expect(postUrl('https://bsky.app/profile/a/post/3k', 'a.bsky.social')).toBeNull();
  });
});
