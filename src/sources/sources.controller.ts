import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { actorOf, type AuthUser, CurrentUser, Roles } from '../auth/roles.decorator';
import { ApiRoute } from '../validation/api-route.decorator';
import { ValidBody, ValidId, ValidQuery } from '../validation/zod.pipe';
import { checkedChange, type CreateSourceInput, createSourceInput, runsQuery, type UpdateSourceInput, updateSourceInput } from './sources.dto';
import { SourcesService } from './sources.service';

@Controller('api/sources')
@Roles('operator', 'admin')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Post()
  @ApiRoute({ tag: 'sources', summary: 'Create a source', response: { ref: 'Source' } })
  create(@CurrentUser() user: AuthUser, @ValidBody(createSourceInput, 'source') input: CreateSourceInput) {
    return this.sources.create(actorOf(user), input);
  }

  /** A dry run: what this definition would collect and what its filter would keep. Nothing is stored. */
  @Post('preview')
  @HttpCode(200)
  @ApiRoute({
    tag: 'sources',
    summary: 'Dry run: what a source definition would collect and keep (nothing stored)',
    response: { description: 'Preview', schema: { type: 'object' } },
  })
  preview(@ValidBody(createSourceInput, 'source') input: CreateSourceInput) {
    return this.sources.preview(input);
  }

  @Get()
  @ApiRoute({ tag: 'sources', summary: 'List sources', response: { list: 'Source' } })
  async list() {
    return { items: await this.sources.list() };
  }

  @Get(':id')
  @ApiRoute({ tag: 'sources', summary: 'Read a source', response: { ref: 'Source' } })
  get(@ValidId('source') id: string) {
    return this.sources.getOrFail(id);
  }

  @Patch(':id')
  @ApiRoute({
    tag: 'sources',
    summary: 'Change a source (type cannot change)',
    description: "A config replaces the whole config, checked against the source's type; a secret it leaves out keeps its stored value.",
    response: { ref: 'Source' },
  })
  async update(@CurrentUser() user: AuthUser, @ValidId('source') id: string, @ValidBody(updateSourceInput, 'source change') patch: UpdateSourceInput) {
    const { type } = await this.sources.getOrFail(id);
    return this.sources.update(actorOf(user), id, checkedChange(type, patch));
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiRoute({ tag: 'sources', summary: 'Pause scheduled collection', response: { ref: 'Source' } })
  pause(@CurrentUser() user: AuthUser, @ValidId('source') id: string) {
    return this.sources.pause(actorOf(user), id);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiRoute({ tag: 'sources', summary: 'Resume scheduled collection', response: { ref: 'Source' } })
  resume(@CurrentUser() user: AuthUser, @ValidId('source') id: string) {
    return this.sources.resume(actorOf(user), id);
  }

  @Post(':id/run')
  @HttpCode(202)
  @ApiRoute({
    tag: 'sources',
    summary: 'Collect now (queued)',
    response: { description: 'Queued', schema: { type: 'object', properties: { jobId: { type: 'string' } } } },
    errors: { 409: 'A manual source, or a run under way.' },
  })
  run(@CurrentUser() user: AuthUser, @ValidId('source') id: string) {
    return this.sources.runNow(actorOf(user), id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiRoute({ tag: 'sources', summary: 'Delete a source (its posts stay)', response: { description: 'Deleted' } })
  async remove(@CurrentUser() user: AuthUser, @ValidId('source') id: string) {
    await this.sources.remove(actorOf(user), id);
  }

  @Get(':id/runs')
  @ApiRoute({ tag: 'sources', summary: 'Recent collector runs of a source', response: { list: 'CollectorRun' } })
  async runs(@ValidId('source') id: string, @ValidQuery(runsQuery) query: { limit: number }) {
    return { items: await this.sources.listRuns(id, query.limit) };
  }
}
