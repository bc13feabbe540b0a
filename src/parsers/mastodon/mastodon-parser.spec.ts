import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareIds, mastodonErrorMessage, MastodonParseError, parseLinkHeader, parseMastodonStatuses } from './mastodon-parser';

const REAL = join(__dirname, '../../../test/fixtures/mastodon');
const ARABIC = join(__dirname, '../../../test/fixtures/mastodon-arabic');

function body(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

function linkOf(name: string): string {
  return JSON.parse(body(REAL, `${name}.meta.json`)).headers.link;
}

describe('parseMastodonStatuses on real responses', () => {
  it('reads the hashtag timeline: uri as id, url, acct, time, text without markup', () => {
    const page = parseMastodonStatuses(body(REAL, 'tag_timeline_hoot.json'));
    expect(page.posts).toHaveLength(1);
    expect(page.newestId).toBe('117020593741189701');
    expect(page.oldestId).toBe('117020593741189701');

    const [post] = page.posts;
    expect(post.externalId).toBe('http://localhost:3000/ap/users/117020566092212359/statuses/117020593741189701');
    expect(post.url).toBe('http://localhost:3000/@mastodonpy_test_2/117020593741189701');
    expect(post.author).toBe('mastodonpy_test_2');
    expect(post.title).toBeNull();
    expect(post.publishedAt?.toISOString()).toBe('2026-08-01T13:55:55.867Z');
    expect(post.text).toBe('#hoot (hashtag toot)');
    expect(post.media).toEqual([]);
    expect(post.extra).toEqual({
      statusId: '117020593741189701',
      language: 'ja',
      repliesCount: 0,
      reblogsCount: 0,
      favouritesCount: 0,
      sensitive: false,
      // display_name is "" for this account.
      authorName: null,
      authorUrl: 'http://localhost:3000/@mastodonpy_test_2',
    });
    const raw = JSON.parse(post.raw);
    expect(raw).toEqual(JSON.parse(body(REAL, 'tag_timeline_hoot.json'))[0]);
  });

  it('reads two consecutive account pages and their ids in order', () => {
    const first = parseMastodonStatuses(body(REAL, 'account_statuses_page1.json'));
    const second = parseMastodonStatuses(body(REAL, 'account_statuses_page2_max_id.json'));

    expect(first.posts.map((p) => p.text)).toEqual([9, 8, 7, 6, 5].map((n) => `Toot number ${n}!`));
    expect(second.posts.map((p) => p.text)).toEqual([4, 3, 2, 1, 0].map((n) => `Toot number ${n}!`));
    expect(first.newestId).toBe('117020580518794573');
    expect(first.oldestId).toBe('117020580489281910');
    expect(second.newestId).toBe('117020580481736214');
    expect(second.oldestId).toBe('117020580452511285');
    expect(compareIds(first.oldestId!, second.newestId!)).toBe(1);

    expect(first.posts[0].publishedAt?.toISOString()).toBe('2026-08-01T13:52:34.108Z');
    expect(second.posts[4].publishedAt?.toISOString()).toBe('2026-08-01T13:52:33.097Z');
    expect(first.posts[0].externalId).toBe('http://localhost:3000/ap/users/117020565966271181/statuses/117020580518794573');
    expect(new Set([...first.posts, ...second.posts].map((p) => p.author))).toEqual(new Set(['mastodonpy_test']));
    expect(first.posts[0].extra?.authorName).toBe('John Lennon');
  });

  it('follows the Link header of each page: next is max_id = oldest id, prev is min_id = newest id', () => {
    const first = parseMastodonStatuses(body(REAL, 'account_statuses_page1.json'));
    const links = parseLinkHeader(linkOf('account_statuses_page1'));
    expect(links).toEqual({
      next: 'http://localhost:3000/api/v1/accounts/117020565966271181/statuses?limit=5&max_id=117020580489281910',
      prev: 'http://localhost:3000/api/v1/accounts/117020565966271181/statuses?limit=5&min_id=117020580518794573',
    });
    expect(new URL(links.next).searchParams.get('max_id')).toBe(first.oldestId);
    expect(new URL(links.prev).searchParams.get('min_id')).toBe(first.newestId);

    // The second page was fetched by following rel="next" of the first.
    const secondRequest = JSON.parse(body(REAL, 'account_statuses_page2_max_id.meta.json')).request.uri;
    expect(secondRequest).toBe(links.next);
    const second = parseMastodonStatuses(body(REAL, 'account_statuses_page2_max_id.json'));
    const secondLinks = parseLinkHeader(linkOf('account_statuses_page2_max_id'));
    expect(new URL(secondLinks.next).searchParams.get('max_id')).toBe(second.oldestId);
    expect(new URL(secondLinks.prev).searchParams.get('min_id')).toBe(second.newestId);

    expect(parseLinkHeader(linkOf('tag_timeline_hoot'))).toEqual({
      next: 'http://localhost:3000/api/v1/timelines/tag/hoot?max_id=117020593741189701',
      prev: 'http://localhost:3000/api/v1/timelines/tag/hoot?min_id=117020593741189701',
    });
  });

  it('takes image attachments with their descriptions', () => {
    const page = parseMastodonStatuses(`[${body(REAL, 'status_with_two_images.json')}]`);
    const [post] = page.posts;
    expect(post.text).toBe('LOL check this out');
    expect(post.extra?.sensitive).toBe(true);
    expect(post.media).toEqual([
      {
        type: 'image',
        url: 'http://localhost:3000/system/media_attachments/files/117/020/576/646/493/592/original/963111bc1b0bd6b6.jpg',
        description: 'John Lennon doing a funny walk',
      },
      {
        type: 'image',
        url: 'http://localhost:3000/system/media_attachments/files/117/020/576/661/238/952/original/c71a1b53ce29a852.jpg',
        description: 'hololives #1 detective, watson ameliachan',
      },
    ]);
  });

  it('takes a video with its preview image as its thumbnail', () => {
    const [post] = parseMastodonStatuses(`[${body(REAL, 'status_with_video_attachment.json')}]`).posts;
    expect(post.publishedAt?.toISOString()).toBe('2026-08-01T13:51:31.871Z');
    expect(post.media).toEqual([
      {
        type: 'video',
        url: 'http://localhost:3000/system/media_attachments/files/117/020/575/776/246/986/original/eeff5cc9d35a00aa.mp4',
        description: 'me when a cat',
        thumbnailUrl: 'http://localhost:3000/system/media_attachments/thumbnails/117/020/575/776/246/986/original/fc13dbf5f7602144.jpg',
      },
    ]);
  });

  it('reads the documentation example: entities decoded, the link shown in full', () => {
    const [post] = parseMastodonStatuses(`[${body(REAL, 'docs_status_example.json')}]`).posts;
    expect(post.externalId).toBe('https://mastodon.social/users/Gargron/statuses/103270115826048975');
    expect(post.url).toBe('https://mastodon.social/@Gargron/103270115826048975');
    expect(post.author).toBe('Gargron');
    expect(post.publishedAt?.toISOString()).toBe('2019-12-08T03:48:33.901Z');
    expect(post.text).toBe(
      '"I lost my inheritance with one wrong digit on my sort code"\n\n' +
        'https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance-with-one-wrong-digit-on-my-sort-code',
    );
    expect(post.text).not.toMatch(/[<>]|&quot;/);
    expect(post.extra).toMatchObject({ repliesCount: 5, reblogsCount: 6, favouritesCount: 11, authorName: 'Eugen' });
  });

  it('takes the documentation media example as an image', () => {
    const status = JSON.parse(body(REAL, 'docs_status_example.json'));
    status.media_attachments = [JSON.parse(body(REAL, 'docs_media_attachment_image_example.json'))];
    const [post] = parseMastodonStatuses(JSON.stringify([status])).posts;
    expect(post.media).toEqual([
      {
        type: 'image',
        url: 'https://files.mastodon.social/media_attachments/files/022/345/792/original/57859aede991da25.jpeg',
        description: 'test media description',
      },
    ]);
  });
});

describe('parseMastodonStatuses on Arabic statuses (synthetic)', () => {
  const page = parseMastodonStatuses(body(ARABIC, 'tag_timeline_syria_detainees.json'));
  const [own, boosted] = page.posts;

  it('keeps both statuses; ids from the timeline entries, reblog wrapper included', () => {
    expect(page.posts).toHaveLength(2);
    expect(page.newestId).toBe('117025147788988341');
    // The reblog wrapper's id, not the original's (117021711633743884): pagination runs on timeline entries.
    expect(page.oldestId).toBe('117024631312221060');
  });

  it('puts the content warning first and keeps RTL text, Arabic-Indic digits, hashtags and emoji', () => {
    expect(own.text).toBe(
      'شهادة عن ظروف الاحتجاز\n\n' +
        'أُفرج اليوم عن المعتقل سامر يوسف الحلبي من سجن #صيدنايا بعد ١١ عاماً من الاعتقال 🕊️\n\n' +
        'الاسم: سامر يوسف الحلبي\nالعمر: ٣٤ عاماً\nتاريخ الاعتقال: ١٢/٠٣/٢٠١٣\n\n' +
        'من يعرف شيئاً عن رفاقه في المهجع رقم ٧ فليتواصل مع العائلة "بسرية" 🙏 #المعتقلين',
    );
    expect(own.author).toBe('rima_haddad');
    expect(own.extra).toMatchObject({ authorName: 'ريما حدّاد', language: 'ar', sensitive: true, reblogsCount: 11 });
    expect(own.extra).not.toHaveProperty('rebloggedBy');
    expect(own.publishedAt?.toISOString()).toBe('2026-08-02T09:14:05.120Z');
  });

  it('keeps the Arabic image description', () => {
    expect(own.media).toEqual([
      {
        type: 'image',
        url: 'https://social.example/system/media_attachments/files/117/025/146/142/720/077/original/5a1e0c3d9b7f2e41.jpg',
        description: 'صورة لسامر الحلبي لحظة وصوله إلى ساحة المرجة، يحمل ورقة كُتب عليها رقم ٤٥٢',
      },
    ]);
  });

  it('stores a reblog as the original status, noting who boosted it', () => {
    expect(boosted.externalId).toBe('https://rights.example/users/watch/statuses/116990000000000555');
    expect(boosted.url).toBe('https://rights.example/@watch/116990000000000555');
    expect(boosted.author).toBe('watch@rights.example');
    expect(boosted.publishedAt?.toISOString()).toBe('2026-08-01T18:40:11.000Z');
    expect(boosted.text).toBe(
      'نداء: تبحث عائلة المعتقلة هالة منصور عن أي معلومة عنها 🔍 @sham_archive\n' +
        'اعتُقلت في حلب بتاريخ ٢٠١٤/٠٥/٢٠ وكان عمرها آنذاك ١٩ عاماً.\n\n' +
        'الرجاء المشاركة #مفقودون ❤️',
    );
    expect(boosted.extra).toMatchObject({
      statusId: '117021711633743884',
      rebloggedBy: 'nour_aldin',
      authorName: 'مرصد الحقوق',
      language: 'ar',
    });
    // raw keeps the wrapper too: who boosted it and when is evidence.
    const raw = JSON.parse(boosted.raw);
    expect(raw.id).toBe('117024631312221060');
    expect(raw.reblog.id).toBe('117021711633743884');
  });

  it('counts the same original once when it is boosted twice or appears itself', () => {
    const items = JSON.parse(body(ARABIC, 'tag_timeline_syria_detainees.json'));
    const wrapper = items[1];
    const again = { ...wrapper, id: '117024000000000000', account: { ...wrapper.account, acct: 'someone_else' } };
    const page2 = parseMastodonStatuses(JSON.stringify([wrapper, again, wrapper.reblog]));
    expect(page2.posts).toHaveLength(1);
    expect(page2.posts[0].extra?.rebloggedBy).toBe('nour_aldin');
    expect(page2.oldestId).toBe('117021711633743884');
  });
});

describe('parseMastodonStatuses edge cases', () => {
  const [hoot] = JSON.parse(body(REAL, 'tag_timeline_hoot.json'));

  it('rejects anything but an array', () => {
    expect(() => parseMastodonStatuses('{"error":"This API requires an authenticated user"}')).toThrow(
      new MastodonParseError('not a Mastodon status list: {"error":"This API requires an authenticated user"}'),
    );
    expect(() => parseMastodonStatuses('<html>')).toThrow(MastodonParseError);
    expect(() => parseMastodonStatuses('')).toThrow(/not a Mastodon status list/);
    expect(() => parseMastodonStatuses('null')).toThrow(expect.objectContaining({ name: 'MastodonParseError' }));
  });

  it('reads an empty page', () => {
    expect(parseMastodonStatuses('[]')).toEqual({ posts: [], newestId: null, oldestId: null });
  });

  it('skips items without id or uri', () => {
    const { uri: _uri, ...noUri } = hoot;
    const { id: _id, ...noId } = hoot;
    const page = parseMastodonStatuses(JSON.stringify([noUri, noId, 'x', null]));
    expect(page.posts).toEqual([]);
    expect(page.newestId).toBe('117020593741189701');
  });

  it('falls back to uri without url, to null without a date, and skips audio', () => {
    const status = {
      ...hoot,
      url: null,
      created_at: 'not a date',
      spoiler_text: 'CW only',
      content: '',
      media_attachments: [
        { id: '1', type: 'audio', url: 'https://x.example/a.mp3', preview_url: null, description: null },
        { id: '2', type: 'unknown', url: 'https://x.example/u.bin', preview_url: null, description: null },
        { id: '3', type: 'gifv', url: null, remote_url: 'https://x.example/g.mp4', preview_url: null, description: '  ' },
      ],
    };
    const [post] = parseMastodonStatuses(JSON.stringify([status])).posts;
    expect(post.url).toBe(hoot.uri);
    expect(post.publishedAt).toBeNull();
    expect(post.text).toBe('CW only');
    expect(post.media).toEqual([{ type: 'image', url: 'https://x.example/g.mp4' }]);
  });
});

describe('parseLinkHeader', () => {
  it('returns nothing for a missing header', () => {
    expect(parseLinkHeader(null)).toEqual({});
    expect(parseLinkHeader(undefined)).toEqual({});
    expect(parseLinkHeader('')).toEqual({});
  });

  it('reads unquoted and multi-valued rels, commas in URLs and extra parameters', () => {
    expect(parseLinkHeader('<https://a.example/x?tags=a,b>; rel=next, <https://a.example/y>; title="p"; rel="prev first"')).toEqual({
      next: 'https://a.example/x?tags=a,b',
      prev: 'https://a.example/y',
      first: 'https://a.example/y',
    });
  });
});

describe('compareIds', () => {
  it('compares snowflakes numerically, beyond float precision and across lengths', () => {
    expect(compareIds('117020580489281911', '117020580489281910')).toBe(1);
    expect(compareIds('99', '100')).toBe(-1);
    expect(compareIds('103270115826048975', '103270115826048975')).toBe(0);
    expect(['117020580452511285', '9', '117020580518794573'].sort(compareIds)).toEqual(['9', '117020580452511285', '117020580518794573']);
  });

  it('orders non-numeric flake ids by length, then as strings', () => {
    expect(compareIds('AbC', 'AbD')).toBe(-1);
    expect(compareIds('Zz', 'Aaa')).toBe(-1);
  });
});

describe('mastodonErrorMessage', () => {
  it('explains login walls', () => {
    const body = '{"error":"This API requires an authenticated user"}';
    for (const status of [401, 403, 422]) {
      expect(mastodonErrorMessage(status, body)).toBe(
        `the instance requires login for this timeline (HTTP ${status}: This API requires an authenticated user)`,
      );
    }
    expect(mastodonErrorMessage(401, '')).toBe('the instance requires login for this timeline (HTTP 401)');
  });

  it('does not call every 403/422 a login wall', () => {
    expect(mastodonErrorMessage(422, '{"error":"Validation failed: Text can\'t be blank"}')).toBe("HTTP 422: Validation failed: Text can't be blank");
  });

  it('reports 404 and other statuses', () => {
    expect(mastodonErrorMessage(404, '{"error":"Record not found"}')).toBe('not found on this instance (HTTP 404)');
    expect(mastodonErrorMessage(429, '{"error":"Too many requests"}')).toBe('HTTP 429: Too many requests');
    expect(mastodonErrorMessage(503, '<html><body>Bad gateway</body></html>')).toBe('HTTP 503');
  });
});
