import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MetricsService } from '../metrics/metrics.service';
import { REDIS } from '../queue/queue.module';

/** The lease as its holder knows it: `token` is `<epoch>:<instance>`; the epoch is the fencing number. */
export interface Lease {
  token: string;
  epoch: number;
}

// Takes the lease when it is free (with the next epoch), or extends it when this instance holds it.
// KEYS: lease, epoch counter. ARGV: instance id, lease ms. Returns the token held, or false.
const ACQUIRE = `
local held = redis.call('GET', KEYS[1])
if held then
  if string.sub(held, string.find(held, ':', 1, true) + 1) ~= ARGV[1] then return false end
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return held
end
local token = redis.call('INCR', KEYS[2]) .. ':' .. ARGV[1]
redis.call('SET', KEYS[1], token, 'PX', ARGV[2])
return token`;

// The fence: true only while the lease still holds exactly this token (same epoch, same instance).
const STILL_HELD = `return redis.call('GET', KEYS[1]) == ARGV[1] and 1 or 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * One scheduler leads: the one holding a lease in Redis, renewed every third of its length. Each
 * new holder gets a higher epoch, and work done under the lease is fenced with the token: before
 * each write the holder checks, in one Redis script, that the lease still carries its token, so a
 * scheduler that paused (GC, a stalled host) past its lease cannot act on what it read before.
 */
@Injectable()
export class SchedulerLease implements OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger(SchedulerLease.name);
  private readonly instance = randomUUID();
  private readonly leaseKey: string;
  private readonly epochKey: string;
  private current: Lease | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly metrics: MetricsService,
  ) {
    this.leaseKey = `${config.queue.prefix}:scheduler:lease`;
    this.epochKey = `${config.queue.prefix}:scheduler:epoch`;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.hold().catch(() => undefined), Math.max(100, Math.floor(this.config.scheduler.leaseMs / 3)));
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** After the scheduler's and the sweeper's last work (onModuleDestroy), before Redis closes: lets a standby take over at once. */
  async beforeApplicationShutdown(): Promise<void> {
    const lease = this.current;
    if (!lease) return;
    this.changeTo(null);
    await this.redis.eval(RELEASE, 1, this.leaseKey, lease.token).catch(() => undefined);
  }

  /** Takes or renews the lease; returns it while this instance leads, null while another does. */
  async hold(): Promise<Lease | null> {
    if (this.stopped) return this.current;
    let token: string | null;
    try {
      token = (await this.redis.eval(ACQUIRE, 2, this.leaseKey, this.epochKey, this.instance, String(this.config.scheduler.leaseMs))) as string | null;
    } catch (err) {
      this.changeTo(null);
      throw err;
    }
    this.changeTo(token ? { token, epoch: Number(token.slice(0, token.indexOf(':'))) } : null);
    return this.current;
  }

  /** The fence: whether `lease` is still the one in Redis. */
  async stillHeld(lease: Lease): Promise<boolean> {
    return Number(await this.redis.eval(STILL_HELD, 1, this.leaseKey, lease.token)) === 1;
  }

  private changeTo(next: Lease | null): void {
    if (next?.token !== this.current?.token) {
      if (next) this.logger.log({ msg: 'this scheduler leads', epoch: next.epoch });
      else if (this.current) this.logger.warn({ msg: 'this scheduler lost the lead', epoch: this.current.epoch });
      if (next) this.metrics.schedulerEpoch.set(next.epoch);
    }
    this.current = next;
    this.metrics.schedulerLeader.set(next ? 1 : 0);
  }
}
