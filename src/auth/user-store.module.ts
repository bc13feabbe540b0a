import { Global, Module } from '@nestjs/common';
import { featureStore } from '../store/feature-store';
import { API_TOKEN_MODEL, ApiTokenSchema, USER_MODEL, UserSchema } from './user.schema';
import { UserRepository } from './user.repository';

/** The users' and API tokens' collections and repository. Global, as the store module's registrations were: any module may inject these repositories. */
@Global()
@Module(
  featureStore(
    [
      { name: USER_MODEL, schema: UserSchema },
      { name: API_TOKEN_MODEL, schema: ApiTokenSchema },
    ],
    [UserRepository],
  ),
)
export class UserStoreModule {}
