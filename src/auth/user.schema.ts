import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, Types } from 'mongoose';

export const USER_ROLES = ['admin', 'operator', 'reviewer', 'researcher'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const USER_LANGUAGES = ['en', 'ar'] as const;
export const USER_DIGITS = ['latn', 'arab'] as const;

/** Most readers follow events in Syria. */
export const DEFAULT_TIME_ZONE = 'Asia/Damascus';

@Schema({ collection: 'users', minimize: false })
export class UserDoc {
  _id!: Types.ObjectId;
  @Prop({ type: String, required: true }) email!: string;
  @Prop({ type: String, required: true }) name!: string;
  @Prop({ type: [String], enum: USER_ROLES, required: true }) roles!: UserRole[];
  /** Set by the dashboard's sign-in (a later issue); API tokens do not need it. */
  @Prop({ type: String, default: null }) passwordHash!: string | null;
  /** Interface language of the dashboard. */
  @Prop({ type: String, default: 'en', enum: USER_LANGUAGES }) language!: (typeof USER_LANGUAGES)[number];
  /** Where the reader's clock is: dates and times are shown in it (IANA name). */
  @Prop({ type: String, default: DEFAULT_TIME_ZONE }) timeZone?: string;
  /** Western (latn) or Arabic-Indic (arab) digits in dates and numbers. */
  @Prop({ type: String, default: 'latn', enum: USER_DIGITS }) digits?: (typeof USER_DIGITS)[number];
  @Prop({ type: Boolean, default: false }) disabled!: boolean;
  @Prop({ type: Date, required: true }) createdAt!: Date;
}

@Schema({ collection: 'api_tokens', minimize: false })
export class ApiTokenDoc {
  _id!: Types.ObjectId;
  @Prop({ type: MongooseSchema.Types.ObjectId, required: true }) userId!: Types.ObjectId;
  @Prop({ type: String, required: true }) name!: string;
  /** sha256 of the token; the token itself is shown once and never stored. */
  @Prop({ type: String, required: true }) tokenHash!: string;
  /** The first characters of the token, so a user can tell their tokens apart. */
  @Prop({ type: String, required: true }) prefix!: string;
  @Prop({ type: Date, required: true }) createdAt!: Date;
  @Prop({ type: Date, default: null }) lastUsedAt!: Date | null;
  @Prop({ type: Date, default: null }) revokedAt!: Date | null;
}

export const USER_MODEL = 'User';
export const API_TOKEN_MODEL = 'ApiToken';

export const UserSchema = SchemaFactory.createForClass(UserDoc);
UserSchema.index({ email: 1 }, { unique: true });

export const ApiTokenSchema = SchemaFactory.createForClass(ApiTokenDoc);
ApiTokenSchema.index({ tokenHash: 1 }, { unique: true });
ApiTokenSchema.index({ userId: 1 });
