import type { PersonRecord } from '../persons/person.repository';
import { ARABIC, expectInert, hostile, JS_URL, LANGS, pageCtx, shown } from '../../test/helpers/hostile-html';
import type { FaceHit, FaceSearchResult, PostRef } from './face-search.service';
import type { FaceRecord } from './face.repository';
import type { FacesStatus } from './faces.service';
import { faceSuggestionsList, facePageView, facesHomeView, searchResultsView } from './faces.view';

const FACE_ID = '64b0000000000000000000f1';

function face(): FaceRecord {
  return {
    id: FACE_ID,
    mediaId: '64b0000000000000000000a1',
    modelVersion: 'test-model',
    index: 0,
    box: { x: 0, y: 0, width: 10, height: 10 },
    confidence: 0.9,
    personId: null,
    attachedBy: null,
    attachedAt: null,
    createdAt: new Date('2026-11-01T09:00:00Z'),
  };
}

function person(id: string, tag: string): PersonRecord {
  return {
    id,
    displayName: hostile(tag),
    spellings: [{ name: hostile(tag), mentionId: null }],
    nameKeys: [],
    status: 'detained',
    attributes: {},
    verification: { status: 'unverified', by: null, at: null },
    mediaIds: [],
    mergedInto: null,
    createdBy: null,
    lastEditedBy: null,
    createdAt: new Date('2026-11-01T09:00:00Z'),
    updatedAt: new Date('2026-11-01T09:00:00Z'),
  };
}

function post(tag: string, url: string | null = JS_URL): PostRef {
  return {
    id: '64b0000000000000000000b1',
    url,
    snippet: hostile(`${tag}-snippet`),
    sourceId: 's1',
    sourceName: hostile(`${tag}-source`),
    sourceType: hostile(`${tag}-type`),
    publishedAt: null,
    collectedAt: new Date('2026-11-01T09:00:00Z'),
  };
}

function hit(rank: number, tag: string): FaceHit {
  return {
    rank,
    faceId: `64b0000000000000000000f${rank + 1}`,
    mediaId: '64b0000000000000000000a2',
    similarity: 0.8,
    posts: [post(tag)],
    repostOfRank: null,
    person: { id: '64b0000000000000000000c9', displayName: hostile(`${tag}-person`) },
  };
}

const status: FacesStatus = {
  settings: { enabled: true, generation: 1, changedBy: null, changedAt: new Date('2026-11-01T09:00:00Z') },
  counts: { faces: 3, attached: 1, scans: 2 },
  queued: 0,
  modelVersion: 'test-model',
};

describe('faces views', () => {
  it('shows a hostile flash on the faces page as text', () => {
    for (const lang of LANGS) {
      for (const admin of [true, false]) {
        const out = facesHomeView(pageCtx(lang, ['admin']), status, { admin, flash: hostile('flash') });
        expectInert(out);
        expect(out).toContain(shown('flash'));
      }
    }
  });

  it('shows a face’s hostile posts and person names as text, never a javascript: link', () => {
    for (const lang of LANGS) {
      const out = facePageView(pageCtx(lang, ['reviewer']), {
        face: face(),
        photo: null,
        posts: [post('p1'), post('p2', 'https://example.org/a?b=<c>')],
        person: person('64b0000000000000000000c1', 'attached'),
        candidates: [person('64b0000000000000000000c2', 'candidate')],
      });
      expectInert(out);
      for (const tag of ['p1-snippet', 'p1-source', 'p1-type', 'p2-snippet', 'attached', 'candidate']) expect(out).toContain(shown(tag));
      expect(out).toContain('href="https://example.org/a?b=%3Cc%3E"');
      expect(out).toContain(ARABIC);
    }
  });

  it('shows a hostile search purpose, hits, copies and their posts as text', () => {
    for (const lang of LANGS) {
      for (const from of ['face', 'upload'] as const) {
        const result: FaceSearchResult = {
          from,
          purpose: hostile('purpose'),
          face: from === 'face' ? face() : null,
          photoPosts: [post('photo')],
          facesInPhoto: from === 'upload' ? 1 : 0,
          copies: [hit(1, 'copy')],
          hits: [hit(2, 'hit')],
          compared: 10,
        };
        const out = searchResultsView(pageCtx(lang, ['reviewer']), result);
        expectInert(out);
        for (const tag of ['purpose', 'copy-snippet', 'copy-person', 'hit-snippet', 'hit-source', 'hit-person']) expect(out).toContain(shown(tag));
        if (from === 'face') expect(out).toContain(shown('photo-snippet'));
      }
    }
  });

  it('lists hostile suggested person names as text', () => {
    for (const lang of LANGS) {
      const p = person('64b0000000000000000000c3', 'suggested');
      const out = String(
        faceSuggestionsList(
          pageCtx(lang, ['reviewer']),
          [{ person: p, similarity: 0.7, faceId: FACE_ID, personFaceId: FACE_ID, samePicture: true }],
          new Set([p.id]),
        ),
      );
      expectInert(out, { fragment: true });
      expect(out).toContain(shown('suggested'));
    }
  });
});
