import { isIP } from 'node:net';
import { z } from 'zod';

export const ROLES = ['api', 'worker', 'scheduler'] as const;
export type ProcessRole = (typeof ROLES)[number];

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const csv = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    );

const envSchema = z.object({
  MONGODB_URI: z
    .string({ error: 'is required (e.g. mongodb://localhost:27017/athar)' })
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// URL'),
  REDIS_URL: z.string({ error: 'is required (e.g. redis://localhost:6379)' }).regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL'),
  PORT: int(0, 65535).default(3000),
  ATHAR_ROLES: csv(ROLES.join(',')).pipe(z.array(z.enum(ROLES, { error: `each role must be one of ${ROLES.join(', ')}` })).min(1, 'names no role')),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  LOG_FORMAT: z.enum(['json', 'text']).default('json'),
  // `{athar}` (a Redis Cluster hash tag) keeps every key of the app in one slot, as BullMQ's scripts need on a cluster.
  QUEUE_PREFIX: z
    .string()
    .regex(/^(\{[a-zA-Z0-9_-]+\}|[a-zA-Z0-9_-]+)$/, 'may hold only letters, digits, _ and -, optionally all in braces ({athar}) for Redis Cluster')
    .default('athar'),
  COLLECT_CONCURRENCY: int(1, 64).default(2),
  EXTRACT_CONCURRENCY: int(1, 64).default(4),
  MEDIA_CONCURRENCY: int(1, 64).default(2),
  MEDIA_MAX_BYTES: int(1024, 100 * 1024 * 1024).default(15 * 1024 * 1024),
  MEDIA_MAX_PIXELS: int(1, 500_000_000).default(40_000_000),
  // Where image bytes go: GridFS in MongoDB, or an S3-compatible object store (MinIO, S3…).
  MEDIA_STORE: z.enum(['gridfs', 's3']).default('gridfs'),
  S3_ENDPOINT: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL such as http://minio:9000')
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3-63 lower-case letters, digits, dots or hyphens)')
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Face jobs at once in a worker process, each in its own model process; 0: this process runs none.
  FACES_CONCURRENCY: int(0, 16).default(1),
  // A model process is replaced after this many photos (WASM memory never shrinks).
  FACES_RECYCLE_AFTER: int(1, 1_000_000).default(1000),
  JOB_ATTEMPTS: int(1, 20).default(5),
  RETRY_BASE_DELAY_MS: int(10, 86_400_000).default(30_000),
  SOURCE_FAILING_AFTER: int(1, 100).default(3),
  TELEGRAM_BASE_URL: z
    .string()
    .regex(/^https?:\/\/[^/\s]+$/, 'must be an origin such as https://t.me')
    .default('https://t.me'),
  SCHEDULER_TICK_SECONDS: z.coerce.number().min(0.1).max(3600).default(30),
  SCHEDULER_LEASE_SECONDS: z.coerce.number().min(0.5).max(3600).default(30),
  SWEEP_INTERVAL_SECONDS: z.coerce.number().min(0.1).max(86_400).default(60),
  SWEEP_STALE_AFTER_MINUTES: z.coerce.number().min(0.001).max(10_080).default(15),
  FETCH_TIMEOUT_MS: int(100, 300_000).default(20_000),
  FETCH_MAX_BYTES: int(1024, 100 * 1024 * 1024).default(5 * 1024 * 1024),
  FETCH_HOST_INTERVAL_MS: int(0, 3_600_000).default(1000),
  API_RATE_LIMIT_PER_MINUTE: int(1, 1_000_000).default(120),
  // A bearer token for Prometheus to scrape /metrics without a user account. Empty: admins only.
  METRICS_TOKEN: z
    .string()
    .regex(/^\S{24,}$/, 'must be at least 24 characters without spaces (e.g. openssl rand -hex 32)')
    .optional(),
  // The reverse proxies whose X-Forwarded-For / -Proto headers are believed. Empty: none.
  TRUST_PROXY: csv('').pipe(
    z.array(z.string().refine(isProxyEntry, 'entries must be IP addresses, CIDR ranges (172.18.0.0/16), or loopback, linklocal, uniquelocal')),
  ),
  FETCH_USER_AGENT: z.string().min(1).default('AtharBot/0.1 (human-rights verification; collects public posts about detainees)'),
  // Tests only: host:port pairs that may resolve to private addresses. Empty in production.
  FETCH_ALLOW_PRIVATE_HOSTS: csv('').pipe(z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'entries must be host:port'))),
  // Tests only: when set, every other host:port is refused before any DNS lookup, so a test can never reach the internet.
  FETCH_ONLY_HOSTS: csv('').pipe(z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'entries must be host:port'))),
});

export interface AppConfig {
  mongodbUri: string;
  redisUrl: string;
  port: number;
  roles: ReadonlySet<ProcessRole>;
  log: { level: 'error' | 'warn' | 'info' | 'debug'; format: 'json' | 'text' };
  queue: {
    prefix: string;
    concurrency: { collect: number; extract: number; media: number };
    attempts: number;
    retryBaseDelayMs: number;
  };
  /** Only the scheduler holding the lease (renewed every leaseMs / 3) enqueues and sweeps. */
  scheduler: { tickMs: number; leaseMs: number };
  /** Work left unfinished longer than staleAfterMs is queued again, checked every intervalMs. */
  sweeper: { intervalMs: number; staleAfterMs: number };
  sources: { failingAfter: number; telegramBaseUrl: string };
  media: {
    maxBytes: number;
    maxPixels: number;
    store: 'gridfs' | 's3';
    /** Set when an S3 store is configured (needed for MEDIA_STORE=s3, and to read files stored there before). */
    s3: { endpoint: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string } | null;
  };
  /** Face model processes: how many at once (0: none in this process) and after how many photos each is replaced. */
  faces: { concurrency: number; recycleAfter: number };
  fetch: { timeoutMs: number; maxBytes: number; userAgent: string; allowPrivateHosts: string[]; onlyHosts: string[]; hostIntervalMs: number };
  /** Requests per minute per API token (dashboard sessions are not limited). */
  api: { rateLimitPerMinute: number };
  /** The scrape token for /metrics, or null when only admins may read it. */
  metrics: { token: string | null };
  /** Proxies trusted for X-Forwarded-For and X-Forwarded-Proto; empty trusts none. */
  http: { trustProxy: string[] };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment once; every problem is reported with the variable it concerns. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      const value = present[variable];
      const shown = value === undefined ? 'missing' : `got ${JSON.stringify(redact(variable, value))}`;
      return `  ${variable}: ${issue.message} (${shown})`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (parsed.data.MEDIA_STORE === 's3') {
    const missing = (['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((k) => !parsed.data[k]);
    if (missing.length > 0)
      throw new ConfigError(`Invalid configuration:\n${missing.map((k) => `  ${k}: is required when MEDIA_STORE=s3 (missing)`).join('\n')}`);
  }
  const e = parsed.data;
  return {
    mongodbUri: e.MONGODB_URI,
    redisUrl: e.REDIS_URL,
    port: e.PORT,
    roles: new Set(e.ATHAR_ROLES),
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT },
    queue: {
      prefix: e.QUEUE_PREFIX,
      concurrency: { collect: e.COLLECT_CONCURRENCY, extract: e.EXTRACT_CONCURRENCY, media: e.MEDIA_CONCURRENCY },
      attempts: e.JOB_ATTEMPTS,
      retryBaseDelayMs: e.RETRY_BASE_DELAY_MS,
    },
    scheduler: { tickMs: Math.round(e.SCHEDULER_TICK_SECONDS * 1000), leaseMs: Math.round(e.SCHEDULER_LEASE_SECONDS * 1000) },
    sweeper: { intervalMs: Math.round(e.SWEEP_INTERVAL_SECONDS * 1000), staleAfterMs: Math.round(e.SWEEP_STALE_AFTER_MINUTES * 60_000) },
    sources: { failingAfter: e.SOURCE_FAILING_AFTER, telegramBaseUrl: e.TELEGRAM_BASE_URL },
    media: {
      maxBytes: e.MEDIA_MAX_BYTES,
      maxPixels: e.MEDIA_MAX_PIXELS,
      store: e.MEDIA_STORE,
      s3:
        e.S3_ENDPOINT && e.S3_BUCKET && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
          ? { endpoint: e.S3_ENDPOINT, region: e.S3_REGION, bucket: e.S3_BUCKET, accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
          : null,
    },
    faces: { concurrency: e.FACES_CONCURRENCY, recycleAfter: e.FACES_RECYCLE_AFTER },
    fetch: {
      timeoutMs: e.FETCH_TIMEOUT_MS,
      maxBytes: e.FETCH_MAX_BYTES,
      userAgent: e.FETCH_USER_AGENT,
      allowPrivateHosts: e.FETCH_ALLOW_PRIVATE_HOSTS,
      onlyHosts: e.FETCH_ONLY_HOSTS,
      hostIntervalMs: e.FETCH_HOST_INTERVAL_MS,
    },
    api: { rateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE },
    metrics: { token: e.METRICS_TOKEN ?? null },
    http: { trustProxy: e.TRUST_PROXY },
  };
}

function isProxyEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

function redact(variable: string, value: string): string {
  if (/TOKEN|SECRET|PASSWORD/.test(variable)) return '***';
  if (!/URI|URL/.test(variable)) return value;
  return value.replace(/\/\/[^@/]*@/, '//***@');
}

export const APP_CONFIG = Symbol('APP_CONFIG');
