import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { actorOf, type AuthUser } from '../auth/roles.decorator';
import { editsOf, MentionEdits, MentionRecord, MentionRepository } from '../extraction/mention.repository';
import { MENTION_ROLES, MentionRoleName } from '../extraction/mention.schema';
import { analyzeName } from '../extraction/names/name-analysis';
import { MediaRepository } from '../media/media.repository';
import { PersonRecord, PersonRepository } from '../persons/person.repository';
import { PersonStatus } from '../persons/person.schema';
import { postIdFrom } from '../persons/persons.service';
import { PostRecord, PostRepository } from '../posts/post.repository';
import { ClaimService } from './claim.service';

/** A claim is the reviewer's for this long; after that the post is free for others again. */
export const CLAIM_MS = 15 * 60_000;

const STATUS_FROM_ROLE: Record<string, PersonStatus> = { detainee: 'detained', released: 'released', missing: 'missing', dead: 'dead' };

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
  ) {}

  queue(filters: TriageFilters): Promise<PostRecord[]> {
    return this.posts.findForTriage({ ...filters, claimExpiredBefore: new Date(Date.now() - CLAIM_MS), limit: 100 });
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

  async view(postId: string) {
    const post = await this.postOrFail(postId);
    const [mentions, photos] = await Promise.all([this.mentions.findByPost(postId), this.media.findByPost(postId)]);
    const personIds = new Set<string>();
    for (const m of mentions) {
      for (const s of m.suggestions) if (s.kind === 'person') personIds.add(s.targetId);
      if (m.review.personId) personIds.add(m.review.personId);
    }
    const persons = new Map<string, PersonRecord>();
    for (const id of personIds) {
      const p = /^[0-9a-f]{24}$/.test(id) ? await this.persons.findById(id) : null;
      if (p) persons.set(id, p);
    }
    return { post, mentions, photos, persons };
  }

  /** Confirms a mention as a person not yet known: a new person record, unverified. */
  async confirmAsNewPerson(user: AuthUser, mentionId: string): Promise<PersonRecord> {
    const mention = effective(await this.claimedMention(user, mentionId));
    const name = analyzeName(mention.name);
    // Marking someone dead is an admin's decision; a reviewer's new record says "unknown" until then.
    const fromRole = STATUS_FROM_ROLE[mention.role] ?? 'unknown';
    const status: PersonStatus = fromRole === 'dead' && !user.roles.includes('admin') ? 'unknown' : fromRole;
    const attrs = mention.attributes as Record<string, unknown>;
    const person = await this.persons.create({
      displayName: mention.name,
      spellings: [{ name: mention.name, mentionId: mention.id }],
      nameKeys: name.keys,
      status,
      attributes: Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== null && v !== undefined)),
      createdBy: user.id,
    });
    await this.mentions.setVerdict(mention.id, { status: 'confirmed', personId: person.id, by: user.id, at: new Date() });
    await this.audit.record(actorOf(user), 'mention.confirmed-new-person', { type: 'mention', id: mention.id }, { before: mention.review, after: { personId: person.id, status } });
    await this.audit.record(actorOf(user), 'person.created', { type: 'person', id: person.id }, { after: { displayName: person.displayName, status, fromMention: mention.id } });
    return person;
  }

  /** Confirms a mention as an existing person: the spelling joins the person's record. */
  async confirmIntoPerson(user: AuthUser, mentionId: string, personId: string): Promise<void> {
    const mention = effective(await this.claimedMention(user, mentionId));
    const person = /^[0-9a-f]{24}$/.test(personId) ? await this.persons.findById(personId) : null;
    if (!person || person.mergedInto) throw new NotFoundException(`No person with id ${personId}.`);
    await this.persons.addSpelling(person.id, { name: mention.name, mentionId: mention.id }, analyzeName(mention.name).keys, user.id);
    await this.mentions.setVerdict(mention.id, { status: 'confirmed', personId: person.id, by: user.id, at: new Date() });
    await this.audit.record(actorOf(user), 'mention.confirmed-into-person', { type: 'mention', id: mention.id }, { before: mention.review, after: { personId: person.id } });
  }

  async reject(user: AuthUser, mentionId: string): Promise<void> {
    const mention = await this.claimedMention(user, mentionId);
    await this.mentions.setVerdict(mention.id, { status: 'rejected', personId: null, by: user.id, at: new Date() });
    await this.audit.record(actorOf(user), 'mention.rejected', { type: 'mention', id: mention.id }, { before: mention.review });
  }

  async decidePost(user: AuthUser, postId: string, status: 'relevant' | 'irrelevant'): Promise<void> {
    const post = await this.claimedPost(user, postId);
    await this.posts.decide(post.id, status, user.id, new Date());
    await this.claims.release(post.id, user.id);
    await this.audit.record(actorOf(user), `post.marked-${status}`, { type: 'post', id: post.id }, { before: { status: post.review.status } });
  }

  /**
   * A reviewer's correction of a mention (name, role, facts): kept in review.edits beside the
   * machine's values, which stay as extracted. A mention without a verdict becomes 'edited';
   * a confirmed or rejected one keeps its verdict and gains the corrections.
   */
  async editMention(user: AuthUser, mentionId: string, input: Record<string, unknown>): Promise<MentionEdits> {
    const mention = await this.claimedMention(user, mentionId);
    const before = editsOf(mention);
    const edits: MentionEdits = {};
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    if (name.length > 200) throw new BadRequestException('A name may be at most 200 characters.');
    if (name && name !== mention.name) edits.name = name;
    if (typeof input.role === 'string' && input.role && input.role !== mention.role) {
      if (!(MENTION_ROLES as readonly string[]).includes(input.role)) throw new BadRequestException(`Unknown role ${input.role}.`);
      edits.role = input.role as MentionRoleName;
    }
    const machine = mention.attributes as Record<string, unknown>;
    const attributes: NonNullable<MentionEdits['attributes']> = {};
    for (const key of EDITABLE_ATTRIBUTES) {
      const raw = typeof input[key] === 'string' ? (input[key] as string).trim() : '';
      let value: string | number | null = raw || null;
      if (value !== null && key !== 'hometown' && key !== 'prison') {
        const n = Number(value);
        const [lo, hi] = key === 'age' ? [0, 120] : [1900, 2100];
        if (!Number.isInteger(n) || n < lo || n > hi) throw new BadRequestException(`${key} must be a whole number from ${lo} to ${hi}.`);
        value = n;
      }
      if (value !== ((machine[key] as string | number | null | undefined) ?? null)) attributes[key] = value;
    }
    if (Object.keys(attributes).length > 0) edits.attributes = attributes;
    if (Object.keys(edits).length === 0 && !before) throw new BadRequestException('Nothing was changed.');
    const status = mention.review.status === 'confirmed' || mention.review.status === 'rejected' ? mention.review.status : 'edited';
    await this.mentions.setEdits(mention.id, status, edits, user.id, new Date());
    await this.audit.record(actorOf(user), 'mention.edited', { type: 'mention', id: mention.id }, { before: { status: mention.review.status, edits: before }, after: { status, edits } });
    return edits;
  }

  /** Marks the claimed post a duplicate of another post of ours (by id or page URL). */
  async markDuplicate(user: AuthUser, postId: string, of: unknown): Promise<string> {
    const post = await this.claimedPost(user, postId);
    const duplicateOf = typeof of === 'string' ? postIdFrom(of) : null;
    if (!duplicateOf) throw new BadRequestException('Give the id or page address of the post this one duplicates.');
    if (duplicateOf === post.id) throw new BadRequestException('A post cannot duplicate itself.');
    if (!(await this.posts.findById(duplicateOf))) throw new NotFoundException(`No post with id ${duplicateOf}.`);
    await this.posts.decide(post.id, 'duplicate', user.id, new Date(), duplicateOf);
    await this.claims.release(post.id, user.id);
    await this.audit.record(actorOf(user), 'post.marked-duplicate', { type: 'post', id: post.id }, { before: { status: post.review.status }, after: { status: 'duplicate', duplicateOf } });
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
    attributes: { ...(mention.attributes as Record<string, unknown>), ...(edits.attributes ?? {}) },
  };
}
