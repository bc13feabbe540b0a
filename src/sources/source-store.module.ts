import { Global, Module } from '@nestjs/common';
import { featureStore } from '../store/feature-store';
import { SOURCE_MODEL, SourceSchema } from './source.schema';
import { SourceRepository } from './source.repository';

/** The sources' collection and repository. Global, as the store module's registrations were: any module may inject these repositories. */
@Global()
@Module(featureStore([{ name: SOURCE_MODEL, schema: SourceSchema }], [SourceRepository]))
export class SourceStoreModule {}
