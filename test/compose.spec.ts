import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs on the CI machines, so the compose file is validated, not run.
const root = join(__dirname, '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
// The schema names its draft-07 meta-schema by an https URL that Ajv registers under http; it is
// draft-07 either way, which is Ajv's default.
const { $schema: _draft, ...schema } = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'compose-spec.json'), 'utf8'));

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('runs mongo with a named volume, redis, and the app as api, worker and scheduler, all with healthchecks', () => {
    const services = compose.services;
    expect(Object.keys(services).sort()).toEqual(['api', 'minio', 'mongo', 'redis', 'scheduler', 'worker']);
    expect(services.minio.volumes[0]).toBe('minio-data:/data');
    expect(services.mongo.image).toMatch(/^mongo:/);
    expect(services.mongo.volumes[0]).toMatch(/^mongo-data:\/data\/db$/);
    expect(Object.keys(compose.volumes)).toContain('mongo-data');
    for (const name of Object.keys(services)) expect(services[name].healthcheck?.test).toBeDefined();
    for (const [name, role] of [
      ['api', 'api'],
      ['worker', 'worker'],
      ['scheduler', 'scheduler'],
    ]) {
      const service = services[name];
      expect(service.build).toBe('.');
      expect(service.environment).toMatchObject({ ATHAR_ROLES: role, MONGODB_URI: 'mongodb://mongo:27017/athar', REDIS_URL: 'redis://redis:6379' });
      expect(service.depends_on).toMatchObject({
        mongo: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
        minio: { condition: 'service_healthy' },
      });
      expect(service.environment).toMatchObject({ MEDIA_STORE: 's3', S3_ENDPOINT: 'http://minio:9000' });
    }
    expect(services.api.ports).toContain('3000:3000');
  });

  it('builds from a Dockerfile on the Node 24 image', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:24/m);
    expect(dockerfile).toMatch(/CMD \["node", "dist\/main\.js"\]/);
  });
});
