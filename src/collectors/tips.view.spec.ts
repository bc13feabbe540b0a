import { expectInert, hostile, JS_URL, LANGS, pageCtx, shown, ARABIC } from '../../test/helpers/hostile-html';
import { tipFormView, tipSentView } from './tips.view';

describe('tip views', () => {
  it('echoes a hostile tip (link, text, note) and its problems back as text, never as markup or a link', () => {
    for (const lang of LANGS) {
      const page = tipFormView(pageCtx(lang), { url: JS_URL, text: hostile('text'), note: hostile('note') }, [hostile('problem'), 'url: Invalid URL']);
      expectInert(page);
      expect(page).toContain(`value="${JS_URL}"`);
      expect(page).toMatch(new RegExp(`<textarea id="tip-text"[^>]*>${escapeRegExp(shown('text'))}</textarea>`));
      expect(page).toMatch(new RegExp(`<textarea id="tip-note"[^>]*>${escapeRegExp(shown('note'))}</textarea>`));
      expect(page).toContain(`${shown('problem')}; url: Invalid URL`);
      expect(page).toContain(ARABIC);
      expect(page).toContain(shown('reader'));
    }
  });

  it('thanks without echoing anything the tip held, linking the post only for those who review', () => {
    for (const lang of LANGS) {
      const reviewer = tipSentView(pageCtx(lang, ['reviewer']), { postId: '64b000000000000000000001', created: true });
      expectInert(reviewer);
      expect(reviewer).toContain('href="/review/posts/64b000000000000000000001"');
      const operator = tipSentView(pageCtx(lang, ['operator']), { postId: '64b000000000000000000001', created: false });
      expectInert(operator);
      expect(operator).not.toContain('/posts/64b000000000000000000001');
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
