import { Global, Module } from '@nestjs/common';
import { QueueService } from './queue.service';

/** The shared Redis connection, for small coordination state (rate limits, caches, locks). */
export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [QueueService, { provide: REDIS, useFactory: (queue: QueueService) => queue.connection, inject: [QueueService] }],
  exports: [QueueService, REDIS],
})
export class QueueModule {}
