import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { REDIS } from '../queue/queue.module';

export interface Session {
  userId: string;
  /** Synchronizer token: every state-changing form and request must send it back. */
  csrf: string;
  createdAt: number;
}

const TTL_S = 12 * 3600;
const LOGIN_WINDOW_S = 15 * 60;
/** Attempts for one email from one address, failed or not. */
const LOGIN_ATTEMPTS = 5;
/** Failed attempts on one account from any addresses, so that changing address does not help. */
const ACCOUNT_FAILURES = 10;
/** Failed attempts from one address on any accounts, so that trying many emails does not help. */
const ADDRESS_FAILURES = 30;

export const SESSION_COOKIE = 'athar_session';

/** Sign-in sessions live in Redis (they expire there); the cookie holds only a random id. */
@Injectable()
export class SessionService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(userId: string): Promise<{ id: string; session: Session }> {
    const id = randomBytes(32).toString('base64url');
    const session: Session = { userId, csrf: randomBytes(24).toString('base64url'), createdAt: Date.now() };
    await this.redis.set(this.key(id), JSON.stringify(session), 'EX', TTL_S);
    return { id, session };
  }

  /** The session behind a cookie value, sliding its expiry; null when unknown or expired. */
  async get(id: string | undefined): Promise<Session | null> {
    if (!id || !/^[A-Za-z0-9_-]{43}$/.test(id)) return null;
    const raw = await this.redis.getex(this.key(id), 'EX', TTL_S);
    return raw ? (JSON.parse(raw) as Session) : null;
  }

  async destroy(id: string | undefined): Promise<void> {
    if (id) await this.redis.del(this.key(id));
  }

  /** Signs out every session of a user (after a password change). */
  async destroyAllOf(userId: string, except?: string): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.config.queue.prefix}:session:*`, 'COUNT', 500);
      for (const key of keys) {
        if (except && key === this.key(except)) continue;
        const raw = await this.redis.get(key);
        if (raw && (JSON.parse(raw) as Session).userId === userId) await this.redis.del(key);
      }
      cursor = next;
    } while (cursor !== '0');
  }

  csrfMatches(session: Session, token: unknown): boolean {
    if (typeof token !== 'string' || token.length !== session.csrf.length) return false;
    return timingSafeEqual(Buffer.from(token), Buffer.from(session.csrf));
  }

  /**
   * Counts a sign-in attempt for this email and address; true while under every limit: attempts
   * for the pair, failures on the account (from anywhere), failures from the address (on any account).
   */
  async allowLoginAttempt(email: string, ip: string): Promise<boolean> {
    const keys = this.loginKeys(email, ip);
    const [[, count], [, accountFailures], [, addressFailures]] = (await this.redis
      .multi()
      .incr(keys.pair)
      .get(keys.account)
      .get(keys.address)
      .expire(keys.pair, LOGIN_WINDOW_S, 'NX')
      .exec()) as [unknown, unknown][];
    return Number(count) <= LOGIN_ATTEMPTS && Number(accountFailures ?? 0) < ACCOUNT_FAILURES && Number(addressFailures ?? 0) < ADDRESS_FAILURES;
  }

  async recordLoginFailure(email: string, ip: string): Promise<void> {
    const keys = this.loginKeys(email, ip);
    await this.redis.multi().incr(keys.account).expire(keys.account, LOGIN_WINDOW_S, 'NX').incr(keys.address).expire(keys.address, LOGIN_WINDOW_S, 'NX').exec();
  }

  /** After a successful sign-in: the pair and the account start afresh; the address's failures stay counted. */
  async clearLoginAttempts(email: string, ip: string): Promise<void> {
    const keys = this.loginKeys(email, ip);
    await this.redis.del(keys.pair, keys.account);
  }

  private loginKeys(email: string, ip: string) {
    const prefix = `${this.config.queue.prefix}:login`;
    const account = email.toLowerCase();
    return { pair: `${prefix}:${account}:${ip}`, account: `${prefix}-account:${account}`, address: `${prefix}-address:${ip}` };
  }

  private key(id: string): string {
    return `${this.config.queue.prefix}:session:${id}`;
  }
}
