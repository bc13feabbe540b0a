import { Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { actorOf, type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { FormSubmission, type Submission, ValidId, ValidQuery } from '../validation/zod.pipe';
import { t } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { formFromSource, isSourceType, newFormValues } from './source-form';
import { type CreateSourceInput, newSourceForm, newSourceQuery, type SourceEdit, sourceDetailQuery, sourceEditForm } from './sources.dto';
import type { SourceType } from './source.schema';
import { SourcesService } from './sources.service';
import { newSourceView, sourceDetailView, sourcesListView, unknownTypeView } from './sources.view';

@Controller()
@Page()
@Roles('operator', 'admin')
export class SourcesPagesController {
  constructor(private readonly sources: SourcesService) {}

  @Get('sources')
  async list(@Ctx() ctx: PageContext): Promise<string> {
    return sourcesListView(ctx, await this.sources.list());
  }

  @Get('sources/new')
  newForm(@Ctx() ctx: PageContext, @ValidQuery(newSourceQuery) { type }: { type?: SourceType }, @Res() res: Response): void {
    if (!type) return this.send(res, 400, unknownTypeView(ctx, true));
    this.send(res, 200, newSourceView(ctx, type, newFormValues(), {}));
  }

  @Post('sources/preview')
  async preview(@Ctx() ctx: PageContext, @FormSubmission(newSourceForm) form: Submission<CreateSourceInput>, @Res() res: Response): Promise<void> {
    if (!form.ok) return this.refuse(ctx, form, res);
    const result = await this.sources.preview(form.data);
    this.send(res, 200, newSourceView(ctx, form.data.type, form.values, {}, result));
  }

  @Post('sources')
  async create(
    @Ctx() ctx: PageContext,
    @CurrentUser() user: AuthUser,
    @FormSubmission(newSourceForm) form: Submission<CreateSourceInput>,
    @Res() res: Response,
  ): Promise<void> {
    if (!form.ok) return this.refuse(ctx, form, res);
    const source = await this.sources.create(actorOf(user), form.data);
    res.redirect(303, `/sources/${source.id}`);
  }

  @Get('sources/:id')
  async detail(
    @Ctx() ctx: PageContext,
    @ValidId('source') id: string,
    @ValidQuery(sourceDetailQuery) { saved }: { saved: boolean },
    @Res() res: Response,
  ): Promise<void> {
    const source = await this.sources.getOrFail(id);
    this.send(
      res,
      200,
      sourceDetailView(ctx, source, await this.sources.listRuns(source.id, 20), formFromSource(source), {}, saved ? t(ctx, 'source.saved') : undefined),
    );
  }

  @Post('sources/:id')
  async update(
    @Ctx() ctx: PageContext,
    @CurrentUser() user: AuthUser,
    @ValidId('source') id: string,
    @FormSubmission(sourceEditForm) form: Submission<SourceEdit>,
    @Res() res: Response,
  ): Promise<void> {
    const source = await this.sources.getOrFail(id);
    if (!form.ok || form.data.type !== source.type) {
      const errors = form.ok ? { type: "a source's type cannot change" } : form.errors;
      return this.send(res, 400, sourceDetailView(ctx, source, await this.sources.listRuns(source.id, 20), form.values, errors));
    }
    await this.sources.update(actorOf(user), source.id, form.data.change);
    res.redirect(303, `/sources/${source.id}?saved=1`);
  }

  @Post('sources/:id/pause')
  async pause(@CurrentUser() user: AuthUser, @ValidId('source') id: string, @Res() res: Response): Promise<void> {
    await this.sources.pause(actorOf(user), id);
    res.redirect(303, `/sources/${id}`);
  }

  @Post('sources/:id/resume')
  async resume(@CurrentUser() user: AuthUser, @ValidId('source') id: string, @Res() res: Response): Promise<void> {
    await this.sources.resume(actorOf(user), id);
    res.redirect(303, `/sources/${id}`);
  }

  @Post('sources/:id/run')
  async run(@CurrentUser() user: AuthUser, @ValidId('source') id: string, @Res() res: Response): Promise<void> {
    await this.sources.runNow(actorOf(user), id);
    res.redirect(303, `/sources/${id}`);
  }

  /** A refused new-source form, shown again with each field's error (an unknown type has no form to show). */
  private refuse(ctx: PageContext, form: Submission<unknown> & { ok: false }, res: Response): void {
    const type = form.values.type;
    this.send(res, 400, isSourceType(type) ? newSourceView(ctx, type, form.values, form.errors) : unknownTypeView(ctx, false));
  }

  private send(res: Response, status: number, page: string): void {
    res.status(status).type('html').send(page);
  }
}
