import { Module } from '@nestjs/common';
import { SafeHttpClient } from '../http/safe-http.client';
import { CollectService } from './collect.service';
import { COLLECTORS } from './collector';
import { RssCollector } from './rss.collector';

@Module({
  providers: [
    SafeHttpClient,
    RssCollector,
    { provide: COLLECTORS, useFactory: (rss: RssCollector) => [rss], inject: [RssCollector] },
    CollectService,
  ],
  exports: [CollectService],
})
export class CollectorsModule {}
