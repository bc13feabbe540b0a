import { Controller, Get, Header, NotFoundException, StreamableFile } from '@nestjs/common';
import { ANY_ROLE, Page, Roles } from '../auth/roles.decorator';
import { ApiRoute } from '../validation/api-route.decorator';
import { ValidId } from '../validation/zod.pipe';
import { MediaFileRepository } from './media-file.repository';
import { MediaRecord, MediaRepository } from './media.repository';
import { MediaView, toMediaView } from './media-view';

/** Photos are served only to signed-in users, from our own storage: never hot-linked. */
@Controller('api/media')
@Roles(...ANY_ROLE)
export class MediaController {
  constructor(
    private readonly media: MediaRepository,
    private readonly files: MediaFileRepository,
  ) {}

  @Get(':id')
  @ApiRoute({ tag: 'media', summary: 'Facts about a photo (hashes, size, status)', response: { ref: 'Media' } })
  async get(@ValidId('media') id: string): Promise<MediaView> {
    return toMediaView(await this.findOrFail(id));
  }

  @Get(':id/thumbnail')
  @Header('Content-Type', 'image/jpeg')
  @Header('Cache-Control', 'no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiRoute({
    tag: 'media',
    summary: 'The thumbnail (JPEG)',
    response: { description: 'JPEG', content: { 'image/jpeg': { type: 'string', contentMediaType: 'image/jpeg' } } },
  })
  async thumbnail(@ValidId('media') id: string): Promise<StreamableFile> {
    const media = await this.findOrFail(id);
    if (!media.thumbnailFileId) throw new NotFoundException(`Media ${id} has no thumbnail${media.error ? `: ${media.error}` : ''}.`);
    return new StreamableFile(this.files.openDownload(media.thumbnailFileId));
  }

  /** The original as downloaded, kept as evidence (it may carry EXIF): a download, never rendered inline. */
  @Get(':id/original')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-store')
  @ApiRoute({
    tag: 'media',
    summary: 'The original as downloaded, as an attachment (evidence; may carry EXIF)',
    response: { description: 'The file', content: { 'application/octet-stream': { type: 'string' } } },
  })
  async original(@ValidId('media') id: string): Promise<StreamableFile> {
    const media = await this.findOrFail(id);
    if (!media.originalFileId || !media.mime) throw new NotFoundException(`Media ${id} has no stored original${media.error ? `: ${media.error}` : ''}.`);
    return new StreamableFile(this.files.openDownload(media.originalFileId), {
      type: media.mime,
      disposition: `attachment; filename="${media.sha256}"`,
    });
  }

  private async findOrFail(id: string): Promise<MediaRecord> {
    const media = await this.media.findById(id);
    if (!media) throw new NotFoundException(`No media with id ${id}.`);
    return media;
  }
}

/** The same thumbnails for the dashboard, signed in by session. */
@Controller('media')
@Page()
@Roles(...ANY_ROLE)
export class MediaPagesController {
  constructor(
    private readonly media: MediaRepository,
    private readonly files: MediaFileRepository,
  ) {}

  @Get(':id/thumbnail')
  @Header('Content-Type', 'image/jpeg')
  @Header('Cache-Control', 'no-store')
  async thumbnail(@ValidId('media') id: string): Promise<StreamableFile> {
    const media = await this.media.findById(id);
    if (!media?.thumbnailFileId) throw new NotFoundException(`No thumbnail for media ${id}.`);
    return new StreamableFile(this.files.openDownload(media.thumbnailFileId));
  }
}
