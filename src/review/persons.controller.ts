import { Controller, ForbiddenException, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { t } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { ValidForm, ValidQuery } from '../validation/zod.pipe';
import { type MergeInput, mergeForm, type NoteInput, noteForm, personPageQuery, personsListQuery, type StatusForm, statusForm } from './persons.dto';
import { PersonsService } from './persons.service';
import { personsListView, personView } from './persons.view';

@Controller('persons')
@Page()
@Roles('reviewer', 'admin', 'researcher')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  @Get()
  async list(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @ValidQuery(personsListQuery) { q }: { q: string }): Promise<string> {
    return personsListView(ctx, q, await this.persons.search(user, q));
  }

  @Get(':id')
  async page(
    @Ctx() ctx: PageContext,
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidQuery(personPageQuery) { merge: mergeQuery }: { merge: string },
  ): Promise<string> {
    return personView(ctx, user, await this.persons.page(user, id, { mergeQuery }), mergeQuery);
  }

  @Post(':id/verify')
  @Roles('reviewer', 'admin')
  async verify(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.persons.verify(user, id);
    res.redirect(303, `/persons/${id}`);
  }

  @Post(':id/status')
  @Roles('reviewer', 'admin')
  async status(
    @Ctx() ctx: PageContext,
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidForm(statusForm) { status }: StatusForm,
    @Res() res: Response,
  ): Promise<void> {
    this.mayMarkDead(ctx, user, status);
    await this.persons.changeStatus(user, id, status);
    res.redirect(303, `/persons/${id}`);
  }

  @Post(':id/notes')
  @Roles('reviewer', 'admin')
  async note(
    @Ctx() ctx: PageContext,
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidForm(noteForm) note: NoteInput,
    @Res() res: Response,
  ): Promise<void> {
    this.mayMarkDead(ctx, user, note.status);
    await this.persons.addNote(user, id, note);
    res.redirect(303, `/persons/${id}#notes`);
  }

  @Post(':id/merge')
  @Roles('reviewer', 'admin')
  async merge(@CurrentUser() user: AuthUser, @Param('id') id: string, @ValidForm(mergeForm) merge: MergeInput, @Res() res: Response): Promise<void> {
    await this.persons.merge(user, id, merge.into, merge.reason);
    res.redirect(303, `/persons/${id}`);
  }

  @Post(':id/split')
  @Roles('reviewer', 'admin')
  async split(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.persons.split(user, id);
    res.redirect(303, `/persons/${id}`);
  }

  /** The service refuses too; here the refusal is in the reader's language. */
  private mayMarkDead(ctx: PageContext, user: AuthUser, status: string | null): void {
    if (status === 'dead' && !user.roles.includes('admin')) throw new ForbiddenException(t(ctx.lang, 'person.deadAdminOnly'));
  }
}
