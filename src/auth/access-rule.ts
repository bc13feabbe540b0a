import type { UserRole } from './user.schema';

/**
 * What each role may see of persons, posts and mentions. The one rule: the API, the dashboard
 * pages and the exports all ask it, through the services, never in a controller of their own.
 *
 * - Reviewers and admins do the verification work: they see every person, every machine
 *   suggestion, who reviewed what, and the history of a record.
 * - Researchers see verified persons only. An unverified or disputed person does not exist for
 *   them: not in lists, not by id, not as the person a mention was linked to, not as a filter.
 * - Operators see posts (they run the sources) but no persons.
 */
export interface Viewer {
  /** The user, where the rule depends on who they are (four eyes: not the last editor). */
  id?: string;
  roles: readonly UserRole[];
}

export function seesReviewWork(viewer: Viewer): boolean {
  return viewer.roles.includes('reviewer') || viewer.roles.includes('admin');
}

/** Whether lists and searches of persons may hold unverified and disputed ones. */
export function seesUnverifiedPersons(viewer: Viewer): boolean {
  return seesReviewWork(viewer);
}

export function maySeePerson(viewer: Viewer, person: { verification: { status: string } }): boolean {
  return seesUnverifiedPersons(viewer) || person.verification.status === 'verified';
}

interface ReviewedMention {
  suggestions: unknown[];
  review: { status: string; personId: string | null; by: string | null; at: Date | null; edits?: Record<string, unknown> | null };
}

/**
 * A mention as the viewer may see it. For researchers the machine's suggestions (which name
 * unverified persons and other posts' mentions) and the reviewer's identity are left out, and
 * the linked person only when they may see that person.
 */
export function mentionFor<M extends ReviewedMention>(viewer: Viewer, mention: M, visiblePersonIds: ReadonlySet<string>): M {
  if (seesReviewWork(viewer)) return mention;
  const personId = mention.review.personId && visiblePersonIds.has(mention.review.personId) ? mention.review.personId : null;
  return {
    ...mention,
    suggestions: [],
    review: { status: mention.review.status, personId, by: null, at: mention.review.at, edits: mention.review.edits ?? null },
  };
}

interface ReviewedPost {
  review: { status: string };
  submittedBy: string | null;
  note: string | null;
}

/**
 * A post as the viewer may see it: who claimed or reviewed it, and who sent a tip with what note,
 * are for reviewers and admins; others see the review status only.
 */
export function postFor<P extends ReviewedPost>(viewer: Viewer, post: P): P {
  if (seesReviewWork(viewer)) return post;
  return { ...post, review: { status: post.review.status }, submittedBy: null, note: null };
}

/**
 * Face search, the faces found in photos and the faces attached to persons: reviewers and admins
 * only, never researchers (who get no face route, link or field). Services also require an admin
 * to have switched faces on.
 */
export function mayUseFaces(viewer: Viewer): boolean {
  return seesReviewWork(viewer);
}
