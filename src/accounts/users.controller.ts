import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService, UserInputError } from '../auth/auth.service';
import { PasswordResetService } from '../auth/password-reset.service';
import { actorOf, type AuthUser, CurrentUser, Page, Public, Roles } from '../auth/roles.decorator';
import { t } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { passwordProblem } from '../auth/password';
import { SessionService } from '../auth/session.service';
import { ValidForm, ValidQuery } from '../validation/zod.pipe';
import { type AddUserForm, addUserForm, doneQuery, resetForm, rolesForm } from './accounts.dto';
import { resetView, usersView } from './users.view';

/** The users page for admins. Each change is audited by the service. */
@Controller('users')
@Page()
@Roles('admin')
export class UsersPagesController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
  ) {}

  @Get()
  async list(@Ctx() ctx: PageContext, @ValidQuery(doneQuery) { done }: { done?: string }): Promise<string> {
    return usersView(ctx, await this.auth.listUsers(), { flash: done === 'saved' ? t(ctx, 'users.saved') : undefined });
  }

  @Post()
  async add(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @ValidForm(addUserForm) input: AddUserForm, @Res() res: Response): Promise<void> {
    await this.refusing(ctx, res, async () => {
      await this.auth.addUser(actorOf(user), input);
    });
  }

  @Post(':id/roles')
  async roles(
    @Ctx() ctx: PageContext,
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidForm(rolesForm) { roles }: { roles: string[] },
    @Res() res: Response,
  ): Promise<void> {
    await this.refusing(ctx, res, () => this.auth.updateUser(actorOf(user), id, { roles }));
  }

  @Post(':id/disable')
  async disable(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.refusing(ctx, res, () => this.auth.updateUser(actorOf(user), id, { disabled: true }));
  }

  @Post(':id/enable')
  async enable(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.refusing(ctx, res, () => this.auth.updateUser(actorOf(user), id, { disabled: false }));
  }

  /** A one-time link shown to the admin once, to pass on by a channel they trust. */
  @Post(':id/reset-link')
  @HttpCode(200)
  async resetLink(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const target = (await this.auth.listUsers()).find((u) => u.id === id);
    if (!target)
      return void res
        .status(404)
        .type('html')
        .send(usersView(ctx, await this.auth.listUsers(), { error: t(ctx, 'users.unknown') }));
    const { path } = await this.resets.createLink(actorOf(user), target.email);
    res
      .type('html')
      .send(usersView(ctx, await this.auth.listUsers(), { resetLink: { email: target.email, url: `${req.protocol}://${req.get('host')}${path}` } }));
  }

  private async refusing(ctx: PageContext, res: Response, change: () => Promise<unknown>): Promise<void> {
    try {
      await change();
    } catch (err) {
      if (!(err instanceof UserInputError)) throw err;
      res
        .status(400)
        .type('html')
        .send(usersView(ctx, await this.auth.listUsers(), { error: err.message }));
      return;
    }
    res.redirect(303, '/users?done=saved');
  }
}

/** Where a one-time reset link leads: no sign-in, the link is the proof. */
@Controller('reset')
@Public()
export class ResetPagesController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly sessions: SessionService,
  ) {}

  @Get(':token')
  async form(@Ctx() ctx: PageContext, @Param('token') token: string, @Res() res: Response): Promise<void> {
    const valid = await this.resets.isValid(token);
    res
      .status(valid ? 200 : 404)
      .type('html')
      .send(resetView(ctx, token, { valid }));
  }

  @Post(':token')
  async reset(
    @Ctx() ctx: PageContext,
    @Param('token') token: string,
    @ValidForm(resetForm) { password }: { password: string },
    @Res() res: Response,
  ): Promise<void> {
    const problem = passwordProblem(password);
    if (problem)
      return void res
        .status(400)
        .type('html')
        .send(resetView(ctx, token, { valid: await this.resets.isValid(token), error: problem }));
    const done = await this.resets.reset(token, password);
    if (!done)
      return void res
        .status(404)
        .type('html')
        .send(resetView(ctx, token, { valid: false }));
    await this.sessions.destroyAllOf(done.userId);
    res.redirect(303, '/login');
  }
}
