import { Injectable, NotFoundException } from '@nestjs/common';
import { maySeePerson, mentionFor, postFor, seesUnverifiedPersons, type Viewer } from '../auth/access-rule';
import { MentionRecord, MentionRepository } from '../posts/mention.repository';
import { PersonRecord, PersonRepository } from '../persons/person.repository';
import { photosWithReposts } from '../media/photos';
import type { PhotoView } from '../media/photos';
import { MediaView, toMediaView } from '../media/media-view';
import { MediaRepository } from '../media/media.repository';
import { encodePostCursor } from '../posts/post-cursor';
import { PostQuery, PostRecord, PostRepository } from '../posts/post.repository';

/** A post as the API shows it: the raw item is represented by its sha256 only. */
export type PostView = Omit<PostRecord, 'raw' | 'searchTerms'> & { raw: { sha256: string } };

export function toPostView(post: PostRecord): PostView {
  const { raw, searchTerms, ...rest } = post;
  void searchTerms;
  return { ...rest, raw: { sha256: raw.sha256 } };
}

/** The read-only post page: what any reader may see, through the access rule. */
export interface PostReading {
  post: PostView;
  mentions: MentionRecord[];
  photos: PhotoView[];
  /** The persons its names are linked to that the reader may see (researchers: verified only). */
  persons: PersonRecord[];
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
    const page = rows.slice(0, query.limit);
    const items = page.map((p) => postFor(viewer, toPostView(p)));
    const nextCursor = rows.length > query.limit ? encodePostCursor(page[page.length - 1]) : null;
    return { items, nextCursor };
  }

  async readOrFail(viewer: Viewer, id: string): Promise<PostReading> {
    const post = await this.posts.findById(id);
    if (!post) throw new NotFoundException(`No post with id ${id}.`);
    const [mentions, photos] = await Promise.all([this.mentions.findByPost(id), photosWithReposts(this.media, id)]);
    const linked = await this.persons.findByIds(mentions.map((m) => m.review.personId).filter((p): p is string => !!p));
    const persons = linked.filter((p) => !p.mergedInto && maySeePerson(viewer, p));
    const visible = new Set(persons.map((p) => p.id));
    return { post: postFor(viewer, toPostView(post)), mentions: mentions.map((m) => mentionFor(viewer, m, visible)), photos, persons };
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
