import { Injectable } from '@nestjs/common';
import type { PreviewResult, SourceCollection } from '../sources/source-collection.port';
import type { SourceWithSecrets } from '../sources/source.repository';
import { CollectService } from './collect.service';
import { SourceLock } from './source-lock';

/** Collection as source management sees it (the port of sources/source-collection.port.ts). */
@Injectable()
export class SourceCollectionService implements SourceCollection {
  constructor(
    private readonly collect: CollectService,
    private readonly lock: SourceLock,
  ) {}

  preview(source: SourceWithSecrets): Promise<PreviewResult> {
    return this.collect.preview(source);
  }

  isCollecting(sourceId: string): Promise<boolean> {
    return this.lock.isHeld(sourceId);
  }
}
