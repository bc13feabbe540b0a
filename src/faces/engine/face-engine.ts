/**
 * Faces in a photo: where they are, how sure the detector is, a 1,024-value descriptor for search
 * and a thumbnail. No Nest, no database; one model instance per process (human-runtime.ts).
 *
 * Two passes, so that a face's descriptor does not depend on where it sat in the photo:
 *  1. find: the detector (BlazeFace, 256 px input) runs on the whole photo and, for large photos, on
 *     overlapping tiles at several scales, so small faces in crowds are seen at a size it can
 *     detect. Boxes found twice (overlapping tiles, two scales) are merged.
 *  2. describe: each face is cut from the photo as a square around it, turned so the eyes are level,
 *     scaled to a fixed size (small faces are enlarged), and run through the full pipeline (detector,
 *     FaceMesh, HSE FaceRes) to get its descriptor.
 */
import type { Config, FaceResult, Human, Tensor } from '@vladmandic/human';
import { loadHuman } from './human-runtime';
import { decodeUpright, squareCrop, thumbnailJpeg, type Raster } from './raster';
import { normalizeDescriptor } from './similarity';

/**
 * Changes whenever a stored descriptor would come out different: the package, its models or the
 * settings below that shape the crop the descriptor is computed from.
 */
export const MODEL_VERSION = 'human-3.3.6:blazeface+facemesh+faceres:athar-1';

export const DESCRIPTOR_LENGTH = 1024;

export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DetectedFace {
  /** In pixels of the photo as displayed (EXIF orientation applied), at its full size. */
  box: FaceBox;
  /** The detector's score, 0–1, on the face's own crop. */
  confidence: number;
  /** Unit length, DESCRIPTOR_LENGTH values; compare with cosineSimilarity. */
  descriptor: Float32Array;
  /** Roll of the face in degrees (clockwise), undone before describing it. */
  rollDegrees: number;
  /** JPEG of the face with a margin, no metadata; absent when thumbnails are switched off. */
  thumbnail?: Buffer;
}

export interface FaceEngineSettings {
  /** The photo is shrunk to this longest side before anything else. */
  maxSide: number;
  /** Photos with more pixels than this are refused before decoding. */
  maxPixels: number;
  /** Side of the smallest detection tile, in photo pixels; larger tiles double it up to the whole photo. */
  tileSize: number;
  /** Fraction of a tile shared with its neighbour. */
  tileOverlap: number;
  /** Detector score below which a candidate face is dropped in the find pass. */
  minConfidence: number;
  /** Two boxes overlapping more than this (intersection over the smaller box) are one face. */
  mergeOverlap: number;
  /** Side of the describe crop as a multiple of the detector's face box. */
  cropScale: number;
  /** Pixels of the describe crop. */
  cropSize: number;
  /** Level the eyes before describing. */
  align: boolean;
  /** Longest side of the thumbnail; 0 for none. */
  thumbnailSize: number;
}

export const DEFAULT_FACE_SETTINGS: Readonly<FaceEngineSettings> = Object.freeze({
  maxSide: 2560,
  maxPixels: 40_000_000,
  tileSize: 640,
  tileOverlap: 0.25,
  minConfidence: 0.5,
  mergeOverlap: 0.5,
  cropScale: 1.6,
  cropSize: 256,
  align: true,
  thumbnailSize: 160,
});

const DETECTOR_INPUT = 256;

interface Candidate {
  box: FaceBox;
  confidence: number;
  /** Eye centres from the detector, in raster pixels, left of the picture first. */
  eyes?: [[number, number], [number, number]];
}

const FIND_CONFIG = (minConfidence: number): Partial<Config> => ({
  face: {
    detector: { rotation: false, maxDetected: 50, minConfidence, iouThreshold: 0.3 },
    mesh: { enabled: false },
    description: { enabled: false },
  },
});

const DESCRIBE_CONFIG: Partial<Config> = {
  face: {
    detector: { rotation: true, maxDetected: 5, minConfidence: 0.2, iouThreshold: 0.1 },
    mesh: { enabled: true },
    description: { enabled: true },
  },
};

// Human keeps per-instance state between calls, so calls into it go one at a time.
let queue: Promise<unknown> = Promise.resolve();
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** Loads the models now rather than on the first photo (about a second). */
export async function warmUpFaceEngine(): Promise<void> {
  await loadHuman();
}

/** Finds the faces in an encoded image (JPEG, PNG, WebP, GIF, …), biggest first. */
export async function detectFaces(image: Buffer, options: Partial<FaceEngineSettings> = {}): Promise<DetectedFace[]> {
  const settings: FaceEngineSettings = { ...DEFAULT_FACE_SETTINGS, ...options };
  const decoded = await decodeUpright(image, settings.maxSide, settings.maxPixels);
  const { raster } = decoded;
  const scale = decoded.width / raster.width;
  const faces = await exclusive(async () => {
    const human = await loadHuman();
    const candidates = await findCandidates(human, raster, settings);
    const described: { face: Omit<DetectedFace, 'thumbnail'>; rasterBox: FaceBox }[] = [];
    for (const candidate of candidates) {
      const result = await describeCandidate(human, raster, candidate, settings);
      if (!result) continue;
      described.push({
        rasterBox: result.box,
        face: {
          box: roundBox({ x: result.box.x * scale, y: result.box.y * scale, width: result.box.width * scale, height: result.box.height * scale }),
          confidence: result.confidence,
          descriptor: result.descriptor,
          rollDegrees: result.rollDegrees,
        },
      });
    }
    return described;
  });
  const out: DetectedFace[] = [];
  for (const { face, rasterBox } of faces) {
    out.push(settings.thumbnailSize > 0 ? { ...face, thumbnail: await thumbnailJpeg(raster, rasterBox, settings.thumbnailSize) } : face);
  }
  return out.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
}

/**
 * The detector finds faces down to about 1/21 of its input's side (12 of 256 px; measured on tune
 * portraits); 1/16 leaves a margin.
 */
const DETECTABLE_FRACTION = 1 / 16;

/**
 * Square tiles covering the raster: the whole of it, then grids of smaller tiles down to tileSize.
 * Each grid's tiles are as large as they can be while every face too small for the level above
 * still fits wholly inside one of them (in the overlap, at worst).
 */
export function tileLayout(width: number, height: number, tileSize: number, overlap: number): FaceBox[] {
  // Below 1/8 the next grid would need tiles larger than half the level above.
  if (!(overlap >= 0.125 && overlap <= 0.75)) throw new RangeError(`tile overlap must be between 0.125 and 0.75, not ${overlap}`);
  let side = Math.max(width, height);
  const tiles: FaceBox[] = [{ x: 0, y: 0, width: side, height: side }];
  while (side > tileSize * 1.2) {
    side = Math.max(tileSize, Math.round((side * DETECTABLE_FRACTION) / overlap));
    const stride = side * (1 - overlap);
    const starts = (extent: number): number[] => {
      if (extent <= side) return [0];
      const count = Math.ceil((extent - side) / stride) + 1;
      return Array.from({ length: count }, (_, i) => Math.round((i * (extent - side)) / (count - 1)));
    };
    for (const y of starts(height)) for (const x of starts(width)) tiles.push({ x, y, width: side, height: side });
  }
  return tiles;
}

async function findCandidates(human: Human, raster: Raster, settings: FaceEngineSettings): Promise<Candidate[]> {
  const found: Candidate[] = [];
  for (const tile of tileLayout(raster.width, raster.height, settings.tileSize, settings.tileOverlap)) {
    const crop = await squareCrop(raster, tile.x + tile.width / 2, tile.y + tile.height / 2, tile.width, DETECTOR_INPUT);
    const k = tile.width / DETECTOR_INPUT;
    for (const face of await runHuman(human, crop, FIND_CONFIG(settings.minConfidence))) {
      const [x, y, w, h] = face.box;
      const eyes =
        face.annotations?.leftEye?.[0] && face.annotations?.rightEye?.[0]
          ? [face.annotations.leftEye[0], face.annotations.rightEye[0]]
              .map((p) => [tile.x + p[0] * k, tile.y + p[1] * k] as [number, number])
              .sort((a, b) => a[0] - b[0])
          : undefined;
      found.push({
        box: { x: tile.x + x * k, y: tile.y + y * k, width: w * k, height: h * k },
        confidence: face.boxScore,
        eyes: eyes as Candidate['eyes'],
      });
    }
  }
  return mergeCandidates(found, settings.mergeOverlap);
}

/** Keeps the most confident of each group of boxes that overlap by more than `maxOverlap`. */
export function mergeCandidates<T extends { box: FaceBox; confidence: number }>(candidates: T[], maxOverlap: number): T[] {
  const kept: T[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.confidence - a.confidence)) {
    if (kept.every((k) => overlapOfSmaller(k.box, candidate.box) <= maxOverlap)) kept.push(candidate);
  }
  return kept;
}

export function overlapOfSmaller(a: FaceBox, b: FaceBox): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.width * a.height, b.width * b.height);
}

async function describeCandidate(
  human: Human,
  raster: Raster,
  candidate: Candidate,
  settings: FaceEngineSettings,
): Promise<{ box: FaceBox; confidence: number; descriptor: Float32Array; rollDegrees: number } | undefined> {
  const cx = candidate.box.x + candidate.box.width / 2;
  const cy = candidate.box.y + candidate.box.height / 2;
  const side = Math.max(candidate.box.width, candidate.box.height) * settings.cropScale;
  const roll =
    settings.align && candidate.eyes
      ? (Math.atan2(candidate.eyes[1][1] - candidate.eyes[0][1], candidate.eyes[1][0] - candidate.eyes[0][0]) * 180) / Math.PI
      : 0;
  const crop = await squareCrop(raster, cx, cy, side, settings.cropSize, -roll);
  const faces = (await runHuman(human, crop, DESCRIBE_CONFIG)).filter((f) => f.embedding?.length === DESCRIPTOR_LENGTH);
  if (faces.length === 0) return undefined;
  const centre = settings.cropSize / 2;
  const distance = (f: FaceResult) => Math.hypot(f.box[0] + f.box[2] / 2 - centre, f.box[1] + f.box[3] / 2 - centre);
  const face = faces.reduce((best, f) => (distance(f) < distance(best) ? f : best));
  // Back from crop pixels to raster pixels: undo the scaling and the turn about the crop's centre.
  const k = side / settings.cropSize;
  const dx = (face.box[0] + face.box[2] / 2 - centre) * k;
  const dy = (face.box[1] + face.box[3] / 2 - centre) * k;
  const t = (roll * Math.PI) / 180;
  const fx = cx + dx * Math.cos(t) - dy * Math.sin(t);
  const fy = cy + dx * Math.sin(t) + dy * Math.cos(t);
  const w = face.box[2] * k;
  const h = face.box[3] * k;
  const box = clampBox({ x: fx - w / 2, y: fy - h / 2, width: w, height: h }, raster.width, raster.height);
  return { box, confidence: face.boxScore, descriptor: normalizeDescriptor(face.embedding as number[]), rollDegrees: Math.round(roll * 10) / 10 };
}

/** The part of TensorFlow.js that Human exposes untyped (`human.tf`) and that we use. */
interface TensorOps {
  tensor3d(values: Int32Array, shape: [number, number, number], dtype: 'int32'): Tensor;
  dispose(tensor: Tensor): void;
}

async function runHuman(human: Human, raster: Raster, config: Partial<Config>): Promise<FaceResult[]> {
  const tf = human.tf as TensorOps;
  const tensor = tf.tensor3d(Int32Array.from(raster.data), [raster.height, raster.width, 3], 'int32');
  try {
    const result = await human.detect(tensor, config);
    if (result.error) throw new Error(`face model failed: ${result.error}`);
    return result.face;
  } finally {
    tf.dispose(tensor);
  }
}

function clampBox(box: FaceBox, width: number, height: number): FaceBox {
  const x0 = Math.max(0, box.x);
  const y0 = Math.max(0, box.y);
  const x1 = Math.min(width, box.x + box.width);
  const y1 = Math.min(height, box.y + box.height);
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

function roundBox(box: FaceBox): FaceBox {
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}
