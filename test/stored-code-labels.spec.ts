// Beside the features rather than in src/web/: it reads every feature's stored codes, which the UI kit may not import.
import { MESSAGE_KEYS, t } from '../src/web/i18n';

describe('every stored code has a name in both languages', () => {
  // Imported here so that a new status, type or role added to a schema fails this spec until it is named.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { REVIEW_STATUSES, PIPELINE_STATUSES } = require('../src/posts/post.schema');
  const { MENTION_ROLES, MENTION_REVIEW_STATUSES } = require('../src/posts/mention.schema');
  const { PERSON_STATUSES, VERIFICATION_STATUSES } = require('../src/persons/person.schema');
  const { SOURCE_TYPES, SOURCE_HEALTH_STATES } = require('../src/sources/source.schema');
  const { RUN_STATUSES } = require('../src/sources/collector-run.schema');
  const { USER_ROLES } = require('../src/auth/user.schema');
  const { ALL_QUEUE_NAMES } = require('../src/queue/jobs');
  const { hasLabel } = require('../src/web/labels');
  const codes: [string, readonly string[]][] = [
    ['reviewStatus', REVIEW_STATUSES],
    ['pipeline', PIPELINE_STATUSES],
    ['role', MENTION_ROLES],
    ['status', PERSON_STATUSES],
    ['sourceType', SOURCE_TYPES],
    ['userRole', USER_ROLES],
    ['queue', ALL_QUEUE_NAMES],
    ['mentionStatus', MENTION_REVIEW_STATUSES],
    ['verification', VERIFICATION_STATUSES],
    ['runStatus', RUN_STATUSES],
    ['sourceState', SOURCE_HEALTH_STATES],
    ['attr', ['hometown', 'prison', 'age', 'birthYear', 'arrestYear']],
    ['lang', ['ar', 'en', 'fr', 'und']],
  ];

  it.each(codes)('%s', (kind, values) => {
    expect(values.filter((v) => !hasLabel(kind, v))).toEqual([]);
  });

  it('names every audit action the code records', () => {
    const { readFileSync, readdirSync, statSync } = require('node:fs');
    const { join } = require('node:path');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) files.push(path);
      }
    };
    walk(join(__dirname, '..', 'src'));
    const actions = new Set<string>();
    for (const file of files) {
      const src: string = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/audit\.record\([^,]+,\s*'([a-z]+\.[a-z.-]+)'/g)) actions.add(m[1]);
      if (/`post\.marked-\$\{status\}`/.test(src)) ['post.marked-relevant', 'post.marked-irrelevant'].forEach((a) => actions.add(a));
    }
    expect(actions.size).toBeGreaterThan(20);
    expect([...actions].filter((a) => !MESSAGE_KEYS.includes(`action.${a}` as never))).toEqual([]);
  });

  it("chooses the plural form by the language's own rules, Arabic's six included", () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => t('ar', 'review.mentions', { n }))).toEqual(['لا أسماء', 'اسم واحد', 'اسمان', '3 أسماء', '11 اسماً', '100 اسم']);
    expect([1, 2].map((n) => t('en', 'review.mentions', { n }))).toEqual(['1 name', '2 names']);
    expect(t({ lang: 'ar', digits: 'arab' }, 'review.mentions', { n: 3 })).toBe('٣ أسماء');
  });
});
