import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { loadConfig } from '../src/config/config';

const ROOT = join(__dirname, '..');
const example = readFileSync(join(ROOT, '.env.example'), 'utf8');

describe('.env.example, copied to .env', () => {
  it('is read as Node reads .env, and sets nothing until a line is uncommented', () => {
    expect(parseEnv(example)).toEqual({});
  });

  it('names every variable the configuration reads, each with a value that passes validation when uncommented', () => {
    const schema = readFileSync(join(ROOT, 'src/config/config.ts'), 'utf8');
    const read = [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]).sort();
    expect(read.length).toBeGreaterThan(20);
    const uncommented = parseEnv(example.replace(/^# ([A-Z][A-Z0-9_]+=)/gm, '$1'));
    expect(Object.keys(uncommented).sort()).toEqual(read);
    const config = loadConfig(uncommented);
    expect(config).toMatchObject({ mongodbUri: 'mongodb://127.0.0.1:27017/athar', port: 3000, log: { level: 'info', format: 'json' } });
    expect(config.fetch.userAgent).toBe('AtharBot/0.1 (human-rights verification; collects public posts about detainees)');
  });
});
