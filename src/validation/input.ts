import { BadRequestException, NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import { isObjectId } from '../store/records';

/** Validates a request body or query; a failure is a 400 that names every offending field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.join('.') : '(body)',
    message: issue.message,
  }));
  throw new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `Invalid ${what}: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`,
    details,
  });
}

/** A path id that is not an ObjectId cannot name anything: 404, like a missing record. */
export function parseIdOrFail(id: string, what: string): string {
  if (!isObjectId(id)) throw new NotFoundException(`No ${what} with id ${JSON.stringify(id.slice(0, 40))}.`);
  return id;
}
