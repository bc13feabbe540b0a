import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Page, Roles } from '../auth/roles.decorator';
import { t } from '../web/i18n';
import type { PageContext } from '../web/layout';
import { Ctx } from '../web/page-context';
import { ValidForm, ValidQuery } from '../validation/zod.pipe';
import {
  bulkForm,
  decideForm,
  duplicateForm,
  intoForm,
  linkAllForm,
  type MentionEditInput,
  mentionEditForm,
  mentionForm,
  reviewPostQuery,
  type TriageQuery,
  triageQuery,
} from './review.dto';
import { CLAIM_MS, ReviewService } from './review.service';
import { reviewPostView, triageView } from './review.view';

@Controller('review')
@Page()
@Roles('reviewer', 'admin')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Get()
  async queue(@Ctx() ctx: PageContext, @CurrentUser() user: AuthUser, @ValidQuery(triageQuery) filters: TriageQuery): Promise<string> {
    const groups = await this.review.queue(filters);
    const now = Date.now();
    const rows = groups.map(({ post, copies }) => {
      const takenByOther =
        post.review.assignee && post.review.assignee !== user.id && post.review.claimedAt && post.review.claimedAt.getTime() > now - CLAIM_MS;
      return { post, copies, takenBy: takenByOther ? (post.review.assigneeName ?? '') : null };
    });
    return triageView(ctx, rows, filters);
  }

  @Post('bulk-irrelevant')
  async bulk(@CurrentUser() user: AuthUser, @ValidForm(bulkForm) ids: string[], @Res() res: Response): Promise<void> {
    await this.review.bulkIrrelevant(user, ids);
    res.redirect(303, '/review');
  }

  @Post('posts/:id/claim')
  async claim(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.review.claim(user, id);
    res.redirect(303, `/review/posts/${id}`);
  }

  @Get('posts/:id')
  async post(
    @Ctx() ctx: PageContext,
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidQuery(reviewPostQuery) { linked, skipped }: { linked: number; skipped: number },
  ): Promise<string> {
    const view = await this.review.view(id, user);
    const mine = view.post.review.assignee === user.id && view.post.review.status === 'in_review';
    const flash = [linked ? t(ctx.lang, 'post.linkedFlash', { n: linked }) : '', skipped ? t(ctx.lang, 'post.skippedFlash', { n: skipped }) : '']
      .filter(Boolean)
      .join(' ');
    return reviewPostView(ctx, view, { mine, flash: flash || undefined });
  }

  @Post('posts/:id/release')
  async release(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.review.release(user, id);
    res.redirect(303, '/review');
  }

  @Post('posts/:id/decide')
  async decide(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidForm(decideForm) decision: { status: 'relevant' | 'irrelevant'; withCopies: boolean },
    @Res() res: Response,
  ): Promise<void> {
    await this.review.decidePost(user, id, decision.status, { withCopies: decision.withCopies });
    res.redirect(303, '/review');
  }

  @Post('mentions/:id/new-person')
  async newPerson(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidForm(mentionForm) { post }: { post: string },
    @Res() res: Response,
  ): Promise<void> {
    await this.review.confirmAsNewPerson(user, id);
    res.redirect(303, `/review/posts/${post}#m-${id}`);
  }

  @Post('mentions/:id/into')
  async into(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidForm(intoForm) form: { post: string; person: string },
    @Res() res: Response,
  ): Promise<void> {
    await this.review.confirmIntoPerson(user, id, form.person);
    res.redirect(303, `/review/posts/${form.post}#m-${id}`);
  }

  @Post('mentions/:id/edit')
  async edit(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidForm(mentionEditForm) { post, ...edit }: MentionEditInput,
    @Res() res: Response,
  ): Promise<void> {
    await this.review.editMention(user, id, edit);
    res.redirect(303, `/review/posts/${post}#m-${id}`);
  }

  @Post('posts/:id/duplicate')
  async duplicate(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidForm(duplicateForm) { of }: { of: string },
    @Res() res: Response,
  ): Promise<void> {
    await this.review.markDuplicate(user, id, of);
    res.redirect(303, '/review');
  }

  @Post('mentions/:id/link-all')
  async linkAll(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidForm(linkAllForm) form: { post: string; person: string },
    @Res() res: Response,
  ): Promise<void> {
    const { linked, skipped } = await this.review.linkAll(user, id, form.person);
    res.redirect(303, `/review/posts/${form.post}?linked=${linked}&skipped=${skipped}#mention-${id}`);
  }

  @Post('mentions/:id/reject')
  async reject(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ValidForm(mentionForm) { post }: { post: string },
    @Res() res: Response,
  ): Promise<void> {
    await this.review.reject(user, id);
    res.redirect(303, `/review/posts/${post}#m-${id}`);
  }
}
