/** The research queries: shared by search pages, the API, exports and the CLI. */

export interface PostSearchQuery {
  /** Words in Arabic, English or French, matched on normalised terms (prefix match for words of 4+ letters). */
  text?: string;
  from?: Date;
  to?: Date;
  sourceId?: string;
  sourceType?: string;
  lang?: string;
  reviewStatus?: string;
  hasPhoto?: boolean;
  hasMentions?: boolean;
  /** Posts with a mention confirmed as this person. */
  personId?: string;
  /**
   * Whether `personId` may name an unverified person (reviewers and admins). Without it, a filter
   * by an unverified person finds nothing: researchers learn nothing of such a person.
   */
  includeUnverifiedPersons?: boolean;
  sort: 'date' | 'relevance';
}

export interface PersonSearchQuery {
  /** A name in any script. */
  name?: string;
  status?: string;
  verification?: string;
  hometown?: string;
  prison?: string;
  arrestYearFrom?: number;
  arrestYearTo?: number;
  /** Unverified persons too: only for roles that may see them (reviewer, admin). */
  includeUnverified: boolean;
}
