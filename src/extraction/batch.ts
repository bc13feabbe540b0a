import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { extractMentions } from './extractor';
import { analyzeName } from './names/name-analysis';
import { compareNames } from './names/name-match';

/** One mention as `athar extract` writes it. */
export interface BatchMention {
  name: string;
  start: number;
  end: number;
  role: string;
  hometown: string | null;
  prison: string | null;
  age: number | null;
  birthYear: number | null;
  arrestYear: number | null;
  nameLatin: string;
  nameKeys: string[];
  confidence: number;
  /** The span of the full name a surname or given name stands for, or null. */
  refersTo: { start: number; end: number } | null;
  /** Part of a name only («Haddad», «أبو عمر»). */
  partial: boolean;
  group?: string;
}

type Line = { id: unknown; mentions: BatchMention[] };

async function* ndjson(input: Readable, errors: Writable): AsyncGenerator<{ value: Record<string, unknown>; lineNo: number }> {
  let lineNo = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      const value = JSON.parse(line) as unknown;
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
      yield { value: value as Record<string, unknown>, lineNo };
    } catch (err) {
      errors.write(`line ${lineNo}: ${(err as Error).message}\n`);
    }
  }
}

/**
 * `athar extract`: NDJSON {"id","text","lang"?} in, one NDJSON line of mentions out per input.
 * A malformed line is reported on `errors` with its number and the rest goes on. With `group`,
 * mentions that probably name the same person share a group id across the whole input.
 */
export async function runExtract(input: Readable, output: Writable, errors: Writable, { group = false } = {}): Promise<{ lines: number; bad: number }> {
  const results: Line[] = [];
  let lines = 0;
  let bad = 0;
  for await (const { value, lineNo } of ndjson(input, errors)) {
    if (typeof value.text !== 'string') {
      errors.write(`line ${lineNo}: "text" must be a string\n`);
      bad++;
      continue;
    }
    const lang = typeof value.lang === 'string' ? value.lang : undefined;
    const mentions = extractMentions(value.text, lang).map((m): BatchMention => {
      const name = analyzeName(m.name);
      return {
        name: m.name,
        start: m.start,
        end: m.end,
        role: m.role,
        hometown: m.attributes.hometown,
        prison: m.attributes.prison,
        age: m.attributes.age,
        birthYear: m.attributes.birthYear,
        arrestYear: m.attributes.arrestYear,
        nameLatin: name.latin,
        nameKeys: name.keys,
        confidence: m.confidence,
        refersTo: m.refersTo,
        partial: m.partial,
      };
    });
    lines++;
    const line = { id: value.id ?? null, mentions };
    if (group) results.push(line);
    else output.write(`${JSON.stringify(line)}\n`);
  }
  if (group) {
    assignGroups(results.flatMap((r) => r.mentions));
    for (const line of results) output.write(`${JSON.stringify(line)}\n`);
  }
  return { lines, bad };
}

const MAX_COMPARISONS_PER_MENTION = 300;

/** Union-find over mentions that compareNames calls the same; candidates come from shared name keys. */
export function assignGroups(mentions: BatchMention[]): void {
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byKey = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const seen = new Set<number>();
    for (const key of m.nameKeys) {
      for (const j of byKey.get(key) ?? []) {
        if (seen.size >= MAX_COMPARISONS_PER_MENTION) break;
        if (seen.has(j) || find(i) === find(j)) continue;
        seen.add(j);
        if (compareNames(m.name, mentions[j].name).same) parent[find(i)] = find(j);
      }
    }
    for (const key of m.nameKeys) {
      const bucket = byKey.get(key) ?? [];
      bucket.push(i);
      byKey.set(key, bucket);
    }
  });
  const ids = new Map<number, string>();
  mentions.forEach((m, i) => {
    const root = find(i);
    if (!ids.has(root)) ids.set(root, `g${ids.size + 1}`);
    m.group = ids.get(root);
  });
}

/** `athar names match`: NDJSON {"a","b"} in, {"a","b","score","same"} out. */
export async function runNamesMatch(input: Readable, output: Writable, errors: Writable): Promise<{ lines: number; bad: number }> {
  let lines = 0;
  let bad = 0;
  for await (const { value, lineNo } of ndjson(input, errors)) {
    if (typeof value.a !== 'string' || typeof value.b !== 'string') {
      errors.write(`line ${lineNo}: "a" and "b" must be strings\n`);
      bad++;
      continue;
    }
    const { score, same } = compareNames(value.a, value.b);
    output.write(`${JSON.stringify({ a: value.a, b: value.b, score, same })}\n`);
    lines++;
  }
  return { lines, bad };
}
