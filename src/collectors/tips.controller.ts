import { Controller, Post } from '@nestjs/common';
import { actorOf, ANY_ROLE, type AuthUser, CurrentUser, Roles } from '../auth/roles.decorator';
import { ApiRoute } from '../validation/api-route.decorator';
import { ValidBody } from '../validation/zod.pipe';
import { TipService } from './tip.service';
import { type TipInput, tipInput } from './tips.dto';

/** Anyone signed in may pass on a tip: a URL to fetch once, or pasted text, with a note. */
@Controller('api/tips')
@Roles(...ANY_ROLE)
export class TipsController {
  constructor(private readonly tips: TipService) {}

  @Post()
  @ApiRoute({
    tag: 'tips',
    summary: 'Pass on a tip: a URL fetched once, or pasted text, with a note',
    response: { description: 'The stored tip', schema: { $ref: '#/components/schemas/TipResult' } },
  })
  submit(@CurrentUser() user: AuthUser, @ValidBody(tipInput, 'tip') tip: TipInput) {
    return this.tips.submit(actorOf(user), tip);
  }
}
