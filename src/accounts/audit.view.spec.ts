import type { AuditEventRecord } from '../audit/audit-event.repository';
import { ARABIC, expectInert, hostile, LANGS, pageCtx, SCRIPT, shown } from '../../test/helpers/hostile-html';
import { auditView, type AuditPage } from './audit.view';

function event(over: Partial<AuditEventRecord> = {}): AuditEventRecord {
  return {
    id: '64b000000000000000000001',
    actor: { userId: 'u2', kind: 'user', label: hostile('actor') },
    action: hostile('action'),
    entity: { type: hostile('type'), id: hostile('entity') },
    before: { name: hostile('before') },
    after: { name: hostile('after'), url: 'javascript:alert(1)' },
    at: new Date('2026-12-01T10:00:00Z'),
    ...over,
  };
}

function page(): AuditPage {
  const form = { action: hostile('f-action'), actor: hostile('f-actor'), entityType: hostile('f-type'), entityId: hostile('f-id'), from: SCRIPT, to: ARABIC };
  return {
    events: [
      event(),
      event({ id: '64b000000000000000000002', actor: { userId: null, kind: 'cli', label: hostile('cli') }, action: 'person.create', before: null }),
    ],
    nextBeforeId: hostile('next'),
    actions: ['person.create', hostile('known-action')],
    query: { beforeId: hostile('before-id'), limit: 50 },
    form,
  };
}

/** JSON keeps a double quote as \" before the page escapes it. */
const inJson = (tag: string) => shown(tag).replace(/&quot;/g, '\\&quot;');

describe('audit view', () => {
  it('shows hostile actors, actions, entities, recorded values and filters as text, never as markup', () => {
    for (const lang of LANGS) {
      const out = auditView(pageCtx(lang), page());
      expectInert(out);
      for (const tag of ['actor', 'cli', 'action', 'entity', 'known-action']) expect(out).toContain(shown(tag));
      for (const tag of ['before', 'after']) expect(out).toContain(inJson(tag));
      for (const tag of ['f-action', 'f-actor', 'f-type', 'f-id']) expect(out).toContain(`value="${shown(tag)}"`);
      expect(out).toContain(`<option value="${shown('f-action')}" selected>`);
      expect(out).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
      expect(out).toContain(ARABIC);
    }
  });

  it('carries the hostile filters and cursor in the pager links only URL-encoded', () => {
    const out = auditView(pageCtx('en'), page());
    const older = /<a href="([^"]*)" id="audit-older">/.exec(out)?.[1];
    expect(older).toBeDefined();
    const params = new URLSearchParams(older!.replace(/&amp;/g, '&').split('?')[1]);
    expect(params.get('before')).toBe(hostile('next'));
    expect(params.get('actor')).toBe(hostile('f-actor'));
    expect(older).not.toMatch(/[<>"' ]/);
  });
});
