import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { HttpModule } from '../http/http.module';
import { SOURCE_COLLECTION } from '../sources/source-collection.port';
import { BlueskyCollector } from './bluesky.collector';
import { CollectService } from './collect.service';
import { COLLECTORS } from './collector';
import { HtmlCollector } from './html.collector';
import { MastodonCollector } from './mastodon.collector';
import { RssCollector } from './rss.collector';
import { SourceCollectionService } from './source-collection.service';
import { SourceLock } from './source-lock';
import { TelegramCollector } from './telegram.collector';
import { TipService } from './tip.service';

const collectors = [RssCollector, TelegramCollector, HtmlCollector, MastodonCollector, BlueskyCollector];

@Module({
  imports: [AuditModule, HttpModule],
  providers: [
    ...collectors,
    { provide: COLLECTORS, useFactory: (...all: unknown[]) => all, inject: collectors },
    SourceLock,
    CollectService,
    TipService,
    SourceCollectionService,
    { provide: SOURCE_COLLECTION, useExisting: SourceCollectionService },
  ],
  exports: [CollectService, SourceLock, TipService, SOURCE_COLLECTION],
})
export class CollectorsModule {}
