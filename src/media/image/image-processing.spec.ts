import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import {
  DEFAULT_IMAGE_LIMITS,
  hammingDistance,
  ImageRejectedError,
  imageDistance,
  NEAR_DUPLICATE_DISTANCE,
  phashOfGrey,
  processImage,
  sniffImageType,
} from './image-processing';
import type { ProcessedImage } from './image-processing';
import { syntheticJpeg, syntheticPhoto } from '../../../test/helpers/synthetic-images';

/*
 * Threshold. Measured with processImage/imageDistance as implemented, on
 * synthetic photos from test/helpers/synthetic-images.ts (800×600, JPEG q90; seeds 1–100
 * for originals, 1000–1299 for unrelated images). distance:count —
 *
 *   JPEG q40 / q20                 0:91 2:9 / 0:81 2:19
 *   PNG / WebP                     0:92 2:8 / 0:80 2:20
 *   resized 400×300 / 200×150      0:37 2:50 4:13 / 0:92 2:8
 *   greyscale                      0:88 2:12
 *   brightness +20%                0:36 2:39 4:18 6:6 8:1
 *   caption band 12%, overlaid     0:5 2:18 4:34 6:28 8:10 10:4 14:1
 *   3% crop, centred               0:13 2:52 4:24 6:8 8:3
 *   3% crop, one corner            0:1 2:14 4:35 6:22 8:19 10:8 12:1
 *   3% off every side              0:1 2:19 4:45 6:23 8:9 10:3
 *   mirrored                       0:95 2:5
 *   resize+q60+caption+mirror+WebP 0:3 2:16 4:36 6:35 8:8 10:1 14:1
 *   caption band appended (taller) 4:1 6:7 8:18 10:21 12:29 14:12 16:7 18:5  ← half missed
 *   5% crop, one corner            4:5 6:12 8:21 10:25 12:19 14:12 …20:2      ← a third missed
 *
 *   unrelated: 300 images, 44 850 pairs: 4 within 10, 16 within 12, 66 within
 *   14, median 28. The closest pairs are genuinely alike at 32×32 (same
 *   head-and-shoulders placement, same gradient direction).
 *
 * NEAR_DUPLICATE_DISTANCE = 10 catches ~99% of the transforms the brief names
 * at about one unrelated pair in 10 000 — fine for proposing candidates to a
 * reviewer, not for merging without one. The test below uses a small fixed
 * sample of the same families and checks the margin both ways.
 */

const W = 800;
const H = 600;

async function jpegOf(raw: { data: Buffer; width: number; height: number }, quality = 90): Promise<Buffer> {
  return sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
}

/** A white band over the bottom 12% with dark "words" in it, as re-posters add. */
async function withCaption(image: Buffer): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(image).metadata();
  const bandHeight = Math.round(height * 0.12);
  const band = Buffer.alloc(width * bandHeight * 3, 255);
  for (let word = 0; word < 14; word++) {
    const x0 = Math.floor((0.04 + word * 0.065) * width);
    const wordWidth = Math.floor(width * (0.03 + 0.025 * ((word * 7) % 3)));
    for (let y = Math.floor(bandHeight * 0.3); y < Math.floor(bandHeight * 0.7); y++) {
      for (let x = x0; x < Math.min(width, x0 + wordWidth); x++) band.fill(30, (y * width + x) * 3, (y * width + x) * 3 + 3);
    }
  }
  const bandPng = await sharp(band, { raw: { width, height: bandHeight, channels: 3 } })
    .png()
    .toBuffer();
  return sharp(image)
    .composite([{ input: bandPng, top: height - bandHeight, left: 0 }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

const TRANSFORMS: Record<string, (original: Buffer) => Promise<Buffer>> = {
  'resized 400×300': (b) => sharp(b).resize(400, 300).jpeg({ quality: 85 }).toBuffer(),
  'JPEG quality 40': (b) => sharp(b).jpeg({ quality: 40 }).toBuffer(),
  PNG: (b) => sharp(b).png().toBuffer(),
  WebP: (b) => sharp(b).webp().toBuffer(),
  'caption band 12%': (b) => withCaption(b),
  'cropped 3% (centred)': (b) => sharp(b).extract({ left: 12, top: 9, width: 776, height: 582 }).jpeg().toBuffer(),
  'cropped 3% (one corner)': (b) => sharp(b).extract({ left: 24, top: 18, width: 776, height: 582 }).jpeg().toBuffer(),
  mirrored: (b) => sharp(b).flop().jpeg().toBuffer(),
  'resized + q60 + caption + mirrored + WebP': async (b) =>
    sharp(await withCaption(await sharp(b).resize(480, 360).jpeg({ quality: 60 }).toBuffer()))
      .flop()
      .webp({ quality: 50 })
      .toBuffer(),
};

const ORIGINAL_SEEDS = [1, 2, 3, 4];
const DIFFERENT_SEEDS = Array.from({ length: 24 }, (_, i) => 101 + i);

async function rejection(promise: Promise<unknown>): Promise<ImageRejectedError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ImageRejectedError);
    return err as ImageRejectedError;
  }
  throw new Error('expected the image to be rejected');
}

/** A valid 1-bit greyscale PNG of any size; all-black compresses to almost nothing. */
function hugeBlankPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8))); // filter byte 0 + zero pixels per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('near-duplicate detection', () => {
  const originals = new Map<number, ProcessedImage>();
  const copies: Array<{ seed: number; transform: string; image: ProcessedImage }> = [];
  const different = new Map<number, ProcessedImage>();

  beforeAll(async () => {
    for (const seed of ORIGINAL_SEEDS) {
      const original = await syntheticJpeg(seed, W, H);
      originals.set(seed, await processImage(original));
      for (const [transform, apply] of Object.entries(TRANSFORMS)) {
        copies.push({ seed, transform, image: await processImage(await apply(original)) });
      }
    }
    for (const seed of DIFFERENT_SEEDS) different.set(seed, await processImage(await syntheticJpeg(seed, W, H)));
  }, 60_000);

  it('keeps every re-posted copy within NEAR_DUPLICATE_DISTANCE and every different image beyond it', () => {
    const copyDistances = copies.map((c) => ({ ...c, distance: imageDistance(originals.get(c.seed)!, c.image) }));

    const differentDistances: Array<{ a: number; b: number; distance: number }> = [];
    const all = [...originals.entries(), ...different.entries()];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        differentDistances.push({ a: all[i][0], b: all[j][0], distance: imageDistance(all[i][1], all[j][1]) });
      }
    }
    // A re-posted copy of one photo against the other photos.
    for (const copy of copyDistances) {
      for (const [seed, image] of all) {
        if (seed !== copy.seed) differentDistances.push({ a: copy.seed, b: seed, distance: imageDistance(copy.image, image) });
      }
    }

    const byTransform = Object.keys(TRANSFORMS).map(
      (t) =>
        `  ${t.padEnd(44)} ${copyDistances
          .filter((c) => c.transform === t)
          .map((c) => c.distance)
          .join(', ')}`,
    );
    const sorted = differentDistances.map((d) => d.distance).sort((a, b) => a - b);
    const maxCopy = Math.max(...copyDistances.map((c) => c.distance));
    // SHOW_IMAGE_DISTANCES=1 npm run test:unit -- src/media prints the table the threshold was chosen from.
    if (process.env.SHOW_IMAGE_DISTANCES)
      console.log(
        [
          `pHash distances, originals seeds ${ORIGINAL_SEEDS.join(',')} (threshold ${NEAR_DUPLICATE_DISTANCE}):`,
          ...byTransform,
          `  worst copy: ${maxCopy}`,
          `  different images: ${sorted.length} pairs, min ${sorted[0]}, 1st pct ${sorted[Math.floor(sorted.length / 100)]}, median ${sorted[sorted.length >> 1]}`,
        ].join('\n'),
      );

    const missed = copyDistances.filter((c) => c.distance > NEAR_DUPLICATE_DISTANCE);
    expect(missed.map((c) => `seed ${c.seed}, ${c.transform}: ${c.distance}`)).toEqual([]);
    const confused = differentDistances.filter((d) => d.distance <= NEAR_DUPLICATE_DISTANCE);
    expect(confused.map((d) => `seeds ${d.a} and ${d.b}: ${d.distance}`)).toEqual([]);
    // Margin: the worst copy and the closest different pair are each at least
    // one step (2 bits — distances are even) away from the threshold.
    expect(maxCopy).toBeLessThanOrEqual(NEAR_DUPLICATE_DISTANCE - 2);
    expect(sorted[0]).toBeGreaterThanOrEqual(NEAR_DUPLICATE_DISTANCE + 2);
  });

  it('hashes the mirrored image into phashMirrored', async () => {
    const original = await syntheticJpeg(7, W, H);
    const a = await processImage(original);
    const mirrored = await processImage(await sharp(original).flop().png().toBuffer());
    expect(hammingDistance(a.phashMirrored, mirrored.phash)).toBeLessThanOrEqual(2);
    expect(hammingDistance(a.phash, mirrored.phashMirrored)).toBeLessThanOrEqual(2);
    expect(imageDistance(a, mirrored)).toBeLessThanOrEqual(2);
    expect(imageDistance(mirrored, a)).toBeLessThanOrEqual(2);
  });

  it('hashes the image as displayed: EXIF orientation is applied first', async () => {
    const landscape = await syntheticJpeg(8, W, H);
    const upright = await processImage(await sharp(landscape).rotate(90).jpeg({ quality: 90 }).toBuffer());
    // Same pixels stored sideways with Orientation 6 ("rotate 90° clockwise to display").
    const sideways = await sharp(landscape).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);

    const processed = await processImage(sideways);
    expect([processed.width, processed.height]).toEqual([H, W]);
    expect(hammingDistance(processed.phash, upright.phash)).toBeLessThanOrEqual(2);
    const thumb = await sharp(processed.thumbnail).metadata();
    expect([thumb.width, thumb.height]).toEqual([240, 320]);
    expect(thumb.orientation).toBeUndefined();
  });
});

describe('processImage', () => {
  let jpeg: Buffer;
  beforeAll(async () => {
    jpeg = await syntheticJpeg(11, W, H);
  });

  it('returns the sha256 of the original bytes, stably', async () => {
    const a = await processImage(jpeg);
    const b = await processImage(Buffer.from(jpeg));
    expect(a.sha256).toBe(createHash('sha256').update(jpeg).digest('hex'));
    expect(b.sha256).toBe(a.sha256);
    expect(b.phash).toBe(a.phash);
    expect(b.phashMirrored).toBe(a.phashMirrored);
    expect(a.size).toBe(jpeg.length);
    expect(a.phash).toMatch(/^[0-9a-f]{16}$/);
    expect(a.phashMirrored).toMatch(/^[0-9a-f]{16}$/);
  });

  it('sniffs the type from the bytes', async () => {
    const raw = syntheticPhoto(12, 200, 150);
    const input = sharp(raw.data, { raw: { width: 200, height: 150, channels: 3 } });
    const cases: Array<[Buffer, string]> = [
      [await input.clone().jpeg().toBuffer(), 'image/jpeg'],
      [await input.clone().png().toBuffer(), 'image/png'],
      [await input.clone().webp().toBuffer(), 'image/webp'],
      [await input.clone().gif().toBuffer(), 'image/gif'],
    ];
    for (const [bytes, mime] of cases) {
      const processed = await processImage(bytes);
      expect(processed.mime).toBe(mime);
      expect([processed.width, processed.height]).toEqual([200, 150]);
    }
  });

  it('uses the first frame of an animated GIF', async () => {
    const frame1 = syntheticPhoto(13, 160, 120);
    const frame2 = syntheticPhoto(14, 160, 120);
    const strip = Buffer.concat([frame1.data, frame2.data]);
    const gif = await sharp(strip, { raw: { width: 160, height: 240, channels: 3, pageHeight: 120 } })
      .gif()
      .toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(2);
    const processed = await processImage(gif);
    expect([processed.mime, processed.width, processed.height]).toEqual(['image/gif', 160, 120]);
    const first = await processImage(await jpegOf(frame1));
    const second = await processImage(await jpegOf(frame2));
    expect(hammingDistance(processed.phash, first.phash)).toBeLessThan(hammingDistance(processed.phash, second.phash));
  });

  it('makes a JPEG thumbnail with the longest side thumbnailSize, never enlarged', async () => {
    const t = await sharp((await processImage(jpeg)).thumbnail).metadata();
    expect([t.format, t.width, t.height]).toEqual(['jpeg', 320, 240]);

    const small = await sharp(await jpegOf(syntheticPhoto(15, 200, 100))).toBuffer();
    const s = await sharp((await processImage(small)).thumbnail).metadata();
    expect([s.width, s.height]).toEqual([200, 100]);

    const custom = await processImage(jpeg, { ...DEFAULT_IMAGE_LIMITS, thumbnailSize: 100 });
    const c = await sharp(custom.thumbnail).metadata();
    expect([c.width, c.height]).toEqual([100, 75]);
  });

  it('strips EXIF (including GPS) and all other metadata from the thumbnail', async () => {
    const withGps = await sharp(jpeg)
      .withExif({
        IFD0: { Make: 'TestCam', Model: 'Secret Phone', Artist: 'Someone' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 30/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '36/1 17/1 0/1' },
      })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
      .jpeg({ quality: 90 })
      .toBuffer();
    const inputMeta = await sharp(withGps).metadata();
    expect(inputMeta.exif).toBeDefined();
    // The GPS IFD pointer (tag 0x8825, little-endian) and the maker are in the input.
    expect(inputMeta.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(inputMeta.exif!.includes(Buffer.from('TestCam'))).toBe(true);
    expect(inputMeta.xmp).toBeDefined();

    const { thumbnail } = await processImage(withGps);
    const meta = await sharp(thumbnail).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(thumbnail.includes(Buffer.from('Exif\0\0'))).toBe(false);
    expect(thumbnail.includes(Buffer.from('TestCam'))).toBe(false);
  });

  it('flattens transparency onto white', async () => {
    const transparent = await sharp({ create: { width: 64, height: 64, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const { thumbnail } = await processImage(transparent);
    const stats = await sharp(thumbnail).stats();
    expect(stats.channels[0].mean).toBeGreaterThan(250);
  });
});

describe('rejection', () => {
  it.each([
    ['SVG', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'],
    ['bare SVG', '  <svg width="10" height="10"></svg>', 'image/svg+xml'],
    ['HTML', '<!DOCTYPE html><html><body><img src="x.jpg"></body></html>', 'text/html'],
    ['text', 'Detainee photo: see the attached link.\n', 'text/plain'],
    ['PDF', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'application/pdf'],
  ])('refuses %s with a message naming what it is', async (_name, content, mime) => {
    const err = await rejection(processImage(Buffer.from(content, 'latin1')));
    expect(err.message).toBe(`not an image we accept (${mime})`);
    expect(err.name).toBe('ImageRejectedError');
  });

  it('refuses HEIC and other containers by their magic bytes', async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]);
    expect((await rejection(processImage(heic))).message).toBe('not an image we accept (image/heic)');
    expect(sniffImageType(Buffer.from('II*\0\x08\0\0\0', 'latin1'))).toBe('image/tiff');
    expect(sniffImageType(Buffer.from([0x00, 0x01, 0x02, 0xfe, 0xff]))).toBe('application/octet-stream');
  });

  it('refuses an empty file', async () => {
    expect((await rejection(processImage(Buffer.alloc(0)))).message).toBe('not an image we accept (the file is empty)');
  });

  it('refuses truncated or corrupt data', async () => {
    const jpeg = await syntheticJpeg(21, 400, 300);
    for (const fraction of [0.3, 0.9, 0.99]) {
      const err = await rejection(processImage(jpeg.subarray(0, Math.floor(jpeg.length * fraction))));
      expect(err.message).toMatch(/^the image data is corrupt or truncated \(.+\)$/);
    }
    const png = await sharp(jpeg).png().toBuffer();
    const err = await rejection(processImage(png.subarray(0, png.length >> 1)));
    expect(err.message).toMatch(/^the image data is corrupt or truncated/);

    // Right magic bytes, garbage after them.
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 0x5a)]);
    expect((await rejection(processImage(garbage))).message).toMatch(/^the image data is corrupt or truncated/);
  });

  it('refuses a 20000×20000 PNG by its header, without decoding it', async () => {
    const bomb = hugeBlankPng(20_000, 20_000);
    expect(bomb.length).toBeLessThan(200_000); // a small file…
    const meta = await sharp(bomb, { limitInputPixels: false }).metadata();
    expect([meta.width, meta.height]).toEqual([20_000, 20_000]); // …that claims 400 megapixels

    const started = process.hrtime.bigint();
    const err = await rejection(processImage(bomb));
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(err.message).toBe('the image is 20000×20000 pixels, more than the 40 megapixel limit');
    // Decoding 400 megapixels takes seconds and hundreds of MB; the header check takes milliseconds.
    expect(elapsedMs).toBeLessThan(1000);
  });

  it('applies a custom pixel limit', async () => {
    const jpeg = await syntheticJpeg(22, 800, 600);
    const err = await rejection(processImage(jpeg, { ...DEFAULT_IMAGE_LIMITS, maxPixels: 400_000 }));
    expect(err.message).toBe('the image is 800×600 pixels, more than the 0.4 megapixel limit');
  });

  it('refuses oversize files before looking at them', async () => {
    const jpeg = await syntheticJpeg(23, 400, 300);
    const err = await rejection(processImage(jpeg, { ...DEFAULT_IMAGE_LIMITS, maxBytes: 10 * 1024 }));
    expect(err.message).toMatch(/^the file is \d+(\.\d)? KB, more than the 10 KB limit$/);

    const huge = Buffer.alloc(DEFAULT_IMAGE_LIMITS.maxBytes + 1);
    huge.set([0xff, 0xd8, 0xff]);
    expect((await rejection(processImage(huge))).message).toBe('the file is 15.1 MB, more than the 15 MB limit');
  });
});

describe('hammingDistance / imageDistance', () => {
  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(hammingDistance('F0F0F0F0F0F0F0F0', 'f0f0f0f0f0f0f0f1')).toBe(1);
  });

  it('refuses anything that is not a 16-hex-digit hash', () => {
    expect(() => hammingDistance('abc', '0000000000000000')).toThrow(TypeError);
    expect(() => hammingDistance('000000000000000g', '0000000000000000')).toThrow(TypeError);
  });

  it('takes the closer of direct and mirrored', () => {
    const a = { phash: 'ffffffffffffffff', phashMirrored: '0000000000000003' };
    expect(imageDistance(a, { phash: '0000000000000000' })).toBe(2);
    expect(imageDistance(a, { phash: 'fffffffffffffff0' })).toBe(4);
  });

  it('is invariant to brightness and contrast of the hash input, with 32 bits set', () => {
    const grey = Float64Array.from({ length: 32 * 32 }, (_, i) => ((i * 37) % 101) + (i % 32) * 2);
    const brighter = grey.map((v) => v * 1.3 + 20);
    const hash = phashOfGrey(grey);
    expect(phashOfGrey(brighter)).toBe(hash);
    const ones = [...hash].reduce((n, h) => n + [...parseInt(h, 16).toString(2)].filter((b) => b === '1').length, 0);
    expect(ones).toBe(32);
  });
});

describe('limits', () => {
  it('refuses nonsensical limits as a programming error, not a rejected image', async () => {
    const jpeg = await syntheticJpeg(24, 100, 75);
    await expect(processImage(jpeg, { ...DEFAULT_IMAGE_LIMITS, thumbnailSize: 0 })).rejects.toThrow(TypeError);
    await expect(processImage(jpeg, { ...DEFAULT_IMAGE_LIMITS, maxPixels: 1.5 })).rejects.toThrow(TypeError);
  });

  it('defaults to 15 MB, 40 megapixels and 320 px thumbnails', () => {
    expect(DEFAULT_IMAGE_LIMITS).toEqual({ maxBytes: 15 * 1024 * 1024, maxPixels: 40_000_000, thumbnailSize: 320 });
  });
});
