import { Injectable } from '@nestjs/common';
import { MentionRecord, MentionRepository } from '../posts/mention.repository';
import { Suggestion } from '../posts/mention.schema';
import { PostRepository } from '../posts/post.repository';
import { JobName } from '../queue/jobs';
import { QueueService } from '../queue/queue.service';
import { PersonRepository } from './person.repository';
import { birthYearOf, CandidateFacts, MentionFacts, scoreCandidate } from './suggest';

const MAX_SUGGESTIONS = 3;
const CANDIDATES = 50;
/** Posts whose suggestions one person's change refreshes at most (the most common names meet many). */
const REFRESH_POSTS = 2000;

type Attrs = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/**
 * For each mention of a post: up to three existing persons, and up to three mentions in other
 * posts that probably name the same person, each with a score and reasons. Suggestions only:
 * nothing is linked or merged here.
 */
@Injectable()
export class SuggestionService {
  constructor(
    private readonly mentions: MentionRepository,
    private readonly persons: PersonRepository,
    private readonly posts: PostRepository,
    private readonly queue: QueueService,
  ) {}

  /**
   * A person was created, edited, merged or split, or a mention confirmed as them: queues a
   * refresh of the suggestions that may now differ. One job per person and version (its
   * updatedAt), so the same change queued twice is refreshed once.
   */
  async personChanged(personId: string): Promise<void> {
    const person = await this.persons.findById(personId);
    if (!person) return;
    await this.queue.enqueue(JobName.RefreshSuggestions, { personId, version: String(person.updatedAt.getTime()) });
  }

  /** Recomputes the suggestions of every post with a pending mention whose name keys meet the person's. */
  async refreshForPerson(personId: string): Promise<number> {
    const person = await this.persons.findById(personId);
    if (!person) return 0;
    const postIds = await this.mentions.findPostIdsWithPendingNameKeys(person.nameKeys, REFRESH_POSTS);
    for (const postId of postIds) await this.suggestForPost(postId);
    return postIds.length;
  }

  /**
   * Before a reviewer sees a post: its pending mentions' suggestions are recomputed if any person
   * changed after they were made, or a post collected since names someone with the same name
   * keys. So they are never older than the last change to any person, whatever the queue's
   * backlog. True when they were refreshed.
   */
  async ensureFresh(postId: string, mentions: MentionRecord[]): Promise<boolean> {
    const pending = mentions.filter((m) => m.review.status === 'pending');
    if (pending.length === 0) return false;
    const made = Math.min(...pending.map((m) => m.suggestedAt?.getTime() ?? 0));
    const latest = await this.persons.latestChangeAt();
    const stale =
      (latest !== null && latest.getTime() > made) ||
      (await this.mentions.existsWithNameKeysSince([...new Set(pending.flatMap((m) => m.nameKeys))], postId, new Date(made)));
    if (!stale) return false;
    await this.suggestForPost(postId);
    return true;
  }

  async suggestForPost(postId: string): Promise<void> {
    const post = await this.posts.findById(postId);
    if (!post) return;
    const mentions = await this.mentions.findByPost(postId);
    if (mentions.length === 0) return;
    const postDate = post.publishedAt ?? post.collectedAt;
    // Taken before the candidates are read: a change made while this runs leaves them stale, not fresh.
    const at = new Date();

    for (const mention of mentions) {
      const facts = this.factsOf(mention, postDate);
      const scored: Suggestion[] = [];

      for (const person of await this.persons.findByNameKeys(mention.nameKeys, CANDIDATES)) {
        const a = person.attributes as Attrs;
        const match = scoreCandidate(facts, {
          names: [person.displayName, ...person.spellings.map((s) => s.name)],
          hometown: str(a.hometown),
          prison: str(a.prison),
          birthYear: typeof a.birthYear === 'number' ? a.birthYear : null,
          mediaIds: person.mediaIds ?? [],
        });
        if (match) scored.push({ kind: 'person', targetId: person.id, postId: null, ...match });
      }
      const personSuggestions = top(scored);

      const others = await this.mentions.findByNameKeys(mention.nameKeys, postId, CANDIDATES);
      const otherPosts = await this.posts.findDates([...new Set(others.map((m) => m.postId))]);
      const similar: Suggestion[] = [];
      for (const other of others) {
        const candidate: CandidateFacts = { ...this.factsOf(other, otherPosts.get(other.postId) ?? null), names: [other.name] };
        const match = scoreCandidate(facts, candidate);
        if (match) similar.push({ kind: 'mention', targetId: other.id, postId: other.postId, ...match });
      }
      await this.mentions.setSuggestions(mention.id, [...personSuggestions, ...top(similar)], at);
    }
  }

  private factsOf(mention: MentionRecord, postDate: Date | null): MentionFacts & CandidateFacts {
    const a = mention.attributes as Attrs;
    return {
      name: mention.name,
      names: [mention.name],
      // A short form marked partial by the extractor is never suggested alone.
      partial: mention.partial,
      hometown: str(a.hometown),
      prison: str(a.prison),
      birthYear: birthYearOf(a, postDate),
      mediaIds: mention.suggestedMediaIds ?? [],
    };
  }
}

function top(suggestions: Suggestion[]): Suggestion[] {
  return suggestions.sort((a, b) => b.score - a.score).slice(0, MAX_SUGGESTIONS);
}
