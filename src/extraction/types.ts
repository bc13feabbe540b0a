/** The extraction library's vocabulary. Pure data: no Nest, no I/O. */

export type MentionRole = 'detainee' | 'released' | 'missing' | 'dead' | 'relative' | 'official' | 'other';

/** Roles that mean "a detainee's fate": the names Athar exists to find. */
export const DETAINEE_ROLES: readonly MentionRole[] = ['detainee', 'released', 'missing', 'dead'];

export interface MentionAttributes {
  /** Hometown as written in the post (town, village or neighbourhood), or null. */
  hometown: string | null;
  /** Canonical facility id from data/facilities.json (e.g. "saydnaya", "branch-235"), or null. */
  prison: string | null;
  age: number | null;
  birthYear: number | null;
  arrestYear: number | null;
  /** ISO date (YYYY-MM-DD) or year ("2024") when the post gives one. */
  releaseDate: string | null;
  deathDate: string | null;
}

export interface ExtractedMention {
  /** The name exactly as written. */
  name: string;
  /** UTF-16 offsets into the original text: text.slice(start, end) === name. */
  start: number;
  end: number;
  role: MentionRole;
  attributes: MentionAttributes;
  /** 0..1: how sure the extractor is that this is a person and that the role is right. */
  confidence: number;
  /** The cue phrases behind the role, as written in the text. */
  cues: string[];
  /** For a surname, given name or kunya standing for a name written in full in the same post: that mention's span. */
  refersTo: { start: number; end: number } | null;
  /** Part of a name with no full form in the post («Haddad», «أبو عمر»): never enough to identify a person. */
  partial: boolean;
}

export function emptyAttributes(): MentionAttributes {
  return { hometown: null, prison: null, age: null, birthYear: null, arrestYear: null, releaseDate: null, deathDate: null };
}
