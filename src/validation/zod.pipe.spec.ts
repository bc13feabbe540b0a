import 'reflect-metadata';
import { BadRequestException, NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import { InvalidFormException, InvalidInputException } from './input';
import { ObjectIdPipe, routeInputs, SubmissionPipe, ValidBody, ValidForm, ValidId, ValidQuery, ZodPipe } from './zod.pipe';

const query = z.object({ lang: z.enum(['ar', 'en']).optional(), limit: z.coerce.number().int().min(1).max(200).optional() }).strict();

function refusal(run: () => unknown): { status: number; body: unknown; message: string } {
  try {
    run();
  } catch (err) {
    if (!(err instanceof BadRequestException) && !(err instanceof NotFoundException)) throw err;
    return { status: err.getStatus(), body: err.getResponse(), message: err.message };
  }
  throw new Error('not refused');
}

describe('the one validation path', () => {
  it('passes the parsed value on, coerced and defaulted by the schema', () => {
    expect(new ZodPipe(query, 'query').transform({ lang: 'ar', limit: '20' })).toEqual({ lang: 'ar', limit: 20 });
    expect(new ZodPipe(query, 'query').transform(undefined)).toEqual({});
  });

  it('refuses with the API 400: every offending field in the message and in details', () => {
    const r = refusal(() => new ZodPipe(query, 'query').transform({ lang: 'xx', limit: '0', colour: 'red' }));
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/^Invalid query: /) });
    expect((r.body as { details: { field: string }[] }).details.map((d) => d.field).sort()).toEqual(['(body)', 'lang', 'limit']);
    expect(r.message).toMatch(/lang: .*limit: |limit: .*lang: /);
    expect(r.message).toMatch(/colour/);
  });

  it('refuses a sentence-worded form with its first sentence, every issue in details', () => {
    const form = z.object({
      reason: z.string().trim().min(1, 'Give a reason for the merge.'),
      into: z.string().min(1, 'Give the id (or page URL) of the person to merge into.'),
    });
    const pipe = new ZodPipe(form, 'form', 'sentences');
    let caught: unknown;
    try {
      pipe.transform({ reason: ' ', into: '' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InvalidFormException);
    expect((caught as InvalidFormException).message).toBe('Give a reason for the merge.');
    expect((caught as InvalidFormException).issues).toHaveLength(2);
    expect(() => new ZodPipe(form, 'merge').transform({})).toThrow(InvalidInputException);
  });

  it('gives a form to show again: what was typed, and the first error of each field', () => {
    const form = z.object({ name: z.string().trim().min(1, 'is required'), keywords: z.array(z.string().min(1, 'cannot be empty')) });
    const result = new SubmissionPipe(form).transform({ name: ' ', keywords: ['a', ''], extra: ['x', 'y'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.values).toEqual({ name: ' ', keywords: '', extra: 'y' });
    expect(result.errors).toEqual({ name: 'is required', keywords: 'cannot be empty' });
    expect(new SubmissionPipe(form).transform({ name: 'n', keywords: [] })).toEqual({ ok: true, data: { name: 'n', keywords: [] }, values: { name: 'n' } });
  });

  it('answers 404 for a path id that is not 24 hex digits, as for a missing record', () => {
    expect(new ObjectIdPipe('source').transform('0123456789abcdef01234567')).toBe('0123456789abcdef01234567');
    const r = refusal(() => new ObjectIdPipe('source').transform('not-an-id'));
    expect(r.status).toBe(404);
    expect(r.message).toBe('No source with id "not-an-id".');
  });

  it('records each schema on its route, in parameter order, for the API document', () => {
    const body = z.object({ a: z.string() });
    const form = z.object({ b: z.string() });
    class Probe {
      handler(_id: string, _q: unknown, _b: unknown, _f: unknown): void {}
    }
    ValidId('probe')(Probe.prototype, 'handler', 0);
    ValidQuery(query)(Probe.prototype, 'handler', 1);
    ValidBody(body, 'probe')(Probe.prototype, 'handler', 2);
    ValidForm(form)(Probe.prototype, 'handler', 3);
    expect(routeInputs(Probe.prototype, 'handler')).toEqual([
      { in: 'path', name: 'id', what: 'probe' },
      { in: 'query', schema: query, what: 'query' },
      { in: 'body', schema: body, what: 'probe' },
      { in: 'form', schema: form, what: 'form' },
    ]);
  });
});
