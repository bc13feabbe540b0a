/**
 * `npm run eval:extraction [-- --errors[=N]] [-- --json]`
 * `npm run eval:extraction -- --set real [--split tune|check] [--floors] [--errors[=N]] [--json]`
 *
 * --set real scores the real, hand-labelled passages of ../shared/datasets/extraction-real/
 * (read in place, never copied here) with the rule of that folder's GUIDE.md: test/extraction-eval/
 * real-set.ts. --split defaults to tune. Errors are listed for tune only: check is for reporting.
 * --floors exits 1 when a figure is under its floor in test/extraction-eval/real-floors.ts.
 *
 * Without --set:
 * Runs the extractor over the labelled dev set (test/fixtures/extraction/dev-set.ndjson) and
 * prints precision / recall / F1 per language and role, the detainee-type aggregate, officials
 * mistaken for detainees and attribute accuracy (test/extraction-eval/evaluate.ts explains the
 * matching rule). With test/fixtures/extraction/name-pairs.ndjson present, also scores
 * compareNames on its labelled pairs. Exits 0 whatever the scores; 1 only when the dev set
 * itself is malformed.
 *
 *   --split=tune|held-out  score only that part of the dev set (see splitOf); default: all
 *   --errors[=N]  list the first N (default 50) misses, false alarms, wrong roles and attributes
 *                 of the tune part (held-out errors are not shown: look at them and they stop
 *                 measuring anything)
 *   --json        print the report as JSON instead of the table
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractMentions } from '../src/extraction/extractor';
import { compareNames } from '../src/extraction/names/name-match';
import {
  evaluate,
  evaluateNamePairs,
  formatErrors,
  formatReport,
  parseGoldPosts,
  splitOf,
  validateGoldPosts,
  type NamePair,
} from '../test/extraction-eval/evaluate';
import { checkRealFloors } from '../test/extraction-eval/real-floors';
import { formatRealErrors, formatRealReport, parseRealPassages, scoreRealSet } from '../test/extraction-eval/real-set';
import { facilityNames } from '../src/extraction/attributes';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures', 'extraction');
const DEFAULT_ERRORS = 50;

function facilityIds(): Set<string> | undefined {
  const file = join(FIXTURES, 'facility-ids.md');
  if (!existsSync(file)) return undefined;
  return new Set([...readFileSync(file, 'utf8').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]));
}

/** --name, --name=value or --name value (a value does not start with --). */
function option(name: string): string | true | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
    if (arg !== `--${name}`) continue;
    const next = args[i + 1];
    const takesValue = name === 'errors' ? /^\d+$/.test(next ?? '') : name === 'set' || name === 'split';
    return takesValue && next !== undefined ? next : true;
  }
  return undefined;
}

function scoreNamePairs(): void {
  const file = join(FIXTURES, 'name-pairs.ndjson');
  if (!existsSync(file)) return;
  const pairs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NamePair);
  const r = evaluateNamePairs(pairs, (a, b) => compareNames(a, b).same);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log('');
  console.log(
    `name matching (${pairs.length} pairs in name-pairs.ndjson): precision ${pct(r.precision)}, recall ${pct(r.recall)}, ` +
      `f1 ${pct(r.f1)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, tn ${r.tn})`,
  );
}

const REAL_SET = resolve(__dirname, '..', '..', 'shared', 'datasets', 'extraction-real');

function realSet(): number {
  const split = option('split') ?? 'tune';
  if (split !== 'tune' && split !== 'check') {
    console.error('--split takes tune or check');
    return 1;
  }
  const file = join(REAL_SET, `${split}.jsonl`);
  if (!existsSync(file)) {
    console.error(`The real passages are not there: ${file} is missing.\nThey live in ../shared/datasets/extraction-real/ next to this checkout (see README).`);
    return 1;
  }
  const passages = parseRealPassages(readFileSync(file, 'utf8'));
  const report = scoreRealSet(passages, (text, lang) => extractMentions(text, lang), facilityNames);
  if (option('json')) {
    const { errors: _errors, ...figures } = report;
    console.log(JSON.stringify(figures, null, 2));
  } else {
    console.log(`real passages, split ${split} (${file})\n`);
    console.log(formatRealReport(report));
  }
  const errors = option('errors');
  if (errors !== undefined) {
    if (split === 'check') {
      console.error('\nErrors are not listed for check: study them and it stops measuring anything.');
      return 1;
    }
    const limit = errors === true ? DEFAULT_ERRORS : Number(errors);
    console.log(`\nerrors (first ${Math.min(limit, report.errors.length)} of ${report.errors.length})`);
    console.log(formatRealErrors(report, limit));
  }
  if (option('floors')) {
    const failures = checkRealFloors(report, split);
    console.log('');
    if (failures.length > 0) {
      console.log(`under the floors of the ${split} split:\n  ${failures.join('\n  ')}`);
      return 1;
    }
    console.log(`all floors of the ${split} split hold`);
  }
  return 0;
}

function main(): number {
  if (option('set') === 'real') return realSet();
  if (option('set') !== undefined && option('set') !== 'team') {
    console.error('--set takes real or team');
    return 1;
  }
  const posts = parseGoldPosts(readFileSync(join(FIXTURES, 'dev-set.ndjson'), 'utf8'));
  const problems = validateGoldPosts(posts, facilityIds());
  if (problems.length > 0) {
    console.error(`dev-set.ndjson is malformed:\n  ${problems.join('\n  ')}`);
    return 1;
  }

  const split = option('split');
  if (split !== undefined && split !== 'tune' && split !== 'held-out') {
    console.error('--split takes tune or held-out');
    return 1;
  }
  const selected = split ? posts.filter((p) => splitOf(p.id) === split) : posts;
  const predict = (text: string, lang: string) => extractMentions(text, lang);
  const report = evaluate(selected, predict);
  if (option('json')) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  console.log(`${split ? `split: ${split} (${selected.length} posts)` : 'the whole dev set'}\n`);
  console.log(formatReport(report));
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  if (!split) {
    for (const part of ['tune', 'held-out'] as const) {
      const r = evaluate(
        posts.filter((p) => splitOf(p.id) === part),
        predict,
      );
      console.log(
        `${part.padEnd(9)} detainee-type F1 ${pct(r.detaineeType.f1)} (P ${pct(r.detaineeType.precision)}, R ${pct(r.detaineeType.recall)}), strict F1 ${pct(r.strict.f1)}`,
      );
    }
  }
  const errors = option('errors');
  if (errors !== undefined) {
    const limit = errors === true ? DEFAULT_ERRORS : Number(errors);
    const tuneOnly = evaluate(
      posts.filter((p) => splitOf(p.id) === 'tune'),
      predict,
    );
    report.errors = tuneOnly.errors;
    console.log('');
    console.log(`errors (first ${Math.min(limit, report.errors.length)} of ${report.errors.length})`);
    console.log(formatErrors(report, limit));
  }
  scoreNamePairs();
  return 0;
}

process.exitCode = main();
