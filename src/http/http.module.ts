import { Module } from '@nestjs/common';
import { PoliteFetcher } from './polite-fetcher';
import { SafeHttpClient } from './safe-http.client';

/** The one way out to the network: the safe client and the polite fetcher in front of it, one instance each per process. */
@Module({ providers: [SafeHttpClient, PoliteFetcher], exports: [SafeHttpClient, PoliteFetcher] })
export class HttpModule {}
