import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlParseError } from './html-list-parser';
import { parseWebPage } from './web-page-parser';
import { arabicPage as page, caught } from '../../../test/helpers/html-page';

const FIXTURES = join(__dirname, '../../../test/fixtures/html-arabic');
const SHARED_URL = 'https://news.example/ar/?p=4821&utm_source=facebook';
const CANONICAL = 'https://news.example/ar/2024/12/10/release-mohammad-al-khatib/';

describe('parseWebPage on a WordPress article', () => {
  const html = readFileSync(join(FIXTURES, 'article_ar.html'), 'utf8');
  const post = parseWebPage(html, SHARED_URL);

  it('identifies the post by its canonical URL, not the shared one', () => {
    expect(post.url).toBe(CANONICAL);
    expect(post.externalId).toBe(CANONICAL);
    expect(post.raw).toBe(html);
  });

  it('reads og:title, meta author and article:published_time', () => {
    expect(post.title).toBe('الإفراج عن محمد أحمد الخطيب بعد ١١ عاماً في صيدنايا');
    expect(post.author).toBe('سارة العلي');
    expect(post.publishedAt?.toISOString()).toBe('2024-12-10T06:15:00.000Z');
  });

  it('keeps the article text and leaves out navigation, asides, share links, forms, scripts and the footer', () => {
    expect(post.text).toBe(
      [
        'الإفراج عن محمد أحمد الخطيب بعد ١١ عاماً في صيدنايا',
        'محمد أحمد الخطيب أمام منزل عائلته في حمص 🕊️ (صورة: العائلة)',
        'خرج محمد أحمد الخطيب (Mohammad Ahmad al-Khatib)، ٤٢ عاماً، من سجن صيدنايا فجر الإثنين ٩ كانون الأول/ديسمبر ٢٠٢٤، ' +
          'بعد أكثر من ١١ عاماً على اعتقاله عند حاجز على مدخل حمص في آذار ٢٠١٣.',
        'وقال شقيقه لـ«أخبار الشام اليوم»:',
        '«عرفناه من صوته. خسر نصف وزنه، لكنه سأل عن أمي قبل أي شيء آخر».',
        'وكان اسم الخطيب قد ورد في قائمة نشرتها منظمة Syrian Detainees Network عام ٢٠١٩ ضمن المختفين قسراً، ' + 'إلى جانب أحمد درويش الذي لا يزال مصيره مجهولاً.',
        'لحظة اللقاء بالعائلة',
        'ويُطلب ممن لديه معلومات عن معتقلين آخرين التواصل مع فريق التحقق عبر البريد المخصص.',
      ].join('\n\n'),
    );
    for (const noise of [
      'الرئيسية',
      'تخطي إلى المحتوى',
      'بواسطة',
      'اقرأ أيضاً',
      'الوسوم',
      'شارك على فيسبوك',
      'أضف تعليقاً',
      'الأكثر قراءة',
      'موقع تجريبي',
      'gtag',
      'lazyload',
    ]) {
      expect(post.text).not.toContain(noise);
    }
  });

  it('collects og:image with its alt, then the content images, without placeholders, pixels or related-post thumbnails', () => {
    expect(post.media).toEqual([
      { type: 'image', url: 'https://cdn.news.example/uploads/2024/12/khatib-release.jpg', description: 'محمد أحمد الخطيب لحظة خروجه من سجن صيدنايا' },
      { type: 'image', url: 'https://news.example/wp-content/uploads/2024/12/khatib-release.jpg', description: 'محمد أحمد الخطيب لحظة خروجه من سجن صيدنايا' },
      { type: 'image', url: 'https://news.example/wp-content/uploads/2024/12/khatib-family.jpg', description: 'عائلة الخطيب تستقبله' },
    ]);
  });
});

describe('parseWebPage fallbacks', () => {
  it('takes the title from <title>, then the first h1, and does not repeat it when the text starts with it', () => {
    const titled = parseWebPage(page('<main><p>نص الخبر</p></main>', '<title>عنوان الصفحة</title>'), 'https://blog.example/p');
    expect(titled.title).toBe('عنوان الصفحة');
    expect(titled.text).toBe('عنوان الصفحة\n\nنص الخبر');

    const headed = parseWebPage(page('<main><h1>أحمد درويش حر</h1><p>خرج اليوم.</p></main>'), 'https://blog.example/p');
    expect(headed.title).toBe('أحمد درويش حر');
    expect(headed.text).toBe('أحمد درويش حر\n\nخرج اليوم.');
  });

  it('chooses the largest <article>, then <main>, then [role=main], then the cleaned body', () => {
    const articles = page('<article><p>قصير</p></article><article><p>هذا هو النص الأطول في الصفحة</p></article>');
    expect(parseWebPage(articles, 'https://blog.example/').text).toBe('هذا هو النص الأطول في الصفحة');

    const main = page('<div class="sidebar">جانبي</div><main><p>المحتوى</p></main>');
    expect(parseWebPage(main, 'https://blog.example/').text).toBe('المحتوى');

    const role = page('<div>جانبي</div><div role="main"><p>المحتوى</p></div>');
    expect(parseWebPage(role, 'https://blog.example/').text).toBe('المحتوى');

    const body = page(
      '<header>رأس</header><nav>قائمة</nav><div><p>المحتوى</p><form>نموذج</form></div><aside>جانبي</aside><footer>تذييل</footer><noscript>تفعيل</noscript>',
    );
    expect(parseWebPage(body, 'https://blog.example/').text).toBe('المحتوى');
  });

  it('falls back to the next candidate when the article has no text', () => {
    const html = page('<main><article><img src="/a.jpg"></article><p>النص خارج المقال</p></main>');
    const post = parseWebPage(html, 'https://blog.example/');
    expect(post.text).toBe('النص خارج المقال');
    expect(post.media).toEqual([{ type: 'image', url: 'https://blog.example/a.jpg' }]);
  });

  it('uses the pageUrl when the canonical link is missing or not http(s), and resolves a relative one', () => {
    expect(parseWebPage(page('<p>نص</p>'), 'https://blog.example/p?id=1').url).toBe('https://blog.example/p?id=1');
    expect(parseWebPage(page('<p>نص</p>', '<link rel="canonical" href="ftp://blog.example/p">'), 'https://blog.example/p').url).toBe('https://blog.example/p');
    const relative = parseWebPage(page('<p>نص</p>', '<link rel="canonical" href="/posts/7">'), 'https://blog.example/p?utm=x');
    expect([relative.url, relative.externalId]).toEqual(['https://blog.example/posts/7', 'https://blog.example/posts/7']);
  });
});

describe('parseWebPage dates and authors', () => {
  it('reads a <time datetime> inside the article when there is no meta date, ignoring asides', () => {
    const html = page(
      '<article><aside><time datetime="2020-01-01">قديم</time></aside><header><time datetime="2024-12-10T09:15:00+03:00">١٠ كانون الأول</time></header><p>نص</p></article>',
    );
    expect(parseWebPage(html, 'https://blog.example/').publishedAt?.toISOString()).toBe('2024-12-10T06:15:00.000Z');
  });

  it('reads datePublished and the author from JSON-LD arrays, skipping blocks that do not parse', () => {
    const head =
      '<script type="application/ld+json">{ broken json,</script>' +
      '<script type="application/ld+json">[{"@type":"Organization","name":"شبكة"},' +
      '{"@type":["NewsArticle"],"datePublished":"2024-12-09T18:40:00+03:00","author":[{"@type":"Person","name":"  أحمد درويش "}]}]</script>';
    const post = parseWebPage(page('<p>نص</p>', head), 'https://blog.example/');
    expect(post.publishedAt?.toISOString()).toBe('2024-12-09T15:40:00.000Z');
    expect(post.author).toBe('أحمد درويش');
  });

  it('resolves a JSON-LD author given by @id within the @graph', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'BlogPosting', datePublished: '2024-12-08', author: { '@id': '#sara' } },
        { '@type': 'Person', '@id': '#sara', name: 'سارة العلي' },
      ],
    };
    const post = parseWebPage(page('<p>نص</p>', `<script type="application/ld+json">${JSON.stringify(graph)}</script>`), 'https://blog.example/');
    expect(post.author).toBe('سارة العلي');
    expect(post.publishedAt?.toISOString()).toBe('2024-12-08T00:00:00.000Z');
  });

  it('prefers a named article:author, and uses a profile URL only as a last resort', () => {
    const named = page('<p>نص</p>', '<meta property="article:author" content="Lina Haddad">');
    expect(parseWebPage(named, 'https://blog.example/').author).toBe('Lina Haddad');
    const url = page('<p>نص</p>', '<meta property="article:author" content="https://www.facebook.com/lina.example">');
    expect(parseWebPage(url, 'https://blog.example/').author).toBe('https://www.facebook.com/lina.example');
  });

  it('gives null date and author when the page states neither', () => {
    const post = parseWebPage(page('<p>نص <time>أمس</time></p>'), 'https://blog.example/');
    expect(post.publishedAt).toBeNull();
    expect(post.author).toBeNull();
  });
});

describe('parseWebPage media', () => {
  it('pairs each og:image with its own alt, dedupes, and caps at 20', () => {
    const head =
      '<meta property="og:image" content="/one.jpg"><meta property="og:image:alt" content="الأولى">' +
      '<meta property="og:image" content="/two.jpg"><meta property="og:image:width" content="800">';
    const imgs = Array.from({ length: 25 }, (_, i) => `<img src="/img/${i}.jpg">`).join('');
    const post = parseWebPage(page(`<article><p>نص</p><img src="/two.jpg" alt="الثانية">${imgs}</article>`, head), 'https://blog.example/a/');
    expect(post.media.slice(0, 3)).toEqual([
      { type: 'image', url: 'https://blog.example/one.jpg', description: 'الأولى' },
      { type: 'image', url: 'https://blog.example/two.jpg', description: 'الثانية' },
      { type: 'image', url: 'https://blog.example/img/0.jpg' },
    ]);
    expect(post.media).toHaveLength(20);
  });
});

describe('parseWebPage errors', () => {
  it('refuses a page with no title and no text', () => {
    const error = caught(() => parseWebPage(page('<nav><a href="/">الرئيسية</a></nav><script>x()</script>'), 'https://blog.example/'));
    expect(error).toBeInstanceOf(HtmlParseError);
    expect(error.message).toBe('the page has no readable text');
  });

  it('keeps a page that has only a title', () => {
    const post = parseWebPage(page('', '<title>صفحة فارغة</title>'), 'https://blog.example/');
    expect([post.title, post.text]).toEqual(['صفحة فارغة', 'صفحة فارغة']);
  });

  it('refuses JSON as not an HTML page', () => {
    const error = caught(() => parseWebPage('{"error":"not found"}', 'https://blog.example/api'));
    expect(error).toBeInstanceOf(HtmlParseError);
    expect(error.message).toBe('not an HTML page');
  });
});

describe('parseWebPage on hostile structure', () => {
  it('refuses a page nested 100,000 elements deep, with the reason, instead of parsing it', () => {
    const html = `<!doctype html><html><head><title>t</title></head><body>${'<span>'.repeat(100_000)}text</body></html>`;
    expect(() => parseWebPage(html, SHARED_URL)).toThrow(new HtmlParseError('the page was not read: its elements nest more than 256 deep'));
  });
});
