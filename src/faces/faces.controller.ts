import { BadRequestException, Controller, Get, Header, HttpCode, PayloadTooLargeException, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { ApiRoute } from '../validation/api-route.decorator';
import { parseInput } from '../validation/input';
import { ValidBody, ValidForm, ValidId, ValidQuery } from '../validation/zod.pipe';
import { t } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { FaceSearchService } from './face-search.service';
import {
  attachForm,
  type FaceSearchInput,
  faceSearchInput,
  facesHomeQuery,
  type PageSearchForm,
  pageSearchForm,
  switchOffForm,
  uploadSearchInput,
} from './faces.dto';
import { FacesService } from './faces.service';
import { facePageView, facesHomeView, searchResultsView, switchOffView } from './faces.view';
import type { PhotoUploadRequest } from './photo-upload.middleware';

/**
 * Runs a search on the uploaded photo, or says why it cannot be searched (only once the guard
 * let the caller in), and wipes the bytes whatever happens.
 */
async function withUpload<T>(req: PhotoUploadRequest, search: (photo: Buffer) => Promise<T>): Promise<T> {
  try {
    if (req.uploadError === 'too-large') throw new PayloadTooLargeException('The photo is larger than the size limit (MEDIA_MAX_BYTES).');
    if (req.uploadError || !req.uploadedPhoto?.length)
      throw new BadRequestException(
        'Send a photo: a multipart form with a "photo" file, or an image body (Content-Type image/jpeg, image/png, image/webp or image/gif).',
      );
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
  @ApiRoute({
    tag: 'faces',
    summary: 'Find this face: the closest faces in collected photos to a stored face',
    description:
      'Only while an admin has switched faces on (403 otherwise). Each search is an audit event with the caller and the purpose. Similarity ranks; it never decides. No answer holds a descriptor.',
    response: { description: 'Faces, most similar first', ref: 'FaceSearchResult' },
    errors: { 404: 'No such face.' },
  })
  fromFace(@CurrentUser() user: AuthUser, @ValidBody(faceSearchInput) q: FaceSearchInput) {
    return this.search.fromFace(user, q.faceId, q.purpose, q.limit);
  }

  /**
   * A raw image body (or a multipart form); `purpose` in the query string (or the form). Read
   * here, not by a decorator: the photo must be checked (and wiped) before the fields are.
   */
  @Post('search/upload')
  @HttpCode(200)
  @ApiRoute({
    tag: 'faces',
    summary: 'Find this face: the closest faces to the largest face in a photo you send',
    description:
      'The photo (an image body, or a multipart form with a `photo` file) is checked like collected images, searched with, then deleted: only the audit event is kept. Only while faces are switched on.',
    response: { description: 'Faces, most similar first', ref: 'FaceSearchResult' },
    errors: { 400: 'No photo, not a photo, or invalid fields: the message names them.', 413: 'The photo is larger than MEDIA_MAX_BYTES.' },
    query: uploadSearchInput,
    body: {
      'image/jpeg': { type: 'string', contentMediaType: 'image/jpeg' },
      'image/png': { type: 'string', contentMediaType: 'image/png' },
      'image/webp': { type: 'string', contentMediaType: 'image/webp' },
      'image/gif': { type: 'string', contentMediaType: 'image/gif' },
      'multipart/form-data': {
        type: 'object',
        properties: { photo: { type: 'string', contentMediaType: 'application/octet-stream' }, purpose: { type: 'string' }, limit: { type: 'integer' } },
      },
    },
  })
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
  async home(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @ValidQuery(facesHomeQuery) q: { done?: string; n: number }): Promise<string> {
    const flash =
      q.done === 'on'
        ? t(ctx, 'faces.switchedOn')
        : q.done === 'off'
          ? t(ctx, 'faces.switchedOff', { n: q.n })
          : q.done === 'scan'
            ? t(ctx, 'faces.scanQueued')
            : undefined;
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
  async switchOff(@CurrentUser() user: AuthUser, @ValidForm(switchOffForm) confirmed: boolean, @Res() res: Response): Promise<void> {
    const deleted = await this.faces.switchOff(user, confirmed);
    res.redirect(303, `/faces?done=off&n=${deleted.faces}`);
  }

  @Post('search')
  @HttpCode(200)
  async fromFace(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @ValidForm(pageSearchForm, 'search') q: PageSearchForm): Promise<string> {
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
  async face(@Ctx() ctx: PageContext, @ValidId('face') id: string): Promise<string> {
    return facePageView(ctx, await this.faces.facePage(id));
  }

  @Get(':id/thumbnail')
  @Header('Content-Type', 'image/jpeg')
  @Header('Cache-Control', 'no-store')
  async thumbnail(@ValidId('face') id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.faces.thumbnail(id));
  }

  @Post(':id/attach')
  async attach(@CurrentUser() user: AuthUser, @ValidId('face') id: string, @ValidForm(attachForm, 'form') person: string, @Res() res: Response): Promise<void> {
    await this.faces.attach(user, id, person);
    res.redirect(303, `/faces/${id}`);
  }

  @Post(':id/detach')
  async detach(@CurrentUser() user: AuthUser, @ValidId('face') id: string, @Res() res: Response): Promise<void> {
    await this.faces.detach(user, id);
    res.redirect(303, `/faces/${id}`);
  }
}
