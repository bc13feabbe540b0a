import { ForbiddenException } from '@nestjs/common';
import { z } from 'zod';
import { seesUnverifiedPersons, type Viewer } from '../auth/access-rule';
import { personSearchInput, postSearchInput, toPersonQuery, toPostQuery } from '../search/search.dto';
import type { PersonSearchQuery, PostSearchQuery } from '../search/search.types';
import { flag } from '../validation/fields';
import { parseInput } from '../validation/input';

/** The exports' request schemas: the search API's parameters without paging (an export takes every match). */

export const postExportQuery = postSearchInput.omit({ limit: true, cursor: true });
export const personExportQuery = personSearchInput.omit({ limit: true }).extend({
  includeUnverified: flag.optional().meta({ description: 'Unverified and disputed persons too: reviewers and admins only (a 403 for researchers).' }),
});
export type PostExportInput = z.infer<typeof postExportQuery>;
export type PersonExportInput = z.infer<typeof personExportQuery>;

/** As the search API; unverified persons only when asked for and the role may see them. */
export function toPersonExportQuery(q: PersonExportInput, viewer: Viewer): PersonSearchQuery {
  const may = seesUnverifiedPersons(viewer);
  if (!may && (q.includeUnverified || (q.verification && q.verification !== 'verified'))) {
    throw new ForbiddenException('Only reviewers and admins can export unverified or disputed persons.');
  }
  return {
    ...toPersonQuery(q, viewer),
    includeUnverified: may && (q.includeUnverified === true || (q.verification !== undefined && q.verification !== 'verified')),
  };
}

/** For the CLI: the same checks as the API's (a BadRequestException naming each field). */
export function parsePostQuery(input: unknown, viewer: Viewer): PostSearchQuery {
  return toPostQuery(parseInput(postExportQuery, input, 'export query'), viewer);
}

export function parsePersonQuery(input: unknown, viewer: Viewer): PersonSearchQuery {
  return toPersonExportQuery(parseInput(personExportQuery, input, 'export query'), viewer);
}
