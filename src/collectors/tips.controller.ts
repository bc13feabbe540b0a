import { Body, Controller, Post } from '@nestjs/common';
import { actorOf, ANY_ROLE, type AuthUser, CurrentUser, Roles } from '../auth/roles.decorator';
import { parseInput } from '../http/parse-input';
import { tipInput } from '../sources/source.input';
import { TipService } from './tip.service';

/** Anyone signed in may pass on a tip: a URL to fetch once, or pasted text, with a note. */
@Controller('api/tips')
@Roles(...ANY_ROLE)
export class TipsController {
  constructor(private readonly tips: TipService) {}

  @Post()
  submit(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    return this.tips.submit(actorOf(user), parseInput(tipInput, body, 'tip'));
  }
}
