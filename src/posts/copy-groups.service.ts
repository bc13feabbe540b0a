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

  /**
   * The keys are stored before candidates are looked up, so of two copies extracted at the same
   * time the later lookup sees the other; whichever finds an earlier group first points the
   * other posts of its own group there, so concurrent extractions end in one group.
   */
  async derive(post: Pick<PostRecord, 'id' | 'text'>): Promise<{ copyOf: string | null }> {
    const keys = copyKeys(post.text);
    await this.posts.setDerived(post.id, { copyKeys: keys, copyOf: null, placeIds: placesIn(post.text) });
    if (keys.length === 0) return { copyOf: null };
    const own = shingles(post.text);
    const matches = (await this.posts.findCopyCandidates(keys, post.id, CANDIDATES)).filter((c) => isCopyOfSets(own, shingles(c.text)));
    if (matches.length === 0) return { copyOf: null };
    // ObjectIds grow with insertion: the smallest is the group's first post.
    const groups = new Set([post.id, ...matches.map((c) => c.copyOf ?? c.id)]);
    const first = [...groups].sort()[0];
    for (const leader of groups) if (leader !== first) await this.posts.joinCopyGroup(leader, first);
    return { copyOf: first === post.id ? null : first };
  }
}
