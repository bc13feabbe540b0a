import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import robotsParser from 'robots-parser';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { REDIS } from '../queue/queue.module';
import { FetchError, FetchRequest, FetchResponse, SafeHttpClient } from './safe-http.client';

export interface PoliteRequest extends FetchRequest {
  /** Pages and feeds ask robots.txt first; JSON APIs, which robots.txt does not govern, do not. */
  robots: boolean;
}

const ROBOTS_TTL_S = 3600;
const ROBOTS_MAX_BYTES = 512 * 1024;
const MAX_WAIT_MS = 120_000;

// Reserves the next free slot for a host, shared by every worker: returns how long to wait for it.
const RESERVE_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local at = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], at + interval, 'PX', at + interval - now + 1000)
return at - now`;

/**
 * Every collector request goes through here: robots.txt (cached), then at most one request per
 * host per interval across all workers, then the safe HTTP client.
 */
@Injectable()
export class PoliteFetcher {
  private readonly agent: string;

  constructor(
    private readonly http: SafeHttpClient,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.agent = config.fetch.userAgent.split(/[/\s]/)[0] || 'AtharBot';
  }

  async request(url: string, request: PoliteRequest): Promise<FetchResponse> {
    // A URL that would be refused anyway takes no turn and asks for no robots.txt.
    this.http.assertAllowed(url);
    const target = new URL(url);
    let crawlDelayMs = 0;
    if (request.robots) crawlDelayMs = await this.checkRobots(target);
    await this.waitForTurn(target.host, crawlDelayMs);
    return this.http.request(url, request);
  }

  /** Throws when robots.txt disallows the URL; returns the site's crawl delay in ms. */
  private async checkRobots(target: URL): Promise<number> {
    const body = await this.robotsTxt(target);
    if (body === null) return 0;
    const robots = robotsParser(`${target.origin}/robots.txt`, body);
    if (robots.isDisallowed(target.href, this.agent)) {
      throw new FetchError(`robots.txt of ${target.host} disallows ${target.pathname} for ${this.agent}`, 'permanent');
    }
    return Math.min((robots.getCrawlDelay(this.agent) ?? 0) * 1000, 60_000);
  }

  private async robotsTxt(target: URL): Promise<string | null> {
    const key = `${this.config.queue.prefix}:polite:robots:${target.origin}`;
    const cached = await this.redis.get(key);
    if (cached !== null) return cached === '' ? null : cached;
    await this.waitForTurn(target.host, 0);
    let body: string | null;
    try {
      const res = await this.http.get(`${target.origin}/robots.txt`, { maxBytes: ROBOTS_MAX_BYTES });
      body = res.body.toString('utf8');
    } catch (err) {
      // Refused outright (a private address, an oversized answer): the page itself would be refused too.
      if (!(err instanceof FetchError) || (err.kind === 'permanent' && err.httpStatus === null)) throw err;
      // RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, network) allows nothing for now.
      if (err.httpStatus !== null && err.httpStatus >= 400 && err.httpStatus < 500) body = null;
      else
        throw new FetchError(
          `robots.txt of ${target.host} could not be read (${err.message}); trying again later`,
          'transient',
          err.httpStatus,
          err.retryAfterMs,
        );
    }
    await this.redis.set(key, body ?? '', 'EX', ROBOTS_TTL_S);
    return body;
  }

  private async waitForTurn(host: string, crawlDelayMs: number): Promise<void> {
    const interval = Math.max(this.config.fetch.hostIntervalMs, crawlDelayMs);
    if (interval <= 0) return;
    const waitMs = Number(await this.redis.eval(RESERVE_SLOT, 1, `${this.config.queue.prefix}:polite:rate:${host}`, interval));
    if (waitMs > MAX_WAIT_MS) {
      throw new FetchError(`too many requests queued for ${host} (next free slot in ${Math.round(waitMs / 1000)} s)`, 'transient', null, waitMs);
    }
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}
