import type { AuditEventRecord } from '../audit/audit-event.repository';
import type { AuthUser } from '../auth/roles.decorator';
import type { NoteRecord } from '../persons/note.repository';
import {
  ARABIC,
  ATTR,
  ESCAPED,
  expectEscaped,
  expectInert,
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
import { personsListView, personView } from './persons.view';
import type { PersonPage } from './persons.service';

const AT = new Date('2026-12-01T08:00:00Z');
const reviewer: AuthUser = { id: 'u1', email: 'r@example.org', name: 'R', roles: ['reviewer'], tokenId: 'session' };

const note = (over: Partial<NoteRecord> = {}): NoteRecord => ({
  id: 'n1',
  personId: 'pe1',
  authorId: 'u2',
  authorName: ATTR,
  text: `${SCRIPT} ${ARABIC}`,
  status: 'released',
  postId: 'p1',
  at: AT,
  ...over,
});

const event = (action: string, after: Record<string, unknown> | null): AuditEventRecord => ({
  id: `e-${action}`,
  actor: { userId: 'u2', kind: 'user', label: QUOTE },
  action,
  entity: { type: 'person', id: 'pe1' },
  before: null,
  after,
  at: AT,
});

function personPage(over: Partial<PersonPage> = {}): PersonPage {
  return {
    person: personRecord({
      displayName: `${SCRIPT} ${RTL}`,
      spellings: [
        { name: ATTR, mentionId: 'm1' },
        { name: ARABIC, mentionId: null },
      ],
    }),
    mergedInto: null,
    mentions: [mentionRecord({ name: QUOTE })],
    posts: [postRecord({ title: null, text: `${ATTR} ${ARABIC}` })],
    photos: [mediaRecord()],
    notes: [note()],
    history: [
      event('person.merged-in', { from: ATTR, name: SCRIPT, reason: QUOTE }),
      event('person.split-off', { from: 'pe9', name: ARABIC }),
      event(SCRIPT, null),
    ],
    verification: { lastEditorName: ATTR, mayVerify: true },
    independentSources: 1,
    mergeCandidates: [{ person: personRecord({ id: 'pe2', displayName: ATTR }), score: 0.7 }],
    faces: null,
    ...over,
  };
}

describe('the persons pages', () => {
  it('lists persons found by a hostile query with the query and names as text', () => {
    for (const lang of LANGS) {
      const page = personsListView(pageContext(lang), `${ATTR} ${ARABIC}`, [
        { person: personRecord({ displayName: SCRIPT }), score: 0.5 },
        { person: personRecord({ id: 'pe2', displayName: ARABIC }), score: null },
      ]);
      expectInert(page);
      expectEscaped(page, 'script', 'attr');
      expect(page).toContain(`value="${ESCAPED.attr} ${ARABIC}"`);
      expect(page).toContain(`<bdi>${ESCAPED.script}</bdi>`);
      expect(page).toContain(`<bdi>${ARABIC}</bdi>`);
    }
  });

  it("shows a person's hostile names, facts, notes, history and merge search as text", () => {
    for (const lang of LANGS) {
      const page = personView(pageContext(lang), reviewer, personPage(), `${QUOTE} ${ARABIC}`);
      expectInert(page);
      expectEscaped(page, 'script', 'attr', 'quote', 'rtl');
      expect(page).toContain(`<title>${ESCAPED.script} ${ESCAPED.rtl} ·`);
      expect(page).toContain(`<bdi>${ESCAPED.attr}</bdi>`);
      expect(page).toContain(`<bdi>${ESCAPED.quote}</bdi>`);
      expect(page).toContain(`value="${ESCAPED.quote} ${ARABIC}"`);
      expect(page).toContain(`${ESCAPED.script} ${ARABIC}</p>`);
      expect(page).toContain(`<bdi>${ARABIC}</bdi>`);
      expect(page).toContain(`href="/persons/${ESCAPED.attr}"`);
      expect(page).toContain('id="merge-candidates"');
      expect(page).toContain('id="history"');
    }
  });

  it('shows the record a person was merged into by its escaped name', () => {
    for (const lang of LANGS) {
      const page = personView(
        pageContext(lang),
        reviewer,
        personPage({ person: personRecord({ mergedInto: 'pe2' }), mergedInto: personRecord({ id: 'pe2', displayName: `${SCRIPT} ${ARABIC}` }) }),
        '',
      );
      expectInert(page);
      expect(page).toContain(`<bdi>${ESCAPED.script} ${ARABIC}</bdi>`);
    }
  });

  it('shows a researcher no editing controls, and the names still escaped', () => {
    const researcher: AuthUser = { ...reviewer, roles: ['researcher'] };
    const page = personView(pageContext('ar', ['researcher']), researcher, personPage({ history: [] }), SCRIPT);
    expectInert(page);
    expect(page).not.toContain('id="merge"');
    expect(page).not.toContain('id="note-form"');
    expect(page).toContain(`<bdi>${ESCAPED.attr}</bdi>`);
    expect(page).toMatch(/<html[^>]*dir="rtl"/);
  });
});
