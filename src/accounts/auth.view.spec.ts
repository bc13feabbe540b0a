import type { ApiTokenRecord } from '../auth/user.repository';
import { ARABIC, expectInert, hostile, LANGS, pageCtx, shown } from '../../test/helpers/hostile-html';
import { accountView, loginView } from './auth.view';

function token(over: Partial<ApiTokenRecord> = {}): ApiTokenRecord {
  return {
    id: '64b000000000000000000001',
    userId: 'u1',
    name: hostile('token-name'),
    prefix: hostile('prefix'),
    createdAt: new Date('2026-11-01T09:00:00Z'),
    lastUsedAt: null,
    revokedAt: null,
    ...over,
  };
}

describe('sign-in and account views', () => {
  it('echoes a hostile email, next path and error on the sign-in page as text, never as markup', () => {
    for (const lang of LANGS) {
      const out = loginView(hostile('csrf'), hostile('next'), lang, hostile('error'), hostile('email'));
      expectInert(out);
      expect(out).toContain(`name="next" value="${shown('next')}"`);
      expect(out).toContain(`value="${shown('email')}"`);
      expect(out).toContain(`value="${shown('csrf')}"`);
      expect(out).toContain(shown('error'));
      expect(out).toContain(ARABIC);
    }
  });

  it('shows hostile token names, prefixes, a new token and messages on the account page as text', () => {
    for (const lang of LANGS) {
      const tokens = [token(), token({ id: '64b000000000000000000002', name: hostile('revoked'), revokedAt: new Date('2026-11-02T09:00:00Z') })];
      const withError = accountView(pageCtx(lang), tokens, { message: hostile('error'), isError: true, newToken: hostile('new-token') });
      expectInert(withError);
      for (const tag of ['token-name', 'prefix', 'revoked', 'error', 'new-token', 'reader']) expect(withError).toContain(shown(tag));
      expect(withError).toContain(ARABIC);
      const withFlash = accountView(pageCtx(lang), tokens, { message: hostile('flash') });
      expectInert(withFlash);
      expect(withFlash).toContain(`<p class="flash" role="status">${shown('flash')}</p>`);
    }
  });
});
