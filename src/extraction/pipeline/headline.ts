import type { ExtractedMention } from '../types';
import { normalizeText } from '../../text/normalize';

/**
 * Stage 8, RSS headlines. A feed item's text is its title, a blank line, then its description
 * (collectors/rss/feed-parser.ts); when the title repeats a sentence of the description, the names
 * in it would be counted twice. Each name then counts once: the title's mention of a name that the
 * repeated sentence names again is dropped, and what referred to it refers to the later one.
 */

const MIN_HEADLINE_CHARS = 20;

const fold = (s: string): string =>
  normalizeText(s)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** End offset of a headline that the rest of the text repeats, or -1. */
export function repeatedHeadlineEnd(text: string): number {
  const m = /^([^\n]+)\n\s*\n/.exec(text);
  if (!m) return -1;
  if (m[1].length < MIN_HEADLINE_CHARS) return -1;
  // Cheap test first: the title's last word must be somewhere in the rest as written.
  const lastWord = /[\p{L}\p{N}]+(?=[^\p{L}\p{N}]*$)/u.exec(m[1])?.[0];
  if (lastWord === undefined || !text.includes(lastWord, m[0].length)) return -1;
  const title = fold(m[1]);
  if (title.length < MIN_HEADLINE_CHARS) return -1;
  return fold(text.slice(m[0].length)).includes(title) ? m[1].length : -1;
}

export function dropRepeatedHeadline(text: string, mentions: ExtractedMention[]): ExtractedMention[] {
  if (mentions.length < 2) return mentions;
  const end = repeatedHeadlineEnd(text);
  if (end < 0) return mentions;
  const later = new Map<string, ExtractedMention>();
  for (const m of mentions) if (m.start > end && !later.has(fold(m.name))) later.set(fold(m.name), m);
  const replaced = new Map<ExtractedMention, ExtractedMention>();
  for (const m of mentions) {
    const again = m.end <= end ? later.get(fold(m.name)) : undefined;
    if (again) replaced.set(m, again);
  }
  if (replaced.size === 0) return mentions;
  const out = mentions.filter((m) => !replaced.has(m));
  for (const m of out) {
    if (!m.refersTo) continue;
    const target = [...replaced].find(([old]) => old.start === m.refersTo?.start && old.end === m.refersTo?.end)?.[1];
    if (target) m.refersTo = target === m ? null : { start: target.start, end: target.end };
  }
  return out;
}
