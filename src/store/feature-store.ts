import type { ModuleMetadata, Type } from '@nestjs/common';
import { MongooseModule, type ModelDefinition } from '@nestjs/mongoose';

/** A feature's store module: it registers the feature's own models and provides and exports its repositories. */
export function featureStore(models: ModelDefinition[], repositories: Type[]): ModuleMetadata {
  return { imports: [MongooseModule.forFeature(models)], providers: repositories, exports: repositories };
}
