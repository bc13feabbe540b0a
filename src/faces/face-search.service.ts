import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException, OnModuleDestroy, ServiceUnavailableException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { actorOf, type AuthUser } from '../auth/roles.decorator';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { imageDistance, ImageRejectedError, NEAR_DUPLICATE_DISTANCE, processImage } from '../media/image/image-processing';
import { MediaRecord, MediaRepository } from '../media/media.repository';
import { PersonRepository } from '../persons/person.repository';
import { PostRepository } from '../posts/post.repository';
import { SourceRepository } from '../sources/source.repository';
import { DESCRIPTOR_LENGTH, MODEL_VERSION } from './engine/face-engine';
import { BruteForceFaceIndex, type FaceIndex, type FaceMatch } from './engine/face-index';
import { FaceRecord, FaceRepository } from './face.repository';
import { FaceEnginePool, FaceEngineUnavailableError, FaceImageRejectedError } from './worker/face-engine-pool';

/** A post that carries a photo, as a search result shows it. */
export interface PostRef {
  id: string;
  url: string | null;
  /** The start of its title or text. */
  snippet: string;
  sourceId: string;
  sourceName: string | null;
  sourceType: string;
  publishedAt: Date | null;
  collectedAt: Date;
}

export interface FaceHit {
  rank: number;
  faceId: string;
  mediaId: string;
  /** Cosine similarity of the two faces' descriptors, 0–1 in practice. A ranking, never a verdict. */
  similarity: number;
  /** The posts that carry this photo (the same file, stored once). */
  posts: PostRef[];
  /** The rank of an earlier result whose photo this one re-posts (perceptual hash): not a second, independent photo. */
  repostOfRank: number | null;
  /** The person a reviewer attached this face to. */
  person: { id: string; displayName: string } | null;
}

export interface FaceSearchResult {
  from: 'face' | 'upload';
  purpose: string;
  /** The face searched from (a face in a stored photo), and the posts that carry its photo. */
  face: FaceRecord | null;
  photoPosts: PostRef[];
  /** Faces the model found in an uploaded photo; the largest was searched. */
  facesInPhoto: number;
  /** Faces in copies of the searched photo (the same picture re-posted): listed apart, not evidence of their own. */
  copies: FaceHit[];
  /** The closest faces in other photos, most similar first. */
  hits: FaceHit[];
  /** How many stored faces were compared. */
  compared: number;
}

const CANDIDATES = 100;
const INDEX_BATCH = 500;
/** An index kept after faces were switched off is dropped within this time even if nobody searches. */
const INDEX_CHECK_MS = 60_000;

/**
 * "Find this face": the nearest faces among collected photos, through the FaceIndex interface
 * (brute force in this process's memory now; a vector index at scale, docs/scaling.md). Every
 * search is an audit event with its purpose. An uploaded photo is read by the face model in its
 * own process and forgotten: only the audit event remains.
 */
@Injectable()
export class FaceSearchService implements OnModuleDestroy {
  private state: { generation: number; index: FaceIndex; ids: Set<string> } | null = null;
  private refreshing: Promise<FaceIndex> = Promise.resolve(new BruteForceFaceIndex(DESCRIPTOR_LENGTH));
  private checkTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly faces: FaceRepository,
    private readonly media: MediaRepository,
    private readonly posts: PostRepository,
    private readonly sources: SourceRepository,
    private readonly persons: PersonRepository,
    private readonly engine: FaceEnginePool,
    private readonly audit: AuditService,
  ) {}

  async fromFace(user: AuthUser, faceId: string, purpose: string, limit: number): Promise<FaceSearchResult> {
    const generation = await this.generationOrFail();
    const [face, descriptor] = await Promise.all([this.faces.findById(faceId), this.faces.descriptorOf(faceId)]);
    if (!face || !descriptor) throw new NotFoundException(`No face with id ${faceId}.`);
    const index = await this.indexFor(generation);
    const photo = await this.media.findById(face.mediaId);
    const copiesOfPhoto = new Set(photo?.nearDuplicates.map((d) => d.mediaId) ?? []);
    const matches = index.search(descriptor, CANDIDATES);
    const result = await this.results(matches, { exceptMedia: face.mediaId, isCopy: (m) => copiesOfPhoto.has(m.id), limit });
    const searched: FaceSearchResult = {
      from: 'face',
      purpose,
      face,
      photoPosts: photo ? await this.postRefsOf(photo.postIds) : [],
      facesInPhoto: 1,
      ...result,
      compared: index.size,
    };
    await this.audit.record(actorOf(user), 'faces.searched', { type: 'face', id: face.id }, { after: auditOf(searched) });
    return searched;
  }

  /**
   * A photo a reviewer brought (a family's photo, say): checked like any collected image, its
   * largest face searched for, then the bytes are wiped. Nothing of it is stored.
   */
  async fromUpload(user: AuthUser, photo: Buffer, purpose: string, limit: number): Promise<FaceSearchResult> {
    try {
      const generation = await this.generationOrFail();
      const checked = await processImage(photo, { maxBytes: this.config.media.maxBytes, maxPixels: this.config.media.maxPixels, thumbnailSize: 32 }).catch(
        (err: unknown) => {
          throw err instanceof ImageRejectedError ? new BadRequestException(`The photo was not searched: ${err.message}.`) : err;
        },
      );
      const found = await this.engine.detect(photo, { urgent: true }).catch((err: unknown) => {
        if (err instanceof FaceImageRejectedError) throw new BadRequestException('The photo was not searched: it could not be read.');
        if (err instanceof FaceEngineUnavailableError)
          throw new ServiceUnavailableException('The face model is not available right now; try again in a minute.');
        throw err;
      });
      const index = await this.indexFor(generation);
      const isCopy = (m: MediaRecord) =>
        !!m.perceptualHash &&
        imageDistance({ phash: checked.phash, phashMirrored: checked.phashMirrored }, { phash: m.perceptualHash }) <= NEAR_DUPLICATE_DISTANCE;
      const result = found.length
        ? await this.results(index.search(found[0].descriptor, CANDIDATES), { exceptMedia: null, isCopy, limit })
        : { copies: [], hits: [] };
      for (const f of found) f.descriptor.fill(0);
      const searched: FaceSearchResult = { from: 'upload', purpose, face: null, photoPosts: [], facesInPhoto: found.length, ...result, compared: index.size };
      await this.audit.record(actorOf(user), 'faces.searched', { type: 'face-upload', id: 'upload' }, { after: auditOf(searched) });
      return searched;
    } finally {
      photo.fill(0);
    }
  }

  /** Drops the in-memory index (faces were switched off). */
  forget(): void {
    this.state = null;
    if (this.checkTimer) clearInterval(this.checkTimer);
    this.checkTimer = null;
  }

  onModuleDestroy(): void {
    this.forget();
  }

  private async generationOrFail(): Promise<number> {
    const settings = await this.faces.settingsOf();
    if (!settings.enabled) {
      this.forget();
      throw new ForbiddenException('Faces are switched off: an admin can switch them on at /faces.');
    }
    return settings.generation;
  }

  /** The index, brought up to date with the stored faces (one count when nothing changed). */
  private indexFor(generation: number): Promise<FaceIndex> {
    this.refreshing = this.refreshing.then(
      () => this.refresh(generation),
      () => this.refresh(generation),
    );
    return this.refreshing;
  }

  private async refresh(generation: number): Promise<FaceIndex> {
    if (!this.state || this.state.generation !== generation) this.state = { generation, index: new BruteForceFaceIndex(DESCRIPTOR_LENGTH), ids: new Set() };
    const state = this.state;
    this.watch();
    // Faces are only ever added, except all at once when switched off (a new generation).
    if ((await this.faces.count(MODEL_VERSION)) === state.ids.size) return state.index;
    const stored = new Set(await this.faces.listIds(MODEL_VERSION));
    for (const id of state.ids) {
      if (!stored.has(id)) {
        state.index.remove(id);
        state.ids.delete(id);
      }
    }
    const missing = [...stored].filter((id) => !state.ids.has(id));
    for (let i = 0; i < missing.length; i += INDEX_BATCH) {
      for (const [id, descriptor] of await this.faces.descriptorsByIds(missing.slice(i, i + INDEX_BATCH))) {
        state.index.add(id, descriptor);
        state.ids.add(id);
      }
    }
    return state.index;
  }

  /** Another process may switch faces off: this one then lets its copy of the descriptors go. */
  private watch(): void {
    if (this.checkTimer) return;
    this.checkTimer = setInterval(() => {
      void this.faces.settingsOf().then(
        (s) => {
          if (!s.enabled || s.generation !== this.state?.generation) this.forget();
        },
        () => undefined,
      );
    }, INDEX_CHECK_MS);
    this.checkTimer.unref();
  }

  private async results(
    matches: FaceMatch[],
    opts: { exceptMedia: string | null; isCopy: (m: MediaRecord) => boolean; limit: number },
  ): Promise<Pick<FaceSearchResult, 'copies' | 'hits'>> {
    const found = await this.faces.findByIds(matches.map((m) => m.id));
    const faceById = new Map(found.map((f) => [f.id, f] as const));
    const kept = matches.filter((m) => faceById.get(m.id) && faceById.get(m.id)!.mediaId !== opts.exceptMedia);
    const mediaById = new Map((await this.media.findByIds(kept.map((m) => faceById.get(m.id)!.mediaId))).map((m) => [m.id, m] as const));
    const copies: (FaceMatch & { media: MediaRecord; face: FaceRecord })[] = [];
    const others: (FaceMatch & { media: MediaRecord; face: FaceRecord })[] = [];
    for (const m of kept) {
      const face = faceById.get(m.id)!;
      const media = mediaById.get(face.mediaId);
      if (!media) continue;
      (opts.isCopy(media) ? copies : others).push({ ...m, media, face });
    }
    const shown = [...copies.slice(0, opts.limit), ...others.slice(0, opts.limit)];
    const postIds = [...new Set(shown.flatMap((s) => s.media.postIds))];
    const refs = new Map((await this.postRefsOf(postIds)).map((p) => [p.id, p] as const));
    const persons = new Map((await this.persons.findByIds(shown.flatMap((s) => (s.face.personId ? [s.face.personId] : [])))).map((p) => [p.id, p] as const));
    const toHit = (s: (typeof shown)[number], rank: number, earlier: (typeof shown)[number][]): FaceHit => {
      const reposted = earlier.findIndex((e) => s.media.nearDuplicates.some((d) => d.mediaId === e.media.id));
      const person = s.face.personId ? persons.get(s.face.personId) : undefined;
      return {
        rank,
        faceId: s.face.id,
        mediaId: s.media.id,
        similarity: Math.round(s.similarity * 1000) / 1000,
        posts: s.media.postIds.flatMap((id) => (refs.has(id) ? [refs.get(id)!] : [])).sort(byDate),
        repostOfRank: reposted >= 0 ? reposted + 1 : null,
        person: person ? { id: person.id, displayName: person.displayName } : null,
      };
    };
    const hitsShown = others.slice(0, opts.limit);
    return {
      copies: copies.slice(0, opts.limit).map((s, i) => toHit(s, i + 1, [])),
      hits: hitsShown.map((s, i) => toHit(s, i + 1, hitsShown.slice(0, i))),
    };
  }

  /** The posts as results show them, oldest first, each with its source's name. */
  async postRefsOf(postIds: string[]): Promise<PostRef[]> {
    const posts = await this.posts.findByIds(postIds);
    const sources = new Map((await this.sources.list()).map((s) => [s.id, s] as const));
    return posts
      .map((p) => ({
        id: p.id,
        url: p.url,
        snippet: (p.title ?? p.text).slice(0, 140),
        sourceId: p.sourceId,
        sourceName: sources.get(p.sourceId)?.name ?? null,
        sourceType: p.sourceType,
        publishedAt: p.publishedAt,
        collectedAt: p.collectedAt,
      }))
      .sort(byDate);
  }
}

const byDate = (a: PostRef, b: PostRef) => (a.publishedAt ?? a.collectedAt).getTime() - (b.publishedAt ?? b.collectedAt).getTime();

/** What the audit trail keeps of a search: who (the event's actor), why, from what, and which faces it showed. */
function auditOf(r: FaceSearchResult): Record<string, unknown> {
  const shown = (hits: FaceHit[]) => hits.map((h) => ({ faceId: h.faceId, mediaId: h.mediaId, similarity: h.similarity }));
  return {
    purpose: r.purpose,
    from: r.from,
    ...(r.face ? { faceId: r.face.id, mediaId: r.face.mediaId } : { facesInPhoto: r.facesInPhoto }),
    compared: r.compared,
    results: shown(r.hits),
    copies: shown(r.copies),
  };
}
