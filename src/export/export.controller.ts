import { BadRequestException, Controller, ForbiddenException, Get, HttpCode, HttpException, Logger, PayloadTooLargeException, Post, Query, Req, Res, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { actorOf, type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { parseInput } from '../http/parse-input';
import { seesUnverifiedPersons, type Viewer } from '../auth/access-rule';
import { personSearchInput, postSearchInput, toPersonQuery, toPostQuery } from '../search/search-api.controller';
import type { PersonSearchQuery, PostSearchQuery } from '../search/search.types';
import { ExportService, type PersonExportFormat, type PostExportFormat } from './export.service';
import { ImportService } from './import.service';
import { PFIF_MAX_BYTES, PfifImportError } from './pfif-import';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The search API's parameters, without paging: an export takes every match. */
export const postQuerySchema = postSearchInput.omit({ limit: true, cursor: true });
export const personQuerySchema = personSearchInput.omit({ limit: true }).extend({ includeUnverified: flag.optional() });

export function parsePostQuery(input: unknown, viewer: Viewer): PostSearchQuery {
  return toPostQuery(parseInput(postQuerySchema, input, 'export query'), viewer);
}

/** As the search API; unverified persons only when asked for and the role may see them. */
export function parsePersonQuery(input: unknown, viewer: Viewer): PersonSearchQuery {
  const q = parseInput(personQuerySchema, input, 'export query');
  const may = seesUnverifiedPersons(viewer);
  if (!may && (q.includeUnverified || (q.verification && q.verification !== 'verified'))) {
    throw new ForbiddenException('Only reviewers and admins can export unverified or disputed persons.');
  }
  return { ...toPersonQuery(q, viewer), includeUnverified: may && (q.includeUnverified === true || (q.verification !== undefined && q.verification !== 'verified')) };
}

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
  async posts(@CurrentUser() user: AuthUser, @Query() q: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const format: PostExportFormat = req.path.endsWith('.csv') ? 'csv' : 'ndjson';
    const query = parsePostQuery(q, user);
    startDownload(res, 'posts', format);
    await this.stream(res, () => this.exports.exportPosts({ actor: actorOf(user), roles: user.roles }, query, format, res));
  }

  @Get(['export/persons.csv', 'export/persons.ndjson', 'export/persons.pfif.xml'])
  @Roles('researcher', 'reviewer', 'admin')
  async persons(@CurrentUser() user: AuthUser, @Query() q: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const format: PersonExportFormat = req.path.endsWith('.csv') ? 'csv' : req.path.endsWith('.ndjson') ? 'ndjson' : 'pfif';
    const query = parsePersonQuery(q, user);
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
  async importPfif(@CurrentUser() user: AuthUser, @Req() req: Request) {
    const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
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
