import { ConfigError, loadConfig } from './config';

const base = { MONGODB_URI: 'mongodb://localhost:27017/athar', REDIS_URL: 'redis://localhost:6379' };

describe('loadConfig', () => {
  it('fills defaults: all three roles, port 3000, JSON logs', () => {
    const config = loadConfig(base);
    expect([...config.roles]).toEqual(['api', 'worker', 'scheduler']);
    expect(config.port).toBe(3000);
    expect(config.log).toEqual({ level: 'info', format: 'json' });
    expect(config.fetch.allowPrivateHosts).toEqual([]);
    expect(config.fetch.maxBytes).toBe(5 * 1024 * 1024);
  });

  it('names every missing or malformed variable in one message', () => {
    let message = '';
    try {
      loadConfig({ REDIS_URL: 'http://localhost', PORT: 'eighty', ATHAR_ROLES: 'api,cook', COLLECT_CONCURRENCY: '0' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toMatch(/MONGODB_URI: is required .*\(missing\)/);
    expect(message).toMatch(/REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL \(got "http:\/\/localhost"\)/);
    expect(message).toMatch(/PORT: .*\(got "eighty"\)/);
    expect(message).toMatch(/ATHAR_ROLES: each role must be one of api, worker, scheduler/);
    expect(message).toMatch(/COLLECT_CONCURRENCY/);
  });

  it('hides passwords in URLs it complains about', () => {
    expect(() => loadConfig({ ...base, MONGODB_URI: 'postgres://athar:s3cret@db/athar' })).toThrow(/postgres:\/\/\*\*\*@db\/athar/);
  });

  it('reads roles, tick and the test-only private host allowance', () => {
    const config = loadConfig({ ...base, ATHAR_ROLES: ' worker , scheduler', SCHEDULER_TICK_SECONDS: '0.5', FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1:8080' });
    expect([...config.roles]).toEqual(['worker', 'scheduler']);
    expect(config.scheduler.tickMs).toBe(500);
    expect(config.fetch.allowPrivateHosts).toEqual(['127.0.0.1:8080']);
    expect(() => loadConfig({ ...base, FETCH_ALLOW_PRIVATE_HOSTS: 'localhost' })).toThrow(/FETCH_ALLOW_PRIVATE_HOSTS: entries must be host:port/);
  });
});
