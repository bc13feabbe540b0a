import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Neither GitHub nor a Docker engine is reachable from the machines this is written on, so the
// workflow is checked here: against SchemaStore's schema, and for what it must run.
const root = join(__dirname, '..');
const read = (path: string) => parse(readFileSync(join(root, path), 'utf8'), { merge: true });
const workflow = read('.github/workflows/ci.yml');
const smokeCompose = read('.github/ci/compose.smoke.yml');

function validator(schemaFile: string) {
  // Both schemas are draft-07, Ajv's default; the compose one names its meta-schema by an https URL Ajv does not know.
  const { $schema: _draft, ...schema } = JSON.parse(readFileSync(join(__dirname, 'fixtures', schemaFile), 'utf8'));
  return new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
}

type Step = { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> };
const steps = (job: string): Step[] => workflow.jobs[job].steps;
const runs = (job: string) =>
  steps(job)
    .map((s) => s.run ?? '')
    .join('\n');

describe('.github/workflows/ci.yml', () => {
  const validate = validator('github-workflow.json');

  it('is valid against the GitHub workflow schema', () => {
    const valid = validate(workflow);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be refused by the schema if a job lost its runner or a step had both uses and run', () => {
    const broken = structuredClone(workflow);
    delete broken.jobs.test['runs-on'];
    expect(validate(broken)).toBe(false);
    const mixed = structuredClone(workflow);
    mixed.jobs.test.steps[0].run = 'echo both';
    expect(validate(mixed)).toBe(false);
  });

  it("runs the README's npm test against MongoDB 8 and Redis 7 service containers", () => {
    const job = workflow.jobs.test;
    expect(job.services.mongo.image).toBe('mongo:8');
    expect(job.services.redis.image).toMatch(/^redis:7/);
    expect(job.services.mongo.ports).toContain('27017:27017');
    expect(job.services.redis.ports).toContain('6379:6379');
    expect(job.env).toMatchObject({ MONGODB_URI: 'mongodb://127.0.0.1:27017/athar', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(steps('test').some((s) => s.uses?.startsWith('actions/setup-node@') && s.with?.['node-version'] === 24)).toBe(true);
    expect(runs('test')).toMatch(/^npm test$/m);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toMatch(/^npm test$/m);
    // The Redis Cluster test starts a redis-server of its own.
    expect(runs('test')).toMatch(/apt-get install .*redis-server/);
  });

  it('builds the image, starts the compose file with --wait, and runs the smoke test against it', () => {
    const files = workflow.jobs.compose.env.COMPOSE_FILES as string;
    expect(files).toBe('-f docker-compose.yml -f .github/ci/compose.smoke.yml');
    for (const file of files.split(/\s*-f\s+/).filter(Boolean)) expect(existsSync(join(root, file))).toBe(true);
    const commands = runs('compose');
    expect(commands).toMatch(/docker compose \$COMPOSE_FILES build/);
    expect(commands).toMatch(/docker compose \$COMPOSE_FILES up --detach --wait/);
    const smoke = steps('compose').find((s) => s.run?.includes('scripts/smoke.ts'));
    expect(smoke?.env).toMatchObject({
      ATHAR_URL: 'http://127.0.0.1:3000',
      ATHAR_CLI: 'docker compose exec -T api athar',
      SMOKE_FEED_URL: 'http://fixtures/feeds/detainees-ar.rss',
    });
    expect(existsSync(join(root, 'scripts/smoke.ts'))).toBe(true);
    // The stack is taken down and its logs kept whatever happened.
    for (const what of ['logs', 'down']) expect(steps('compose').find((s) => s.run?.includes(`docker compose $COMPOSE_FILES ${what}`))?.if).toBe('always()');
  });

  it('runs bench:search at full size and bench:pipeline once it exists, and uploads their output', () => {
    const commands = runs('bench');
    expect(commands).toMatch(/npm run bench:search 2>&1 \| tee bench-output\/bench-search\.txt/);
    expect(commands).not.toMatch(/bench:search.*--quick/);
    expect(commands).toMatch(/npm run bench:pipeline 2>&1 \| tee bench-output\/bench-pipeline\.txt/);
    expect(workflow.defaults.run.shell).toBe('bash');
    const upload = steps('bench').find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload).toMatchObject({ if: 'always()', with: { path: 'bench-output/' } });
    expect(workflow.jobs.bench.services.mongo.image).toBe('mongo:8');
  });
});

describe('.github/ci/compose.smoke.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    const validate = validator('compose-spec.json');
    const valid = validate(smokeCompose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('serves the fixture feed the smoke test expects, which the app may fetch and nothing else', () => {
    const volume = smokeCompose.services.fixtures.volumes[0] as string;
    const [hostDir, containerDir] = volume.split(':');
    expect(containerDir).toBe('/usr/share/nginx/html/feeds');
    expect(existsSync(join(root, hostDir, 'detainees-ar.rss'))).toBe(true);
    for (const role of ['api', 'worker', 'scheduler']) {
      expect(smokeCompose.services[role].environment).toMatchObject({ FETCH_ALLOW_PRIVATE_HOSTS: 'fixtures:80', FETCH_ONLY_HOSTS: 'fixtures:80' });
    }
    const smoke = workflow.jobs.compose.steps.find((s: Step) => s.run?.includes('scripts/smoke.ts'));
    expect(smoke.env.METRICS_TOKEN).toBe(smokeCompose.services.api.environment.METRICS_TOKEN);
  });
});
