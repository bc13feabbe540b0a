import { compareNames } from '../extraction/names/name-match';
import { placeLabel, resolvePlace } from '../places/places';
import { normalizeText, tokenize } from '../text/normalize';

/** What a mention says about the person it names. */
export interface MentionFacts {
  name: string;
  /** Part of a name only (the extractor's `partial`). */
  partial?: boolean;
  hometown: string | null;
  prison: string | null;
  birthYear: number | null;
  mediaIds: string[];
}

/** What is known of a candidate: a person record, or a mention in another post. */
export interface CandidateFacts {
  names: string[];
  hometown: string | null;
  prison: string | null;
  birthYear: number | null;
  mediaIds: string[];
}

export interface ScoredMatch {
  score: number;
  reasons: string[];
}

/** Below this a candidate is not worth a reviewer's attention. */
export const SUGGESTION_THRESHOLD = 0.55;

/**
 * Scores how likely a candidate is the person a mention names: the name comparison first (a
 * different family name rules a candidate out), then hometown, prison, age and shared photos
 * as supporting or contradicting evidence. Returns null when the names do not fit at all.
 */
export function scoreCandidate(mention: MentionFacts, candidate: CandidateFacts): ScoredMatch | null {
  if (mention.partial === true || isPartName(mention.name)) return null;
  let best: ReturnType<typeof compareNames> | null = null;
  for (const name of candidate.names) {
    const c = compareNames(mention.name, name);
    if (!best || c.score > best.score) best = c;
  }
  if (!best || (!best.same && best.score < SUGGESTION_THRESHOLD)) return null;

  let score = best.score;
  const reasons = [...best.reasons];
  const home = comparePlaces(mention.hometown, candidate.hometown);
  if (home.verdict === 'same') {
    score += 0.1;
    reasons.push(`same hometown (${home.shown})`);
  } else if (home.verdict === 'different') {
    score -= 0.15;
    reasons.push(`different hometown (${home.shown})`);
  }
  const prison = comparePlaces(mention.prison, candidate.prison);
  if (prison.verdict === 'same') {
    score += 0.05;
    reasons.push(`same place of detention (${prison.shown})`);
  } else if (prison.verdict === 'different') {
    reasons.push(`different place of detention (${prison.shown})`);
  }
  if (mention.birthYear && candidate.birthYear) {
    const gap = Math.abs(mention.birthYear - candidate.birthYear);
    if (gap <= 1) {
      score += 0.1;
      reasons.push(`consistent age (born ${candidate.birthYear})`);
    } else if (gap > 2) {
      score -= 0.3;
      reasons.push(`inconsistent age (born ${mention.birthYear} vs ${candidate.birthYear})`);
    }
  }
  const shared = mention.mediaIds.filter((id) => candidate.mediaIds.includes(id));
  if (shared.length > 0) {
    score += 0.3;
    reasons.push(shared.length === 1 ? 'shares a photo' : `shares ${shared.length} photos`);
  }
  const clamped = Math.max(0, Math.min(1, Math.round(score * 1000) / 1000));
  return clamped >= SUGGESTION_THRESHOLD ? { score: clamped, reasons } : null;
}

const KUNYA_HEADS = new Set(['ابو', 'ام', 'abu', 'abou', 'umm', 'um', 'oum', 'om']);

/** One word, or a kunya alone («أبو عمر», "Umm Khaled"): part of a name, never enough to identify a person. */
export function isPartName(name: string): boolean {
  const words = tokenize(name);
  return words.length <= 1 || (words.length === 2 && KUNYA_HEADS.has(words[0]));
}

/** Birth year from an age stated in a post, when the post's date is known. */
export function birthYearOf(attributes: { birthYear?: unknown; age?: unknown }, postDate: Date | null): number | null {
  if (typeof attributes.birthYear === 'number') return attributes.birthYear;
  if (typeof attributes.age === 'number' && postDate) return postDate.getUTCFullYear() - attributes.age;
  return null;
}

/**
 * Two places as written (or canonical ids), compared by canonical id in any script. A difference
 * counts only when both are known places and not the same one: two spellings the gazetteer does
 * not know are not evidence either way unless they are the same text.
 */
export function comparePlaces(a: string | null, b: string | null): { verdict: 'same' | 'different' | 'unknown'; shown: string } {
  if (!a || !b) return { verdict: 'unknown', shown: '' };
  const pa = resolvePlace(a);
  const pb = resolvePlace(b);
  const label = (text: string) => placeLabel(text, /[\u0600-\u06FF]/.test(text) ? 'ar' : 'en');
  if (pa && pb) {
    if (pa.id === pb.id) return { verdict: 'same', shown: label(a) === label(b) ? label(a) : `${label(a)} = ${label(b)}` };
    return { verdict: 'different', shown: `${label(a)} ≠ ${label(b)}` };
  }
  if (normalizeText(a) === normalizeText(b)) return { verdict: 'same', shown: a };
  return { verdict: 'unknown', shown: '' };
}
