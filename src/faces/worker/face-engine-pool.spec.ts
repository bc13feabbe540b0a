import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cosineSimilarity } from '../engine/similarity';
import { FaceEnginePool, FaceImageRejectedError } from './face-engine-pool';

jest.setTimeout(60_000);

const photo = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'faces', name));

describe('FaceEnginePool: the face model in child processes', () => {
  let pool: FaceEnginePool;
  const handlersBefore = { exception: process.listenerCount('uncaughtException'), rejection: process.listenerCount('unhandledRejection') };

  beforeAll(() => {
    pool = new FaceEnginePool({ size: 1, recycleAfter: 3, maxPixels: 40_000_000 });
  });
  afterAll(() => pool.close());

  it('finds a face with its box, a unit descriptor and a JPEG thumbnail, in a process of its own', async () => {
    const [face, ...others] = await pool.detect(photo('001-neutral.jpg'));
    expect(others).toEqual([]);
    expect(face.box.width).toBeGreaterThan(100);
    expect(Object.prototype.toString.call(face.descriptor)).toBe('[object Float32Array]');
    expect(face.descriptor.length).toBe(1024);
    expect(Math.hypot(...face.descriptor)).toBeCloseTo(1, 4);
    expect(face.thumbnail?.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    // The model's process-wide crash handlers stay in the model's process.
    expect({ exception: process.listenerCount('uncaughtException'), rejection: process.listenerCount('unhandledRejection') }).toEqual(handlersBefore);
  });

  it('refuses what is not an image, without losing the process', async () => {
    await expect(pool.detect(Buffer.from('not a photo at all'))).rejects.toBeInstanceOf(FaceImageRejectedError);
  });

  it('replaces a process after recycleAfter photos, and the new one describes faces the same way', async () => {
    const startedBefore = pool.stats.started;
    // The third photo of this process, then the first of the next.
    const [smiling] = await pool.detect(photo('001-smiling.jpg'));
    const [other] = await pool.detect(photo('002-neutral.jpg'));
    const [neutral] = await pool.detect(photo('001-neutral.jpg'));
    expect(pool.stats.started).toBeGreaterThan(startedBefore);
    expect(pool.stats.recycled).toBeGreaterThanOrEqual(1);
    expect(cosineSimilarity(smiling.descriptor, neutral.descriptor)).toBeGreaterThan(cosineSimilarity(other.descriptor, neutral.descriptor));
  });

  it('takes an urgent photo before the ones already waiting', async () => {
    const order: string[] = [];
    const queued = [
      pool.detect(photo('002-neutral.jpg')).then(() => order.push('scan 1')),
      pool.detect(photo('002-neutral.jpg')).then(() => order.push('scan 2')),
    ];
    const urgent = pool.detect(photo('001-smiling.jpg'), { urgent: true }).then(() => order.push('upload'));
    await Promise.all([...queued, urgent]);
    expect(order).toEqual(['scan 1', 'upload', 'scan 2']);
  });
});
