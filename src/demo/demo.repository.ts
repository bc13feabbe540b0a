import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { POST_MODEL, type PostDoc } from '../posts/post.schema';

/** The demo's own reads: how many posts are not the demo's (each demo post has extra.demo). */
@Injectable()
export class DemoRepository {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  async countPostsNotFromDemo(): Promise<number> {
    return this.connection.model<PostDoc>(POST_MODEL).countDocuments({ 'extra.demo': { $ne: true } });
  }
}
