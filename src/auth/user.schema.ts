import { Schema, Types } from 'mongoose';

export const USER_ROLES = ['admin', 'operator', 'reviewer', 'researcher'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface UserDoc {
  _id: Types.ObjectId;
  email: string;
  name: string;
  roles: UserRole[];
  /** Set by the dashboard's sign-in (a later issue); API tokens do not need it. */
  passwordHash: string | null;
  /** Interface language of the dashboard. */
  language: 'en' | 'ar';
  /** Where the reader's clock is: dates and times are shown in it (IANA name). */
  timeZone?: string;
  /** Western (latn) or Arabic-Indic (arab) digits in dates and numbers. */
  digits?: 'latn' | 'arab';
  disabled: boolean;
  createdAt: Date;
}

export interface ApiTokenDoc {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  name: string;
  /** sha256 of the token; the token itself is shown once and never stored. */
  tokenHash: string;
  /** The first characters of the token, so a user can tell their tokens apart. */
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Most readers follow events in Syria. */
export const DEFAULT_TIME_ZONE = 'Asia/Damascus';

export const USER_MODEL = 'User';
export const API_TOKEN_MODEL = 'ApiToken';

export const UserSchema = new Schema<UserDoc>(
  {
    email: { type: String, required: true },
    name: { type: String, required: true },
    roles: { type: [String], enum: USER_ROLES, required: true },
    passwordHash: { type: String, default: null },
    language: { type: String, default: 'en', enum: ['en', 'ar'] },
    timeZone: { type: String, default: DEFAULT_TIME_ZONE },
    digits: { type: String, default: 'latn', enum: ['latn', 'arab'] },
    disabled: { type: Boolean, default: false },
    createdAt: { type: Date, required: true },
  },
  { collection: 'users', minimize: false },
);
UserSchema.index({ email: 1 }, { unique: true });

export const ApiTokenSchema = new Schema<ApiTokenDoc>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    tokenHash: { type: String, required: true },
    prefix: { type: String, required: true },
    createdAt: { type: Date, required: true },
    lastUsedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
  },
  { collection: 'api_tokens', minimize: false },
);
ApiTokenSchema.index({ tokenHash: 1 }, { unique: true });
ApiTokenSchema.index({ userId: 1 });
