import type { INestApplicationContext } from '@nestjs/common';
import { BadRequestException } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { CLI_ACTOR } from '../audit/audit.service';
import type { PersonSearchQuery, PostSearchQuery } from '../search/search.types';
import { parsePersonQuery, parsePostQuery } from './export.dto';
import { ExportService, type PersonExportFormat, type PostExportFormat } from './export.service';

export const EXPORT_USAGE = `athar export posts   --format csv|ndjson [--q WORDS] [--from D] [--to D] [--source-id ID] [--source-type T] [--lang L]
                      [--review-status S] [--has-photo true|false] [--has-mentions true|false] [--person-id ID] [--sort date|relevance]
athar export persons --format csv|ndjson|pfif [--name N] [--status S] [--verification V] [--hometown H] [--prison P]
                      [--arrest-year-from Y] [--arrest-year-to Y] [--include-unverified]
  Writes the export to standard output (from the CLI: full access, recorded as 'athar cli').`;

export class ExportUsageError extends Error {}

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** `athar export …`: argv is what follows "export"; the rows go to `out`, their running count to `onRow`. Returns the row count. */
export async function runExportCommand(argv: string[], app: INestApplicationContext, out: Writable, onRow?: (rows: number) => void): Promise<number> {
  const [kind, ...rest] = argv;
  if (kind !== 'posts' && kind !== 'persons') throw new ExportUsageError(`export needs "posts" or "persons"\n${EXPORT_USAGE}`);
  const names =
    kind === 'posts'
      ? ['q', 'from', 'to', 'source-id', 'source-type', 'lang', 'review-status', 'has-photo', 'has-mentions', 'person-id', 'sort']
      : ['name', 'status', 'verification', 'hometown', 'prison', 'arrest-year-from', 'arrest-year-to'];
  const options: Record<string, { type: 'string' | 'boolean' }> = { format: { type: 'string' } };
  for (const n of names) options[n] = { type: 'string' };
  if (kind === 'persons') options['include-unverified'] = { type: 'boolean' };
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: rest, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new ExportUsageError(`${(err as Error).message}\n${EXPORT_USAGE}`);
  }
  const format = values.format;
  const formats = kind === 'posts' ? ['csv', 'ndjson'] : ['csv', 'ndjson', 'pfif'];
  if (typeof format !== 'string' || !formats.includes(format)) throw new ExportUsageError(`--format must be one of ${formats.join(', ')}`);

  const raw: Record<string, unknown> = {};
  for (const n of names) if (typeof values[n] === 'string') raw[camel(n)] = values[n];
  if (values['include-unverified'] === true) raw.includeUnverified = 'true';
  const service = app.get(ExportService);
  const who = { actor: CLI_ACTOR, roles: ['admin' as const] };
  let postQuery: PostSearchQuery | null = null;
  let personQuery: PersonSearchQuery | null = null;
  try {
    if (kind === 'posts') postQuery = parsePostQuery(raw, who);
    else personQuery = parsePersonQuery(raw, who);
  } catch (err) {
    if (err instanceof BadRequestException) throw new ExportUsageError(err.message);
    throw err;
  }
  return postQuery
    ? service.exportPosts(who, postQuery, format as PostExportFormat, out, onRow)
    : service.exportPersons(who, personQuery as PersonSearchQuery, format as PersonExportFormat, out, onRow);
}
