import { Injectable } from '@nestjs/common';
import type { AuditActor } from '../audit/audit-event.schema';
import { AuditEventRepository } from '../audit/audit-event.repository';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import type { AuthUser } from '../auth/roles.decorator';
import { UserRepository } from '../auth/user.repository';
import { CollectorRunRepository } from '../sources/collector-run.repository';
import { imageUrlsOf } from '../parsers/collected-post';
import { toNewPost } from '../collectors/to-new-post';
import { CURRENT_EXTRACTOR_VERSION, ExtractionService } from '../pipeline/extraction.service';
import { MentionRecord, MentionRepository } from '../posts/mention.repository';
import { analyzeName } from '../extraction/names/name-analysis';
import { MediaService, urlHash } from '../pipeline/media.service';
import { PersonsService } from '../review/persons.service';
import { PostRepository } from '../posts/post.repository';
import { ReviewService } from '../review/review.service';
import { createSourceInput } from '../sources/sources.dto';
import { SourceRepository } from '../sources/source.repository';
import { SourcesService } from '../sources/sources.service';
import {
  DEMO_HOST,
  DEMO_IRRELEVANT,
  DEMO_PERSONS,
  DEMO_PHOTOS,
  DEMO_POSTS,
  DEMO_SOURCES,
  DEMO_USERS,
  demoText,
  type DemoPost,
  type DemoSource,
  type DemoUser,
} from './demo-data';
import { DemoRepository } from './demo.repository';
import { renderDemoPhoto } from './demo-photos';

export const DEMO_ACTOR: AuditActor = { userId: null, kind: 'cli', label: 'athar demo' };
const DEMO_ENTITY = { type: 'demo', id: 'athar-demo' };
const DAY = 86_400_000;

/** The database holds posts the demo did not write: demo data must never mix with real data. */
export class DemoRefusedError extends Error {
  override name = 'DemoRefusedError';
}

export interface DemoReport {
  /** The demo had been loaded before: nothing was written. */
  alreadyLoaded: boolean;
  sources: number;
  posts: number;
  photos: number;
  persons: number;
  notes: number;
}

/**
 * Loads the synthetic demo data set (src/demo/demo-data.ts) through the app's own services, as
 * people would have made it: sources with a history of runs, posts stored and extracted (copy groups,
 * suggestions), photos stored as the media stage stores them, reviews, persons, verifications and
 * notes by two demo reviewers who cannot sign in. Refused when the database holds other posts;
 * idempotent (a second run finds it loaded and writes nothing).
 */
@Injectable()
export class DemoService {
  constructor(
    private readonly demo: DemoRepository,
    private readonly events: AuditEventRepository,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly users: UserRepository,
    private readonly sourcesService: SourcesService,
    private readonly sources: SourceRepository,
    private readonly runs: CollectorRunRepository,
    private readonly posts: PostRepository,
    private readonly extraction: ExtractionService,
    private readonly mentions: MentionRepository,
    private readonly media: MediaService,
    private readonly review: ReviewService,
    private readonly persons: PersonsService,
  ) {}

  /** Steps `load` reports progress over. */
  static readonly STEPS = DEMO_USERS.length + DEMO_SOURCES.length + 3 * DEMO_POSTS.length + DEMO_PERSONS.length + DEMO_IRRELEVANT.length + 1;

  async load(progress: (done: number, total: number) => void = () => undefined, now = new Date()): Promise<DemoReport> {
    const report: DemoReport = { alreadyLoaded: false, sources: 0, posts: 0, photos: 0, persons: 0, notes: 0 };
    let done = 0;
    const step = () => progress(++done, DemoService.STEPS);
    const others = await this.demo.countPostsNotFromDemo();
    if (others > 0) {
      throw new DemoRefusedError(
        `the database holds ${others} post(s) that are not demo posts, and demo data must never mix with real data: nothing was written. ` +
          'Load the demo into an empty database instead (another MONGODB_URI, or npm run dev in a fresh clone).',
      );
    }
    if ((await this.events.findForEntity(DEMO_ENTITY.type, DEMO_ENTITY.id, 1)).length > 0) return { ...report, alreadyLoaded: true };

    const users = new Map<DemoUser['key'], AuthUser>();
    for (const u of DEMO_USERS) {
      const record = (await this.users.findUserByEmail(u.email)) ?? (await this.auth.addUser(DEMO_ACTOR, { email: u.email, name: u.name, roles: u.roles }));
      users.set(u.key, { id: record.id, email: record.email, name: record.name, roles: record.roles, tokenId: 'demo' });
      step();
    }
    const as = (key: DemoUser['key']) => users.get(key)!;

    const sourceIds = new Map<string, string>();
    const existing = new Map((await this.sources.list()).map((s) => [s.name, s.id]));
    for (const source of DEMO_SOURCES) {
      sourceIds.set(source.key, existing.get(source.name) ?? (await this.createSource(source, now)));
      report.sources++;
      step();
    }

    const postIds = new Map<string, string>();
    for (const post of DEMO_POSTS) {
      const sourceId = sourceIds.get(post.source)!;
      const type = DEMO_SOURCES.find((s) => s.key === post.source)!.type;
      const tip = post.tip ? { submittedBy: as(post.tip.by).id, note: post.tip.note } : null;
      await this.posts.insertNew(sourceId, [toNewPost(collected(post, now), type, new Date(now.getTime() - post.collectedDaysAgo * DAY), tip)]);
      const id = await this.posts.findIdByExternalId(sourceId, `demo-${post.key}`);
      if (!id) throw new Error(`the demo post ${post.key} was not stored`);
      postIds.set(post.key, id);
      report.posts++;
      step();
    }

    // Photos are stored before extraction, as if downloaded: the media stage then finds them by URL.
    const rendered = new Map<string, Buffer>();
    for (const post of DEMO_POSTS) {
      for (const key of post.photos ?? []) {
        const photo = DEMO_PHOTOS.find((p) => p.key === key)!;
        const bytes = rendered.get(key) ?? (await renderDemoPhoto(photo));
        rendered.set(key, bytes);
        await this.media.storeImage(bytes, photoUrl(key), postIds.get(post.key)!);
        report.photos++;
      }
      step();
    }

    for (const post of DEMO_POSTS) {
      const id = postIds.get(post.key)!;
      await this.extraction.extractPost(id, CURRENT_EXTRACTOR_VERSION);
      const stored = await this.posts.findById(id);
      for (const url of imageUrlsOf(stored?.media ?? [])) await this.media.processPostImage(id, urlHash(url), { jobId: 'demo', attempt: 1, maxAttempts: 1 });
      step();
    }

    for (const person of DEMO_PERSONS) {
      const created = await this.reviewPerson(person, postIds, as);
      if (created) report.persons++;
      if (created && person.note) report.notes++;
      step();
    }
    for (const key of DEMO_IRRELEVANT) {
      await this.decide(as('omar'), postIds.get(key)!, 'irrelevant');
      step();
    }
    await this.audit.record(DEMO_ACTOR, 'demo.loaded', DEMO_ENTITY, {
      after: { sources: report.sources, posts: report.posts, photos: report.photos, persons: report.persons },
    });
    step();
    return report;
  }

  private async createSource(source: DemoSource, now: Date): Promise<string> {
    const input = createSourceInput.parse({ type: source.type, name: source.name, config: source.config, enabled: false });
    const created = await this.sourcesService.create(DEMO_ACTOR, input);
    for (const run of source.runs) {
      const at = new Date(now.getTime() - run.daysAgo * DAY);
      const runId = await this.runs.start(created.id, `demo:${source.key}:${run.daysAgo}`, 1, at);
      const counts = { fetched: run.fetched ?? 0, new: run.fetched ?? 0, duplicate: 0, filtered: 0 };
      if (run.error) {
        await this.runs.finish(runId, {
          status: 'failed',
          finishedAt: at,
          httpStatus: null,
          notModified: false,
          counts,
          error: run.error,
          errorKind: 'transient',
          note: null,
        });
        await this.sources.recordFailure(created.id, at, run.error, false, Number.MAX_SAFE_INTEGER);
      } else {
        await this.runs.finish(runId, {
          status: 'succeeded',
          finishedAt: at,
          httpStatus: 200,
          notModified: false,
          counts,
          error: null,
          errorKind: null,
          note: null,
        });
        await this.sources.recordSuccess(created.id, at, counts.new, {});
      }
    }
    return created.id;
  }

  /**
   * The first post's mention of the person becomes a new record (its status from the mention's
   * role), the same person's mentions in the other posts join it, the posts are marked relevant
   * (with their copies), then the record gets its status, a second reviewer's verification and a
   * note. False when an earlier, interrupted run had already made the record.
   */
  private async reviewPerson(person: (typeof DEMO_PERSONS)[number], postIds: Map<string, string>, as: (key: DemoUser['key']) => AuthUser): Promise<boolean> {
    const reviewer = as('rima');
    const [first, ...others] = person.posts.map((key) => postIds.get(key)!);
    const keys = analyzeName(person.name).keys;
    const mentionIn = async (postId: string) => bestMention(await this.mentions.findByPost(postId), keys);
    const lead = await mentionIn(first);
    if (!lead) throw new Error(`the extractor found no mention of ${person.name} in the demo post`);
    if (lead.review.personId) return false;

    await this.review.claim(reviewer, first);
    const created = await this.review.confirmAsNewPerson(reviewer, lead.id);
    await this.decideClaimed(reviewer, first, 'relevant');
    for (const postId of others) {
      const mention = await mentionIn(postId);
      await this.review.claim(reviewer, postId);
      if (mention) await this.review.confirmIntoPerson(reviewer, mention.id, created.id);
      await this.decideClaimed(reviewer, postId, 'relevant');
    }
    if (created.status !== person.status) await this.persons.changeStatus(reviewer, created.id, person.status);
    if (person.verifiedBy) await this.persons.verify(as(person.verifiedBy), created.id);
    if (person.note) {
      await this.persons.addNote(as(person.note.by), created.id, {
        text: person.note.text,
        status: null,
        postId: (person.note.post && postIds.get(person.note.post)) || null,
      });
    }
    return true;
  }

  private async decide(user: AuthUser, postId: string, status: 'relevant' | 'irrelevant'): Promise<void> {
    const post = await this.posts.findById(postId);
    if (!post || !['new', 'in_review'].includes(post.review.status)) return;
    await this.review.claim(user, postId);
    await this.decideClaimed(user, postId, status);
  }

  private async decideClaimed(user: AuthUser, postId: string, status: 'relevant' | 'irrelevant'): Promise<void> {
    await this.review.decidePost(user, postId, status, { withCopies: true });
  }
}

function photoUrl(key: string): string {
  return `https://${DEMO_HOST}/photos/${key}.jpg`;
}

/** The post as a collector would have returned it, marked as the demo's. */
function collected(post: DemoPost, now: Date) {
  const text = demoText(post);
  const url = `https://${DEMO_HOST}/${post.source}/${post.key}`;
  return {
    externalId: `demo-${post.key}`,
    url,
    author: post.tip ? null : DEMO_SOURCES.find((s) => s.key === post.source)!.name,
    title: null,
    text,
    publishedAt: new Date(now.getTime() - post.publishedDaysAgo * DAY - 3_600_000),
    media: (post.photos ?? []).map((key) => ({ url: photoUrl(key), type: 'image' as const })),
    raw: JSON.stringify({ demo: true, synthetic: true, url, text }),
    extra: { demo: true },
  };
}

/** The mention that shares most name keys with the person's name (none when none shares any). */
function bestMention(mentions: MentionRecord[], keys: string[]): MentionRecord | null {
  let best: MentionRecord | null = null;
  let bestShared = 0;
  for (const m of mentions) {
    const shared = m.nameKeys.filter((k) => keys.includes(k)).length;
    if (shared > bestShared) [best, bestShared] = [m, shared];
  }
  return best;
}
