import { INestApplication, Type } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import mongoose from 'mongoose';
import { AddressInfo } from 'node:net';
import { AppModule } from '../../src/app.module';
import { CLI_ACTOR } from '../../src/audit/audit.service';
import { AuthService } from '../../src/auth/auth.service';
import { UserRole } from '../../src/auth/user.schema';
import { AppConfig, loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/logging';
import { createHttpApp } from '../../src/web/configure-app';
import { QueueService } from '../../src/queue/queue.service';

export interface TestEnv {
  mongodbUri: string;
  redisUrl: string;
  dbName: string;
  queuePrefix: string;
}

/** A database and a queue prefix of its own for each test file, so files never see each other's data. */
export function isolatedEnv(label: string): TestEnv {
  const mongo = process.env.MONGODB_URI;
  const redis = process.env.REDIS_URL;
  if (!mongo || !redis) {
    throw new Error('Integration tests need MONGODB_URI and REDIS_URL; run them with `npm test`, which finds or starts both.');
  }
  const suffix = randomBytes(4).toString('hex');
  const dbName = `athar_test_${label}_${suffix}`.replace(/[^a-zA-Z0-9_]/g, '_').slice(0, 60);
  const url = new URL(mongo);
  url.pathname = `/${dbName}`;
  return { mongodbUri: url.toString(), redisUrl: redis, dbName, queuePrefix: `athar-test-${label}-${suffix}` };
}

export function testConfig(env: TestEnv, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    MONGODB_URI: env.mongodbUri,
    REDIS_URL: env.redisUrl,
    PORT: '0',
    QUEUE_PREFIX: env.queuePrefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    RETRY_BASE_DELAY_MS: '50',
    JOB_ATTEMPTS: '2',
    FETCH_TIMEOUT_MS: '1500',
    SCHEDULER_TICK_SECONDS: '0.2',
    // Tests never reach the internet: only the fixture server (when a test names it) may be fetched.
    FETCH_ONLY_HOSTS: overrides.FETCH_ALLOW_PRIVATE_HOSTS ?? '127.0.0.1:9',
    // Tests poll the API; only the rate-limit test itself sets a low limit.
    API_RATE_LIMIT_PER_MINUTE: '100000',
    ...overrides,
  });
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  baseUrl: string;
  queue: QueueService;
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

export async function startTestApp(env: TestEnv, overrides: Record<string, string> = {}): Promise<TestApp> {
  const config = testConfig(env, overrides);
  const app = await createHttpApp(AppModule.forConfig(config), config, createLogger(config));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${port}`,
    queue: app.get(QueueService),
    get: (type) => app.get(type),
    close: () => app.close(),
  };
}

interface ExpressLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** Every route the running server's Express router holds: method (upper case) and path as registered (`/persons/:id`). */
export function registeredRoutes(test: TestApp): { method: string; path: string }[] {
  const express = test.app.getHttpAdapter().getInstance() as { router?: { stack: ExpressLayer[] }; _router?: { stack: ExpressLayer[] } };
  const out: { method: string; path: string }[] = [];
  for (const layer of (express.router ?? express._router)!.stack) {
    if (!layer.route) continue;
    for (const path of Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path]) {
      for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') out.push({ method: method.toUpperCase(), path });
    }
  }
  return out;
}

/** Drops the file's database and every Redis key under its queue prefix. */
export async function cleanUp(env: TestEnv): Promise<void> {
  const redis = new IORedis(env.redisUrl, { lazyConnect: true });
  await redis.connect();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.queuePrefix}:*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
  const conn = await mongoose.createConnection(env.mongodbUri).asPromise();
  await conn.dropDatabase();
  await conn.close();
}

/** Creates a user with the given role and returns a bearer token for it. */
export async function tokenFor(test: TestApp, role: UserRole): Promise<string> {
  const auth = test.get(AuthService);
  const email = `${role}-${randomBytes(3).toString('hex')}@example.org`;
  await auth.addUser(CLI_ACTOR, { email, name: `Test ${role}`, roles: [role] });
  return (await auth.createToken(CLI_ACTOR, email, 'test')).token;
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export function api(baseUrl: string, token?: string) {
  const call = async <T = any>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> => {
    const res = await fetch(baseUrl + path, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  };
  return {
    get: <T = any>(path: string) => call<T>('GET', path),
    post: <T = any>(path: string, body?: unknown) => call<T>('POST', path, body),
    patch: <T = any>(path: string, body?: unknown) => call<T>('PATCH', path, body),
    delete: <T = any>(path: string) => call<T>('DELETE', path),
  };
}
