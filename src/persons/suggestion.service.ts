import { Injectable } from '@nestjs/common';
import { MentionRecord, MentionRepository } from '../extraction/mention.repository';
import { Suggestion } from '../extraction/mention.schema';
import { PostRepository } from '../posts/post.repository';
import { PersonRepository } from './person.repository';
import { birthYearOf, CandidateFacts, MentionFacts, scoreCandidate } from './suggest';

const MAX_SUGGESTIONS = 3;
const CANDIDATES = 50;

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
  ) {}

  async suggestForPost(postId: string): Promise<void> {
    const post = await this.posts.findById(postId);
    if (!post) return;
    const mentions = await this.mentions.findByPost(postId);
    if (mentions.length === 0) return;
    const postDate = post.publishedAt ?? post.collectedAt;

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
      await this.mentions.setSuggestions(mention.id, [...personSuggestions, ...top(similar)]);
    }
  }

  private factsOf(mention: MentionRecord, postDate: Date | null): MentionFacts & CandidateFacts {
    const a = mention.attributes as Attrs;
    return {
      name: mention.name,
      names: [mention.name],
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
