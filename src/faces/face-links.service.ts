import { Injectable } from '@nestjs/common';
import { mayUseFaces, type Viewer } from '../auth/access-rule';
import { MediaRepository } from '../media/media.repository';
import { PersonRecord, PersonRepository } from '../persons/person.repository';
import { MODEL_VERSION } from './engine/face-engine';
import { cosineSimilarity } from './engine/similarity';
import { FaceRecord, FaceRepository } from './face.repository';

/**
 * Below this similarity a person is not offered from faces at all. On the evaluation set about
 * 1 % of pairs of different people still scored above 0.63 (docs/faces.md), so what is offered
 * above it is a lead for a reviewer, never a match.
 */
export const FACE_SUGGESTION_FLOOR = 0.6;
const MAX_SUGGESTIONS = 3;

export interface FaceSuggestion {
  person: PersonRecord;
  similarity: number;
  /** The face in this post's photos, and the person's attached face it is most like. */
  faceId: string;
  personFaceId: string;
  /** The person's face is in a re-post of one of these photos: the same picture, not a second one. */
  samePicture: boolean;
}

export interface PostFaces {
  /** The faces found in each of the post's photos, by media id. */
  byMedia: Map<string, FaceRecord[]>;
  /** Persons whose attached faces look like a face in these photos, most similar first. */
  suggestions: FaceSuggestion[];
}

/** What the post and person pages show of faces: only to those who may use them, while faces are on. */
@Injectable()
export class FaceLinksService {
  constructor(
    private readonly faces: FaceRepository,
    private readonly media: MediaRepository,
    private readonly persons: PersonRepository,
  ) {}

  async availableTo(viewer: Viewer): Promise<boolean> {
    return mayUseFaces(viewer) && (await this.faces.settingsOf()).enabled;
  }

  async facesOfPerson(viewer: Viewer, personId: string): Promise<FaceRecord[] | null> {
    if (!(await this.availableTo(viewer))) return null;
    return this.faces.findByPerson(personId);
  }

  /**
   * The faces in a post's photos and, for its names, the persons whose attached faces look like
   * one of them. Never a decision: the page shows each with its similarity.
   */
  async forPost(viewer: Viewer, mediaIds: string[]): Promise<PostFaces | null> {
    if (mediaIds.length === 0 || !(await this.availableTo(viewer))) return null;
    const here = await this.faces.findWithDescriptors({ mediaIds }, MODEL_VERSION);
    const byMedia = new Map<string, FaceRecord[]>();
    for (const { face } of here.sort((a, b) => a.face.index - b.face.index)) byMedia.set(face.mediaId, [...(byMedia.get(face.mediaId) ?? []), face]);
    if (here.length === 0) return { byMedia, suggestions: [] };

    const ownMedia = new Set(mediaIds);
    const attached = (await this.faces.findWithDescriptors({ attached: true }, MODEL_VERSION)).filter((a) => !ownMedia.has(a.face.mediaId));
    const best = new Map<string, Omit<FaceSuggestion, 'person' | 'samePicture'> & { personFaceMedia: string }>();
    for (const a of attached) {
      for (const h of here) {
        const similarity = cosineSimilarity(h.descriptor, a.descriptor);
        const personId = a.face.personId!;
        if (similarity < FACE_SUGGESTION_FLOOR || similarity <= (best.get(personId)?.similarity ?? -1)) continue;
        best.set(personId, { similarity, faceId: h.face.id, personFaceId: a.face.id, personFaceMedia: a.face.mediaId });
      }
    }
    const top = [...best.entries()].sort(([, a], [, b]) => b.similarity - a.similarity).slice(0, MAX_SUGGESTIONS);
    const persons = new Map((await this.persons.findByIds(top.map(([id]) => id))).map((p) => [p.id, p] as const));
    const copies = new Set((await this.media.findByIds(mediaIds)).flatMap((m) => m.nearDuplicates.map((d) => d.mediaId)));
    const suggestions = top.flatMap(([personId, s]) => {
      const person = persons.get(personId);
      if (!person || person.mergedInto) return [];
      return [{ person, similarity: s.similarity, faceId: s.faceId, personFaceId: s.personFaceId, samePicture: copies.has(s.personFaceMedia) }];
    });
    return { byMedia, suggestions };
  }
}
