import { BadRequestException, Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { actorOf, type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { parseIdOrFail } from '../http/parse-input';
import { t } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { createInputFromForm, fieldErrors, formFromSource, formValues, isSourceType, newFormValues, patchFromForm } from './source-form';
import { createSourceInput, updateSourceInput } from './source.input';
import { SourcesService } from './sources.service';
import { newSourceView, sourceDetailView, sourcesListView, unknownTypeView } from './sources.view';

/** Issues thrown by parseInput (a BadRequestException naming each field), or null for anything else. */
function issuesOf(err: unknown): { field: string; message: string }[] | null {
  if (!(err instanceof BadRequestException)) return null;
  const body = err.getResponse() as { details?: { field: string; message: string }[] };
  return Array.isArray(body.details) ? body.details : null;
}

@Controller()
@Page()
@Roles('operator', 'admin')
export class SourcesPagesController {
  constructor(
    private readonly sources: SourcesService,
  ) {}

  @Get('sources')
  async list(@Ctx() ctx: PageContext): Promise<string> {
    return sourcesListView(ctx, await this.sources.list());
  }

  @Get('sources/new')
  newForm(@Ctx() ctx: PageContext, @Query('type') type: unknown, @Res() res: Response): void {
    if (!isSourceType(type)) {
      this.send(res, 400, unknownTypeView(ctx, true));
      return;
    }
    this.send(res, 200, newSourceView(ctx, type, newFormValues(), {}));
  }

  @Post('sources/preview')
  async preview(@Ctx() ctx: PageContext, @Body() body: unknown, @Res() res: Response): Promise<void> {
    const values = formValues(body);
    const type = values.type;
    if (!isSourceType(type)) return this.send(res, 400, unknownTypeView(ctx, false));
    const parsed = createSourceInput.safeParse(createInputFromForm(type, values));
    if (!parsed.success) return this.send(res, 400, newSourceView(ctx, type, values, fieldErrors(parsed.error.issues)));
    const result = await this.sources.preview(parsed.data);
    this.send(res, 200, newSourceView(ctx, type, values, {}, result));
  }

  @Post('sources')
  async create(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Body() body: unknown, @Res() res: Response): Promise<void> {
    const values = formValues(body);
    const type = values.type;
    if (!isSourceType(type)) return this.send(res, 400, unknownTypeView(ctx, false));
    const parsed = createSourceInput.safeParse(createInputFromForm(type, values));
    if (!parsed.success) return this.send(res, 400, newSourceView(ctx, type, values, fieldErrors(parsed.error.issues)));
    const source = await this.sources.create(actorOf(user), parsed.data);
    res.redirect(303, `/sources/${source.id}`);
  }

  @Get('sources/:id')
  async detail(@Ctx() ctx: PageContext, @Param('id') id: string, @Query('saved') saved: unknown, @Res() res: Response): Promise<void> {
    const source = await this.sources.getOrFail(parseIdOrFail(id, 'source'));
    this.send(res, 200, sourceDetailView(ctx, source, await this.sources.listRuns(source.id, 20), formFromSource(source), {}, saved === '1' ? t(ctx, 'source.saved') : undefined));
  }

  @Post('sources/:id')
  async update(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: unknown, @Res() res: Response): Promise<void> {
    const source = await this.sources.getOrFail(parseIdOrFail(id, 'source'));
    const values = formValues(body);
    const parsed = updateSourceInput.safeParse(patchFromForm(source.type, values, source.config as Record<string, unknown>));
    if (!parsed.success) return this.send(res, 400, sourceDetailView(ctx, source, await this.sources.listRuns(source.id, 20), values, fieldErrors(parsed.error.issues)));
    try {
      await this.sources.update(actorOf(user), source.id, parsed.data);
    } catch (err) {
      // The service validates the merged config on its own: its issues name fields inside the config.
      const issues = issuesOf(err);
      if (!issues) throw err;
      return this.send(res, 400, sourceDetailView(ctx, source, await this.sources.listRuns(source.id, 20), values, fieldErrors(issues.map((i) => ({ path: i.field, message: i.message })), 'config')));
    }
    res.redirect(303, `/sources/${source.id}?saved=1`);
  }

  @Post('sources/:id/pause')
  async pause(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.sources.pause(actorOf(user), parseIdOrFail(id, 'source'));
    res.redirect(303, `/sources/${id}`);
  }

  @Post('sources/:id/resume')
  async resume(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.sources.resume(actorOf(user), parseIdOrFail(id, 'source'));
    res.redirect(303, `/sources/${id}`);
  }

  @Post('sources/:id/run')
  async run(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.sources.runNow(actorOf(user), parseIdOrFail(id, 'source'));
    res.redirect(303, `/sources/${id}`);
  }

  private send(res: Response, status: number, page: string): void {
    res.status(status).type('html').send(page);
  }
}
