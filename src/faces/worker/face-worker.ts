/**
 * The face model's own process, forked by FaceEnginePool: it reads photos from its parent over IPC
 * and answers with their faces. The model lives here and nowhere else because its WASM memory
 * never shrinks (the pool replaces this process after a number of photos) and because the
 * emscripten loader installs process-wide uncaughtException / unhandledRejection handlers that
 * would take an API or queue process down with it.
 */
import { detectFaces, warmUpFaceEngine } from '../engine/face-engine';
import { FaceImageError } from '../engine/raster';
import type { WorkerReply, WorkerRequest } from './face-worker-protocol';

function reply(message: WorkerReply): void {
  process.send?.(message);
}

async function handle(request: WorkerRequest): Promise<void> {
  try {
    const faces = await detectFaces(Buffer.from(request.image.buffer, request.image.byteOffset, request.image.byteLength), { maxPixels: request.maxPixels });
    reply({
      type: 'faces',
      id: request.id,
      faces: faces.map((f) => ({ box: f.box, confidence: f.confidence, descriptor: f.descriptor, thumbnail: f.thumbnail ?? null })),
      rss: process.memoryUsage().rss,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    reply({ type: 'error', id: request.id, kind: err instanceof FaceImageError ? 'image' : 'engine', message });
  }
}

if (!process.send) {
  process.stderr.write('face-worker runs only as a child of FaceEnginePool (it needs an IPC channel)\n');
  process.exit(2);
}

process.on('message', (message: WorkerRequest) => {
  if (message?.type === 'detect') void handle(message);
});
// The parent let go (recycling, or shutting down): nothing more will come.
process.on('disconnect', () => process.exit(0));

warmUpFaceEngine().then(
  () => reply({ type: 'ready' }),
  (err: unknown) => {
    reply({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    process.exit(1);
  },
);
