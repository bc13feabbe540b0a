import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { actorOf, ANY_ROLE, type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { FormSubmission, type Submission } from '../validation/zod.pipe';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { TipService } from './tip.service';
import { tipFields, tipForm, type TipInput } from './tips.dto';
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
  async submit(
    @Ctx() ctx: PageContext,
    @CurrentUser() user: AuthUser,
    @FormSubmission(tipForm) form: Submission<TipInput>,
    @Res() res: Response,
  ): Promise<void> {
    if (!form.ok) {
      res
        .status(400)
        .type('html')
        .send(
          tipFormView(
            ctx,
            tipFields(form.values),
            form.issues.map((i) => `${i.field === '(body)' ? 'tip' : i.field}: ${i.message}`),
          ),
        );
      return;
    }
    res.type('html').send(tipSentView(ctx, await this.tips.submit(actorOf(user), form.data)));
  }
}
