import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { UserRepository } from '../auth/user.repository';
import type { Viewer } from '../auth/access-rule';
import { actorOf, type AuthUser } from '../auth/roles.decorator';
import { editsOf, MentionEdits, MentionRecord, MentionRepository } from '../posts/mention.repository';
import { analyzeName } from '../extraction/names/name-analysis';
import { FaceLinksService, type PostFaces } from '../faces/face-links.service';
import { MediaRepository } from '../media/media.repository';
import { photosWithReposts } from '../media/photos';
import type { PhotoView } from '../media/photos';
import { PersonRecord, PersonRepository } from '../persons/person.repository';
import { PersonStatus } from '../persons/person.schema';
import type { MentionEditInput } from './review.dto';
import { SuggestionService } from '../persons/suggestion.service';
import { PostRecord, PostRepository } from '../posts/post.repository';
import { ClaimService } from './claim.service';

/** A claim is the reviewer's for this long; after that the post is free for others again. */
export const CLAIM_MS = 15 * 60_000;
/** Posts read for one triage page, and shown: copies waiting on their first post are left out. */
const TRIAGE_FETCH = 300;
const TRIAGE_SHOWN = 100;

const STATUS_FROM_ROLE: Record<string, PersonStatus> = { detainee: 'detained', released: 'released', missing: 'missing', dead: 'dead' };

export interface ReviewPostView {
  post: PostRecord;
  mentions: MentionRecord[];
  photos: PhotoView[];
  persons: Map<string, PersonRecord>;
  /** The mentions in other posts that suggestions name, with their posts, by mention id. */
  otherMentions: Map<string, { mention: MentionRecord; post: PostRecord }>;
  /** Later posts with the same text (re-posts), when this post leads its copy group. */
  copies: PostRecord[];
  /** The group's first post, when this post is a copy. */
  copyOf: PostRecord | null;
  /** Who sent the post as a tip (name and email), when it is one. */
  submitter: string | null;
  /** Faces in the photos and persons whose faces look alike, for those who may use faces while they are on. */
  faces?: PostFaces | null;
}

export interface TriageFilters {
  sort: 'newest' | 'mentions';
  lang?: string;
  hasPhoto?: boolean;
}

/** The triage workflow: claims, verdicts on mentions, decisions on posts. Every decision is an audit event. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly posts: PostRepository,
    private readonly mentions: MentionRepository,
    private readonly persons: PersonRepository,
    private readonly media: MediaRepository,
    private readonly audit: AuditService,
    private readonly claims: ClaimService,
    private readonly suggestions: SuggestionService,
    private readonly users: UserRepository,
    private readonly faceLinks: FaceLinksService,
  ) {}

  /**
   * The triage queue, each copy group once: its first post with the other sources that re-posted
   * it. A copy is listed on its own only once its first post is decided (a late re-post).
   */
  async queue(filters: TriageFilters): Promise<{ post: PostRecord; copies: PostRecord[] }[]> {
    const rows = await this.posts.findForTriage({ ...filters, claimExpiredBefore: new Date(Date.now() - CLAIM_MS), limit: TRIAGE_FETCH });
    const leaders = new Map((await this.posts.findByIds(rows.flatMap((p) => (p.copyOf ? [p.copyOf] : [])))).map((p) => [p.id, p] as const));
    const undecided = (id: string) => ['new', 'in_review'].includes(leaders.get(id)?.review.status ?? 'relevant');
    const shown = rows.filter((p) => !p.copyOf || !undecided(p.copyOf)).slice(0, TRIAGE_SHOWN);
    const copies = await this.posts.findCopiesOf(shown.filter((p) => !p.copyOf).map((p) => p.id));
    return shown.map((post) => ({ post, copies: copies.filter((c) => c.copyOf === post.id) }));
  }

  /** Opens a post for one reviewer; refused while someone else holds it. */
  async claim(user: AuthUser, postId: string): Promise<void> {
    const post = await this.postOrFail(postId);
    if (!['new', 'in_review'].includes(post.review.status) || !(await this.claims.acquire(postId, user.id, CLAIM_MS))) {
      throw new ConflictException('Another reviewer has this post open.');
    }
    const now = new Date();
    await this.posts.claim(postId, user.id, user.name, now, new Date(now.getTime() - CLAIM_MS));
    await this.audit.record(actorOf(user), 'review.claimed', { type: 'post', id: postId });
  }

  async release(user: AuthUser, postId: string): Promise<void> {
    await this.claims.release(postId, user.id);
    await this.posts.release(postId, user.id);
    await this.audit.record(actorOf(user), 'review.released', { type: 'post', id: postId });
  }

  /**
   * Everything the post page shows: the post, its mentions with fresh suggestions (recomputed here
   * if any person changed since), the persons they name, the other posts' mentions that may be the
   * same person, and each photo with the other posts that re-posted it.
   */
  async view(postId: string, viewer?: Viewer): Promise<ReviewPostView> {
    const post = await this.postOrFail(postId);
    let mentions = await this.mentions.findByPost(postId);
    if (await this.suggestions.ensureFresh(postId, mentions)) mentions = await this.mentions.findByPost(postId);
    const photos = await photosWithReposts(this.media, postId);

    const personIds = new Set<string>();
    const otherMentionIds: string[] = [];
    for (const m of mentions) {
      for (const s of m.suggestions) {
        if (s.kind === 'person') personIds.add(s.targetId);
        else otherMentionIds.push(s.targetId);
      }
      if (m.review.personId) personIds.add(m.review.personId);
    }
    const others = (await this.mentions.findByIds(otherMentionIds)).filter((m) => m.review.status !== 'rejected');
    for (const o of others) if (o.review.personId) personIds.add(o.review.personId);
    const persons = new Map((await this.persons.findByIds([...personIds])).map((p) => [p.id, p] as const));
    const otherPosts = new Map((await this.posts.findByIds([...new Set(others.map((o) => o.postId))])).map((p) => [p.id, p] as const));
    const otherMentions = new Map(others.filter((o) => otherPosts.has(o.postId)).map((o) => [o.id, { mention: o, post: otherPosts.get(o.postId)! }] as const));

    const copies = post.copyOf ? [] : await this.posts.findCopiesOf([post.id]);
    const copyOf = post.copyOf ? await this.posts.findById(post.copyOf) : null;
    const submitter = post.submittedBy ? await this.users.findUserById(post.submittedBy) : null;
    const faces = viewer
      ? await this.faceLinks.forPost(
          viewer,
          photos.map((p) => p.photo.id),
        )
      : null;
    return {
      post,
      mentions,
      photos,
      persons,
      otherMentions,
      copies,
      copyOf,
      submitter: submitter ? `${submitter.name} <${submitter.email}>` : post.submittedBy,
      faces,
    };
  }

  /**
   * One step for a name and its likely mentions in other posts: confirms this mention as a new
   * person or the suggested one, then every pending mention the suggestions name in other posts
   * as the same person. Posts another reviewer has open are left to them, and said so.
   */
  async linkAll(user: AuthUser, mentionId: string, target: string): Promise<{ personId: string; linked: number; skipped: number }> {
    const claimed = await this.claimedMention(user, mentionId);
    // The same suggestions the reviewer saw on opening the post (refreshed then if stale).
    if (await this.suggestions.ensureFresh(claimed.postId, [claimed])) return this.linkAll(user, mentionId, target);
    const mention = claimed;
    // One refresh of the suggestions at the end: a refresh running while the verdicts below are
    // written could, on FerretDB (whose updates rewrite the whole document), undo one of them.
    let personId: string;
    if (target === 'new') personId = (await this.confirmAsNewPerson(user, mentionId, { refresh: false })).id;
    else {
      await this.confirmIntoPerson(user, mentionId, target, { refresh: false });
      personId = target;
    }
    let linked = 0;
    let skipped = 0;
    const others = await this.mentions.findByIds(mention.suggestions.filter((s) => s.kind === 'mention').map((s) => s.targetId));
    for (const other of others) {
      if (other.review.status !== 'pending') continue;
      const holder = await this.claims.holder(other.postId);
      if (holder && holder !== user.id) {
        skipped++;
        continue;
      }
      const name = effective(other).name;
      await this.persons.addSpelling(personId, { name, mentionId: other.id }, analyzeName(name).keys, user.id);
      await this.mentions.setVerdict(other.id, { status: 'confirmed', personId, by: user.id, at: new Date() });
      await this.audit.record(
        actorOf(user),
        'mention.confirmed-into-person',
        { type: 'mention', id: other.id },
        { before: other.review, after: { personId, linkedWith: mention.id } },
      );
      linked++;
    }
    await this.suggestions.personChanged(personId);
    return { personId, linked, skipped };
  }

  /** Confirms a mention as a person not yet known: a new person record, unverified. */
  async confirmAsNewPerson(user: AuthUser, mentionId: string, { refresh = true } = {}): Promise<PersonRecord> {
    const mention = effective(await this.claimedMention(user, mentionId));
    const name = analyzeName(mention.name);
    // Marking someone dead is an admin's decision; a reviewer's new record says "unknown" until then.
    const fromRole = STATUS_FROM_ROLE[mention.role] ?? 'unknown';
    const status: PersonStatus = fromRole === 'dead' && !user.roles.includes('admin') ? 'unknown' : fromRole;
    const attrs = mention.attributes;
    const person = await this.persons.create({
      displayName: mention.name,
      spellings: [{ name: mention.name, mentionId: mention.id }],
      nameKeys: name.keys,
      status,
      attributes: Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== null && v !== undefined)),
      createdBy: user.id,
    });
    await this.mentions.setVerdict(mention.id, { status: 'confirmed', personId: person.id, by: user.id, at: new Date() });
    await this.audit.record(
      actorOf(user),
      'mention.confirmed-new-person',
      { type: 'mention', id: mention.id },
      { before: mention.review, after: { personId: person.id, status } },
    );
    await this.audit.record(
      actorOf(user),
      'person.created',
      { type: 'person', id: person.id },
      { after: { displayName: person.displayName, status, fromMention: mention.id } },
    );
    if (refresh) await this.suggestions.personChanged(person.id);
    return person;
  }

  /** Confirms a mention as an existing person: the spelling joins the person's record. */
  async confirmIntoPerson(user: AuthUser, mentionId: string, personId: string, { refresh = true } = {}): Promise<void> {
    const mention = effective(await this.claimedMention(user, mentionId));
    const person = /^[0-9a-f]{24}$/.test(personId) ? await this.persons.findById(personId) : null;
    if (!person || person.mergedInto) throw new NotFoundException(`No person with id ${personId}.`);
    await this.persons.addSpelling(person.id, { name: mention.name, mentionId: mention.id }, analyzeName(mention.name).keys, user.id);
    await this.mentions.setVerdict(mention.id, { status: 'confirmed', personId: person.id, by: user.id, at: new Date() });
    await this.audit.record(
      actorOf(user),
      'mention.confirmed-into-person',
      { type: 'mention', id: mention.id },
      { before: mention.review, after: { personId: person.id } },
    );
    if (refresh) await this.suggestions.personChanged(person.id);
  }

  async reject(user: AuthUser, mentionId: string): Promise<void> {
    const mention = await this.claimedMention(user, mentionId);
    await this.mentions.setVerdict(mention.id, { status: 'rejected', personId: null, by: user.id, at: new Date() });
    await this.audit.record(actorOf(user), 'mention.rejected', { type: 'mention', id: mention.id }, { before: mention.review });
  }

  /**
   * Decides the claimed post; with `withCopies`, its undecided copies get the same decision and
   * its names' verdicts in one step (each copy keeps its own source, raw item and hash). Copies
   * another reviewer has open are left alone. Returns how many copies were decided.
   */
  async decidePost(user: AuthUser, postId: string, status: 'relevant' | 'irrelevant', { withCopies = false } = {}): Promise<number> {
    const post = await this.claimedPost(user, postId);
    await this.posts.decide(post.id, status, user.id, new Date());
    await this.claims.release(post.id, user.id);
    await this.audit.record(actorOf(user), `post.marked-${status}`, { type: 'post', id: post.id }, { before: { status: post.review.status } });
    if (!withCopies || post.copyOf) return 0;
    const verdicts = (await this.mentions.findByPost(post.id)).filter((m) => m.review.status === 'confirmed' || m.review.status === 'rejected');
    const touched = new Set<string>();
    let decided = 0;
    for (const copy of await this.posts.findCopiesOf([post.id])) {
      if (!['new', 'in_review'].includes(copy.review.status)) continue;
      const holder = await this.claims.holder(copy.id);
      if (holder && holder !== user.id) continue;
      await this.posts.decide(copy.id, status, user.id, new Date());
      await this.audit.record(
        actorOf(user),
        `post.marked-${status}`,
        { type: 'post', id: copy.id },
        { before: { status: copy.review.status }, after: { asCopyOf: post.id } },
      );
      for (const copyMention of await this.mentions.findByPost(copy.id)) {
        const same = verdicts.filter((v) => v.normalized === copyMention.normalized);
        if (same.length !== 1 || copyMention.review.status !== 'pending') continue;
        const verdict = same[0].review;
        await this.mentions.setVerdict(copyMention.id, { status: verdict.status, personId: verdict.personId, by: user.id, at: new Date() });
        await this.audit.record(
          actorOf(user),
          verdict.status === 'confirmed' ? 'mention.confirmed-into-person' : 'mention.rejected',
          { type: 'mention', id: copyMention.id },
          {
            before: copyMention.review,
            after: { personId: verdict.personId, asCopyOf: same[0].id },
          },
        );
        if (verdict.personId) touched.add(verdict.personId);
      }
      decided++;
    }
    for (const personId of touched) await this.suggestions.personChanged(personId);
    return decided;
  }

  /**
   * A reviewer's correction of a mention (name, role, facts): kept in review.edits beside the
   * machine's values, which stay as extracted. A mention without a verdict becomes 'edited';
   * a confirmed or rejected one keeps its verdict and gains the corrections.
   */
  async editMention(user: AuthUser, mentionId: string, input: Omit<MentionEditInput, 'post'>): Promise<MentionEdits> {
    const mention = await this.claimedMention(user, mentionId);
    const before = editsOf(mention);
    const edits: MentionEdits = {};
    if (input.name && input.name !== mention.name) edits.name = input.name;
    if (input.role && input.role !== mention.role) edits.role = input.role;
    const machine = mention.attributes;
    const attributes: NonNullable<MentionEdits['attributes']> = {};
    for (const key of EDITABLE_ATTRIBUTES) {
      const value = input[key];
      if (value !== ((machine[key] as string | number | null | undefined) ?? null)) attributes[key] = value;
    }
    if (Object.keys(attributes).length > 0) edits.attributes = attributes;
    if (Object.keys(edits).length === 0 && !before) throw new BadRequestException('Nothing was changed.');
    const status = mention.review.status === 'confirmed' || mention.review.status === 'rejected' ? mention.review.status : 'edited';
    await this.mentions.setEdits(mention.id, status, edits, user.id, new Date());
    await this.audit.record(
      actorOf(user),
      'mention.edited',
      { type: 'mention', id: mention.id },
      { before: { status: mention.review.status, edits: before }, after: { status, edits } },
    );
    return edits;
  }

  /** Marks the claimed post a duplicate of another post of ours (`duplicateOf`: its id). */
  async markDuplicate(user: AuthUser, postId: string, duplicateOf: string): Promise<string> {
    const post = await this.claimedPost(user, postId);
    if (duplicateOf === post.id) throw new BadRequestException('A post cannot duplicate itself.');
    if (!(await this.posts.findById(duplicateOf))) throw new NotFoundException(`No post with id ${duplicateOf}.`);
    await this.posts.decide(post.id, 'duplicate', user.id, new Date(), duplicateOf);
    await this.claims.release(post.id, user.id);
    await this.audit.record(
      actorOf(user),
      'post.marked-duplicate',
      { type: 'post', id: post.id },
      { before: { status: post.review.status }, after: { status: 'duplicate', duplicateOf } },
    );
    return duplicateOf;
  }

  /** Marks obvious noise irrelevant in one go; posts another reviewer holds are left alone. */
  async bulkIrrelevant(user: AuthUser, postIds: string[]): Promise<number> {
    let done = 0;
    for (const id of postIds.slice(0, 200)) {
      const now = new Date();
      if (!/^[0-9a-f]{24}$/.test(id) || !(await this.claims.acquire(id, user.id, CLAIM_MS))) continue;
      await this.posts.decide(id, 'irrelevant', user.id, now);
      await this.claims.release(id, user.id);
      await this.audit.record(actorOf(user), 'post.marked-irrelevant', { type: 'post', id }, { after: { bulk: true } });
      done++;
    }
    return done;
  }

  private async postOrFail(postId: string): Promise<PostRecord> {
    const post = /^[0-9a-f]{24}$/.test(postId) ? await this.posts.findById(postId) : null;
    if (!post) throw new NotFoundException(`No post with id ${postId}.`);
    return post;
  }

  private async claimedPost(user: AuthUser, postId: string): Promise<PostRecord> {
    const post = await this.postOrFail(postId);
    if ((await this.claims.holder(postId)) !== user.id) {
      throw new ForbiddenException('Open the post for review first (another reviewer may have it, or your claim expired).');
    }
    return post;
  }

  private async claimedMention(user: AuthUser, mentionId: string): Promise<MentionRecord> {
    const mention = /^[0-9a-f]{24}$/.test(mentionId) ? await this.mentions.findById(mentionId) : null;
    if (!mention) throw new NotFoundException(`No mention with id ${mentionId}.`);
    await this.claimedPost(user, mention.postId);
    return mention;
  }
}

const EDITABLE_ATTRIBUTES = ['hometown', 'prison', 'age', 'birthYear', 'arrestYear'] as const;

/** The mention as the reviewer corrected it: machine values overlaid with review.edits. */
export function effective(mention: MentionRecord): MentionRecord {
  const edits = editsOf(mention);
  if (!edits) return mention;
  return {
    ...mention,
    name: edits.name ?? mention.name,
    role: edits.role ?? mention.role,
    attributes: { ...mention.attributes, ...(edits.attributes ?? {}) },
  };
}
