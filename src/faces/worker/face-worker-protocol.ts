import type { FaceBox } from '../engine/face-engine';

/** Messages between FaceEnginePool and its model processes (structured clone: typed arrays pass as they are). */
export interface WorkerRequest {
  type: 'detect';
  id: number;
  image: Uint8Array;
  maxPixels: number;
}

export interface WorkerFace {
  box: FaceBox;
  confidence: number;
  descriptor: Float32Array;
  thumbnail: Uint8Array | null;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'faces'; id: number; faces: WorkerFace[]; rss: number }
  | { type: 'error'; id: number; kind: 'image' | 'engine'; message: string };
