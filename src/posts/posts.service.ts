import { Injectable, NotFoundException } from '@nestjs/common';
import { mentionFor, postFor, seesUnverifiedPersons, type Viewer } from '../auth/access-rule';
import { MentionRecord, MentionRepository } from '../extraction/mention.repository';
import { PersonRepository } from '../persons/person.repository';
import { MediaView, toMediaView } from '../media/media-view';
import { MediaRepository } from '../media/media.repository';
import { PostQuery, PostRecord, PostRepository } from './post.repository';

/** A post as the API shows it: the raw item is represented by its sha256 only. */
export type PostView = Omit<PostRecord, 'raw' | 'searchTerms'> & { raw: { sha256: string } };

export function toPostView(post: PostRecord): PostView {
  const { raw, searchTerms, ...rest } = post;
  void searchTerms;
  return { ...rest, raw: { sha256: raw.sha256 } };
}

export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string | null {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  return /^[0-9a-f]{24}$/.test(id) ? id : null;
}

@Injectable()
export class PostsService {
  constructor(
    private readonly posts: PostRepository,
    private readonly mentions: MentionRepository,
    private readonly media: MediaRepository,
    private readonly persons: PersonRepository,
  ) {}

  async list(viewer: Viewer, query: PostQuery): Promise<{ items: PostView[]; nextCursor: string | null }> {
    // One extra row tells whether another page exists.
    const rows = await this.posts.find({ ...query, limit: query.limit + 1 });
    const items = rows.slice(0, query.limit).map((p) => postFor(viewer, toPostView(p)));
    const nextCursor = rows.length > query.limit ? encodeCursor(items[items.length - 1].id) : null;
    return { items, nextCursor };
  }

  /** A post with its mentions (and their suggestions) and its photos, as the viewer may see them. */
  async getOrFail(viewer: Viewer, id: string): Promise<PostView & { mentions: MentionRecord[]; photos: MediaView[] }> {
    const post = await this.posts.findById(id);
    if (!post) throw new NotFoundException(`No post with id ${id}.`);
    const [mentions, photos] = await Promise.all([this.mentions.findByPost(id), this.media.findByPost(id)]);
    const linked = mentions.map((m) => m.review.personId).filter((p): p is string => !!p);
    const visible = seesUnverifiedPersons(viewer) ? new Set(linked) : await this.persons.findVerifiedIds(linked);
    return { ...postFor(viewer, toPostView(post)), mentions: mentions.map((m) => mentionFor(viewer, m, visible)), photos: photos.map(toMediaView) };
  }
}
