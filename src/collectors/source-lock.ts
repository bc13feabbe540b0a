import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { REDIS } from '../queue/queue.module';

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const HOLD_MS = 15 * 60_000;

/** At most one run per source at a time, across every worker. */
@Injectable()
export class SourceLock {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs `fn` holding the source's lock; returns `busy` without running it when another run holds it. */
  async withLock<T>(sourceId: string, fn: () => Promise<T>): Promise<{ busy: true } | { busy: false; value: T }> {
    const key = this.key(sourceId);
    const token = randomBytes(12).toString('hex');
    const acquired = await this.redis.set(key, token, 'PX', HOLD_MS, 'NX');
    if (acquired !== 'OK') return { busy: true };
    try {
      return { busy: false, value: await fn() };
    } finally {
      await this.redis.eval(RELEASE, 1, key, token);
    }
  }

  async isHeld(sourceId: string): Promise<boolean> {
    return (await this.redis.exists(this.key(sourceId))) === 1;
  }

  private key(sourceId: string): string {
    return `${this.config.queue.prefix}:lock:collect:${sourceId}`;
  }
}
