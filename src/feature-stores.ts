import { AuditStoreModule } from './audit/audit-store.module';
import { UserStoreModule } from './auth/user-store.module';
import { CollectorRunStoreModule } from './sources/collector-run-store.module';
import { MediaStoreModule } from './media/media-store.module';
import { PersonStoreModule } from './persons/person-store.module';
import { PostStoreModule } from './posts/post-store.module';
import { SearchStoreModule } from './search/search-store.module';
import { SourceStoreModule } from './sources/source-store.module';

/** Each feature's collections and repositories, registered by the feature itself; the app and the CLI load them all. */
export const FEATURE_STORES = [
  SourceStoreModule,
  CollectorRunStoreModule,
  PostStoreModule,
  PersonStoreModule,
  MediaStoreModule,
  AuditStoreModule,
  UserStoreModule,
  SearchStoreModule,
];
