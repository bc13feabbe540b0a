import { DynamicModule, Module, Type } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SourcesService } from './sources.service';

@Module({})
export class SourcesModule {
  /** `collection` is the module that provides SOURCE_COLLECTION (collectors/ does): the wiring binds it, so sources/ does not import it. */
  static withCollection(collection: Type): DynamicModule {
    return { module: SourcesModule, imports: [AuditModule, collection], providers: [SourcesService], exports: [SourcesService] };
  }
}
