import { Injectable } from '@nestjs/common';
import { placesIn } from '../places/places';
import { copyKeys, isCopyOfSets, shingles } from '../text/copies';
import { PostRecord, PostRepository } from './post.repository';

/** Candidates compared for one post at most (the LSH index keeps this small; see measure:copies). */
const CANDIDATES = 200;

/**
 * Copy groups and search keys, derived from a post's text once it is extracted: the places it
 * names (canonical ids), and the group of posts it re-posts, if any. The group's first post (the
 * earliest stored) leads; every copy names it in copyOf.
 */
@Injectable()
export class CopyGroupService {
  constructor(private readonly posts: PostRepository) {}

  async derive(post: Pick<PostRecord, 'id' | 'text'>): Promise<{ copyOf: string | null }> {
    const keys = copyKeys(post.text);
    let copyOf: string | null = null;
    if (keys.length > 0) {
      const own = shingles(post.text);
      const leaders = (await this.posts.findCopyCandidates(keys, post.id, CANDIDATES))
        .filter((c) => isCopyOfSets(own, shingles(c.text)))
        .map((c) => c.copyOf ?? c.id);
      // ObjectIds grow with insertion: the smallest is the group's first post.
      const first = [post.id, ...leaders].sort()[0];
      copyOf = first === post.id ? null : first;
    }
    await this.posts.setDerived(post.id, { copyKeys: keys, copyOf, placeIds: placesIn(post.text) });
    return { copyOf };
  }
}
