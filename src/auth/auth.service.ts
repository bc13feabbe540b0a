import { Injectable } from '@nestjs/common';
import { AuditActor } from '../audit/audit-event.schema';
import { AuditService } from '../audit/audit.service';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { generateApiToken, hashApiToken } from './api-token';
import { AuthUser } from './roles.decorator';
import { ApiTokenRecord, UserRecord, UserRepository } from './user.repository';
import { USER_ROLES, UserRole } from './user.schema';

export class UserInputError extends Error {
  override name = 'UserInputError';
}

export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly audit: AuditService,
  ) {}

  /** The user behind a bearer token, or null when the token is unknown, revoked, or its user disabled. */
  async authenticate(token: string): Promise<AuthUser | null> {
    const record = await this.users.findActiveTokenByHash(hashApiToken(token));
    if (!record) return null;
    const user = await this.users.findUserById(record.userId);
    if (!user || user.disabled) return null;
    const now = new Date();
    if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await this.users.touchToken(record.id, now);
    }
    return { id: user.id, email: user.email, name: user.name, roles: user.roles, tokenId: record.id };
  }

  async addUser(actor: AuditActor, input: { email: string; name: string; roles: string[] }): Promise<UserRecord> {
    const email = input.email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UserInputError(`not an email address: ${input.email}`);
    const name = input.name.trim();
    if (!name) throw new UserInputError('a name is required');
    const bad = input.roles.filter((r) => !USER_ROLES.includes(r as UserRole));
    if (input.roles.length === 0 || bad.length > 0) {
      throw new UserInputError(`roles must be one or more of ${USER_ROLES.join(', ')}${bad.length ? ` (not: ${bad.join(', ')})` : ''}`);
    }
    if (await this.users.findUserByEmail(email)) throw new UserInputError(`a user with email ${email} already exists`);
    const user = await this.users.createUser({ email, name, roles: [...new Set(input.roles)] as UserRole[] });
    await this.audit.record(actor, 'user.created', { type: 'user', id: user.id }, { after: { email, name, roles: user.roles } });
    return user;
  }

  /** Checks an email and password; the user on success, null otherwise (the same for every kind of failure). */
  async checkPassword(email: string, password: string): Promise<UserRecord | null> {
    const found = await this.users.findCredentials(email.trim().toLowerCase());
    const ok = await verifyPassword(password, found?.passwordHash ?? null);
    return ok && found && !found.user.disabled ? found.user : null;
  }

  /**
   * Sets a password. A new password usually means the old one may have leaked, so the user's API
   * tokens are revoked with it unless the user asks to keep them (`keepTokens`).
   */
  async setPassword(actor: AuditActor, email: string, password: string, { keepTokens = false } = {}): Promise<UserRecord & { tokensRevoked: number }> {
    const problem = passwordProblem(password);
    if (problem) throw new UserInputError(`password ${problem}`);
    const user = await this.users.findUserByEmail(email.trim().toLowerCase());
    if (!user) throw new UserInputError(`no user with email ${email}`);
    await this.users.setPasswordHash(user.id, await hashPassword(password));
    const tokensRevoked = keepTokens ? 0 : await this.users.revokeAllTokensOf(user.id, new Date());
    await this.audit.record(actor, 'user.password-set', { type: 'user', id: user.id }, { after: { tokensRevoked } });
    return { ...user, tokensRevoked };
  }

  async setLanguage(userId: string, language: 'en' | 'ar'): Promise<void> {
    await this.users.setLanguage(userId, language);
  }

  /** How dates and numbers are shown to this user: a time zone Intl knows (see isTimeZone), and the digits. */
  async setDisplay(userId: string, display: { timeZone: string; digits: 'latn' | 'arab' }): Promise<void> {
    await this.users.setDisplay(userId, display);
  }

  async listUsers(): Promise<UserRecord[]> {
    return this.users.listUsers();
  }

  /** An admin's change to a user's roles or access. An admin cannot take their own admin role or disable themselves. */
  async updateUser(actor: AuditActor, userId: string, change: { roles?: string[]; disabled?: boolean }): Promise<UserRecord> {
    const user = /^[0-9a-f]{24}$/.test(userId) ? await this.users.findUserById(userId) : null;
    if (!user) throw new UserInputError(`no user with id ${userId}`);
    const set: { roles?: UserRole[]; disabled?: boolean } = {};
    if (change.roles !== undefined) {
      const roles = change.roles;
      const bad = roles.filter((r) => !USER_ROLES.includes(r as UserRole));
      if (roles.length === 0 || bad.length > 0) throw new UserInputError(`roles must be one or more of ${USER_ROLES.join(', ')}`);
      if (actor.userId === user.id && user.roles.includes('admin') && !roles.includes('admin')) throw new UserInputError('you cannot take your own admin role');
      set.roles = [...new Set(roles)] as UserRole[];
    }
    if (change.disabled !== undefined) {
      if (actor.userId === user.id && change.disabled) throw new UserInputError('you cannot disable yourself');
      set.disabled = change.disabled;
    }
    await this.users.updateUser(user.id, set);
    await this.audit.record(actor, 'user.updated', { type: 'user', id: user.id }, { before: { roles: user.roles, disabled: user.disabled }, after: set });
    return { ...user, ...set };
  }

  /** Creates a token for the user; the token itself is returned only here. */
  async createToken(actor: AuditActor, email: string, name: string): Promise<{ token: string; record: ApiTokenRecord }> {
    const user = await this.users.findUserByEmail(email.trim().toLowerCase());
    if (!user) throw new UserInputError(`no user with email ${email}`);
    if (user.disabled) throw new UserInputError(`user ${email} is disabled`);
    const { token, tokenHash, prefix } = generateApiToken();
    const record = await this.users.createToken({ userId: user.id, name: name.trim() || 'token', tokenHash, prefix });
    await this.audit.record(actor, 'token.created', { type: 'api_token', id: record.id }, { after: { userId: user.id, name: record.name, prefix } });
    return { token, record };
  }

  async listTokens(email: string): Promise<ApiTokenRecord[]> {
    const user = await this.users.findUserByEmail(email.trim().toLowerCase());
    if (!user) throw new UserInputError(`no user with email ${email}`);
    return this.users.listTokens(user.id);
  }

  /** A person revoking one of their own tokens (the dashboard's account page). */
  async revokeOwnToken(actor: AuditActor & { userId: string }, tokenId: string): Promise<ApiTokenRecord> {
    const own = (await this.users.listTokens(actor.userId)).find((t) => t.id === tokenId);
    if (!own) throw new UserInputError('no such token of yours');
    return this.revokeToken(actor, tokenId);
  }

  async revokeToken(actor: AuditActor, tokenId: string): Promise<ApiTokenRecord> {
    if (!/^[0-9a-f]{24}$/i.test(tokenId)) throw new UserInputError(`not a token id: ${tokenId}`);
    const record = await this.users.revokeToken(tokenId, new Date());
    if (!record) throw new UserInputError(`no active token with id ${tokenId}`);
    await this.audit.record(actor, 'token.revoked', { type: 'api_token', id: record.id }, { after: { revokedAt: record.revokedAt } });
    return record;
  }
}
