import { Controller, Get, Header, NotFoundException, Param, StreamableFile } from '@nestjs/common';
import { ANY_ROLE, Page, Roles } from '../auth/roles.decorator';
import { parseIdOrFail } from '../validation/object-id';
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
  async get(@Param('id') id: string): Promise<MediaView> {
    return toMediaView(await this.findOrFail(id));
  }

  @Get(':id/thumbnail')
  @Header('Content-Type', 'image/jpeg')
  @Header('Cache-Control', 'no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  async thumbnail(@Param('id') id: string): Promise<StreamableFile> {
    const media = await this.findOrFail(id);
    if (!media.thumbnailFileId) throw new NotFoundException(`Media ${id} has no thumbnail${media.error ? `: ${media.error}` : ''}.`);
    return new StreamableFile(this.files.openDownload(media.thumbnailFileId));
  }

  /** The original as downloaded, kept as evidence (it may carry EXIF): a download, never rendered inline. */
  @Get(':id/original')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-store')
  async original(@Param('id') id: string): Promise<StreamableFile> {
    const media = await this.findOrFail(id);
    if (!media.originalFileId || !media.mime) throw new NotFoundException(`Media ${id} has no stored original${media.error ? `: ${media.error}` : ''}.`);
    return new StreamableFile(this.files.openDownload(media.originalFileId), {
      type: media.mime,
      disposition: `attachment; filename="${media.sha256}"`,
    });
  }

  private async findOrFail(id: string): Promise<MediaRecord> {
    const media = await this.media.findById(parseIdOrFail(id, 'media'));
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
  async thumbnail(@Param('id') id: string): Promise<StreamableFile> {
    const media = await this.media.findById(parseIdOrFail(id, 'media'));
    if (!media?.thumbnailFileId) throw new NotFoundException(`No thumbnail for media ${id}.`);
    return new StreamableFile(this.files.openDownload(media.thumbnailFileId));
  }
}
