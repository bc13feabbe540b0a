import { ARABIC_MESSAGES, MESSAGE_KEYS, t } from './i18n';

describe('interface strings', () => {
  it('exist in Arabic for every English key', () => {
    const missing = MESSAGE_KEYS.filter((key) => !ARABIC_MESSAGES[key]);
    expect(missing).toEqual([]);
  });

  it('fill in parameters', () => {
    expect(t('en', 'review.mentions', { n: 3 })).toBe('3 names');
    expect(t('ar', 'review.claimedBy', { name: 'rima' })).toBe('قيد المراجعة لدى rima');
  });
});
