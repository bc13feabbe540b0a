// npm run bench:media [-- --images 200 --concurrency 2]
// processImage throughput and latency over generated 1200×900 JPEG "photos".
// Pass 1 processes the images one at a time (latency); pass 2 keeps
// --concurrency of them in flight (throughput; sharp decodes on libuv threads).
import { availableParallelism } from 'node:os';
import { processImage } from '../src/media/image/image-processing';
import { syntheticJpeg } from '../test/helpers/synthetic-images';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const count = flag('images', 200);
const concurrency = flag('concurrency', availableParallelism());
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

let peakRss = process.memoryUsage().rss;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

async function main(): Promise<void> {
  const genStart = process.hrtime.bigint();
  const images: Buffer[] = [];
  for (let i = 0; i < count; i++) images.push(await syntheticJpeg(10_000 + i, 1200, 900, 85));
  const genSeconds = Number(process.hrtime.bigint() - genStart) / 1e9;
  const inputBytes = images.reduce((n, b) => n + b.length, 0);
  console.log(
    `generated ${count} distinct 1200×900 JPEGs (q85), ${mb(inputBytes)} MB, ` +
      `avg ${(inputBytes / count / 1024).toFixed(0)} KB, in ${genSeconds.toFixed(1)} s`,
  );

  // Warm-up: first calls load libvips codecs and JIT the hash code.
  for (let i = 0; i < Math.min(5, count); i++) await processImage(images[i]);
  const rssBefore = process.memoryUsage().rss;
  peakRss = rssBefore;
  const sampler = setInterval(sampleRss, 5);

  // Pass 1: sequential, per-image latency.
  const latencies: number[] = [];
  const seqStart = process.hrtime.bigint();
  for (const image of images) {
    const t0 = process.hrtime.bigint();
    await processImage(image);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    sampleRss();
  }
  const seqSeconds = Number(process.hrtime.bigint() - seqStart) / 1e9;
  latencies.sort((a, b) => a - b);

  // Pass 2: `concurrency` images in flight.
  let next = 0;
  const parStart = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < images.length) {
        await processImage(images[next++]);
        sampleRss();
      }
    }),
  );
  const parSeconds = Number(process.hrtime.bigint() - parStart) / 1e9;
  clearInterval(sampler);

  console.log(`sequential:       ${(count / seqSeconds).toFixed(1)} images/s, ${mb(inputBytes / seqSeconds)} MB/s input`);
  console.log(
    `  per image:      p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, ` +
      `max ${latencies[latencies.length - 1].toFixed(1)} ms`,
  );
  console.log(`concurrency ${concurrency}:    ${(count / parSeconds).toFixed(1)} images/s, ${mb(inputBytes / parSeconds)} MB/s input`);
  console.log(
    `rss:              ${mb(rssBefore)} MB before processing (inputs held in memory), ` +
      `peak ${mb(peakRss)} MB while processing (sampled), ` +
      `process max ${mb(process.resourceUsage().maxRSS * 1024)} MB (incl. generation)`,
  );
  console.log(`cores:            ${availableParallelism()}, node ${process.version}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
