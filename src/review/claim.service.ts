import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { REDIS } from '../queue/queue.module';

// Takes the claim when it is free or already the caller's, in one step.
const ACQUIRE = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * Who is reviewing a post. Redis decides, atomically, so two reviewers can never both hold the
 * same post (FerretDB 1.x, unlike MongoDB, does not make a conditional update atomic). The claim
 * expires by itself after `ms`.
 */
@Injectable()
export class ClaimService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async acquire(postId: string, userId: string, ms: number): Promise<boolean> {
    return Number(await this.redis.eval(ACQUIRE, 1, this.key(postId), userId, ms)) === 1;
  }

  async holder(postId: string): Promise<string | null> {
    return this.redis.get(this.key(postId));
  }

  async release(postId: string, userId: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.key(postId), userId);
  }

  private key(postId: string): string {
    return `${this.config.queue.prefix}:claim:post:${postId}`;
  }
}
