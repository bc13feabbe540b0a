import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  DESCRIPTOR_LENGTH,
  detectFaces,
  mergeCandidates,
  overlapOfSmaller,
  tileLayout,
  warmUpFaceEngine,
  type DetectedFace,
  type FaceBox,
} from './face-engine';
import { cosineSimilarity } from './similarity';

// Three photos from the Face Research Lab London Set (CC BY 4.0): see test/fixtures/faces/README.md.
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'faces');
const photo = (name: string) => readFileSync(join(FIXTURES, name));

// The models load once for the file (about a second); each photo then takes a fraction of a second.
jest.setTimeout(60_000);
let fetchSpy: jest.SpyInstance;
beforeAll(async () => {
  fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('the face engine must not use the network'));
  await warmUpFaceEngine();
});
afterAll(() => fetchSpy.mockRestore());

it('loads its models and WASM from the installed packages, without the network', () => {
  expect(fetchSpy).not.toHaveBeenCalled();
});

const centre = (b: FaceBox) => [b.x + b.width / 2, b.y + b.height / 2];

describe('detectFaces on a portrait', () => {
  let faces: DetectedFace[];
  beforeAll(async () => {
    faces = await detectFaces(photo('001-neutral.jpg'));
  });

  it('finds the one face, inside the photo, with a confident score', () => {
    expect(faces).toHaveLength(1);
    const { box, confidence } = faces[0];
    expect(confidence).toBeGreaterThan(0.5);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(640);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    // The sitter's face fills roughly the middle third to half of the 640 px portrait.
    expect(box.width).toBeGreaterThan(150);
    expect(box.width).toBeLessThan(450);
    const [cx, cy] = centre(box);
    expect(Math.abs(cx - 320)).toBeLessThan(100);
    expect(Math.abs(cy - 320)).toBeLessThan(150);
  });

  it('gives a unit-length descriptor of 1,024 values', () => {
    const { descriptor } = faces[0];
    expect(descriptor).toBeInstanceOf(Float32Array);
    expect(descriptor).toHaveLength(DESCRIPTOR_LENGTH);
    expect(Math.hypot(...descriptor)).toBeCloseTo(1, 4);
  });

  it('gives a small JPEG thumbnail of the face with no metadata', async () => {
    const thumbnail = faces[0].thumbnail as Buffer;
    const meta = await sharp(thumbnail).metadata();
    expect(meta.format).toBe('jpeg');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(160);
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
  });
});

describe('detectFaces for search', () => {
  it("finds the same person's smiling photo more similar than another person's photo", async () => {
    const [neutral] = await detectFaces(photo('001-neutral.jpg'), { thumbnailSize: 0 });
    const [smiling] = await detectFaces(photo('001-smiling.jpg'), { thumbnailSize: 0 });
    const [other] = await detectFaces(photo('002-neutral.jpg'), { thumbnailSize: 0 });
    const same = cosineSimilarity(neutral.descriptor, smiling.descriptor);
    const different = cosineSimilarity(neutral.descriptor, other.descriptor);
    expect(same).toBeGreaterThan(different + 0.05);
  });

  it('honours EXIF orientation: a photo stored sideways gives the upright box and the same descriptor', async () => {
    const [upright] = await detectFaces(photo('001-neutral.jpg'), { thumbnailSize: 0 });
    // Pixels turned a quarter to the left, tagged "turn 90° clockwise to display" (orientation 6).
    const sideways = await sharp(photo('001-neutral.jpg')).rotate(-90).withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer();
    const [fromSideways] = await detectFaces(sideways, { thumbnailSize: 0 });
    const [ux, uy] = centre(upright.box);
    const [sx, sy] = centre(fromSideways.box);
    expect(Math.hypot(ux - sx, uy - sy)).toBeLessThan(20);
    expect(cosineSimilarity(upright.descriptor, fromSideways.descriptor)).toBeGreaterThan(0.95);
  });

  it('finds small faces in a large crowd-like picture by tiling, and places each box on its face', async () => {
    // Four portraits shrunk to 150 px (faces about 70 px) on a 1,600 × 1,000 grey canvas.
    const places = [
      { file: '001-neutral.jpg', left: 100, top: 120 },
      { file: '002-neutral.jpg', left: 1300, top: 150 },
      { file: '001-smiling.jpg', left: 400, top: 780 },
      { file: '002-neutral.jpg', left: 1000, top: 600 },
    ];
    const tiles = await Promise.all(places.map(async (p) => ({ input: await sharp(photo(p.file)).resize(150, 150).toBuffer(), left: p.left, top: p.top })));
    const crowd = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 128, g: 128, b: 128 } } })
      .composite(tiles)
      .jpeg({ quality: 90 })
      .toBuffer();

    const faces = await detectFaces(crowd, { thumbnailSize: 0 });
    expect(faces).toHaveLength(4);
    for (const p of places) {
      const hit = faces.filter((f) => {
        const [cx, cy] = centre(f.box);
        return Math.abs(cx - (p.left + 75)) < 40 && Math.abs(cy - (p.top + 75)) < 50;
      });
      expect(hit).toHaveLength(1);
    }

    const wholePictureOnly = await detectFaces(crowd, { thumbnailSize: 0, tileSize: 10_000 });
    expect(wholePictureOnly.length).toBeLessThan(4);
  });

  it('finds no face in a picture without one', async () => {
    const landscape = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 90, g: 140, b: 200 } } })
      .composite([{ input: { create: { width: 800, height: 250, channels: 3, background: { r: 60, g: 120, b: 40 } } }, top: 350, left: 0 }])
      .jpeg()
      .toBuffer();
    expect(await detectFaces(landscape)).toEqual([]);
  });
});

describe('tileLayout', () => {
  it('uses the whole picture alone when it is near the tile size', () => {
    expect(tileLayout(640, 480, 640, 0.25)).toEqual([{ x: 0, y: 0, width: 640, height: 640 }]);
  });

  it('puts every face, at any size and place, wholly inside a tile in which the detector can see it', () => {
    for (const [width, height] of [
      [2560, 1440],
      [1280, 960],
      [1000, 700],
      [7000, 900],
    ]) {
      const tiles = tileLayout(width, height, 640, 0.25);
      expect(tiles[0]).toEqual({ x: 0, y: 0, width: Math.max(width, height), height: Math.max(width, height) });
      // A face box down to 1/21 of a tile's side is found (measured); the smallest tiles are 640 px.
      for (const face of [32, 80, 150, 300, 700]) {
        for (let y = 0; y + face <= height; y += 61) {
          for (let x = 0; x + face <= width; x += 61) {
            const seen = tiles.some((t) => face >= t.width / 21 && x >= t.x && x + face <= t.x + t.width && y >= t.y && y + face <= t.y + t.height);
            if (!seen) throw new Error(`a ${face} px face at ${x},${y} of ${width}×${height} is in no tile that can see it`);
          }
        }
      }
    }
  });

  it('refuses an overlap too small for the layout to hold', () => {
    expect(() => tileLayout(2560, 1440, 640, 0.05)).toThrow(RangeError);
  });

  it('searches a 2,560 px photo at two scales, not three', () => {
    const sides = new Set(tileLayout(2560, 1440, 640, 0.25).map((t) => t.width));
    expect([...sides]).toEqual([2560, 640]);
  });
});

describe('mergeCandidates', () => {
  it('keeps the most confident of boxes found twice and keeps separate faces apart', () => {
    const merged = mergeCandidates(
      [
        { box: { x: 100, y: 100, width: 50, height: 50 }, confidence: 0.7 },
        { box: { x: 105, y: 102, width: 50, height: 50 }, confidence: 0.9 },
        { box: { x: 110, y: 100, width: 30, height: 30 }, confidence: 0.6 }, // a tile-edge fragment inside the face
        { box: { x: 300, y: 100, width: 50, height: 50 }, confidence: 0.5 },
      ],
      0.5,
    );
    expect(merged.map((m) => m.confidence)).toEqual([0.9, 0.5]);
  });

  it('measures overlap against the smaller box', () => {
    expect(overlapOfSmaller({ x: 0, y: 0, width: 100, height: 100 }, { x: 10, y: 10, width: 20, height: 20 })).toBe(1);
    expect(overlapOfSmaller({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 0, width: 10, height: 10 })).toBe(0);
  });
});
