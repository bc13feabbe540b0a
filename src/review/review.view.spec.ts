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
import type { ReviewPostView } from './review.service';
import { reviewPostView, triageView } from './review.view';

function postView(over: Partial<ReviewPostView> = {}): ReviewPostView {
  const linked = personRecord({ id: 'pe1', displayName: `${ATTR} ${ARABIC}` });
  const suggested = personRecord({ id: 'pe2', displayName: SCRIPT });
  const otherPost = postRecord({ id: 'p2', title: QUOTE, text: ARABIC });
  const other = mentionRecord({ id: 'm9', postId: 'p2', name: `${SCRIPT} ${RTL}` });
  return {
    post: postRecord({ title: `${SCRIPT} ${RTL}`, author: ATTR, url: JS_URL, note: `${QUOTE} ${ARABIC}`, media: [{ type: 'video', url: JS_URL }] }),
    mentions: [
      mentionRecord({
        review: { status: 'pending', personId: 'pe1', by: null, at: null, edits: { name: `${QUOTE} ${ARABIC}`, attributes: { prison: ATTR } } },
        suggestions: [
          { kind: 'person', targetId: 'pe2', postId: null, score: 0.8, reasons: [SCRIPT, ARABIC] },
          { kind: 'mention', targetId: 'm9', postId: 'p2', score: 0.6, reasons: [ATTR] },
        ],
      }),
    ],
    photos: [{ photo: mediaRecord({ thumbnailFileId: null, error: SCRIPT }), reposts: [] }],
    persons: new Map([
      ['pe1', linked],
      ['pe2', suggested],
    ]),
    otherMentions: new Map([['m9', { mention: other, post: otherPost }]]),
    copies: [postRecord({ id: 'p3', url: JS_URL, review: { status: 'new', assignee: null } })],
    copyOf: null,
    submitter: `${ATTR} <x@example.org>`,
    faces: null,
    ...over,
  };
}

describe('the review pages', () => {
  it('lists hostile titles, texts and claimers on the triage page as text', () => {
    for (const lang of LANGS) {
      const page = triageView(
        pageContext(lang),
        [
          { post: postRecord({ title: `${SCRIPT} ${RTL}` }), copies: [postRecord({ id: 'p2' })], takenBy: ATTR },
          { post: postRecord({ id: 'p3', title: null, text: `${QUOTE} ${ARABIC}` }), copies: [], takenBy: null },
        ],
        { sort: 'mentions', lang: ATTR, hasPhoto: true },
      );
      expectInert(page);
      expectEscaped(page, 'script', 'attr', 'quote', 'rtl');
      expect(page).toContain(`<bdi>${ESCAPED.attr}</bdi>`);
      expect(page).toContain(`${ESCAPED.quote} ${ARABIC}`);
    }
  });

  it("shows a claimed post's hostile text, tip, names, suggestions and edit values as text", () => {
    for (const lang of LANGS) {
      const page = reviewPostView(pageContext(lang), postView(), { mine: true, flash: SCRIPT });
      expectInert(page);
      expectEscaped(page, 'script', 'attr', 'quote', 'rtl');
      expect(page).not.toContain('javascript:');
      expect(page).toContain(`<title>${ESCAPED.script} ${ESCAPED.rtl} ·`);
      expect(page).toContain(`<p class="flash" role="status">${ESCAPED.script}</p>`);
      expect(page).toContain(`<bdi class="tip-note">${ESCAPED.quote} ${ARABIC}</bdi>`);
      expect(page).toContain(`value="${ESCAPED.quote} ${ARABIC}"`);
      expect(page).toContain(`value="${ESCAPED.attr}"`);
      expect(page).toContain(`<bdi>${ESCAPED.script} ${ESCAPED.rtl}</bdi>`);
      expect(page).toContain(`${ESCAPED.attr} ${ARABIC}`);
      expect(page).toContain(`<bdi>${ESCAPED.script} · ${ARABIC}</bdi>`);
      expect(page).toContain('id="m-m1"');
    }
  });

  it('shows the post a copy repeats by its escaped title, without the decision controls of another reviewer', () => {
    for (const lang of LANGS) {
      const page = reviewPostView(pageContext(lang), postView({ copies: [], copyOf: postRecord({ id: 'p0', title: `${ATTR} ${ARABIC}` }) }), { mine: false });
      expectInert(page);
      expect(page).toContain(`id="copy-of"`);
      expect(page).toContain(`${ESCAPED.attr} ${ARABIC}</a>`);
      expect(page).not.toContain('class="mention-edit"');
    }
  });
});
