import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { MEDIA_MODEL, type MediaDoc } from '../media/media.schema';
import { objectId } from '../store/records';
import { isObjectId } from '../validation/object-id';
import type { FaceBox } from './engine/face-engine';
import { FACE_MODEL, FACE_SCAN_MODEL, FACE_SETTINGS_MODEL, type FaceDoc, type FaceScanDoc, type FaceSettingsDoc } from './face.schema';

/** A face as the rest of the app sees it: no descriptor, no thumbnail bytes. */
export interface FaceRecord {
  id: string;
  mediaId: string;
  modelVersion: string;
  index: number;
  box: FaceBox;
  confidence: number;
  personId: string | null;
  attachedBy: string | null;
  attachedAt: Date | null;
  createdAt: Date;
}

export interface NewFace {
  box: FaceBox;
  confidence: number;
  descriptor: Float32Array;
  thumbnail: Buffer | null;
}

export interface FaceSettings {
  enabled: boolean;
  generation: number;
  changedBy: string | null;
  changedAt: Date | null;
}

/** Everything but the binary fields: what lists and pages read. */
const PLAIN = { descriptor: 0, thumbnail: 0 } as const;
const isDuplicateKey = (err: unknown) => (err as { code?: number }).code === 11000;

/** Binary fields come back from lean() as BSON Binary (or a Buffer): their bytes either way. */
function bytesOf(value: unknown): Buffer | null {
  if (!value) return null;
  if (Buffer.isBuffer(value)) return value;
  const inner = (value as { buffer?: unknown }).buffer;
  return inner instanceof Uint8Array ? Buffer.from(inner.buffer, inner.byteOffset, inner.byteLength) : null;
}

export function encodeDescriptor(descriptor: Float32Array): Buffer {
  return Buffer.from(descriptor.buffer.slice(descriptor.byteOffset, descriptor.byteOffset + descriptor.byteLength));
}

export function decodeDescriptor(bytes: Buffer): Float32Array {
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function toFace(doc: Omit<FaceDoc, 'descriptor' | 'thumbnail'>): FaceRecord {
  return {
    id: String(doc._id),
    mediaId: doc.mediaId,
    modelVersion: doc.modelVersion,
    index: doc.index,
    box: { x: doc.box.x, y: doc.box.y, width: doc.box.width, height: doc.box.height },
    confidence: doc.confidence,
    // FerretDB 1.x leaves the nulls of an upsert's $setOnInsert out of the stored document.
    personId: doc.personId ?? null,
    attachedBy: doc.attachedBy ?? null,
    attachedAt: doc.attachedAt ?? null,
    createdAt: doc.createdAt,
  };
}

/** Faces, the record of which images were read, and the on/off switch: the only Mongoose code of faces. */
@Injectable()
export class FaceRepository {
  constructor(
    @InjectModel(FACE_MODEL) private readonly faces: Model<FaceDoc>,
    @InjectModel(FACE_SCAN_MODEL) private readonly scans: Model<FaceScanDoc>,
    @InjectModel(FACE_SETTINGS_MODEL) private readonly settings: Model<FaceSettingsDoc>,
    @InjectModel(MEDIA_MODEL) private readonly media: Model<MediaDoc>,
  ) {}

  /**
   * Stores what one model version found in one image, idempotently: each face is upserted by
   * (mediaId, modelVersion, index), keeping a reviewer's attachment, then the scan is recorded.
   */
  async saveScan(mediaId: string, modelVersion: string, found: NewFace[], error: string | null = null): Promise<void> {
    const now = new Date();
    for (const [index, face] of found.entries()) {
      const write = () =>
        this.faces.updateOne(
          { mediaId, modelVersion, index },
          {
            $set: { box: face.box, confidence: face.confidence, descriptor: encodeDescriptor(face.descriptor), thumbnail: face.thumbnail },
            $setOnInsert: { mediaId, modelVersion, index, personId: null, attachedBy: null, attachedAt: null, createdAt: now },
          },
          { upsert: true },
        );
      await write().catch((err: unknown) => {
        if (isDuplicateKey(err)) return write();
        throw err;
      });
    }
    await this.faces.deleteMany({ mediaId, modelVersion, index: { $gte: found.length } });
    const scan = () => this.scans.updateOne({ mediaId, modelVersion }, { $set: { faceCount: found.length, error, scannedAt: now } }, { upsert: true });
    await scan().catch((err: unknown) => {
      if (isDuplicateKey(err)) return scan();
      throw err;
    });
  }

  async hasScan(mediaId: string, modelVersion: string): Promise<boolean> {
    return (await this.scans.countDocuments({ mediaId, modelVersion }).limit(1)) > 0;
  }

  async scanOf(mediaId: string, modelVersion: string): Promise<{ faceCount: number; error: string | null } | null> {
    const doc = await this.scans.findOne({ mediaId, modelVersion }).lean();
    return doc ? { faceCount: doc.faceCount, error: doc.error ?? null } : null;
  }

  /** Removes one image's faces and its scan (a scan that finished after faces were switched off). */
  async deleteForMedia(mediaId: string, modelVersion: string): Promise<void> {
    await this.faces.deleteMany({ mediaId, modelVersion });
    await this.scans.deleteMany({ mediaId, modelVersion });
  }

  /** Every face and every scan, descriptors and thumbnails with them. */
  async deleteAll(): Promise<{ faces: number; scans: number }> {
    const faces = await this.faces.deleteMany({});
    const scans = await this.scans.deleteMany({});
    return { faces: faces.deletedCount, scans: scans.deletedCount };
  }

  async findById(id: string): Promise<FaceRecord | null> {
    if (!isObjectId(id)) return null;
    const doc = await this.faces.findById(objectId(id), PLAIN).lean();
    return doc ? toFace(doc) : null;
  }

  async findByMedia(mediaIds: string[], modelVersion: string): Promise<FaceRecord[]> {
    if (mediaIds.length === 0) return [];
    const docs = await this.faces
      .find({ mediaId: { $in: [...new Set(mediaIds)] }, modelVersion }, PLAIN)
      .sort({ mediaId: 1, index: 1 })
      .lean();
    return docs.map(toFace);
  }

  async findByIds(ids: string[]): Promise<FaceRecord[]> {
    const valid = [...new Set(ids)].filter(isObjectId);
    if (valid.length === 0) return [];
    return (await this.faces.find({ _id: { $in: valid.map(objectId) } }, PLAIN).lean()).map(toFace);
  }

  async findByPerson(personId: string): Promise<FaceRecord[]> {
    const docs = await this.faces.find({ personId }, PLAIN).sort({ attachedAt: -1 }).lean();
    return docs.map(toFace);
  }

  async count(modelVersion: string): Promise<number> {
    return this.faces.countDocuments({ modelVersion });
  }

  async countAll(): Promise<{ faces: number; attached: number; scans: number }> {
    const [faces, attached, scans] = await Promise.all([
      this.faces.countDocuments({}),
      this.faces.countDocuments({ personId: { $ne: null } }),
      this.scans.countDocuments({}),
    ]);
    return { faces, attached, scans };
  }

  async listIds(modelVersion: string): Promise<string[]> {
    const docs = await this.faces.find({ modelVersion }, { _id: 1 }).lean();
    return docs.map((d) => String(d._id));
  }

  async descriptorOf(id: string): Promise<Float32Array | null> {
    if (!isObjectId(id)) return null;
    const doc = await this.faces.findById(objectId(id), { descriptor: 1 }).lean();
    const bytes = bytesOf(doc?.descriptor);
    return bytes ? decodeDescriptor(bytes) : null;
  }

  async descriptorsByIds(ids: string[]): Promise<Map<string, Float32Array>> {
    const valid = ids.filter(isObjectId);
    if (valid.length === 0) return new Map();
    const docs = await this.faces.find({ _id: { $in: valid.map(objectId) } }, { descriptor: 1 }).lean();
    return new Map(
      docs.flatMap((d) => {
        const bytes = bytesOf(d.descriptor);
        return bytes ? [[String(d._id), decodeDescriptor(bytes)] as const] : [];
      }),
    );
  }

  /** Faces with their descriptors: of some images, or attached to any person. */
  async findWithDescriptors(
    filter: { mediaIds: string[] } | { attached: true },
    modelVersion: string,
  ): Promise<{ face: FaceRecord; descriptor: Float32Array }[]> {
    const query = 'attached' in filter ? { modelVersion, personId: { $ne: null } } : { modelVersion, mediaId: { $in: filter.mediaIds } };
    if ('mediaIds' in filter && filter.mediaIds.length === 0) return [];
    const docs = await this.faces.find(query, { thumbnail: 0 }).lean();
    return docs.flatMap(({ descriptor, ...rest }) => {
      const bytes = bytesOf(descriptor);
      return bytes ? [{ face: toFace(rest), descriptor: decodeDescriptor(bytes) }] : [];
    });
  }

  async thumbnailOf(id: string): Promise<Buffer | null> {
    if (!isObjectId(id)) return null;
    const doc = await this.faces.findById(objectId(id), { thumbnail: 1 }).lean();
    return bytesOf(doc?.thumbnail);
  }

  async attach(id: string, personId: string | null, by: string, at: Date): Promise<void> {
    await this.faces.updateOne(
      { _id: objectId(id) },
      { $set: personId ? { personId, attachedBy: by, attachedAt: at } : { personId: null, attachedBy: null, attachedAt: null } },
    );
  }

  /** Stored images (ids after `afterId`, in order) that a face scan could read. */
  async findStoredImageIds(afterId: string | null, limit: number): Promise<string[]> {
    const filter: Record<string, unknown> = { sha256: { $ne: null }, originalFileId: { $ne: null } };
    if (afterId) filter._id = { $gt: objectId(afterId) };
    const docs = await this.media.find(filter, { _id: 1 }).sort({ _id: 1 }).limit(limit).lean();
    return docs.map((d) => String(d._id));
  }

  async scannedAmong(mediaIds: string[], modelVersion: string): Promise<Set<string>> {
    if (mediaIds.length === 0) return new Set();
    const docs = await this.scans.find({ mediaId: { $in: mediaIds }, modelVersion }, { mediaId: 1 }).lean();
    return new Set(docs.map((d) => d.mediaId));
  }

  async settingsOf(): Promise<FaceSettings> {
    const doc = await this.settings.findById('faces').lean();
    return { enabled: doc?.enabled ?? false, generation: doc?.generation ?? 0, changedBy: doc?.changedBy ?? null, changedAt: doc?.changedAt ?? null };
  }

  /** Switching off starts a new generation: work begun under the old one must not store faces. */
  async setEnabled(enabled: boolean, by: string, at: Date): Promise<FaceSettings> {
    await this.settings.updateOne(
      { _id: 'faces' },
      { $set: { enabled, changedBy: by, changedAt: at }, $inc: { generation: enabled ? 0 : 1 } },
      { upsert: true },
    );
    return this.settingsOf();
  }
}
