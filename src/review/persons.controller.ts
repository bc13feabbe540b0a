import { Body, Controller, ForbiddenException, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { t } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { PersonsService } from './persons.service';
import { personsListView, personView } from './persons.view';

@Controller('persons')
@Page()
@Roles('reviewer', 'admin', 'researcher')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  @Get()
  async list(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Query('q') q?: string): Promise<string> {
    const query = typeof q === 'string' ? q : '';
    return personsListView(ctx, query, await this.persons.search(user, query));
  }

  @Get(':id')
  async page(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string, @Query('merge') merge?: string): Promise<string> {
    const mergeQuery = typeof merge === 'string' ? merge.slice(0, 300) : '';
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
  async status(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string, @Body('status') status: unknown, @Res() res: Response): Promise<void> {
    this.mayMarkDead(ctx, user, status);
    await this.persons.changeStatus(user, id, status);
    res.redirect(303, `/persons/${id}`);
  }

  @Post(':id/notes')
  @Roles('reviewer', 'admin')
  async note(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    this.mayMarkDead(ctx, user, body.status);
    await this.persons.addNote(user, id, { text: body.text, status: body.status, post: body.post });
    res.redirect(303, `/persons/${id}#notes`);
  }

  @Post(':id/merge')
  @Roles('reviewer', 'admin')
  async merge(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.persons.merge(user, id, body.into, body.reason);
    res.redirect(303, `/persons/${id}`);
  }

  @Post(':id/split')
  @Roles('reviewer', 'admin')
  async split(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.persons.split(user, id);
    res.redirect(303, `/persons/${id}`);
  }

  /** The service refuses too; here the refusal is in the reader's language. */
  private mayMarkDead(ctx: PageContext, user: AuthUser, status: unknown): void {
    if (status === 'dead' && !user.roles.includes('admin')) throw new ForbiddenException(t(ctx.lang, 'person.deadAdminOnly'));
  }
}
