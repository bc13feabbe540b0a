import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditEventRecord, AuditEventRepository } from '../audit/audit-event.repository';
import { AuditService } from '../audit/audit.service';
import { maySeePerson, seesReviewWork, seesUnverifiedPersons, type Viewer } from '../auth/access-rule';
import { actorOf, type AuthUser } from '../auth/roles.decorator';
import { MentionRecord, MentionRepository } from '../posts/mention.repository';
import { UserRepository } from '../auth/user.repository';
import { FaceLinksService } from '../faces/face-links.service';
import type { FaceRecord } from '../faces/face.repository';
import { analyzeName } from '../extraction/names/name-analysis';
import { MediaRecord, MediaRepository } from '../media/media.repository';
import { compareNames } from '../extraction/names/name-match';
import { PostRecord, PostRepository } from '../posts/post.repository';
import { NoteRecord, NoteRepository } from '../persons/note.repository';
import { PersonRecord, PersonRepository } from '../persons/person.repository';
import { PersonStatus } from '../persons/person.schema';
import { SuggestionService } from '../persons/suggestion.service';

const isId = (id: string) => /^[0-9a-f]{24}$/.test(id);

type Spelling = PersonRecord['spellings'][number];
const sameSpelling = (a: Spelling, b: Spelling) => a.name === b.name && (a.mentionId ?? null) === (b.mentionId ?? null);

/** What a merge records in its audit event: enough to undo it exactly. */
interface MergeRecord {
  into: string;
  reason: string;
  movedMentionIds: string[];
  addedSpellings: Spelling[];
  addedNameKeys: string[];
  addedMediaIds: string[];
}

export interface PersonPage {
  person: PersonRecord;
  mergedInto: PersonRecord | null;
  mentions: MentionRecord[];
  /** Every post with a mention confirmed as this person, or linked from a note, newest first. */
  posts: PostRecord[];
  /** Stored photos of those posts. */
  photos: MediaRecord[];
  notes: NoteRecord[];
  /** The record's own events, and the merges into it and splits off it. */
  history: AuditEventRecord[];
  verification: { lastEditorName: string | null; mayVerify: boolean };
  /** Distinct copy groups among the linked posts: re-posts of one announcement count once. */
  independentSources: number;
  /** Candidates to merge into, when the page was asked for them by name. */
  mergeCandidates: { person: PersonRecord; score: number | null }[] | null;
  /** The faces reviewers attached to the person; null for those who may not use faces, or while faces are off. */
  faces: FaceRecord[] | null;
}

const PAGE_POSTS = 500;

@Injectable()
export class PersonsService {
  constructor(
    private readonly persons: PersonRepository,
    private readonly mentions: MentionRepository,
    private readonly notes: NoteRepository,
    private readonly posts: PostRepository,
    private readonly events: AuditEventRepository,
    private readonly audit: AuditService,
    private readonly suggestions: SuggestionService,
    private readonly users: UserRepository,
    private readonly media: MediaRepository,
    private readonly faceLinks: FaceLinksService,
  ) {}

  /**
   * By name in any script, best match first; without a query, the most recently changed. Only the
   * persons the viewer may see (researchers: verified ones).
   */
  async search(viewer: Viewer, query: string): Promise<{ person: PersonRecord; score: number | null }[]> {
    const q = query.trim();
    const verifiedOnly = !seesUnverifiedPersons(viewer);
    if (!q) return (await this.persons.list(100, { verifiedOnly })).map((person) => ({ person, score: null }));
    const candidates = await this.persons.findByNameKeys(analyzeName(q).keys, 200, { verifiedOnly });
    return candidates
      .map((person) => ({ person, score: Math.max(...[person.displayName, ...person.spellings.map((s) => s.name)].map((n) => compareNames(q, n).score)) }))
      .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
      .slice(0, 50);
  }

  async get(id: string): Promise<PersonRecord> {
    const person = isId(id) ? await this.persons.findById(id) : null;
    if (!person) throw new NotFoundException(`No person with id ${id}.`);
    return person;
  }

  /**
   * A person's page as the viewer may see it: a person they may not see is "not found" (the same
   * answer as an id that does not exist), and the record's history is for reviewers and admins.
   */
  async page(viewer: Viewer, id: string, { mergeQuery }: { mergeQuery?: string } = {}): Promise<PersonPage> {
    const person = await this.get(id);
    if (!maySeePerson(viewer, person)) throw new NotFoundException(`No person with id ${id}.`);
    const reviewWork = seesReviewWork(viewer);
    const [mentions, ownHistory, relatedHistory, notes, mergedInto, lastEditor] = await Promise.all([
      this.mentions.findByPerson(id),
      reviewWork ? this.events.findForEntity('person', id) : Promise.resolve([]),
      reviewWork ? this.events.findForEntity('person-target', id) : Promise.resolve([]),
      this.notes.findForPerson(id),
      person.mergedInto ? this.persons.findById(person.mergedInto) : Promise.resolve(null),
      person.lastEditedBy ? this.users.findUserById(person.lastEditedBy) : Promise.resolve(null),
    ]);
    const postIds = [...new Set([...mentions.map((m) => m.postId), ...notes.map((n) => n.postId).filter((p): p is string => !!p)])].slice(0, PAGE_POSTS);
    const [posts, photos] = await Promise.all([this.posts.findByIds(postIds), this.media.findByPosts(postIds)]);
    posts.sort((a, b) => (b.publishedAt ?? b.collectedAt).getTime() - (a.publishedAt ?? a.collectedAt).getTime());
    const history = [...ownHistory, ...relatedHistory].sort((a, b) => b.at.getTime() - a.at.getTime());
    const confirmedPostIds = new Set(mentions.filter((m) => m.review.status === 'confirmed' || m.review.status === 'edited').map((m) => m.postId));
    const independentSources = new Set(posts.filter((p) => confirmedPostIds.has(p.id)).map((p) => p.copyOf ?? p.id)).size;
    const mayVerify = reviewWork && person.verification.status !== 'verified' && !person.mergedInto && person.lastEditedBy !== (viewer.id ?? null);
    const mergeCandidates =
      reviewWork && mergeQuery?.trim()
        ? (await this.search(viewer, mergeQuery)).filter((hit) => hit.person.id !== person.id && !hit.person.mergedInto).slice(0, 10)
        : null;
    const faces = await this.faceLinks.facesOfPerson(viewer, person.id);
    return {
      person,
      mergedInto: mergedInto && maySeePerson(viewer, mergedInto) ? mergedInto : null,
      mentions,
      posts,
      photos: photos.filter((p) => p.thumbnailFileId),
      notes,
      history,
      verification: { lastEditorName: lastEditor?.name ?? null, mayVerify },
      independentSources,
      mergeCandidates,
      faces,
    };
  }

  /**
   * Four eyes: any reviewer but the one whose change is being verified (the last editor). A merge
   * or split by a second reviewer makes them the last editor, so the first may verify it.
   */
  async verify(user: AuthUser, id: string): Promise<void> {
    const person = await this.get(id);
    if (person.verification.status === 'verified') throw new ConflictException('This person is already verified.');
    if (person.lastEditedBy === user.id) {
      throw new ConflictException('A second reviewer must verify a person: not the one who made its last change.');
    }
    if (!(await this.persons.verify(id, user.id, new Date()))) throw new ConflictException('The person changed meanwhile; reload and try again.');
    await this.audit.record(
      actorOf(user),
      'person.verified',
      { type: 'person', id },
      { before: person.verification, after: { status: 'verified', by: user.id } },
    );
  }

  /**
   * A status change is an edit: lastEditedBy is set and the record goes back to 'unverified'.
   * Marking someone dead is an admin's decision.
   */
  async changeStatus(user: AuthUser, id: string, status: PersonStatus): Promise<void> {
    const person = await this.live(id);
    if (status === 'dead' && !user.roles.includes('admin')) throw new ForbiddenException('Only an admin can mark a person dead.');
    if (status === person.status) return;
    await this.persons.setStatus(id, status, user.id);
    await this.suggestions.personChanged(id);
    await this.audit.record(
      actorOf(user),
      'person.status-changed',
      { type: 'person', id },
      {
        before: { status: person.status, verification: person.verification, lastEditedBy: person.lastEditedBy },
        after: { status, verification: 'unverified', lastEditedBy: user.id },
      },
    );
  }

  /**
   * Appends a note (never updated or deleted). A note may report a status, which is then applied
   * as a status change (same rules), and may link one of our posts.
   */
  async addNote(
    user: AuthUser,
    id: string,
    { text, status = null, postId = null }: { text: string; status?: PersonStatus | null; postId?: string | null },
  ): Promise<NoteRecord> {
    const person = await this.get(id);
    if (postId && !(await this.posts.findById(postId))) throw new BadRequestException('The linked post must be the id or page URL of one of our posts.');
    if (status) await this.changeStatus(user, person.id, status);
    const note = await this.notes.append({ personId: person.id, authorId: user.id, authorName: user.name, text, status, postId, at: new Date() });
    await this.audit.record(actorOf(user), 'person.note-added', { type: 'person', id: person.id }, { after: { noteId: note.id, status, postId } });
    return note;
  }

  /**
   * Merges `id` into `into`: the merged record gets mergedInto, the target gets its spellings, name
   * keys and photos, and every mention linked to the merged record points to the target. One audit
   * event records what was added and moved, which is exactly what a split takes back.
   */
  async merge(user: AuthUser, id: string, into: string, reason: string): Promise<void> {
    if (into === id) throw new BadRequestException('A person cannot be merged into itself.');
    const person = await this.live(id);
    const target = await this.live(into);
    if ((await this.persons.countMergedInto(person.id)) > 0) throw new ConflictException('Other persons are merged into this one; split them first.');

    const addedSpellings = person.spellings.filter((s) => !target.spellings.some((t) => sameSpelling(s, t)));
    const addedNameKeys = person.nameKeys.filter((k) => !target.nameKeys.includes(k));
    const addedMediaIds = person.mediaIds.filter((m) => !target.mediaIds.includes(m));
    if (!(await this.persons.markMerged(person.id, target.id, user.id))) throw new ConflictException('The person changed meanwhile; reload and try again.');
    await this.persons.setNames(
      target.id,
      {
        spellings: [...target.spellings, ...addedSpellings],
        nameKeys: [...target.nameKeys, ...addedNameKeys],
        mediaIds: [...target.mediaIds, ...addedMediaIds],
      },
      user.id,
    );
    const movedMentionIds = await this.mentions.repointPerson(person.id, target.id);
    await this.suggestions.personChanged(person.id);
    await this.suggestions.personChanged(target.id);
    const merge: MergeRecord = { into: target.id, reason, movedMentionIds, addedSpellings, addedNameKeys, addedMediaIds };
    await this.audit.record(
      actorOf(user),
      'person.merged',
      { type: 'person', id: person.id },
      {
        before: {
          mergedInto: null,
          target: {
            id: target.id,
            spellings: target.spellings,
            nameKeys: target.nameKeys,
            mediaIds: target.mediaIds,
            verification: target.verification,
            lastEditedBy: target.lastEditedBy,
          },
        },
        after: { ...merge },
      },
    );
    // The kept record's history shows the merge too.
    await this.audit.record(
      actorOf(user),
      'person.merged-in',
      { type: 'person-target', id: target.id },
      { after: { from: person.id, name: person.displayName, reason } },
    );
  }

  /** Undoes the last merge of `id`, from what that merge recorded: the mentions and spellings it moved go back. */
  async split(user: AuthUser, id: string): Promise<void> {
    const person = await this.get(id);
    if (!person.mergedInto) throw new ConflictException('This person is not merged into another.');
    const event = (await this.events.findForEntity('person', id)).find(
      (e) => e.action === 'person.merged' && (e.after as Partial<MergeRecord> | null)?.into === person.mergedInto,
    );
    if (!event) throw new ConflictException('The record of this merge is missing; it cannot be split automatically.');
    const merge = event.after as unknown as MergeRecord;
    const target = await this.persons.findById(merge.into);
    if (!(await this.persons.clearMerged(person.id, merge.into, user.id))) throw new ConflictException('The person changed meanwhile; reload and try again.');
    let returned = 0;
    if (target) {
      const spellings = target.spellings.filter((s) => !merge.addedSpellings.some((a) => sameSpelling(a, s)));
      // Keys and photos that only came with the merge go, unless a spelling still on the target needs the key.
      const stillNeeded = new Set(spellings.flatMap((s) => analyzeName(s.name).keys));
      const nameKeys = target.nameKeys.filter((k) => !merge.addedNameKeys.includes(k) || stillNeeded.has(k));
      const mediaIds = target.mediaIds.filter((m) => !merge.addedMediaIds.includes(m));
      await this.persons.setNames(target.id, { spellings, nameKeys, mediaIds }, user.id);
      returned = await this.mentions.repointMentions(merge.movedMentionIds, target.id, person.id);
      await this.suggestions.personChanged(target.id);
    }
    await this.suggestions.personChanged(person.id);
    await this.audit.record(
      actorOf(user),
      'person.split-off',
      { type: 'person-target', id: merge.into },
      { after: { from: person.id, name: person.displayName } },
    );
    await this.audit.record(
      actorOf(user),
      'person.split',
      { type: 'person', id: person.id },
      {
        before: { mergedInto: merge.into, mergeEvent: event.id },
        after: {
          mergedInto: null,
          returnedMentions: returned,
          removedSpellings: merge.addedSpellings,
          removedNameKeys: merge.addedNameKeys,
          removedMediaIds: merge.addedMediaIds,
        },
      },
    );
  }

  /** A person that is not merged away (merged records only take a split). */
  private async live(id: string): Promise<PersonRecord> {
    const person = await this.get(id);
    if (person.mergedInto) throw new ConflictException('This person is merged into another; split it first.');
    return person;
  }
}
