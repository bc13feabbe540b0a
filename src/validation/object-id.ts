import { NotFoundException } from '@nestjs/common';
import { z } from 'zod';

const OBJECT_ID = /^[0-9a-f]{24}$/i;

/** Whether a value is a record id as MongoDB writes them: 24 hex digits. */
export function isObjectId(id: unknown): id is string {
  return typeof id === 'string' && OBJECT_ID.test(id);
}

/** A path id that is not an ObjectId cannot name anything: 404, like a missing record. */
export function parseIdOrFail(id: string, what: string): string {
  if (!isObjectId(id)) throw new NotFoundException(`No ${what} with id ${JSON.stringify(String(id).slice(0, 40))}.`);
  return id;
}

/** A record id in a query or body, e.g. `objectIdField('must be a source id')`. */
export function objectIdField(message: string) {
  return z.string().regex(OBJECT_ID, message);
}
