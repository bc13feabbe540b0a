import { Global, Module } from '@nestjs/common';
import { featureStore } from '../store/feature-store';
import { COLLECTOR_RUN_MODEL, CollectorRunSchema } from './collector-run.schema';
import { CollectorRunRepository } from './collector-run.repository';

/** The collector runs' collection and repository. Global, as the store module's registrations were: any module may inject these repositories. */
@Global()
@Module(featureStore([{ name: COLLECTOR_RUN_MODEL, schema: CollectorRunSchema }], [CollectorRunRepository]))
export class CollectorRunStoreModule {}
