import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { createHash, randomBytes } from 'node:crypto';
import type { AuditActor } from '../audit/audit-event.schema';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { REDIS } from '../queue/queue.module';
import { AuthService, UserInputError } from './auth.service';
import { UserRepository } from './user.repository';

/** A reset link works once, for a day. */
const RESET_TTL_S = 24 * 3600;

/**
 * Password reset by a one-time link an admin hands over (printed by `athar users reset-link`, or
 * shown once on the users page). Only the link's hash is kept, in Redis, where it expires.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  /** A new one-time token for the user; the path to give them is /reset/<token>. */
  async createLink(actor: AuditActor, email: string): Promise<{ token: string; path: string }> {
    const user = await this.users.findUserByEmail(email.trim().toLowerCase());
    if (!user) throw new UserInputError(`no user with email ${email}`);
    if (user.disabled) throw new UserInputError(`user ${email} is disabled`);
    const token = randomBytes(32).toString('base64url');
    await this.redis.set(this.key(token), user.id, 'EX', RESET_TTL_S);
    await this.audit.record(actor, 'user.reset-link', { type: 'user', id: user.id }, { after: { expiresInHours: RESET_TTL_S / 3600 } });
    return { token, path: `/reset/${token}` };
  }

  /** Whether a token is still good (for showing the form). */
  async isValid(token: string): Promise<boolean> {
    return /^[A-Za-z0-9_-]{43}$/.test(token) && (await this.redis.exists(this.key(token))) === 1;
  }

  /** Sets the password and uses the token up; the user's sessions and API tokens end with it. */
  async reset(token: string, password: string): Promise<{ userId: string } | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const userId = await this.redis.getdel(this.key(token));
    if (!userId) return null;
    const user = await this.users.findUserById(userId);
    if (!user || user.disabled) return null;
    await this.auth.setPassword({ userId: user.id, kind: 'user', label: user.email }, user.email, password);
    return { userId };
  }

  private key(token: string): string {
    return `${this.config.queue.prefix}:reset:${createHash('sha256').update(token).digest('hex')}`;
  }
}
