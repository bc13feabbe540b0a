import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { actorOf, ANY_ROLE, type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { tipInput } from '../sources/source.input';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { TipService } from './tip.service';
import { tipFormView, tipSentView } from './tips.view';

/** The tip form of the dashboard: the same tips as POST /api/tips, for every role. */
@Controller('tips')
@Page()
@Roles(...ANY_ROLE)
export class TipPagesController {
  constructor(private readonly tips: TipService) {}

  @Get('new')
  form(@Ctx() ctx: PageContext): string {
    return tipFormView(ctx);
  }

  @Post()
  @HttpCode(200)
  async submit(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    // Empty fields of the form are absent, as in the API.
    const values = Object.fromEntries(['url', 'text', 'note'].flatMap((k) => (typeof body[k] === 'string' && body[k].trim() ? [[k, body[k].trim()]] : []))) as Record<string, string>;
    const parsed = tipInput.safeParse(values);
    if (!parsed.success) {
      res.status(400).type('html').send(tipFormView(ctx, values, parsed.error.issues.map((i) => `${i.path.join('.') || 'tip'}: ${i.message}`)));
      return;
    }
    res.type('html').send(tipSentView(ctx, await this.tips.submit(actorOf(user), parsed.data)));
  }
}
