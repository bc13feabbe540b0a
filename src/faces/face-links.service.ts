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

  /**
   * The faces attached to a person and to the persons merged into it: a merge moves no face, so
   * splitting gives each record back exactly the faces it had.
   */
  async facesOfPerson(viewer: Viewer, personId: string): Promise<FaceRecord[] | null> {
    if (!(await this.availableTo(viewer))) return null;
    const ids = [personId, ...(await this.persons.idsMergedInto(personId))];
    const faces = (await Promise.all(ids.map((id) => this.faces.findByPerson(id)))).flat();
    return faces.sort((a, b) => (b.attachedAt?.getTime() ?? 0) - (a.attachedAt?.getTime() ?? 0));
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
    // A face attached to a person since merged into another speaks for the person it was merged into.
    const attachedTo = new Map((await this.persons.findByIds([...best.keys()])).map((p) => [p.id, p] as const));
    const keptIds = [...new Set([...attachedTo.values()].flatMap((p) => (p.mergedInto ? [p.mergedInto] : [])))].filter((id) => !attachedTo.has(id));
    const persons = new Map([...attachedTo, ...(await this.persons.findByIds(keptIds)).map((p) => [p.id, p] as const)]);
    const byPerson = new Map<string, Omit<FaceSuggestion, 'person' | 'samePicture'> & { personFaceMedia: string; person: PersonRecord }>();
    for (const [id, s] of best) {
      const attachedPerson = persons.get(id);
      const person = attachedPerson?.mergedInto ? persons.get(attachedPerson.mergedInto) : attachedPerson;
      if (!person || person.mergedInto) continue;
      if (s.similarity > (byPerson.get(person.id)?.similarity ?? -1)) byPerson.set(person.id, { ...s, person });
    }
    const top = [...byPerson.values()].sort((a, b) => b.similarity - a.similarity).slice(0, MAX_SUGGESTIONS);
    const copies = new Set((await this.media.findByIds(mediaIds)).flatMap((m) => m.nearDuplicates.map((d) => d.mediaId)));
    const suggestions = top.map((s) => ({
      person: s.person,
      similarity: s.similarity,
      faceId: s.faceId,
      personFaceId: s.personFaceId,
      samePicture: copies.has(s.personFaceMedia),
    }));
    return { byMedia, suggestions };
  }
}
