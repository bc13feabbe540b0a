import type { UserRecord } from '../auth/user.repository';
import { ARABIC, expectInert, hostile, LANGS, pageCtx, shown } from '../../test/helpers/hostile-html';
import { resetView, usersView } from './users.view';

function user(over: Partial<UserRecord> = {}): UserRecord {
  return {
    id: '64b000000000000000000001',
    email: hostile('email'),
    name: hostile('name'),
    roles: ['reviewer'],
    language: 'en',
    disabled: false,
    createdAt: new Date('2026-11-01T09:00:00Z'),
    ...over,
  };
}

describe('users views', () => {
  it('lists hostile names and emails, the error, flash and reset link as text, never as markup', () => {
    for (const lang of LANGS) {
      const out = usersView(pageCtx(lang), [user(), user({ id: '64b000000000000000000002', name: hostile('off'), disabled: true })], {
        flash: hostile('flash'),
        error: hostile('error'),
        resetLink: { email: hostile('reset-email'), url: `javascript:alert(1)#${hostile('reset-url')}` },
      });
      expectInert(out);
      for (const tag of ['email', 'name', 'off', 'flash', 'error', 'reset-email', 'reset-url']) expect(out).toContain(shown(tag));
      expect(out).toContain(`data-user="${shown('email')}"`);
      expect(out).toContain(ARABIC);
    }
  });

  it('puts a hostile reset token in the form action escaped, and shows a hostile error as text', () => {
    for (const lang of LANGS) {
      const out = resetView(pageCtx(lang), hostile('token'), { valid: true, error: hostile('error') });
      expectInert(out);
      expect(out).toContain(`action="/reset/${shown('token')}"`);
      expect(out).toContain(shown('error'));
    }
  });
});
