import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  HttpException,
  Logger,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { actorOf, type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { ApiRoute } from '../validation/api-route.decorator';
import { toPostQuery } from '../search/search.dto';
import { ValidQuery } from '../validation/zod.pipe';
import { type PersonExportInput, personExportQuery, type PostExportInput, postExportQuery, toPersonExportQuery } from './export.dto';
import { ExportService, type PersonExportFormat, type PostExportFormat } from './export.service';
import { ImportService } from './import.service';
import { PFIF_MAX_BYTES, PfifImportError } from './pfif-import';

const TYPES = { csv: 'text/csv; charset=utf-8', ndjson: 'application/x-ndjson; charset=utf-8', pfif: 'application/xml; charset=utf-8' } as const;
const EXTENSIONS = { csv: 'csv', ndjson: 'ndjson', pfif: 'pfif.xml' } as const;

function startDownload(res: Response, kind: string, format: keyof typeof TYPES): void {
  const stamp = new Date().toISOString().slice(0, 10);
  res.status(200);
  res.setHeader('Content-Type', TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="athar-${kind}-${stamp}.${EXTENSIONS[format]}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/** Reads the request body ourselves (Nest parses only JSON and forms), refusing more than `limit` bytes. */
export async function readBody(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new PayloadTooLargeException(`The document is larger than ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      throw new PayloadTooLargeException(`The document is larger than ${limit} bytes.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

@Controller('api')
export class ExportController {
  private readonly logger = new Logger(ExportController.name);

  constructor(private readonly exports: ExportService) {}

  @Get(['export/posts.csv', 'export/posts.ndjson'])
  @Roles('researcher', 'reviewer', 'admin')
  @ApiRoute({
    tag: 'exports',
    summary: 'Export posts as CSV or NDJSON (one JSON post per line)',
    description: 'The same filters as /api/search/posts, without paging.',
    response: {
      description: 'Every matching post, streamed (by the extension: text/csv or application/x-ndjson).',
      content: { 'text/csv': { type: 'string' }, 'application/x-ndjson': { type: 'string' } },
    },
  })
  async posts(
    @CurrentUser() user: AuthUser,
    @ValidQuery(postExportQuery, 'export query') q: PostExportInput,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const format: PostExportFormat = req.path.endsWith('.csv') ? 'csv' : 'ndjson';
    const query = toPostQuery(q, user);
    startDownload(res, 'posts', format);
    await this.stream(res, () => this.exports.exportPosts({ actor: actorOf(user), roles: user.roles }, query, format, res));
  }

  @Get(['export/persons.csv', 'export/persons.ndjson', 'export/persons.pfif.xml'])
  @Roles('researcher', 'reviewer', 'admin')
  @ApiRoute({
    tag: 'exports',
    summary: 'Export persons as CSV, NDJSON (one JSON person per line) or PFIF 1.4 XML (People Finder Interchange Format)',
    description: 'The same filters as /api/search/persons, without paging. Researchers get verified persons only.',
    response: {
      description: 'Every matching person, streamed (by the extension: text/csv, application/x-ndjson or application/xml).',
      content: { 'text/csv': { type: 'string' }, 'application/x-ndjson': { type: 'string' }, 'application/xml': { type: 'string' } },
    },
  })
  async persons(
    @CurrentUser() user: AuthUser,
    @ValidQuery(personExportQuery, 'export query') q: PersonExportInput,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const format: PersonExportFormat = req.path.endsWith('.csv') ? 'csv' : req.path.endsWith('.ndjson') ? 'ndjson' : 'pfif';
    const query = toPersonExportQuery(q, user);
    startDownload(res, 'persons', format);
    await this.stream(res, () => this.exports.exportPersons({ actor: actorOf(user), roles: user.roles }, query, format, res));
  }

  /** Once the headers are out an error can only cut the download short (the reader sees a truncated file). */
  private async stream(res: Response, run: () => Promise<number>): Promise<void> {
    try {
      await run();
      res.end();
    } catch (err) {
      if (!res.headersSent && err instanceof HttpException) throw err;
      this.logger.error({ msg: 'export failed', error: (err as Error).message });
      res.destroy(err as Error);
    }
  }
}

/** PFIF import: API only, at one path (the dashboard's export routes do not inherit it). */
@Controller('api')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post('import/pfif')
  @HttpCode(200)
  @Roles('admin')
  @ApiRoute({
    tag: 'exports',
    summary: 'Import persons from a PFIF document (1.1–1.4)',
    description:
      'All or nothing: a document that does not parse, or is larger than the limit, is refused and nothing is imported. Persons whose names match stored ones are offered as duplicates.',
    body: { 'application/xml': { type: 'string', description: 'A PFIF document.' }, 'text/xml': { type: 'string' } },
    response: { schema: { $ref: '#/components/schemas/PfifImportResult' } },
    errors: { 400: 'The document was refused; nothing was imported.', 413: 'The document is larger than the limit.', 415: 'Not text/xml or application/xml.' },
  })
  async importPfif(@CurrentUser() user: AuthUser, @Req() req: Request) {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (type !== 'text/xml' && type !== 'application/xml') throw new UnsupportedMediaTypeException('Send the PFIF document as text/xml or application/xml.');
    if (req.readableEnded || (req as { body?: unknown }).body instanceof Buffer) throw new BadRequestException('The request body was already read.');
    const body = await readBody(req, PFIF_MAX_BYTES);
    try {
      return await this.imports.importPfifDocument(actorOf(user), body);
    } catch (err) {
      if (err instanceof PfifImportError) throw new BadRequestException(`The PFIF document was refused; nothing was imported. ${err.message}`);
      throw err;
    }
  }
}

/** The same downloads for the dashboard's search page, signed in by session. */
@Controller('search')
@Page()
export class ExportPagesController extends ExportController {}
