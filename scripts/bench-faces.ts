/**
 * `npm run bench:faces [-- --runs 5] [-- --queries 20]`
 *
 * Speed and memory of the face engine on this machine, one photo at a time on one thread:
 *  - model load time and RSS;
 *  - detectFaces on square photos of 640, 1,280 and 2,560 px holding 0, 1, 2 and 4 faces (portraits
 *    from test/fixtures/faces composed on grey), each timed --runs times; the time per further face
 *    is the slope of a least-squares line through (faces, seconds). Larger photos cost more with no
 *    face at all, because they are searched in more tiles (see tileLayout);
 *  - BruteForceFaceIndex.search (k = 20) over 10⁴ and 10⁵ synthetic 1,024-value descriptors.
 *
 * Wall times move with whatever else runs on the machine (its load average is printed first); the
 * CPU time of this process moves less (it includes sharp's threads).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DESCRIPTOR_LENGTH, detectFaces, warmUpFaceEngine } from '../src/faces/engine/face-engine';
import { BruteForceFaceIndex } from '../src/faces/engine/face-index';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const runs = flag('runs', 5);
const queries = flag('queries', 20);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

const FIXTURES = join(__dirname, '..', 'test', 'fixtures', 'faces');
const PORTRAITS = ['001-neutral.jpg', '002-neutral.jpg', '001-smiling.jpg', '002-neutral.jpg'].map((f) => readFileSync(join(FIXTURES, f)));

/** A side × side grey photo with `faces` portraits: one filling it, or a 2 × 2 grid of half-size ones. */
async function composedPhoto(side: number, faces: number): Promise<Buffer> {
  const grey = { create: { width: side, height: side, channels: 3 as const, background: { r: 128, g: 128, b: 128 } } };
  if (faces === 1) return sharp(PORTRAITS[0]).resize(side, side).jpeg({ quality: 90 }).toBuffer();
  const half = Math.round(side / 2);
  const cells = [
    [0, 0],
    [half, half],
    [half, 0],
    [0, half],
  ];
  const overlays = await Promise.all(
    cells.slice(0, faces).map(async ([left, top], i) => ({ input: await sharp(PORTRAITS[i]).resize(half, half).toBuffer(), left, top })),
  );
  return sharp(grey).composite(overlays).jpeg({ quality: 90 }).toBuffer();
}

/** Least-squares slope and intercept of y on x. */
function fitLine(points: [number, number][]): { slope: number; intercept: number } {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

async function benchDetection(): Promise<void> {
  const loadStart = process.hrtime.bigint();
  await warmUpFaceEngine();
  console.log(`models loaded in ${seconds(loadStart).toFixed(2)} s; RSS ${mb(process.memoryUsage().rss)}`);
  const sampler = setInterval(sampleRss, 5);
  for (const side of [640, 1280, 2560]) {
    const points: [number, number][] = [];
    const rows: string[] = [];
    for (const faces of [0, 1, 2, 4]) {
      const photo = await composedPhoto(side, faces);
      await detectFaces(photo); // first call at this size warms sharp and the WASM kernels
      const times: number[] = [];
      const cpu: number[] = [];
      let found = 0;
      for (let r = 0; r < runs; r++) {
        const start = process.hrtime.bigint();
        const cpuStart = process.cpuUsage();
        found = (await detectFaces(photo)).length;
        times.push(seconds(start));
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1e6);
        sampleRss();
      }
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      times.forEach((t) => points.push([faces, t]));
      rows.push(
        `  ${String(faces).padStart(2)} faces (found ${found}): median ${median.toFixed(3)} s, fastest ${times[0].toFixed(3)} s, ` +
          `slowest ${times[times.length - 1].toFixed(3)} s; CPU median ${cpu[Math.floor(cpu.length / 2)].toFixed(3)} s`,
      );
    }
    const { slope, intercept } = fitLine(points);
    console.log(`${side} × ${side} px, ${runs} runs each:`);
    rows.forEach((r) => console.log(r));
    console.log(`  fit: ${intercept.toFixed(3)} s a photo + ${slope.toFixed(3)} s a face`);
  }
  clearInterval(sampler);
  console.log(`RSS after detection: ${mb(process.memoryUsage().rss)}, peak ${mb(peakRss)}`);
}

/** Deterministic pseudo-random descriptors (mulberry32); the search costs the same whatever the values. */
function syntheticDescriptor(seed: number): Float32Array {
  let state = seed >>> 0;
  const out = new Float32Array(DESCRIPTOR_LENGTH);
  for (let i = 0; i < out.length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return out;
}

function benchSearch(): void {
  for (const size of [10_000, 100_000]) {
    const rssBefore = process.memoryUsage().rss;
    const index = new BruteForceFaceIndex(DESCRIPTOR_LENGTH, size);
    const fillStart = process.hrtime.bigint();
    for (let i = 0; i < size; i++) index.add(`face-${i}`, syntheticDescriptor(i + 1));
    const fill = seconds(fillStart);
    index.search(syntheticDescriptor(1), 20); // warm-up
    const times: number[] = [];
    for (let q = 0; q < queries; q++) {
      const start = process.hrtime.bigint();
      index.search(syntheticDescriptor(10_000_000 + q), 20);
      times.push(seconds(start));
    }
    times.sort((a, b) => a - b);
    console.log(
      `search k=20 over ${size.toLocaleString('en')} descriptors: median ${(1000 * times[Math.floor(times.length / 2)]).toFixed(1)} ms, ` +
        `slowest ${(1000 * times[times.length - 1]).toFixed(1)} ms (${queries} queries); vectors ${mb(size * DESCRIPTOR_LENGTH * 4)}, ` +
        `RSS +${mb(process.memoryUsage().rss - rssBefore)}; filled in ${fill.toFixed(1)} s`,
    );
  }
}

async function main(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${load}; one photo at a time; WASM backend, single-threaded`);
  await benchDetection();
  benchSearch();
  console.log(`RSS at the end: ${mb(process.memoryUsage().rss)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
