#!/usr/bin/env node
import 'reflect-metadata';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { AuditModule } from './audit/audit.module';
import { CLI_ACTOR } from './audit/audit.service';
import { AuthModule } from './auth/auth.module';
import { AuthService, UserInputError } from './auth/auth.service';
import { AppConfig, ConfigError, loadConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { CONFIG_HELP } from './config/config-help';
import { CollectService } from './collectors/collect.service';
import { CollectorsModule } from './collectors/collectors.module';
import { QueueModule } from './queue/queue.module';
import { SourceRepository } from './sources/source.repository';
import { parseSourceFile, SourceFileError } from './sources/source-file';
import { SourcesModule } from './sources/sources.module';
import { SourcesService } from './sources/sources.service';
import { fstatSync, readFileSync } from 'node:fs';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { formatDuration, isLiveTerminal, Progress, type ProgressStream, type ProgressUnit } from './cli-progress';
import { runExtract, runNamesMatch } from './extraction/batch';
import { CURRENT_EXTRACTOR_VERSION, ExtractionService } from './pipeline/extraction.service';
import { ExtractionModule } from './pipeline/extraction.module';
import { EXPORT_USAGE, ExportUsageError, runExportCommand } from './export/export-cli';
import { ExportModule } from './export/export.module';
import { DEMO_EMAIL_DOMAIN } from './demo/demo-data';
import { DemoModule } from './demo/demo.module';
import { DemoRefusedError, DemoService } from './demo/demo.service';
import { createLogger } from './logging';
import { PasswordResetService } from './auth/password-reset.service';
import { passwordProblem } from './auth/password';
import { StoreModule } from './store/store.module';
import { FEATURE_STORES } from './feature-stores';
import { PermanentJobError, TransientJobError } from './queue/job-errors';

const USAGE = `Usage: athar <command> [options]

Commands:
  users add --email <email> --name <name> --role <role> [--role <role> ...]
        Create a user. Roles: admin, operator, reviewer, researcher.
  users list
        List users and their roles.
  users set-password --email <email>
        Set a user's dashboard password, read from standard input (never from the command line).
  users reset-link --email <email> [--url <address of Athar>]
        Print a one-time link (valid 24 hours) where the user sets a new password. Pass it on by a
        channel you trust. The address defaults to http://localhost:3000.
  users first-admin --email <email> [--name <name>]
        Create an admin with the password on standard input, only while there is no user at all
        (what npm run dev does on its first run).
  tokens create --email <email> [--name <label>]
        Issue an API token for a user. The token is printed once and never stored.
  tokens list --email <email>
        List a user's tokens (prefix, created, last used, revoked).
  tokens revoke --id <token id>
        Revoke a token at once.
  sources list
        List sources with their type, schedule and health.
  sources import <file.yaml|file.json>
        Create the sources a file defines (a list, or "sources:" holding one). Every entry is
        validated first; a bad one is named by line and field and nothing is imported.
  collect <source id> [--dry-run]
        Collect a source now, in this process (new posts are queued for extraction).
        With --dry-run, show what it would collect and store nothing.
  reextract [--source <id>] [--all]
        Run the current extractor again over stored posts: those extracted by another
        version (or --all). Reviewer decisions are kept.
  extract [--group]
        Read NDJSON {"id","text","lang"?} on stdin, write one NDJSON line of mentions per input.
        With --group, mentions that probably name the same person share a "group" id.
        Needs no database.
  names match
        Read NDJSON {"a","b"} on stdin, write {"a","b","score","same"}. Needs no database.
  export posts|persons --format … [filters]
        Write an export of a search to standard output (see below).
  demo
        Load a small synthetic data set, every text marked as demo: sources, posts in Arabic,
        English and French with photos, reviews, persons in every status, notes. Refused when the
        database holds other posts; a second run changes nothing.

Commands that touch the database read MONGODB_URI and REDIS_URL like the server does.

${EXPORT_USAGE}`;

class UsageError extends Error {}

@Module({})
class CliModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        StoreModule,
        ...FEATURE_STORES,
        QueueModule,
        AuditModule,
        AuthModule,
        CollectorsModule,
        SourcesModule.withCollection(CollectorsModule),
        ExtractionModule,
        ExportModule,
        DemoModule,
      ],
    };
  }
}

type Out = (line: string) => void;

/** `out` gets the command's result (a token, a list); `note` gets remarks meant for a person, not a pipe. */
export async function runCli(
  argv: string[],
  config: AppConfig,
  out: Out,
  note: Out = (line) => process.stderr.write(`${line}\n`),
  input: Readable = process.stdin,
  exportOutput: Writable = process.stdout,
  progressTo: ProgressStream = process.stderr,
): Promise<void> {
  const progress = (label: string, total: number | null = null) => startProgress(progressTo, label, total);
  const [group] = argv;
  if (!group || group === 'help' || group === '--help' || group === '-h') {
    out(USAGE);
    return;
  }
  if (group === 'export') {
    // export has flags of its own, parsed by the export command.
    const app = await NestFactory.createApplicationContext(CliModule.forConfig(config), { logger: createLogger({ log: { level: 'warn', format: 'text' } }) });
    const shown = progress(`exporting ${argv[1] ?? ''}`.trim());
    try {
      const rows = await runExportCommand(argv.slice(1), app, exportOutput, (n) => shown.update(n));
      shown.finish(`exported ${rows} row(s) in ${formatDuration(shown.elapsedMs())}`);
    } catch (err) {
      if (err instanceof ExportUsageError) throw new UsageError(err.message);
      throw err;
    } finally {
      await app.close();
    }
    return;
  }
  // `collect`, `reextract` and `extract` are one word; the others are "group action".
  const single = SINGLE_WORD_COMMANDS.includes(group);
  const command = single ? group : `${group} ${argv[1] ?? ''}`.trim();
  const rest = argv.slice(single ? 1 : 2);
  const known = [
    'users add',
    'users list',
    'users set-password',
    'users reset-link',
    'users first-admin',
    'tokens create',
    'tokens list',
    'tokens revoke',
    'sources list',
    'sources import',
    'collect',
    'reextract',
    'demo',
  ];
  if (!known.includes(command)) throw new UsageError(`unknown command "${command}"`);

  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      id: { type: 'string' },
      'dry-run': { type: 'boolean' },
      source: { type: 'string' },
      all: { type: 'boolean' },
      url: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const positional = (what: string): string => {
    if (positionals.length !== 1) throw new UsageError(`${command} needs exactly one ${what}`);
    return positionals[0];
  };
  // Read and check a file before connecting anywhere.
  const imported = command === 'sources import' ? readSourceFile(positional('file')) : null;
  const need = (key: 'email' | 'name' | 'id'): string => {
    const value = values[key];
    if (!value) throw new UsageError(`${command} needs --${key}`);
    return value;
  };

  const app = await NestFactory.createApplicationContext(CliModule.forConfig(config), { logger: createLogger({ log: { level: 'warn', format: 'text' } }) });
  try {
    const auth = app.get(AuthService);
    switch (command) {
      case 'users add': {
        const roles = (values.role ?? [])
          .flatMap((r) => r.split(','))
          .map((r) => r.trim())
          .filter(Boolean);
        const user = await auth.addUser(CLI_ACTOR, { email: need('email'), name: need('name'), roles });
        out(`created user ${user.email} (${user.roles.join(', ')}) with id ${user.id}`);
        break;
      }
      case 'users set-password': {
        const password = (await readAll(input)).replace(/\r?\n$/, '');
        const user = await auth.setPassword(CLI_ACTOR, need('email'), password);
        out(`password set for ${user.email}${user.tokensRevoked ? `; ${user.tokensRevoked} API token(s) revoked` : ''}`);
        break;
      }
      case 'users reset-link': {
        const { path } = await app.get(PasswordResetService).createLink(CLI_ACTOR, need('email'));
        const base = (values.url ?? 'http://localhost:3000').replace(/\/+$/, '');
        out(`${base}${path}`);
        note('a one-time link, valid for 24 hours; it is shown only this once.');
        break;
      }
      case 'users first-admin': {
        // The demo's reviewers cannot sign in: they do not count.
        if ((await auth.listUsers()).some((u) => !u.email.endsWith(`@${DEMO_EMAIL_DOMAIN}`))) {
          note('there are users already: no first admin created');
          break;
        }
        const password = (await readAll(input)).replace(/\r?\n$/, '');
        // Checked before the user exists, so a refused password leaves no admin without one.
        const problem = passwordProblem(password);
        if (problem) throw new UserInputError(`password ${problem}`);
        const email = need('email');
        const user = await auth.addUser(CLI_ACTOR, { email, name: values.name?.trim() || email.split('@')[0], roles: ['admin'] });
        await auth.setPassword(CLI_ACTOR, user.email, password);
        out(`created the first admin, ${user.email}`);
        break;
      }
      case 'users list':
        for (const u of await auth.listUsers()) out(`${u.id}  ${u.email}  ${u.roles.join(',')}${u.disabled ? '  (disabled)' : ''}`);
        break;
      case 'tokens create': {
        const { token, record } = await auth.createToken(CLI_ACTOR, need('email'), values.name ?? 'cli');
        out(token);
        note(`token "${record.name}" (id ${record.id}) created; it is shown only this once.`);
        break;
      }
      case 'tokens list':
        for (const t of await auth.listTokens(need('email'))) {
          out(
            `${t.id}  ${t.prefix}…  ${t.name}  created ${t.createdAt.toISOString()}  last used ${t.lastUsedAt?.toISOString() ?? 'never'}${t.revokedAt ? `  revoked ${t.revokedAt.toISOString()}` : ''}`,
          );
        }
        break;
      case 'tokens revoke': {
        const t = await auth.revokeToken(CLI_ACTOR, need('id'));
        out(`revoked token ${t.id} (${t.name})`);
        break;
      }
      case 'sources list':
        for (const s of await app.get(SourcesService).list()) {
          const schedule = s.type === 'manual' ? 'tips' : s.cron ? `cron ${s.cron}` : `every ${s.intervalMinutes} min`;
          out(
            `${s.id}  ${s.type}  ${s.name}  ${schedule}  ${s.enabled ? s.health.state : 'paused'}${s.health.lastError && s.health.state !== 'ok' ? `  last error: ${s.health.lastError}` : ''}`,
          );
        }
        break;
      case 'sources import': {
        const service = app.get(SourcesService);
        const shown = progress('importing sources', imported?.length ?? 0);
        for (const definition of imported ?? []) {
          const created = await service.create(CLI_ACTOR, definition);
          out(`created ${created.type} source "${created.name}" with id ${created.id}`);
          shown.tick();
        }
        shown.finish();
        break;
      }
      case 'collect':
        await collectNow(app.get(SourceRepository), app.get(CollectService), positional('source id'), values['dry-run'] === true, out);
        break;
      case 'demo': {
        const shown = progress('loading the demo');
        const report = await app.get(DemoService).load((done, total) => shown.update(done, total));
        shown.finish();
        out(
          report.alreadyLoaded
            ? 'the demo data set is loaded already: nothing written'
            : `loaded the demo data set (every text marked as demo): ${report.sources} sources, ${report.posts} posts, ${report.photos} photos, ${report.persons} persons, ${report.notes} notes`,
        );
        break;
      }
      case 'reextract': {
        if (values.source && !/^[0-9a-f]{24}$/i.test(values.source)) throw new UserInputError(`not a source id: ${values.source}`);
        const shown = progress('re-extracting posts');
        const report = await app
          .get(ExtractionService)
          .reextract({ sourceId: values.source, all: values.all === true }, (done, total) => shown.update(done, total));
        shown.finish();
        out(
          `re-extracted ${report.posts} post(s) with ${CURRENT_EXTRACTOR_VERSION}${report.failed ? `, ${report.failed} failed (see their pipeline.error)` : ''}`,
        );
        break;
      }
    }
  } finally {
    await app.close();
  }
}

async function readAll(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function readSourceFile(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SourceFileError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseSourceFile(text, path);
}

async function collectNow(sources: SourceRepository, collect: CollectService, id: string, dryRun: boolean, out: Out): Promise<void> {
  const source = /^[0-9a-f]{24}$/i.test(id) ? await sources.findByIdWithSecrets(id) : null;
  if (!source) throw new UserInputError(`no source with id ${id}`);
  if (dryRun) {
    const preview = await collect.preview(source);
    if (!preview.ok) throw new UserInputError(`the source could not be read: ${preview.error}`);
    out(`would collect ${preview.counts.fetched} item(s), keep ${preview.counts.kept}, filter out ${preview.counts.filtered} (nothing stored)`);
    for (const { post, filter } of preview.items) {
      out(`${filter.keep ? 'keep  ' : 'filter'}  ${post.publishedAt?.toISOString() ?? '(no date)'}  ${post.url ?? post.externalId}`);
    }
    return;
  }
  const outcome = await collect.collect(source.id, { jobId: `cli.${Date.now()}`, attempt: 1, maxAttempts: 1 });
  if (outcome.status === 'skipped') throw new UserInputError(`not collected: ${outcome.reason}`);
  const c = outcome.counts;
  out(`collected: ${c.fetched} fetched, ${c.new} new, ${c.duplicate} already stored, ${c.filtered} filtered out`);
}

const SINGLE_WORD_COMMANDS = ['collect', 'reextract', 'extract', 'demo'];

/** Commands that work on stdin and stdout only, with no database: they need no configuration. */
export async function runPureCommand(
  argv: string[],
  input: Readable,
  output: Writable,
  errors: Writable & ProgressStream,
  { inputBytes = null }: { inputBytes?: number | null } = {},
): Promise<boolean> {
  if (argv[0] === 'extract') {
    const { values } = parseArgs({ args: argv.slice(1), options: { group: { type: 'boolean' } }, strict: true });
    // Progress by bytes read: the only measure known before the end of a large file.
    const shown = startProgress(errors, 'extract', inputBytes, 'bytes');
    let read = 0;
    const counted = input.pipe(
      new PassThrough({
        transform: (chunk: Buffer, _enc, done) => {
          read += chunk.length;
          shown.update(read);
          done(null, chunk);
        },
      }),
    );
    const { lines, bad } = await runExtract(counted, output, errors, { group: values.group === true });
    shown.finish(`extract: ${lines} line(s) read${bad ? `, ${bad} skipped` : ''} in ${formatDuration(shown.elapsedMs())}`);
    return true;
  }
  if (argv[0] === 'names' && argv[1] === 'match') {
    parseArgs({ args: argv.slice(2), options: {}, strict: true });
    await runNamesMatch(input, output, errors);
    return true;
  }
  return false;
}

function startProgress(stream: ProgressStream, label: string, total: number | null = null, unit: ProgressUnit = 'items'): Progress {
  return new Progress({ label, total, unit, live: isLiveTerminal(stream), stream });
}

/** The size of standard input when it is a file (`athar extract < posts.ndjson`), else null. */
function stdinBytes(): number | null {
  try {
    const stat = fstatSync(0);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  try {
    if (await runPureCommand(process.argv.slice(2), process.stdin, process.stdout, process.stderr, { inputBytes: stdinBytes() })) return;
    await runCli(process.argv.slice(2), loadConfig(), (line) => process.stdout.write(`${line}\n`));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`athar: ${err.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`athar: ${err.message}\n${CONFIG_HELP}\n`);
      process.exit(1);
    }
    if (
      err instanceof UserInputError ||
      err instanceof DemoRefusedError ||
      err instanceof SourceFileError ||
      err instanceof PermanentJobError ||
      err instanceof TransientJobError ||
      (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      process.stderr.write(`athar: ${(err as Error).message}\n`);
      process.exit((err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 2 : 1);
    }
    throw err;
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`athar: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
