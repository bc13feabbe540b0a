/**
 * Image intake for media attached to collected posts: bytes in, checked
 * facts out. No Nest, no network, no database.
 *
 * What it does, in order:
 *  1. refuses files over `maxBytes` without looking at them;
 *  2. sniffs the format from magic bytes (never the Content-Type) and accepts
 *     only JPEG, PNG, WebP and GIF — SVG (scriptable XML), HEIC, PDF, HTML etc.
 *     are refused with a message naming what they appear to be;
 *  3. reads only the header (sharp `metadata()`) and refuses images over
 *     `maxPixels` before any pixel is decoded; the decoding pipelines are then
 *     built with `limitInputPixels` as a second line of defence;
 *  4. decodes with `failOn: 'error'`, so truncated or corrupt data is refused
 *     rather than silently half-decoded;
 *  5. applies EXIF orientation, then computes a 64-bit DCT perceptual hash
 *     (and the hash of the mirrored image) and a metadata-free JPEG thumbnail.
 *
 * Perceptual hash: a DCT pHash rather than a dHash. Re-posted photos are
 * recompressed, resized, re-encoded, captioned and cropped. The pHash keeps the
 * 64 lowest spatial frequencies (after DC) of a 32×32 greyscale, which JPEG
 * requantisation and resampling barely move, and thresholds them at their
 * median, so brightness and contrast changes flip no bits. It is computed
 * with the edges of the picture weighted down (a Tukey window), because
 * caption bands, borders and crops happen at the edges. Measured on synthetic
 * photos (see the spec): a 9×8 dHash put a plain WebP re-encode 11 bits away
 * and a 3% crop 13 bits away, while this hash kept every re-encode within 4
 * and 3% crops within 8–12, at the same rate of close unrelated pairs. Plain
 * pHash without the window let a 12% caption band move up to 18 bits.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { Sharp, SharpOptions } from 'sharp';

export class ImageRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageRejectedError';
  }
}

export interface ImageLimits {
  maxBytes: number;
  maxPixels: number;
  /** Longest side of the thumbnail, in pixels. */
  thumbnailSize: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = Object.freeze({
  maxBytes: 15 * 1024 * 1024,
  maxPixels: 40_000_000,
  thumbnailSize: 320,
});

export type AcceptedImageMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

export interface ProcessedImage {
  /** SHA-256 of the original bytes, lowercase hex. */
  sha256: string;
  /** Sniffed from the magic bytes and confirmed by the decoder. */
  mime: AcceptedImageMime;
  /** Dimensions as displayed, i.e. after EXIF orientation (first frame for GIF/WebP). */
  width: number;
  height: number;
  /** Size of the original bytes. */
  size: number;
  /**
   * 64-bit perceptual hash as 16 hex chars: DCT pHash over a 32×32 greyscale
   * of the image as displayed (EXIF orientation applied, alpha flattened on
   * white), mean removed and edges weighted down. Bits are the 64
   * lowest-frequency DCT coefficients after DC, in zig-zag order, each set
   * when above the median of the 64 — so every hash has exactly 32 bits set
   * (ties aside) and distances between hashes are even.
   */
  phash: string;
  /** The same hash of the horizontally mirrored image, to find mirrored re-posts. */
  phashMirrored: string;
  /** JPEG thumbnail, longest side thumbnailSize (never enlarged); EXIF/GPS, XMP, IPTC, ICC all stripped. */
  thumbnail: Buffer;
}

/**
 * Largest imageDistance (inclusive) at which two images are proposed as the
 * same picture. Measured on synthetic photos (figures at the top of
 * image-processing.spec.ts): re-encodings and resizes land at 0–6, 12%
 * caption bands and 3% crops at 0–10 in ~99% of cases; about one pair of
 * unrelated images in 10 000 comes within 10. A match is a candidate for a
 * reviewer, not proof.
 */
export const NEAR_DUPLICATE_DISTANCE = 10;

const SHARP_FORMAT: Record<AcceptedImageMime, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/** The decoder's strictness: 'error' refuses truncated and corrupt data but tolerates benign warnings. */
const FAIL_ON = 'error' as const;

export async function processImage(bytes: Buffer, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): Promise<ProcessedImage> {
  if (!Buffer.isBuffer(bytes)) throw new TypeError('processImage expects a Buffer');
  for (const key of ['maxBytes', 'maxPixels', 'thumbnailSize'] as const) {
    if (!Number.isSafeInteger(limits[key]) || limits[key] <= 0) {
      throw new TypeError(`image limit ${key} must be a positive integer, got ${String(limits[key])}`);
    }
  }
  if (bytes.length === 0) throw new ImageRejectedError('not an image we accept (the file is empty)');
  if (bytes.length > limits.maxBytes) {
    throw new ImageRejectedError(`the file is ${formatBytes(bytes.length, true)}, more than the ${formatBytes(limits.maxBytes)} limit`);
  }

  const mime = sniffImageType(bytes);
  if (!isAccepted(mime)) throw new ImageRejectedError(`not an image we accept (${mime})`);

  // Header only: no pixel buffer is allocated by metadata(). The pixel limit is
  // switched off here so that we can report the dimensions ourselves.
  const meta = await sharp(bytes, { limitInputPixels: false, failOn: FAIL_ON })
    .metadata()
    .catch((err: unknown) => {
      throw corrupt(err);
    });
  if (meta.format !== SHARP_FORMAT[mime]) {
    throw new ImageRejectedError(`the image data is corrupt or truncated (looks like ${mime} but decodes as ${String(meta.format)})`);
  }
  const storedWidth = meta.width;
  // For animated GIF/WebP only the first frame is decoded; its height is pageHeight.
  const storedHeight = meta.pageHeight ?? meta.height;
  if (!(storedWidth > 0) || !(storedHeight > 0)) {
    throw new ImageRejectedError('the image data is corrupt or truncated (no dimensions in the header)');
  }
  if (storedWidth * storedHeight > limits.maxPixels) {
    throw new ImageRejectedError(`the image is ${storedWidth}×${storedHeight} pixels, more than the ${formatMegapixels(limits.maxPixels)} megapixel limit`);
  }

  const input = (): Sharp => {
    const options: SharpOptions = { limitInputPixels: limits.maxPixels, failOn: FAIL_ON, pages: 1, page: 0 };
    // rotate() with no angle applies the EXIF orientation (and drops the tag).
    return sharp(bytes, options).rotate();
  };

  const [grey, thumb] = await Promise.all([
    input()
      .flatten({ background: '#ffffff' })
      .greyscale()
      .resize(HASH_SIZE, HASH_SIZE, { fit: 'fill' })
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true }),
    input()
      .resize({
        width: limits.thumbnailSize,
        height: limits.thumbnailSize,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80 })
      // No withMetadata()/keepExif(): sharp writes no EXIF, XMP, IPTC or ICC.
      .toBuffer({ resolveWithObject: true }),
  ]).catch((err: unknown) => {
    throw corrupt(err, limits, storedWidth, storedHeight);
  });

  const luma = toLuma(grey.data, grey.info.width, grey.info.height, grey.info.channels);
  // EXIF orientations 5–8 turn the image a quarter, swapping the displayed sides.
  const swapped = (meta.orientation ?? 1) >= 5 && (meta.orientation ?? 1) <= 8;

  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    mime,
    width: swapped ? storedHeight : storedWidth,
    height: swapped ? storedWidth : storedHeight,
    size: bytes.length,
    phash: phashOfGrey(luma),
    phashMirrored: phashOfGrey(mirrorGrey(luma)),
    thumbnail: thumb.data,
  };
}

// ---------------------------------------------------------------------------
// Hash distance

const HEX16 = /^[0-9a-f]{16}$/i;
const NIBBLE_BITS = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** Number of differing bits between two 16-hex-char hashes (0–64). */
export function hammingDistance(a: string, b: string): number {
  if (!HEX16.test(a) || !HEX16.test(b)) {
    throw new TypeError(`hammingDistance expects two 16-hex-digit hashes, got "${a}" and "${b}"`);
  }
  let distance = 0;
  for (let i = 0; i < 16; i++) {
    distance += NIBBLE_BITS[parseInt(a[i], 16) ^ parseInt(b[i], 16)];
  }
  return distance;
}

/** Distance between two images allowing for mirroring: min(d(a,b), d(a.mirrored,b)). */
export function imageDistance(a: { phash: string; phashMirrored: string }, b: { phash: string }): number {
  return Math.min(hammingDistance(a.phash, b.phash), hammingDistance(a.phashMirrored, b.phash));
}

// ---------------------------------------------------------------------------
// Perceptual hash (DCT pHash)

const HASH_SIZE = 32;
const HASH_BITS = 64;

/**
 * The 64 lowest-frequency DCT coefficients after DC, in zig-zag order:
 * diagonals u+v = 1..10 (65 coefficients) minus the last one, (u=0, v=10).
 * u is the horizontal frequency, v the vertical.
 */
const COEFFICIENTS: ReadonlyArray<readonly [number, number]> = (() => {
  const out: Array<[number, number]> = [];
  for (let s = 1; out.length < HASH_BITS; s++) {
    for (let v = 0; v <= s && out.length < HASH_BITS; v++) out.push([s - v, v]);
  }
  return out;
})();
const MAX_FREQUENCY = Math.max(...COEFFICIENTS.map(([u, v]) => Math.max(u, v))) + 1;

/** COS[k][x] = cos((2x + 1) k π / 2N), for the frequencies we need. */
const COS: Float64Array[] = Array.from({ length: MAX_FREQUENCY }, (_, k) => {
  const row = new Float64Array(HASH_SIZE);
  for (let x = 0; x < HASH_SIZE; x++) row[x] = Math.cos(((2 * x + 1) * k * Math.PI) / (2 * HASH_SIZE));
  return row;
});

/**
 * Centre weighting: a Tukey (tapered cosine) window that is 1 over the middle
 * 70% of each side and falls to 0 at the edges, over the 15% bands. Caption
 * bands, borders, watermarks in corners and small crops all live at the edges;
 * weighting them down roughly halved the caption-band distance and cut the
 * crop distance by a quarter in the measurements in the spec, while unrelated
 * images stayed as far apart. Symmetric, so mirroring commutes with it.
 */
const WINDOW_TAPER = 0.3;
const WINDOW: Float64Array = (() => {
  const w = new Float64Array(HASH_SIZE);
  for (let i = 0; i < HASH_SIZE; i++) {
    const edge = Math.min(i + 0.5, HASH_SIZE - i - 0.5) / HASH_SIZE; // 0 at the border, 0.5 in the middle
    w[i] = edge >= WINDOW_TAPER / 2 ? 1 : 0.5 * (1 - Math.cos((2 * Math.PI * edge) / WINDOW_TAPER));
  }
  return w;
})();

/**
 * pHash of a HASH_SIZE×HASH_SIZE greyscale image (row-major luma values):
 * subtract the mean (so the window cannot turn a brightness change into
 * structure), apply the centre-weighting window, take the low-frequency DCT
 * coefficients and set each bit when its coefficient is above their median.
 * Exported for tests.
 */
export function phashOfGrey(grey: Float64Array): string {
  if (grey.length !== HASH_SIZE * HASH_SIZE) throw new Error(`expected ${HASH_SIZE}×${HASH_SIZE} luma values`);
  let mean = 0;
  for (const value of grey) mean += value;
  mean /= grey.length;
  const luma = new Float64Array(grey.length);
  for (let y = 0; y < HASH_SIZE; y++) {
    for (let x = 0; x < HASH_SIZE; x++) {
      luma[y * HASH_SIZE + x] = (grey[y * HASH_SIZE + x] - mean) * WINDOW[x] * WINDOW[y];
    }
  }
  // Separable 2-D DCT-II, restricted to the low frequencies we keep.
  // rowsDct[y][u] = Σx luma[y][x] · cos_u(x)
  const rowsDct = new Float64Array(HASH_SIZE * MAX_FREQUENCY);
  for (let y = 0; y < HASH_SIZE; y++) {
    for (let u = 0; u < MAX_FREQUENCY; u++) {
      const c = COS[u];
      let sum = 0;
      for (let x = 0; x < HASH_SIZE; x++) sum += luma[y * HASH_SIZE + x] * c[x];
      rowsDct[y * MAX_FREQUENCY + u] = sum;
    }
  }
  const values = COEFFICIENTS.map(([u, v]) => {
    const c = COS[v];
    let sum = 0;
    for (let y = 0; y < HASH_SIZE; y++) sum += rowsDct[y * MAX_FREQUENCY + u] * c[y];
    return sum;
  });
  // Orthonormal DCT scaling: frequency 0 in a direction is √2 smaller than
  // the others. It matters because all 64 are compared with one median.
  for (let i = 0; i < values.length; i++) {
    const [u, v] = COEFFICIENTS[i];
    values[i] *= (u === 0 ? 1 : Math.SQRT2) * (v === 0 ? 1 : Math.SQRT2);
  }
  const sorted = [...values].sort((p, q) => p - q);
  const median = (sorted[HASH_BITS / 2 - 1] + sorted[HASH_BITS / 2]) / 2;

  let hex = '';
  for (let nibble = 0; nibble < HASH_BITS / 4; nibble++) {
    let n = 0;
    for (let b = 0; b < 4; b++) n = (n << 1) | (values[nibble * 4 + b] > median ? 1 : 0);
    hex += n.toString(16);
  }
  return hex;
}

function mirrorGrey(luma: Float64Array): Float64Array {
  const out = new Float64Array(luma.length);
  for (let y = 0; y < HASH_SIZE; y++) {
    for (let x = 0; x < HASH_SIZE; x++) out[y * HASH_SIZE + x] = luma[y * HASH_SIZE + (HASH_SIZE - 1 - x)];
  }
  return out;
}

function toLuma(data: Buffer, width: number, height: number, channels: number): Float64Array {
  if (width !== HASH_SIZE || height !== HASH_SIZE) {
    throw new Error(`hash input is ${width}×${height}, expected ${HASH_SIZE}×${HASH_SIZE}`);
  }
  const out = new Float64Array(width * height);
  for (let i = 0; i < out.length; i++) {
    const p = i * channels;
    // greyscale() gives one band (two with alpha, which flatten() removes);
    // fall back to Rec.601 luma should sharp ever hand back colour.
    out[i] = channels >= 3 ? 0.299 * data[p] + 0.587 * data[p + 1] + 0.114 * data[p + 2] : data[p];
  }
  return out;
}

// ---------------------------------------------------------------------------
// Type sniffing

/**
 * What the bytes appear to be, as a MIME type. Only the four accepted types
 * are decoded; the others exist to give an operator a useful message.
 */
export function sniffImageType(bytes: Buffer): string {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'image/gif';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'image/webp';

  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp') {
    const brand = ascii(b, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
    if (brand.startsWith('qt')) return 'video/quicktime';
    return 'video/mp4';
  }
  if (b.length >= 5 && ascii(b, 0, 5) === '%PDF-') return 'application/pdf';
  if (b.length >= 4 && (ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*')) return 'image/tiff';
  if (b.length >= 2 && ascii(b, 0, 2) === 'BM') return 'image/bmp';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && (b[2] === 1 || b[2] === 2) && b[3] === 0) return 'image/x-icon';
  if ((b.length >= 2 && b[0] === 0xff && b[1] === 0x0a) || (b.length >= 12 && ascii(b, 4, 8) === 'JXL ')) return 'image/jxl';
  if (b.length >= 4 && ascii(b, 0, 4) === 'RIFF') return 'application/octet-stream (RIFF)';
  if (b.length >= 4 && b.readUInt32BE(0) === 0x504b0304) return 'application/zip';

  const head = b
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')) || /^<!doctype svg/.test(head)) {
    return 'image/svg+xml';
  }
  if (/^<!doctype html|^<html|^<head|^<body|^<!--/.test(head)) return 'text/html';
  if (head.startsWith('<?xml')) return 'application/xml';
  if (head.startsWith('{') || head.startsWith('[')) return 'application/json';
  if (looksLikeText(b.subarray(0, 1024))) return 'text/plain';
  return 'application/octet-stream';
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function isAccepted(mime: string): mime is AcceptedImageMime {
  return Object.prototype.hasOwnProperty.call(SHARP_FORMAT, mime);
}

function ascii(b: Buffer, start: number, end: number): string {
  return b.toString('latin1', start, end);
}

function looksLikeText(b: Buffer): boolean {
  if (b.length === 0) return false;
  for (const byte of b) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  // Reject invalid UTF-8 (replacement characters), tolerating a cut at the end.
  return !b.toString('utf8').slice(0, -3).includes('\uFFFD');
}

// ---------------------------------------------------------------------------
// Messages

function corrupt(err: unknown, limits?: ImageLimits, width?: number, height?: number): ImageRejectedError {
  if (err instanceof ImageRejectedError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (limits && width && height && /pixel limit/i.test(message)) {
    return new ImageRejectedError(`the image is ${width}×${height} pixels, more than the ${formatMegapixels(limits.maxPixels)} megapixel limit`);
  }
  return new ImageRejectedError(`the image data is corrupt or truncated (${message.split('\n')[0].trim()})`);
}

/** 1 MB = 1024 × 1024 bytes here, as in DEFAULT_IMAGE_LIMITS. */
function formatBytes(bytes: number, roundUp = false): string {
  // Rounding a file size up keeps "15.1 MB, more than the 15 MB limit" truthful.
  const trim = (n: number): string => {
    const r = roundUp ? Math.ceil(n * 10) / 10 : Math.round(n * 10) / 10;
    return Number.isInteger(r) ? String(r) : r.toFixed(1);
  };
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function formatMegapixels(pixels: number): string {
  const mp = pixels / 1_000_000;
  return Number.isInteger(mp) ? String(mp) : mp.toFixed(1);
}
