import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTelegramPreviewMissing, normalizeChannelName, parseTelegramPage, parseViewCount, TelegramParseError, type TelegramPage } from './telegram-parser';
import { imageUrlsOf } from '../collected-post';

const REAL = join(__dirname, '../../../test/fixtures/telegram');
const ARABIC = join(__dirname, '../../../test/fixtures/telegram-arabic');

const CLASH = 'tme_s_ClashReport_2026-08-24_excerpt.html';
const LIFEMODEL = 'tme_s_test_channel_anonymized_lifemodel.html';
const SYNTHETIC_AR = 'tme_s_synthetic_ar.html';
const NO_PREVIEW = 'tme_channel_no_preview.html';

function html(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

function load(dir: string, name: string, pageUrl: string): TelegramPage {
  return parseTelegramPage(html(dir, name), pageUrl);
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** A minimal channel page around hand-written message blocks, for cases the captures do not show. */
function page(messages: string): string {
  return (
    '<html><body><main class="tgme_main" data-url="/demo_channel"><section class="tgme_channel_history js-message_history">' +
    `${messages}</section></main></body></html>`
  );
}

describe('parseTelegramPage on a real ClashReport capture', () => {
  const source = html(REAL, CLASH);
  const result = parseTelegramPage(source, 'https://t.me/s/ClashReport');
  const [photoPost, album] = result.messages;

  it('reads the channel, its title, the paging cursor and the id range', () => {
    expect(result.channel).toBe('ClashReport');
    expect(result.title).toBe('Clash Report');
    expect(result.olderBefore).toBe(93429);
    expect(result.messages.map((m) => m.id)).toEqual([93429, 93430]);
    expect(result.highestId).toBe(93432);
    expect(result.lowestId).toBe(93429);
  });

  it('reads a single-photo post: permalink, date from <time datetime>, text with its blockquote, views', () => {
    expect(photoPost.ids).toEqual([93429]);
    expect(photoPost.post.externalId).toBe('ClashReport/93429');
    expect(photoPost.post.url).toBe('https://t.me/ClashReport/93429');
    expect(photoPost.post.publishedAt?.toISOString()).toBe('2026-08-24T03:46:52.000Z');
    expect(photoPost.post.title).toBeNull();
    expect(photoPost.post.author).toBe('Clash Report');
    expect(photoPost.post.text).toBe(
      'U.S. Treasury Secretary Scott Bessent says Washington is entering the “endgame” against Iran, preparing sweeping ' +
        'sanctions to cut off Tehran’s remaining financial and commercial ties.\n\n' +
        'He warned that countries and companies continuing to support Iran could also face U.S. economic penalties, as ' +
        'the Trump administration seeks to further isolate and weaken the Iranian economy.\n\nSource: FT',
    );
    expect(photoPost.post.media).toHaveLength(1);
    expect(photoPost.post.media[0].type).toBe('image');
    expect(photoPost.post.media[0].url).toBe(
      'https://cdn4.telesco.pe/file/drHev-1OLxvVCx1d2o_Yk7RNWdco38iVy3gg-Z4hMFY5CIYp2FmgRLP92p89PGghjH-kdKPxLqg2FRDfk5mIZRoZmE-' +
        '5SbM2naaF7h98Bx7O4a9lxYiUFn54ibjgCLi0OyBHuB_tjy9laFqP6vq5tjYhNcgtJFUVHwl1TFc3XJdOD9J0Uv3bmXzm0S6A6sTtR3Jhq62uLMNoq-' +
        '508FlxAbfrw6Nbf70njyO-CgU3dap6E62wUj0uO5lCcLtsv0FkzQWVSf0ynh1widVnXsKHW1LzHhYg2TgG72lzRDvOV6L-i5Zio7aNvlhR6RS5SHC01' +
        'OdGlc78owmkyCVCvMu-cQ.jpg',
    );
    expect(photoPost.post.extra).toEqual({ views: 3120, forwardedFrom: null, messageIds: [93429] });
  });

  it('reads a 3-video album as one post covering 93430-93432, its nested text only once', () => {
    expect(album.id).toBe(93430);
    expect(album.ids).toEqual([93430, 93431, 93432]);
    expect(album.post.url).toBe('https://t.me/ClashReport/93430');
    expect(album.post.publishedAt?.toISOString()).toBe('2026-08-24T03:55:52.000Z');
    expect(occurrences(album.post.text, 'Ukrainian drones targeted')).toBe(1);
    expect(album.post.text).toBe(
      'Ukrainian drones targeted three Ozon logistics hubs across Russia overnight, with facilities in Adygea, ' +
        'Stavropol Krai and Dagestan affected.\n\nThe strikes come amid a broader series of attacks on major Russian ' +
        'distribution centers, including sites operated by Ozon and rival retailer Wildberries.',
    );
    expect(album.post.extra).toEqual({ views: 2880, forwardedFrom: null, messageIds: [93430, 93431, 93432] });
  });

  it('keeps each album video as a video with its thumbnail; the too-big third one links to its message', () => {
    const media = album.post.media;
    expect(media.map((m) => m.type)).toEqual(['video', 'video', 'video']);
    expect(media[0].url).toMatch(/^https:\/\/cdn4\.telesco\.pe\/file\/99d1804edf\.mp4\?token=hQcpoGIz9PIU/);
    expect(media[0].thumbnailUrl).toMatch(/^https:\/\/cdn4\.telesco\.pe\/file\/KFnQVg2n7vCekSu-2NMye96B.*IdclMQ$/);
    expect(media[1].url).toMatch(/^https:\/\/cdn4\.telesco\.pe\/file\/c921f86ccb\.mp4\?token=AmRPISibzQFK/);
    expect(media[2].url).toBe('https://t.me/ClashReport/93432?single');
    expect(media[2].thumbnailUrl).toMatch(/^https:\/\/cdn4\.telesco\.pe\/file\/huA8L5M6euRZkM-V3650BIeb.*oiW0IA$/);
    // The media stage stores the three thumbnails, as it stores photos.
    expect(imageUrlsOf(media)).toEqual(media.map((m) => m.thumbnailUrl));
  });

  it('keeps raw as the exact source slice of each message wrap', () => {
    for (const { post } of result.messages) {
      expect(post.raw.startsWith('<div class="tgme_widget_message_wrap js-widget_message_wrap">')).toBe(true);
      expect(post.raw.endsWith('</div></div>')).toBe(true);
      expect(source).toContain(post.raw);
    }
    expect(photoPost.post.raw).toContain('data-post="ClashReport/93429"');
    expect(photoPost.post.raw).not.toContain('data-post="ClashReport/93430"');
    expect(album.post.raw).toContain('Media is too big');
  });
});

describe('parseTelegramPage on the anonymised lifemodel capture', () => {
  const result = load(REAL, LIFEMODEL, 'https://t.me/s/test_channel');
  const [photos, forwarded] = result.messages;

  it('reads the page and leaves out the unsupported-media post 1003 (no text, no media) but counts its id', () => {
    expect(result.channel).toBe('test_channel');
    expect(result.title).toBe('Test_Channel');
    expect(result.olderBefore).toBe(1001);
    expect(result.messages.map((m) => m.id)).toEqual([1001, 1010]);
    expect(result.messages.map((m) => m.ids)).toEqual([
      [1001, 1002],
      [1010, 1011, 1012],
    ]);
    expect(result.highestId).toBe(1012);
    expect(result.lowestId).toBe(1001);
  });

  it('reads a photo album with <br> line breaks, links as their text and "2.5K" views', () => {
    expect(photos.post.externalId).toBe('test_channel/1001');
    expect(photos.post.url).toBe('https://t.me/test_channel/1001');
    expect(photos.post.publishedAt?.toISOString()).toBe('2026-01-31T08:35:56.000Z');
    expect(photos.post.text).toBe(
      'This is a test message with multiple photos. The local traffic department organized an educational event for ' +
        'children. Kids learned about road safety, traffic lights, and pedestrian crossings. The event included creative ' +
        'workshops where children drew various traffic situations.\n\nTelegram | Admin',
    );
    expect(photos.post.media).toEqual([
      { url: 'https://cdn4.telesco.pe/file/test-photo-1.jpg', type: 'image' },
      { url: 'https://cdn4.telesco.pe/file/test-photo-2.jpg', type: 'image' },
    ]);
    expect(photos.post.extra).toEqual({ views: 2500, forwardedFrom: null, messageIds: [1001, 1002] });
  });

  it('reads a forwarded album: forwardedFrom, nested text once, "1K" views', () => {
    expect(forwarded.post.url).toBe('https://t.me/test_channel/1010');
    expect(forwarded.post.publishedAt?.toISOString()).toBe('2026-01-31T09:41:27.000Z');
    expect(forwarded.post.author).toBe('Test_Channel');
    expect(occurrences(forwarded.post.text, 'This is a forwarded message')).toBe(1);
    expect(forwarded.post.text).toContain(
      'restoration project.\n\nKey updates:\n- Brick masonry on balconies completed\n- Roof repairs finished\n' +
        '- Partitions restored, doors replaced\n\nVisited the construction site',
    );
    expect(forwarded.post.text.endsWith('mobilized.\n\nRestoration work will continue until full completion.')).toBe(true);
    expect(forwarded.post.media.map((m) => m.url)).toEqual([
      'https://cdn4.telesco.pe/file/forwarded-photo-1.jpg',
      'https://cdn4.telesco.pe/file/forwarded-photo-2.jpg',
      'https://cdn4.telesco.pe/file/forwarded-photo-3.jpg',
    ]);
    expect(forwarded.post.extra).toEqual({ views: 1000, forwardedFrom: 'Another Channel', messageIds: [1010, 1011, 1012] });
  });

  it('never includes reaction emoji or the "view in Telegram" notice in the text', () => {
    for (const { post } of result.messages) {
      expect(post.text).not.toMatch(/👍|❤|🙏|VIEW IN TELEGRAM|Please open Telegram/);
      expect(post.text).not.toContain('<');
    }
  });
});

describe('parseTelegramPage on the synthetic Arabic page', () => {
  const source = html(ARABIC, SYNTHETIC_AR);
  const result = parseTelegramPage(source, 'https://t.me/s/syria_detainees_test');
  const [release, album, forwarded] = result.messages;
  const channelTitle = 'ذاكرة المعتقلين (قناة اختبار)';

  it('reads the channel, title, cursor and id range', () => {
    expect(result.channel).toBe('syria_detainees_test');
    expect(result.title).toBe(channelTitle);
    expect(result.olderBefore).toBe(11);
    expect(result.messages.map((m) => m.ids)).toEqual([[11], [12, 13], [14]]);
    expect(result.highestId).toBe(14);
    expect(result.lowestId).toBe(11);
  });

  it('reads RTL Arabic text: emoji image as its character, <br> as newline, entities decoded, Arabic-Indic digits kept', () => {
    expect(release.post.text).toBe(
      'عاجل 🚨\n' +
        'أُفرج اليوم عن المعتقل محمد أحمد الخطيب من سجن صيدنايا، بعد اعتقال دام منذ عام ٢٠١٢.\n' +
        'تؤكد عائلته "أنه بصحة مقبولة" وتشكر كل من ساعد في البحث عنه.\n\n' +
        '#صيدنايا #معتقلون',
    );
    expect(release.post.author).toBe('فريق التوثيق');
    expect(release.post.media).toEqual([]);
    expect(release.post.publishedAt?.toISOString()).toBe('2026-02-14T10:05:12.000Z');
    expect(release.post.extra).toEqual({ views: 817, forwardedFrom: null, messageIds: [11] });
  });

  it('keeps raw byte-exact: Arabic and entities as written, not re-escaped', () => {
    expect(source).toContain(release.post.raw);
    expect(release.post.raw).toContain('محمد أحمد الخطيب');
    expect(release.post.raw).toContain('&quot;أنه بصحة مقبولة&quot;');
    expect(release.post.raw).not.toContain('&#x');
  });

  it('reads the album 12-13 with its mixed Arabic/English caption once', () => {
    expect(album.id).toBe(12);
    expect(album.post.url).toBe('https://t.me/syria_detainees_test/12');
    expect(album.post.author).toBe(channelTitle);
    expect(album.post.text).toBe(
      'صور من لحظة الإفراج أمام سجن صيدنايا – Photos from the release outside Saydnaya prison.\n' + 'المصدر: مراسلنا في ريف دمشق & local sources',
    );
    expect(album.post.media).toEqual([
      { url: 'https://cdn4.telesco.pe/file/synthetic-ar-album-1.jpg', type: 'image' },
      { url: 'https://cdn4.telesco.pe/file/synthetic-ar-album-2.jpg', type: 'image' },
    ]);
    expect(album.post.extra).toEqual({ views: 1_300_000, forwardedFrom: null, messageIds: [12, 13] });
  });

  it('reads the forwarded post with a video the preview shows only as its thumbnail', () => {
    expect(forwarded.post.externalId).toBe('syria_detainees_test/14');
    expect(forwarded.post.text).toBe('شهادة مصوّرة لوالدة أحد المعتقلين عن سنوات الانتظار.');
    expect(forwarded.post.media).toEqual([
      { url: 'https://t.me/syria_detainees_test/14', type: 'video', thumbnailUrl: 'https://cdn4.telesco.pe/file/synthetic-ar-video-thumb.jpg' },
    ]);
    expect(forwarded.post.publishedAt?.toISOString()).toBe('2026-02-15T08:00:45.000Z');
    expect(forwarded.post.extra).toEqual({ views: 2500, forwardedFrom: 'رابطة عائلات المعتقلين', messageIds: [14] });
  });
});

describe('parseTelegramPage on shapes the captures do not show', () => {
  it("ignores a reply's quote of its parent, which carries the text class too", () => {
    const result = parseTelegramPage(
      page(
        '<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="demo_channel/7">' +
          '<a class="tgme_widget_message_reply" href="https://t.me/demo_channel/6"><div class="tgme_widget_message_text js-message_reply_text" dir="auto">PARENT</div></a>' +
          '<div class="tgme_widget_message_text js-message_text" dir="auto">Own<br>words</div>' +
          '<a class="tgme_widget_message_date" href="https://t.me/demo_channel/7"><time datetime="2026-03-01T12:00:00+02:00" class="time">12:00</time></a>' +
          '</div></div>',
      ),
      'https://t.me/s/demo_channel',
    );
    expect(result.messages[0].post.text).toBe('Own\nwords');
    expect(result.messages[0].post.publishedAt?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });

  it('leaves out service messages and posts without text or media, but counts their ids', () => {
    const result = parseTelegramPage(
      page(
        '<div class="tgme_widget_message_wrap"><div class="tgme_widget_message service_message js-widget_message" data-post="demo_channel/20">' +
          '<div class="tgme_widget_message_text js-message_text">Channel photo updated</div></div></div>' +
          '<div class="tgme_widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="demo_channel/21">' +
          '<div class="tgme_widget_message_text js-message_text">kept</div></div></div>' +
          '<div class="tgme_widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="demo_channel/22">' +
          '<div class="message_media_not_supported_wrap">Please open Telegram to view this post</div></div></div>',
      ),
      'https://t.me/s/demo_channel',
    );
    expect(result.messages.map((m) => m.id)).toEqual([21]);
    expect(result.highestId).toBe(22);
    expect(result.lowestId).toBe(20);
    // Without a date link the permalink is built from data-post, and without a date there is none.
    expect(result.messages[0].post.url).toBe('https://t.me/demo_channel/21');
    expect(result.messages[0].post.publishedAt).toBeNull();
    expect(result.messages[0].post.extra).toEqual({ views: null, forwardedFrom: null, messageIds: [21] });
  });

  it('returns an empty page, with the channel from the page, when the history has no messages', () => {
    const result = parseTelegramPage(page(''), 'https://t.me/s/Demo_Channel?before=1');
    expect(result).toEqual({
      channel: 'demo_channel',
      title: null,
      messages: [],
      olderBefore: null,
      highestId: null,
      lowestId: null,
    });
  });

  it('drops non-http media and resolves protocol-relative ones', () => {
    const result = parseTelegramPage(
      page(
        '<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="demo_channel/30">' +
          '<a class="tgme_widget_message_photo_wrap" href="https://t.me/demo_channel/30" style="background-image:url(&quot;//cdn.example/a.jpg&quot;)"></a>' +
          '<a class="tgme_widget_message_photo_wrap" href="https://t.me/demo_channel/31" style="background-image:url(data:image/png;base64,AAAA)"></a>' +
          '<a class="tgme_widget_message_photo_wrap" href="https://t.me/other_channel/99" style="background-image:url(//cdn.example/a.jpg)"></a>' +
          '</div></div>',
      ),
      'https://t.me/s/demo_channel',
    );
    const [message] = result.messages;
    expect(message.post.media).toEqual([{ url: 'https://cdn.example/a.jpg', type: 'image' }]);
    // Links into another channel are not ids of this post.
    expect(message.ids).toEqual([30, 31]);
  });
});

describe('pages that are not channel previews', () => {
  it('throws on the landing page of a channel without a public preview', () => {
    const landing = html(ARABIC, NO_PREVIEW);
    expect(() => parseTelegramPage(landing, 'https://t.me/s/syria_closed_test')).toThrow(TelegramParseError);
    expect(() => parseTelegramPage(landing, 'https://t.me/s/syria_closed_test')).toThrow(
      'not a Telegram channel preview page: Telegram served the landing page of "أخبار المعتقلين (قناة اختبار مغلقة)", not a public web preview',
    );
  });

  it('throws on other HTML and on an empty response', () => {
    const other = '<!doctype html><html><head><title>Just a moment...</title></head><body><p>checking</p></body></html>';
    expect(() => parseTelegramPage(other, 'https://t.me/s/demo_channel')).toThrow(
      'not a Telegram channel preview page: the page "Just a moment..." has no message history',
    );
    expect(() => parseTelegramPage('  ', 'https://t.me/s/demo_channel')).toThrow('not a Telegram channel preview page: the response is empty');
    try {
      parseTelegramPage('{}', 'https://t.me/s/demo_channel');
      throw new Error('expected a TelegramParseError');
    } catch (error) {
      expect(error).toBeInstanceOf(TelegramParseError);
      expect((error as Error).name).toBe('TelegramParseError');
    }
  });
});

describe('isTelegramPreviewMissing', () => {
  it('is true for a landing page without message history', () => {
    expect(isTelegramPreviewMissing(html(ARABIC, NO_PREVIEW))).toBe(true);
    const snippet =
      '<html><body><div class="tgme_page_wrap"><div class="tgme_page">' +
      '<div class="tgme_page_title" dir="auto"><span dir="auto">Some Channel</span></div>' +
      '<div class="tgme_page_extra">12 subscribers</div>' +
      '<div class="tgme_page_action"><a class="tgme_action_button_new shine" href="tg://resolve?domain=some_channel">View in Telegram</a></div>' +
      '</div></div></body></html>';
    expect(isTelegramPreviewMissing(snippet)).toBe(true);
  });

  it('is false for preview pages and for pages that are not Telegram at all', () => {
    expect(isTelegramPreviewMissing(html(REAL, CLASH))).toBe(false);
    expect(isTelegramPreviewMissing(html(REAL, LIFEMODEL))).toBe(false);
    expect(isTelegramPreviewMissing(html(ARABIC, SYNTHETIC_AR))).toBe(false);
    expect(isTelegramPreviewMissing('<html><body><p>hello</p></body></html>')).toBe(false);
  });
});

describe('normalizeChannelName', () => {
  it.each([
    ['ClashReport', 'ClashReport'],
    ['@ClashReport', 'ClashReport'],
    ['  @ClashReport ', 'ClashReport'],
    ['https://t.me/ClashReport', 'ClashReport'],
    ['https://t.me/s/ClashReport', 'ClashReport'],
    ['t.me/s/ClashReport?before=1', 'ClashReport'],
    ['http://www.t.me/ClashReport/', 'ClashReport'],
    ['https://telegram.me/ClashReport', 'ClashReport'],
    ['https://t.me/ClashReport/93429', 'ClashReport'],
    ['syria_detainees_test', 'syria_detainees_test'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeChannelName(input)).toBe(expected);
  });

  it.each([
    '',
    '@',
    'abcd',
    'a'.repeat(33),
    '1ClashReport',
    '_ClashReport',
    'Clash-Report',
    'Clash Report',
    'https://t.me/',
    'https://t.me/s/',
    'https://t.me/joinchat/AbCdEfGh',
    'https://t.me/+AbCdEfGh',
    'https://example.com/ClashReport',
    'ftp://t.me/ClashReport',
  ])('rejects %j', (input) => {
    expect(() => normalizeChannelName(input)).toThrow(TelegramParseError);
  });
});

describe('parseViewCount', () => {
  it.each([
    ['817', 817],
    ['2.5K', 2500],
    ['3.12K', 3120],
    ['1K', 1000],
    ['1.3M', 1_300_000],
    [' 2.88K ', 2880],
  ])('%j → %d', (input, expected) => {
    expect(parseViewCount(input)).toBe(expected);
  });

  it('is null for anything else', () => {
    expect(parseViewCount('')).toBeNull();
    expect(parseViewCount(null)).toBeNull();
    expect(parseViewCount('n/a')).toBeNull();
  });
});

describe('parseTelegramPage on hostile structure', () => {
  it('refuses a page nested 100,000 elements deep, with the reason, instead of parsing it', () => {
    const html = `<html><body><section class="tgme_channel_history">${'<div>'.repeat(100_000)}</section></body></html>`;
    expect(() => parseTelegramPage(html, 'https://t.me/s/channel')).toThrow(
      new TelegramParseError('the page was not read: its elements nest more than 256 deep'),
    );
  });
});
