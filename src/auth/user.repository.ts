import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { objectId, toRecord, toRecordOrNull, WithId } from '../store/records';
import { isObjectId } from '../validation/object-id';
import { API_TOKEN_MODEL, ApiTokenDoc, USER_MODEL, UserDoc, UserRole } from './user.schema';

export type UserRecord = WithId<Omit<UserDoc, '_id' | 'passwordHash'>>;
export type ApiTokenRecord = WithId<Omit<ApiTokenDoc, '_id' | 'userId' | 'tokenHash'>> & { userId: string };

const userFields = { passwordHash: 0 };
type UserDocWithoutPassword = Omit<UserDoc, 'passwordHash'>;

function toToken(doc: ApiTokenDoc): ApiTokenRecord {
  const { tokenHash, ...rest } = doc;
  void tokenHash;
  return { ...toRecord(rest), userId: String(doc.userId) };
}

@Injectable()
export class UserRepository {
  constructor(
    @InjectModel(USER_MODEL) private readonly users: Model<UserDoc>,
    @InjectModel(API_TOKEN_MODEL) private readonly tokens: Model<ApiTokenDoc>,
  ) {}

  /** Throws a duplicate-key error (code 11000) when the email is taken. */
  async createUser(user: { email: string; name: string; roles: UserRole[] }): Promise<UserRecord> {
    const doc = await this.users.create({ ...user, passwordHash: null, language: 'en', disabled: false, createdAt: new Date() });
    const { passwordHash, ...rest } = doc.toObject();
    void passwordHash;
    return toRecord(rest);
  }

  /** Null for an id that is not a user's (records made by the CLI or an import name no user). */
  async findUserById(id: string): Promise<UserRecord | null> {
    if (!isObjectId(id)) return null;
    return toRecordOrNull(await this.users.findById(objectId(id), userFields).lean<UserDocWithoutPassword>());
  }

  /** For sign-in only: the one read that includes the password hash. */
  async findCredentials(email: string): Promise<{ user: UserRecord; passwordHash: string | null } | null> {
    const doc = await this.users.findOne({ email }).lean();
    if (!doc) return null;
    const { passwordHash, ...rest } = doc;
    return { user: { ...toRecord(rest), language: rest.language ?? 'en' }, passwordHash: passwordHash ?? null };
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.users.updateOne({ _id: objectId(userId) }, { $set: { passwordHash } });
  }

  async setLanguage(userId: string, language: 'en' | 'ar'): Promise<void> {
    await this.users.updateOne({ _id: objectId(userId) }, { $set: { language } });
  }

  async setDisplay(userId: string, display: { timeZone: string; digits: 'latn' | 'arab' }): Promise<void> {
    await this.users.updateOne({ _id: objectId(userId) }, { $set: display });
  }

  async updateUser(userId: string, set: { roles?: UserRole[]; disabled?: boolean }): Promise<void> {
    await this.users.updateOne({ _id: objectId(userId) }, { $set: set });
  }

  async findUserByEmail(email: string): Promise<UserRecord | null> {
    return toRecordOrNull(await this.users.findOne({ email }, userFields).lean<UserDocWithoutPassword>());
  }

  async listUsers(): Promise<UserRecord[]> {
    const docs = await this.users.find({}, userFields).sort({ createdAt: 1 }).lean<UserDocWithoutPassword[]>();
    return docs.map(toRecord);
  }

  async createToken(token: { userId: string; name: string; tokenHash: string; prefix: string }): Promise<ApiTokenRecord> {
    const doc = await this.tokens.create({ ...token, userId: objectId(token.userId), createdAt: new Date(), lastUsedAt: null, revokedAt: null });
    return toToken(doc.toObject());
  }

  async findActiveTokenByHash(tokenHash: string): Promise<ApiTokenRecord | null> {
    const doc = await this.tokens.findOne({ tokenHash, revokedAt: null }).lean();
    return doc ? toToken(doc) : null;
  }

  async touchToken(id: string, at: Date): Promise<void> {
    await this.tokens.updateOne({ _id: objectId(id) }, { $set: { lastUsedAt: at } });
  }

  async revokeToken(id: string, at: Date): Promise<ApiTokenRecord | null> {
    const doc = await this.tokens.findOneAndUpdate({ _id: objectId(id), revokedAt: null }, { $set: { revokedAt: at } }, { returnDocument: 'after' }).lean();
    return doc ? toToken(doc) : null;
  }

  /** Revokes every active token of a user; how many were revoked. */
  async revokeAllTokensOf(userId: string, at: Date): Promise<number> {
    const res = await this.tokens.updateMany({ userId: objectId(userId), revokedAt: null }, { $set: { revokedAt: at } });
    return res.modifiedCount;
  }

  async listTokens(userId: string): Promise<ApiTokenRecord[]> {
    const docs = await this.tokens
      .find({ userId: objectId(userId) })
      .sort({ createdAt: -1 })
      .lean();
    return docs.map(toToken);
  }
}
