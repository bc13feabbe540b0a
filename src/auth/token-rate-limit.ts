import { HttpException, HttpStatus } from '@nestjs/common';
import type { Redis } from 'ioredis';

/** The JSON error every API client gets after its token's limit: our usual shape, plus Retry-After. */
export class RateLimitedException extends HttpException {
  constructor(readonly retryAfterS: number) {
    super(
      { statusCode: 429, error: 'Too Many Requests', message: `Too many requests for this API token; try again in ${retryAfterS} seconds.` },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

// Atomic: count this request, start the window with the first one, and say how long it has left.
// A key without expiry (should never happen) is given one, so a token can never stay blocked.
const COUNT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl}
`;

export const RATE_WINDOW_MS = 60_000;

/**
 * A fixed window per API token in Redis: the window starts with the token's first request and
 * lasts a minute; past `perMinute` requests in it, each request is refused until it ends. Shared
 * by every API process (the count lives in Redis).
 */
export class TokenRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly perMinute: number,
  ) {}

  async hit(tokenId: string): Promise<{ allowed: boolean; remaining: number; retryAfterS: number }> {
    const [count, ttlMs] = (await this.redis.eval(COUNT, 1, `${this.keyPrefix}:ratelimit:${tokenId}`, String(RATE_WINDOW_MS))) as [number, number];
    return { allowed: count <= this.perMinute, remaining: Math.max(0, this.perMinute - count), retryAfterS: Math.max(1, Math.ceil(ttlMs / 1000)) };
  }

  /** Throws RateLimitedException (429) past the limit, after setting Retry-After through `setHeader`. */
  async enforce(tokenId: string, setHeader: (name: string, value: string) => void): Promise<void> {
    const { allowed, retryAfterS } = await this.hit(tokenId);
    if (allowed) return;
    setHeader('Retry-After', String(retryAfterS));
    throw new RateLimitedException(retryAfterS);
  }
}
