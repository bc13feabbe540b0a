import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeFeedBody, FeedParseError, parseDate, parseFeed, type ParsedFeed } from './feed-parser';

const REAL = join(__dirname, '../../../test/fixtures/rss');
const ARABIC = join(__dirname, '../../../test/fixtures/rss-arabic');

function bytes(dir: string, name: string): Buffer {
  return readFileSync(join(dir, name));
}

function load(dir: string, name: string, feedUrl: string): ParsedFeed {
  return parseFeed(decodeFeedBody(bytes(dir, name)), feedUrl);
}

function rss(items: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;
}

describe('parseFeed on real feeds', () => {
  it('reads the Guardian RSS: links, guid, date, dc:creator and media:content images', () => {
    const feed = load(REAL, 'guardian.rss', 'https://www.theguardian.com/us/rss');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('The Guardian');
    expect(feed.items).toHaveLength(55);

    const [first] = feed.items;
    const link = 'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord';
    expect(first.title).toBe('Trump State of the Union address promised unity but emphasized discord');
    expect(first.url).toBe(link);
    expect(first.externalId).toBe(link);
    expect(first.publishedAt?.toISOString()).toBe('2018-01-31T07:26:05.000Z');
    expect(first.author).toBe('David Smith in Washington');
    expect(first.media).toEqual([
      {
        type: 'image',
        url: 'https://i.guim.co.uk/img/media/b73c8752cd4667c923dff7f1542f1fb20089e421/0_108_3000_1799/master/3000.jpg?w=140&q=55&auto=format&usm=12&fit=max&s=0a4f729a1784060437ae689bc8d26534',
      },
      {
        type: 'image',
        url: 'https://i.guim.co.uk/img/media/b73c8752cd4667c923dff7f1542f1fb20089e421/0_108_3000_1799/master/3000.jpg?w=460&q=55&auto=format&usm=12&fit=max&s=a606a273a90104e57b1e09bc4c0a1e11',
      },
    ]);
    expect(first.text).toMatch(/^Trump State of the Union address promised unity but emphasized discord\n\nThe president’s ‘new American moment’ speech/);
    expect(first.text).toContain("Related: Fact check: Donald Trump's State of the Union address analyzed");
    expect(first.raw.startsWith('<item>')).toBe(true);
    expect(first.raw.endsWith('</item>')).toBe(true);
    expect(first.raw).toContain('<dc:creator>David Smith in Washington</dc:creator>');
  });

  it('reads Medium content:encoded: CDATA titles and images inside <img>, no markup in text', () => {
    const feed = load(REAL, 'content-encoded.rss', 'https://medium.com/feed/invironment/tagged/food');
    expect(feed.items).toHaveLength(7);
    const [first] = feed.items;
    expect(first.title).toBe('THE CREATIVE FORAGER');
    expect(first.externalId).toBe('https://medium.com/p/125af37d838f');
    expect(first.author).toBe('Jeremy Puma');
    expect(first.media.map((m) => m.url)).toEqual([
      'https://cdn-images-1.medium.com/max/938/1*C_nVpehD-NKBgtVEULabmQ.jpeg',
      'https://cdn-images-1.medium.com/max/333/0*3laci2yEUnPMEq1M.',
    ]);
    expect(first.text).toContain('Using Wild Ingredients in the Kitchen');
    expect(first.text).toContain('Paperback: 154 pages\nPublisher: Strange Animal Publications (March 28, 2018)');
    for (const item of feed.items) {
      expect(item.text).not.toContain('<');
      // Medium's 1x1 tracking pixel is not evidence.
      expect(item.media.some((m) => m.url.includes('/_/stat'))).toBe(false);
    }
  });

  it('reads Heise Atom: ids, alternate links, published dates and feed-level author', () => {
    const feed = load(REAL, 'heise.atom', 'http://www.heise.de/developer/rss/news-atom.xml');
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('heise developer neueste Meldungen');
    expect(feed.items).toHaveLength(15);
    const [first] = feed.items;
    expect(first.externalId).toBe('http://heise.de/-3088438');
    expect(first.url).toBe(
      'http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html?wt_mc=rss.developer.beitrag.atom',
    );
    expect(first.publishedAt?.toISOString()).toBe('2016-02-01T16:22:00.000Z');
    expect(first.title).toBe('Java-Anwendungsserver: Red Hat gibt WildFly 10 frei');
    expect(first.author).toBe('heise online');
    expect(first.text).toContain('Die nun verfügbare Version 10 des Enterprise-Java-Servers');
    expect(first.media).toEqual([
      {
        type: 'image',
        url: 'http://www.heise.de/scale/geometry/264/q80/imgs/18/1/7/3/9/9/2/1/wildfly-2bf4ffd2935e38b6-90200def80b152e9-5ba35d3770232d92.jpeg',
        description: 'WildFly 10',
      },
    ]);
  });

  it('makes GitHub relative Atom links absolute and picks up media:thumbnail', () => {
    const feed = load(REAL, 'gulp-atom.atom', 'https://github.com/gulpjs/gulp/releases.atom');
    expect(feed.items).toHaveLength(10);
    const [first] = feed.items;
    expect(first.url).toBe('https://github.com/gulpjs/gulp/releases/tag/v3.9.0');
    expect(first.externalId).toBe('tag:github.com,2008:Repository/11167738/v3.9.0');
    expect(first.publishedAt?.toISOString()).toBe('2015-06-01T21:49:41.000Z');
    expect(first.author).toBe('contra');
    expect(first.text).toBe('v3.9.0\n\n3.9.0');
    expect(first.media).toEqual([{ type: 'image', url: 'https://avatars3.githubusercontent.com/u/425716?v=3&s=60' }]);
  });

  describe('reddit', () => {
    const xml = decodeFeedBody(bytes(REAL, 'reddit.rss'));
    const thumb = 'https://b.thumbs.redditmedia.com/z4zzFBqZ54WT-rFfKXVor4EraZtJVw7AodDvOZ7kitQ.jpg';
    const alt = 'The water is too deep, so he improvises';

    it('merges media:thumbnail with the same <img> from the escaped description', () => {
      const feed = parseFeed(xml, 'https://www.reddit.com/.rss');
      expect(feed.items).toHaveLength(24);
      expect(feed.items[0].media).toEqual([{ type: 'image', url: thumb, description: alt }]);
      expect(feed.items[0].text).toBe(`${alt}\n\nsubmitted by cakebeerandmorebeer to funny\n[link] [275 comments]`);
    });

    it('finds each source on its own', () => {
      const withoutImg = parseFeed(xml.replace(/<description>&lt;.*?<\/description>/, ''), 'https://www.reddit.com/.rss');
      expect(withoutImg.items[0].media).toEqual([{ type: 'image', url: thumb }]);
      const withoutThumb = parseFeed(xml.replace(/<media:thumbnail[^>]*>/, ''), 'https://www.reddit.com/.rss');
      expect(withoutThumb.items[0].media).toEqual([{ type: 'image', url: thumb, description: alt }]);
    });
  });

  it('never returns markup in text for any real fixture', () => {
    const names = ['guardian.rss', 'content-encoded.rss', 'encoding.rss', 'uolNoticias.rss', 'heise.atom', 'gulp-atom.atom', 'reddit.rss'];
    for (const name of names) {
      for (const item of load(REAL, name, 'https://example.org/feed').items) {
        expect(item.text).not.toMatch(/<\/?[a-z][^>]*>|&(?:amp|lt|gt|quot|nbsp|#\d+);/i);
        expect(item.text).not.toMatch(/\n{3}/);
      }
    }
  });
});

describe('decodeFeedBody', () => {
  it('honours encoding="ISO-8859-1" in the XML declaration (encoding.rss)', () => {
    const xml = decodeFeedBody(bytes(REAL, 'encoding.rss'));
    expect(xml).not.toContain('\uFFFD');
    expect(xml).toContain('<title>Jornal de Notícias - Últimas Notícias</title>');
    const feed = parseFeed(xml, 'http://feeds.jn.pt/JN-ULTIMAS');
    expect(feed.items).toHaveLength(40);
    expect(feed.items[0].title).toBe('Mãe de utente é a nova presidente da Raríssimas');
    expect(feed.items[1].title).toBe('Reações dos partidos ao veto de Marcelo');
  });

  it('falls back to windows-1252 for Latin-1 bytes with no declaration (uolNoticias.rss)', () => {
    const xml = decodeFeedBody(bytes(REAL, 'uolNoticias.rss'));
    expect(xml).not.toContain('\uFFFD');
    const feed = parseFeed(xml, 'http://rss.uol.com.br/feed/noticias.xml');
    expect(feed.items).toHaveLength(15);
    expect(feed.items[0].title).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    expect(feed.items[0].text).toContain('Líder na pesquisa Ibope de intenção de voto');
    // Localised RFC 822 ("Seg, 24 Set 2018 19:42:40 -0300") still parses.
    expect(feed.items[0].publishedAt?.toISOString()).toBe('2018-09-24T22:42:40.000Z');
    expect(feed.items[0].media).toEqual([
      { type: 'image', url: 'https://conteudo.imguol.com.br/c/noticias/5f/2018/09/17/presidenciaveis-1537211917356_142x100.jpg' },
    ]);
  });

  it('lets the Content-Type charset override the XML declaration', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>é</rss>', 'utf8');
    expect(decodeFeedBody(body)).toContain('Ã©');
    expect(decodeFeedBody(body, 'application/rss+xml; charset="UTF-8"')).toContain('<rss>é</rss>');
    expect(decodeFeedBody(bytes(REAL, 'encoding.rss'), 'text/xml; charset=utf-8')).toContain('\uFFFD');
  });

  it('ignores unknown charset labels and falls through to the next source', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="no-such-charset"?><rss>é</rss>', 'utf8');
    expect(decodeFeedBody(body, 'text/xml; charset=bogus')).toBe('<?xml version="1.0" encoding="no-such-charset"?><rss>é</rss>');
  });

  it('uses a BOM when nothing is declared and strips it', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss>صيدنايا</rss>', 'utf16le')]);
    expect(decodeFeedBody(utf16)).toBe('<rss>صيدنايا</rss>');
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss>é</rss>', 'utf8')]);
    expect(decodeFeedBody(utf8)).toBe('<rss>é</rss>');
  });
});

describe('parseFeed error paths', () => {
  it('says an HTML page is not a feed, quoting its title (unrecognized.rss)', () => {
    const html = decodeFeedBody(bytes(REAL, 'unrecognized.rss'));
    expect(() => parseFeed(html, 'http://www.marketwatch.com/rss/pf')).toThrow(FeedParseError);
    expect(() => parseFeed(html, 'http://www.marketwatch.com/rss/pf')).toThrow('not an RSS or Atom feed: the server returned an HTML page (Document Moved)');
  });

  it('recognises a full HTML document with a doctype', () => {
    const html = '<!DOCTYPE html><html><head><meta charset="utf-8"><title> Access\n denied </title></head><body><p>x</body></html>';
    expect(() => parseFeed(html, 'https://news.example/feed')).toThrow('not an RSS or Atom feed: the server returned an HTML page (Access denied)');
  });

  it.each([
    ['empty', ''],
    ['blank', '  \n '],
    ['JSON', '{"items": [{"title": "x"}]}'],
    ['plain text', 'Service Unavailable'],
    ['other XML', '<?xml version="1.0"?><sitemap><url/></sitemap>'],
  ])('throws FeedParseError for %s input', (_label, input) => {
    let error: unknown;
    try {
      parseFeed(input, 'https://news.example/feed');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FeedParseError);
    expect((error as FeedParseError).name).toBe('FeedParseError');
    expect((error as FeedParseError).message).toMatch(/^not an RSS or Atom feed: \S/);
  });
});

describe('parseFeed item rules', () => {
  it('keeps only http(s) urls', () => {
    const feed = parseFeed(
      rss(`<item><title>x</title><link>javascript:alert(1)</link><guid isPermaLink="false">g1</guid>
        <enclosure url="data:image/png;base64,AAAA" type="image/png"/><enclosure url="ftp://news.example/a.jpg" type="image/jpeg"/></item>`),
      'https://news.example/feed',
    );
    expect(feed.items[0].url).toBeNull();
    expect(feed.items[0].media).toEqual([]);
  });

  it('falls back from guid to link to a content hash for externalId', () => {
    const feed = parseFeed(
      rss(`<item><title>a</title><link>/n/1</link></item><item><title>a</title><description>b</description></item>`),
      'https://news.example/feed',
    );
    expect(feed.items[0].externalId).toBe('https://news.example/n/1');
    // sha256("ab")
    expect(feed.items[1].externalId).toBe('sha256:fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603');
    expect(feed.items[1].url).toBeNull();
  });

  it('classifies enclosures and media:content, including media:group and video', () => {
    const feed = parseFeed(
      `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>m</title>
        <enclosure url="https://cdn.example/v.mp4" type="video/mp4" length="1"/>
        <enclosure url="https://cdn.example/a.mp3" type="audio/mpeg" length="1"/>
        <media:content url="https://cdn.example/clip" medium="video"/>
        <media:content url="https://cdn.example/photo.webp"><media:description>caption</media:description></media:content>
        <media:content url="https://cdn.example/doc.pdf" type="application/pdf"/>
        <media:group><media:text>group text</media:text><media:content url="/g.png" type="image/png"/></media:group>
      </item></channel></rss>`,
      'https://news.example/feed',
    );
    expect(feed.items[0].media).toEqual([
      { type: 'video', url: 'https://cdn.example/v.mp4' },
      { type: 'video', url: 'https://cdn.example/clip' },
      { type: 'image', url: 'https://cdn.example/photo.webp', description: 'caption' },
      { type: 'image', url: 'https://news.example/g.png', description: 'group text' },
    ]);
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://news.example/"><title>RDF feed</title></channel>
        <item rdf:about="https://news.example/1"><title>One</title><link>https://news.example/1</link><dc:date>2024-12-08T10:00:00+02:00</dc:date><dc:creator>X</dc:creator></item>
      </rdf:RDF>`,
      'https://news.example/rdf',
    );
    expect(feed).toMatchObject({ format: 'rss', title: 'RDF feed' });
    expect(feed.items[0]).toMatchObject({ url: 'https://news.example/1', author: 'X', title: 'One', text: 'One' });
    expect(feed.items[0].publishedAt?.toISOString()).toBe('2024-12-08T08:00:00.000Z');
  });
});

describe('parseDate', () => {
  it.each([
    ['Wed, 31 Jan 2018 07:26:05 GMT', '2018-01-31T07:26:05.000Z'],
    ['Tue, 10 Dec 2024 14:30:00 +0300', '2024-12-10T11:30:00.000Z'],
    ['10 Dec 24 14:30 EST', '2024-12-10T19:30:00.000Z'],
    ['2016-02-01T17:22:00+01:00', '2016-02-01T16:22:00.000Z'],
    ['2020-07-21T21:19:07.675Z', '2020-07-21T21:19:07.675Z'],
    ['2024-12-10 14:30:00', '2024-12-10T14:30:00.000Z'],
  ])('parses %s', (input, iso) => {
    expect(parseDate(input)?.toISOString()).toBe(iso);
  });

  it.each(['', 'yesterday', 'Wed, 31 Foo 2018 07:26:05 GMT', '2018-13-45T00:00:00Z'])('returns null for %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('synthetic Arabic fixtures', () => {
  const FEED_URL = 'https://news.example/feed/';
  const utf8 = load(ARABIC, 'detainees-ar.rss', FEED_URL);

  it('parses the UTF-8 Arabic RSS', () => {
    expect(utf8.title).toBe('مرصد المعتقلين - آخر الأخبار');
    expect(utf8.items).toHaveLength(3);
    const [released, family, list] = utf8.items;

    expect(released.title).toBe('الإفراج عن محمد أحمد الخطيب بعد ثماني سنوات في سجن صيدنايا');
    expect(released.externalId).toBe('https://news.example/?p=1001');
    expect(released.url).toBe('https://news.example/news/1');
    expect(released.author).toBe('فريق التحرير');
    expect(released.publishedAt?.toISOString()).toBe('2024-12-10T11:30:00.000Z');
    expect(released.text.startsWith(`${released.title}\n\nأفادت عائلة محمد أحمد الخطيب، المولود في دوما`)).toBe(true);
    expect(released.text).toContain('على حاجز في حرستا عام 2016،\nوإنه يعاني');
    expect(released.text).not.toContain('<');
    expect(released.media).toEqual([
      { type: 'image', url: 'https://news.example/uploads/2024/12/khatib.jpg', description: 'محمد أحمد الخطيب بعد خروجه من صيدنايا' },
    ]);
    expect(released.raw).toContain('<title><![CDATA[الإفراج عن محمد أحمد الخطيب');

    expect(family.author).toBe('سارة العلي');
    expect(family.text).toContain('تعرّفت عائلة أحمد درويش (42 عاماً)');
    expect(family.text).toContain('آذار 2013 & انقطعت');
    expect(family.media).toEqual([{ type: 'image', url: 'https://news.example/uploads/2024/12/darwish.jpg' }]);

    expect(list.url).toBe('https://news.example/news/3');
    expect(list.externalId).toBe('https://news.example/news/3');
    expect(list.author).toBeNull();
    expect(list.media).toEqual([]);
    expect(list.text).toContain('بينهم محمد أحمد الخطيب وأحمد درويش');
  });

  it('decodes the windows-1256 copy to the same items as the UTF-8 one', () => {
    const raw = bytes(ARABIC, 'detainees-ar-1256.rss');
    expect(raw.includes(Buffer.from('صيدنايا', 'utf8'))).toBe(false);
    const xml = decodeFeedBody(raw);
    expect(xml).not.toContain('\uFFFD');
    const cp1256 = parseFeed(xml, FEED_URL);
    expect(cp1256.items).toHaveLength(3);
    cp1256.items.forEach((item, i) => {
      const { raw: _raw, ...rest } = item;
      const { raw: _utf8Raw, ...expected } = utf8.items[i];
      expect(rest).toEqual(expected);
    });
    expect(cp1256.items[1].text).toBe(utf8.items[1].text);
  });

  it('decodes the windows-1256 bytes via a Content-Type charset too', () => {
    const xml = decodeFeedBody(bytes(ARABIC, 'detainees-ar-1256.rss'), 'application/rss+xml; charset=windows-1256');
    expect(parseFeed(xml, FEED_URL).items[0].title).toBe(utf8.items[0].title);
  });

  it('resolves Atom links and images against xml:base', () => {
    const feed = load(ARABIC, 'detainees.atom', 'https://feeds.example/monitor/detainees.atom');
    expect(feed.format).toBe('atom');
    expect(feed.items).toHaveLength(1);
    const [entry] = feed.items;
    expect(entry.externalId).toBe('tag:monitor.example,2024:report-0412');
    expect(entry.url).toBe('https://monitor.example/en/reports/2024/ahmad-darwish-released');
    expect(entry.title).toBe('Ahmad Darwish released from Sednaya & reunited with family');
    expect(entry.author).toBe('Lina Haddad');
    expect(entry.publishedAt?.toISOString()).toBe('2024-12-10T13:45:00.000Z');
    expect(entry.text).toBe(
      'Ahmad Darwish released from Sednaya & reunited with family\n\n' +
        'Ahmad Darwish, 42, from the Qaboun district of Damascus, was among the detainees released from Sednaya prison on Monday. He had been held since March 2013.\n\n' +
        'His family, who had no news of him since 2014, identified him from a photograph shared online.',
    );
    expect(entry.media).toEqual([
      { type: 'image', url: 'https://monitor.example/media/thumbs/darwish.jpg' },
      { type: 'image', url: 'https://monitor.example/en/media/darwish-family.jpg', description: 'Ahmad Darwish with his brother' },
    ]);
  });
});

describe('parseFeed on hostile structure', () => {
  it('refuses a feed nested 100,000 elements deep, with the reason, instead of parsing it', () => {
    const deep = `<?xml version="1.0"?><rss version="2.0"><channel><item><description>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</description></item></channel></rss>`;
    expect(() => parseFeed(deep, 'https://news.example/feed')).toThrow(new FeedParseError('the feed was not read: its elements nest more than 256 deep'));
  });
});
