import {
  ARABIC,
  ATTR,
  ESCAPED,
  expectEscaped,
  expectInert,
  JS_URL,
  LANGS,
  mediaRecord,
  mentionRecord,
  pageContext,
  personRecord,
  postRecord,
  QUOTE,
  RTL,
  SCRIPT,
} from '../../test/helpers/hostile-records';
import { postReadingView } from './post.view';
import { toPostView, type PostReading } from './posts.service';

function reading(): PostReading {
  return {
    post: toPostView(
      postRecord({
        title: `${SCRIPT} ${RTL}`,
        text: `${ATTR} ${QUOTE} ${ARABIC}`,
        author: ATTR,
        url: JS_URL,
        media: [{ type: 'video', url: JS_URL, description: SCRIPT }],
      }),
    ),
    mentions: [mentionRecord({ name: SCRIPT, start: 0, end: ATTR.length }), mentionRecord({ id: 'm2', name: ARABIC, start: 0, end: 0 })],
    photos: [{ photo: mediaRecord({ thumbnailFileId: null, error: QUOTE }), reposts: [] }],
    persons: [personRecord({ displayName: ATTR }), personRecord({ id: 'pe2', displayName: ARABIC })],
  };
}

describe('the post reading page', () => {
  it('shows a hostile post, its names and persons as text, never as markup or a javascript: link', () => {
    for (const lang of LANGS) {
      const page = postReadingView(pageContext(lang, ['researcher']), reading());
      expectInert(page);
      expectEscaped(page, 'script', 'attr', 'quote', 'rtl');
      expect(page).not.toContain('javascript:');
      expect(page).toContain(`<title>${ESCAPED.script} ${ESCAPED.rtl} ·`);
      expect(page).toContain(`<bdi>${ESCAPED.attr}</bdi>`);
      expect(page).toContain(`<bdi>${ESCAPED.script}</bdi>`);
      expect(page).toContain(`<bdi>${ARABIC}</bdi>`);
      expect(page).toContain(ARABIC);
    }
  });

  it('links a post with an http(s) URL to it, and lays Arabic out right to left', () => {
    const data = reading();
    data.post = { ...data.post, url: 'https://example.org/p/1' };
    const page = postReadingView(pageContext('ar'), data);
    expect(page).toContain('href="https://example.org/p/1"');
    expect(page).toMatch(/<html[^>]*dir="rtl"/);
  });
});
