import { Body, Param, type PipeTransform, Query } from '@nestjs/common';
import type { z } from 'zod';
import { formValues, type FormValues, issueErrors } from './form';
import { checkInput, type InputIssue, InvalidFormException, InvalidInputException } from './input';
import { parseIdOrFail } from './object-id';

/**
 * The one validation path: every request query, API body and dashboard form is parsed by its zod
 * schema through one of the parameter decorators below (ZodPipe; SubmissionPipe for a form that
 * is shown again with its errors; ObjectIdPipe for a path id), and each decorator records its
 * schema on the route, so the API document (src/openapi/) is built from the same schemas.
 */

/** Where a route's input comes from, as recorded for the API document. */
export type InputLocation = 'query' | 'body' | 'form' | 'path';

export interface RouteInput {
  in: InputLocation;
  /** The schema of a query, body or form; absent for a path id. */
  schema?: z.ZodType;
  /** The path parameter's name. */
  name?: string;
  /** What the input is called in error messages ("query", "source", "person"). */
  what: string;
}

export const ROUTE_INPUTS_KEY = 'athar:route-inputs';

/** The inputs the validation decorators recorded on a handler, in parameter order. */
export function routeInputs(prototype: object, method: string | symbol): RouteInput[] {
  const byIndex = Reflect.getMetadata(ROUTE_INPUTS_KEY, prototype, method) as Map<number, RouteInput> | undefined;
  return [...(byIndex ?? new Map<number, RouteInput>()).entries()].sort((a, b) => a[0] - b[0]).map(([, input]) => input);
}

function recordInput(target: object, method: string | symbol | undefined, index: number, input: RouteInput): void {
  if (method === undefined) return;
  const byIndex = (Reflect.getOwnMetadata(ROUTE_INPUTS_KEY, target, method) as Map<number, RouteInput> | undefined) ?? new Map<number, RouteInput>();
  byIndex.set(index, input);
  Reflect.defineMetadata(ROUTE_INPUTS_KEY, byIndex, target, method);
}

/**
 * How a refusal reads: `fields` names each field ("Invalid query: limit: …", the API's 400);
 * `sentences` gives the schema's messages alone ("A note needs some text."), for forms whose
 * refusal is shown on the error page in the reader's language.
 */
export type Refusal = 'fields' | 'sentences';

export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    readonly schema: S,
    readonly what: string,
    readonly refusal: Refusal = 'fields',
  ) {}

  transform(value: unknown): z.infer<S> {
    const checked = checkInput(this.schema, value);
    if (checked.ok) return checked.data;
    throw this.refusal === 'fields' ? new InvalidInputException(this.what, checked.issues) : new InvalidFormException(checked.issues);
  }
}

/** A dashboard form that is shown again with its errors: what was typed, and the parsed input or each field's first error. */
export type Submission<T> = { ok: true; data: T; values: FormValues } | { ok: false; issues: InputIssue[]; errors: Record<string, string>; values: FormValues };

/** Like ZodPipe, but a refusal is a value, not an exception: the page decides how to show it. */
export class SubmissionPipe<S extends z.ZodType> implements PipeTransform<unknown, Submission<z.infer<S>>> {
  constructor(readonly schema: S) {}

  transform(value: unknown): Submission<z.infer<S>> {
    const values = formValues(value);
    const checked = checkInput(this.schema, value);
    if (checked.ok) return { ok: true, data: checked.data, values };
    return { ok: false, issues: checked.issues, errors: issueErrors(checked.issues), values };
  }
}

/** A 404 for a path id that is not an ObjectId, like a record that does not exist. */
export class ObjectIdPipe implements PipeTransform<string, string> {
  constructor(readonly what: string) {}

  transform(value: string): string {
    return parseIdOrFail(value, this.what);
  }
}

/** The query string, parsed by `schema`; a 400 naming every offending field otherwise. */
export function ValidQuery(schema: z.ZodType, what = 'query'): ParameterDecorator {
  return (target, method, index) => {
    Query(new ZodPipe(schema, what))(target, method, index);
    recordInput(target, method, index, { in: 'query', schema, what });
  };
}

/** A JSON body, parsed by `schema`; a 400 naming every offending field otherwise. */
export function ValidBody(schema: z.ZodType, what = 'body'): ParameterDecorator {
  return (target, method, index) => {
    Body(new ZodPipe(schema, what))(target, method, index);
    recordInput(target, method, index, { in: 'body', schema, what });
  };
}

/**
 * A dashboard form, parsed by `schema`. A refusal is a 400: with `what`, worded like the API's
 * ("Invalid search: purpose: …"); without, the schema's own sentences, which the error page
 * shows in the reader's language.
 */
export function ValidForm(schema: z.ZodType, what?: string): ParameterDecorator {
  return (target, method, index) => {
    Body(new ZodPipe(schema, what ?? 'form', what ? 'fields' : 'sentences'))(target, method, index);
    recordInput(target, method, index, { in: 'form', schema, what: what ?? 'form' });
  };
}

/** A dashboard form that is shown again with its errors when refused: the handler gets a Submission. */
export function FormSubmission(schema: z.ZodType): ParameterDecorator {
  return (target, method, index) => {
    Body(new SubmissionPipe(schema))(target, method, index);
    recordInput(target, method, index, { in: 'form', schema, what: 'form' });
  };
}

/** A page's query string, parsed by a lenient schema (unknown values dropped), or shown back with its problems. */
export function QuerySubmission(schema: z.ZodType): ParameterDecorator {
  return (target, method, index) => {
    Query(new SubmissionPipe(schema))(target, method, index);
    recordInput(target, method, index, { in: 'query', schema, what: 'query' });
  };
}

/** A record id in the path: anything but 24 hex digits is a 404 ("No source with id …"). */
export function ValidId(what: string, name = 'id'): ParameterDecorator {
  return (target, method, index) => {
    Param(name, new ObjectIdPipe(what))(target, method, index);
    recordInput(target, method, index, { in: 'path', name, what });
  };
}
