import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';

/** One offending field of a request: its path joined with dots ('(body)' for the whole input). */
export interface InputIssue {
  field: string;
  message: string;
}

/** A zod error's issues as fields and messages, in the schema's order. */
export function inputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.join('.') : '(body)',
    message: issue.message,
  }));
}

/**
 * A request that failed its schema: a 400 whose JSON body is `{statusCode, error, message, details}`,
 * the message naming every offending field ("Invalid query: lang: …; limit: …").
 */
export class InvalidInputException extends BadRequestException {
  constructor(
    readonly what: string,
    readonly issues: InputIssue[],
  ) {
    super({
      statusCode: 400,
      error: 'Bad Request',
      message: `Invalid ${what}: ${issues.map((d) => `${d.field}: ${d.message}`).join('; ')}`,
      details: issues,
    });
  }
}

/**
 * A dashboard form refused as a whole: its messages are sentences ("A note needs some text."),
 * and the first, in the schema's order, is the refusal the error page shows in the reader's
 * language (as a service that stops at the first problem would). Its JSON body has the same shape
 * as InvalidInputException's, every issue in `details`.
 */
export class InvalidFormException extends BadRequestException {
  constructor(readonly issues: InputIssue[]) {
    super({ statusCode: 400, error: 'Bad Request', message: issues[0]?.message ?? 'Invalid form.', details: issues });
  }
}

export type Checked<T> = { ok: true; data: T } | { ok: false; issues: InputIssue[] };

/** Validates without throwing: the parsed value, or every issue. The one place zod is asked. */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): Checked<z.infer<S>> {
  const result = schema.safeParse(input ?? {});
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: inputIssues(result.error) };
}

/** Validates a request body or query; a failure is a 400 that names every offending field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const checked = checkInput(schema, input);
  if (!checked.ok) throw new InvalidInputException(what, checked.issues);
  return checked.data;
}
