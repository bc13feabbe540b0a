import { BadRequestException, Body, Controller, Get, Header, HttpCode, Param, PayloadTooLargeException, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { parseInput } from '../validation/input';
import { parseIdOrFail } from '../validation/object-id';
import { isObjectId } from '../validation/object-id';
import { t } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { FaceSearchService } from './face-search.service';
import { FacesService } from './faces.service';
import { facePageView, facesHomeView, searchResultsView, switchOffView } from './faces.view';
import type { PhotoUploadRequest } from './photo-upload.middleware';

const purpose = z.string().trim().min(8, 'say why you are searching, in a sentence (at least 8 characters)').max(500);
const limit = z.coerce.number().int().min(1).max(50).default(20);
const faceId = z.string().refine(isObjectId, 'must be a face id');

export const faceSearchInput = z.object({ faceId, purpose, limit });
export const uploadSearchInput = z.object({ purpose, limit });
const pageSearchInput = z.object({ face: faceId, purpose });
const attachInput = z.object({ person: z.string().max(300).optional(), personUrl: z.string().max(300).optional() });

/**
 * Runs a search on the uploaded photo, or says why it cannot be searched (only once the guard
 * let the caller in), and wipes the bytes whatever happens.
 */
async function withUpload<T>(req: PhotoUploadRequest, search: (photo: Buffer) => Promise<T>): Promise<T> {
  try {
    if (req.uploadError === 'too-large') throw new PayloadTooLargeException('The photo is larger than the size limit (MEDIA_MAX_BYTES).');
    if (req.uploadError || !req.uploadedPhoto?.length) throw new BadRequestException('Send a photo: a multipart form with a "photo" file, or an image body (Content-Type image/jpeg, image/png, image/webp or image/gif).');
    return await search(req.uploadedPhoto);
  } finally {
    req.uploadedPhoto?.fill(0);
    delete req.uploadedPhoto;
  }
}

/** Face search for scripts: reviewers and admins only; the answers hold no descriptor. */
@Controller('api/faces')
@Roles('reviewer', 'admin')
export class FacesApiController {
  constructor(private readonly search: FaceSearchService) {}

  @Post('search')
  @HttpCode(200)
  fromFace(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    const q = parseInput(faceSearchInput, body, 'body');
    return this.search.fromFace(user, q.faceId, q.purpose, q.limit);
  }

  /** A raw image body (or a multipart form); `purpose` in the query string (or the form). */
  @Post('search/upload')
  @HttpCode(200)
  fromUpload(@CurrentUser() user: AuthUser, @Req() req: PhotoUploadRequest, @Query() query: Record<string, unknown>) {
    return withUpload(req, (photo) => {
      const q = parseInput(uploadSearchInput, { ...query, ...(req.body && typeof req.body === 'object' ? req.body : {}) }, 'query');
      return this.search.fromUpload(user, photo, q.purpose, q.limit);
    });
  }
}

/** The dashboard's face pages: reviewers and admins; the switch is an admin's. */
@Controller('faces')
@Page()
@Roles('reviewer', 'admin')
export class FacesPagesController {
  constructor(
    private readonly faces: FacesService,
    private readonly search: FaceSearchService,
  ) {}

  @Get()
  async home(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Query() q: Record<string, string>): Promise<string> {
    const flash = q.done === 'on' ? t(ctx, 'faces.switchedOn') : q.done === 'off' ? t(ctx, 'faces.switchedOff', { n: Number(q.n) || 0 }) : q.done === 'scan' ? t(ctx, 'faces.scanQueued') : undefined;
    return facesHomeView(ctx, await this.faces.status(), { admin: user.roles.includes('admin'), flash });
  }

  @Post('switch-on')
  @Roles('admin')
  async switchOn(@CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    await this.faces.switchOn(user);
    res.redirect(303, '/faces?done=on');
  }

  @Post('scan-missing')
  @Roles('admin')
  async scanMissing(@CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    await this.faces.scanMissing(user);
    res.redirect(303, '/faces?done=scan');
  }

  @Get('switch-off')
  @Roles('admin')
  async confirmSwitchOff(@Ctx() ctx: PageContext): Promise<string> {
    return switchOffView(ctx, await this.faces.status());
  }

  @Post('switch-off')
  @Roles('admin')
  async switchOff(@CurrentUser() user: AuthUser, @Body('confirm') confirm: unknown, @Res() res: Response): Promise<void> {
    const deleted = await this.faces.switchOff(user, confirm === 'yes');
    res.redirect(303, `/faces?done=off&n=${deleted.faces}`);
  }

  @Post('search')
  @HttpCode(200)
  async fromFace(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Body() body: unknown): Promise<string> {
    const q = parseInput(pageSearchInput, body, 'search');
    return searchResultsView(ctx, await this.search.fromFace(user, q.face, q.purpose, 20));
  }

  @Post('search/upload')
  @HttpCode(200)
  async fromUpload(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Req() req: PhotoUploadRequest): Promise<string> {
    const result = await withUpload(req, (photo) => {
      const q = parseInput(uploadSearchInput, req.body, 'search');
      return this.search.fromUpload(user, photo, q.purpose, q.limit);
    });
    return searchResultsView(ctx, result);
  }

  @Get(':id')
  async face(@Ctx() ctx: PageContext, @Param('id') id: string): Promise<string> {
    return facePageView(ctx, await this.faces.facePage(parseIdOrFail(id, 'face')));
  }

  @Get(':id/thumbnail')
  @Header('Content-Type', 'image/jpeg')
  @Header('Cache-Control', 'no-store')
  async thumbnail(@Param('id') id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.faces.thumbnail(parseIdOrFail(id, 'face')));
  }

  @Post(':id/attach')
  async attach(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: unknown, @Res() res: Response): Promise<void> {
    const q = parseInput(attachInput, body, 'form');
    await this.faces.attach(user, parseIdOrFail(id, 'face'), q.person || q.personUrl || '');
    res.redirect(303, `/faces/${id}`);
  }

  @Post(':id/detach')
  async detach(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.faces.detach(user, parseIdOrFail(id, 'face'));
    res.redirect(303, `/faces/${id}`);
  }
}
