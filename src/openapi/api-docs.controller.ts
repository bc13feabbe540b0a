import { Controller, Get, Header } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { Public } from '../auth/roles.decorator';
import { ApiRoute, type JsonSchema } from '../validation/api-route.decorator';
import { apiDocsPage } from './api-docs.view';
import { collectApiRoutes } from './api-routes';
import { buildOpenApi } from './openapi.builder';

/**
 * The API's documentation, built from the routes the application registered. Public on purpose:
 * it describes routes and shapes and holds no data, and a developer should be able to read it
 * before holding a token.
 */
@Controller('api/docs')
@Public()
export class ApiDocsController {
  private doc: JsonSchema | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  /** Built at the first request, when every controller is registered; the routes do not change after. */
  private document(): JsonSchema {
    return (this.doc ??= buildOpenApi(collectApiRoutes(this.discovery, this.scanner)));
  }

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiRoute({
    tag: 'docs',
    summary: 'This document as a readable page',
    description: 'It describes the API and holds no data.',
    response: { description: 'HTML', content: { 'text/html': { type: 'string' } } },
  })
  page(): string {
    return apiDocsPage(this.document());
  }

  @Get('openapi.json')
  @ApiRoute({
    tag: 'docs',
    summary: 'This document (OpenAPI 3.1)',
    description: 'It describes the API and holds no data.',
    response: { description: 'OpenAPI document', schema: { type: 'object' } },
  })
  json(): JsonSchema {
    return this.document();
  }
}
