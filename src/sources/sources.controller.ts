import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { actorOf, type AuthUser, CurrentUser, Roles } from '../auth/roles.decorator';
import { parseIdOrFail, parseInput } from '../http/parse-input';
import { createSourceInput, updateSourceInput } from './source.input';
import { SourcesService } from './sources.service';

const runsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }).strict();

@Controller('api/sources')
@Roles('operator', 'admin')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    return this.sources.create(actorOf(user), parseInput(createSourceInput, body, 'source'));
  }

  /** A dry run: what this definition would collect and what its filter would keep. Nothing is stored. */
  @Post('preview')
  @HttpCode(200)
  preview(@Body() body: unknown) {
    return this.sources.preview(parseInput(createSourceInput, body, 'source'));
  }

  @Get()
  async list() {
    return { items: await this.sources.list() };
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.sources.getOrFail(parseIdOrFail(id, 'source'));
  }

  @Patch(':id')
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: unknown) {
    return this.sources.update(actorOf(user), parseIdOrFail(id, 'source'), parseInput(updateSourceInput, body, 'source change'));
  }

  @Post(':id/pause')
  @HttpCode(200)
  pause(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.sources.pause(actorOf(user), parseIdOrFail(id, 'source'));
  }

  @Post(':id/resume')
  @HttpCode(200)
  resume(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.sources.resume(actorOf(user), parseIdOrFail(id, 'source'));
  }

  @Post(':id/run')
  @HttpCode(202)
  run(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.sources.runNow(actorOf(user), parseIdOrFail(id, 'source'));
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    await this.sources.remove(actorOf(user), parseIdOrFail(id, 'source'));
  }

  @Get(':id/runs')
  async runs(@Param('id') id: string, @Query() query: unknown) {
    const { limit } = parseInput(runsQuery, query, 'query');
    return { items: await this.sources.listRuns(parseIdOrFail(id, 'source'), limit) };
  }
}
