import {
  ARABIC,
  ATTR,
  ESCAPED,
  expectEscaped,
  expectInert,
  JS_URL,
  LANGS,
  mediaRecord,
  pageContext,
  QUOTE,
  RTL,
  SCRIPT,
} from '../../test/helpers/hostile-records';
import { highlight, photoFigure, postHref, videoLine } from './post-parts.view';

describe('post parts', () => {
  it('highlights names in a hostile text with every piece escaped, the marks its own', () => {
    const text = `${SCRIPT}${ATTR} ${QUOTE} ${RTL} ${ARABIC}`;
    const markup = String(
      highlight(text, [
        { id: 'a', start: 0, end: SCRIPT.length },
        { id: 'b', start: text.indexOf(ARABIC), end: text.length },
      ]),
    );
    expectInert(markup);
    expectEscaped(markup, 'script', 'attr', 'quote', 'rtl');
    expect(markup).toContain(`<mark id="m-a" data-mention="a">${ESCAPED.script}</mark>`);
    expect(markup).toContain(`<mark id="m-b" data-mention="b">${ARABIC}</mark>`);
  });

  it('shows a photo error as text, and links re-posts only to the post pages', () => {
    for (const lang of LANGS) {
      const ctx = pageContext(lang);
      const failed = String(
        photoFigure(ctx, { photo: mediaRecord({ thumbnailFileId: null, error: `${SCRIPT} ${ARABIC}` }), reposts: [] }, (id) => `/posts/${id}`),
      );
      expectInert(failed);
      expectEscaped(failed, 'script');
      expect(failed).toContain(ARABIC);
      const shown = String(
        photoFigure(
          ctx,
          { photo: mediaRecord({ nearDuplicates: [{ mediaId: 'md2', distance: 3, mirrored: false }] }), reposts: [{ postId: ATTR, distance: 3 }] },
          (id) => `/posts/${id}`,
        ),
      );
      expectInert(shown);
      expect(shown).toContain(`href="/posts/${ESCAPED.attr}"`);
    }
  });

  it('never makes a javascript: video URL a link target, and keeps http(s) ones', () => {
    for (const lang of LANGS) {
      const markup = String(
        videoLine(pageContext(lang), {
          media: [
            { type: 'video', url: JS_URL },
            { type: 'video', url: `https://example.org/v?a=${QUOTE}` },
            { type: 'photo', url: JS_URL },
          ],
        }),
      );
      expectInert(markup);
      expect(markup).not.toContain('javascript:');
      expect(markup).toContain('href="#"');
      expect(markup).toContain('href="https://example.org/v?a=%27%20onmouseover=%27alert(1)"');
    }
    expect(videoLine(pageContext('en'), { media: [{ type: 'photo', url: JS_URL }] })).toBe('');
  });

  it('opens a post on the triage page for reviewers and on the read-only page for researchers', () => {
    expect(postHref({ roles: ['reviewer'] }, 'p1')).toBe('/review/posts/p1');
    expect(postHref({ roles: ['researcher'] }, 'p1')).toBe('/posts/p1');
  });
});
