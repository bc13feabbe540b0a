/**
 * Deterministic synthetic "photos" for the image tests and the media bench:
 * a two-colour gradient background, soft low-frequency shading, a
 * portrait-like figure (head and shoulders), several random shapes and pixel
 * noise, all drawn from a seed. Coordinates are fractions of the frame, so the
 * same seed gives the same picture at any size.
 *
 * Test-only: the image specs, the media, sweeper and pipeline tests and the media and pipeline
 * benches use it; the server never does. Its random numbers come from the demo's prng
 * (src/demo/prng.ts), which `athar demo` draws its photos with.
 */
import sharp from 'sharp';
import { prng } from '../../src/demo/prng';

export interface RawRgb {
  data: Buffer;
  width: number;
  height: number;
  channels: 3;
}

export interface SyntheticOptions {
  /** Seed for the background (gradient and shading). Defaults to `seed`. */
  backgroundSeed?: number;
  /** Amplitude of per-pixel noise, 0–255. Default 12. */
  noise?: number;
}

type Rgb = [number, number, number];

export function syntheticPhoto(seed: number, width = 800, height = 600, options: SyntheticOptions = {}): RawRgb {
  const bg = prng((options.backgroundSeed ?? seed) * 7919 + 1);
  const fg = prng(seed * 104729 + 2);
  const noise = prng(seed * 15485863 + 3); // seeds the per-pixel xorshift
  const noiseAmplitude = options.noise ?? 12;
  const colour = (r: () => number): Rgb => [r() * 255, r() * 255, r() * 255];

  // Background: gradient between two colours along a random direction, plus
  // two broad sinusoidal light patches.
  const c0 = colour(bg);
  const c1 = colour(bg);
  const angle = bg() * Math.PI * 2;
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const waves = [0, 1].map(() => ({ fx: 0.5 + bg() * 2, fy: 0.5 + bg() * 2, phase: bg() * 6.28, amp: 15 + bg() * 25 }));

  // sin(a(u) + b(v)) = sin a·cos b + cos a·sin b: trig per row and column
  // only, not per pixel (Math is slow inside Jest's sandbox).
  const waveX = waves.map((w) => Float64Array.from({ length: width }, (_, x) => (x / width) * w.fx * 6.28 + w.phase));
  const waveY = waves.map((w) => Float64Array.from({ length: height }, (_, y) => (y / height) * w.fy * 6.28));
  const sinX = waveX.map((a) => a.map(Math.sin));
  const cosX = waveX.map((a) => a.map(Math.cos));
  const sinY = waveY.map((a) => a.map(Math.sin));
  const cosY = waveY.map((a) => a.map(Math.cos));

  const img = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const v = y / height;
    for (let x = 0; x < width; x++) {
      const u = x / width;
      let t = 0.5 + ((u - 0.5) * dx + (v - 0.5) * dy);
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      let shade = 0;
      for (let k = 0; k < waves.length; k++) {
        shade += waves[k].amp * (sinX[k][x] * cosY[k][y] + cosX[k][x] * sinY[k][y]);
      }
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) img[i + c] = c0[c] + (c1[c] - c0[c]) * t + shade;
    }
  }

  const fillEllipse = (cx: number, cy: number, rx: number, ry: number, col: Rgb): void => {
    const x0 = Math.max(0, Math.floor((cx - rx) * width));
    const x1 = Math.min(width - 1, Math.ceil((cx + rx) * width));
    const y0 = Math.max(0, Math.floor((cy - ry) * height));
    const y1 = Math.min(height - 1, Math.ceil((cy + ry) * height));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const nx = (x / width - cx) / rx;
        const ny = (y / height - cy) / ry;
        const d = nx * nx + ny * ny;
        if (d > 1) continue;
        // Slight radial shading so the shapes are not flat.
        const k = 1 - 0.25 * d;
        const i = (y * width + x) * 3;
        for (let c = 0; c < 3; c++) img[i + c] = col[c] * k;
      }
    }
  };
  const fillRect = (rx0: number, ry0: number, rx1: number, ry1: number, col: Rgb): void => {
    const x0 = Math.max(0, Math.floor(rx0 * width));
    const x1 = Math.min(width - 1, Math.ceil(rx1 * width));
    const y0 = Math.max(0, Math.floor(ry0 * height));
    const y1 = Math.min(height - 1, Math.ceil(ry1 * height));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const i = (y * width + x) * 3;
        for (let c = 0; c < 3; c++) img[i + c] = col[c];
      }
    }
  };

  // Random shapes behind the figure.
  const shapes = 4 + Math.floor(fg() * 5);
  for (let s = 0; s < shapes; s++) {
    const cx = fg();
    const cy = fg();
    const size = 0.05 + fg() * 0.2;
    const col = colour(fg);
    if (fg() < 0.5) fillEllipse(cx, cy, size, size * (0.6 + fg() * 0.8), col);
    else fillRect(cx - size, cy - size * 0.7, cx + size, cy + size * 0.7, col);
  }

  // A head-and-shoulders figure somewhere near the middle, as in most
  // photos of a detained person.
  const fx = 0.3 + fg() * 0.4;
  const fy = 0.35 + fg() * 0.15;
  const scale = 0.8 + fg() * 0.5;
  fillEllipse(fx, fy + 0.5 * scale, 0.22 * scale, 0.3 * scale, colour(fg)); // shoulders
  fillEllipse(fx, fy, 0.09 * scale, 0.16 * scale, [150 + fg() * 90, 110 + fg() * 70, 80 + fg() * 60]); // face
  fillEllipse(fx, fy - 0.1 * scale, 0.095 * scale, 0.08 * scale, [20 + fg() * 60, 15 + fg() * 40, 10 + fg() * 30]); // hair

  // Uint8ClampedArray clamps and rounds on assignment.
  const pixels = new Uint8ClampedArray(img.length);
  let state = (noise() * 4294967295) >>> 0 || 1;
  const noiseScale = (2 * noiseAmplitude) / 4294967296;
  for (let i = 0; i < img.length; i++) {
    // xorshift32 for the per-pixel noise: no Math calls in the hot loop.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    pixels[i] = img[i] + ((state >>> 0) * noiseScale - noiseAmplitude);
  }
  return { data: Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength), width, height, channels: 3 };
}

/** A synthetic photo encoded as JPEG (quality 90 unless given). */
export async function syntheticJpeg(seed: number, width = 800, height = 600, quality = 90): Promise<Buffer> {
  const raw = syntheticPhoto(seed, width, height);
  return sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: raw.channels } })
    .jpeg({ quality })
    .toBuffer();
}
