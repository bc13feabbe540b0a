import { ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FaceBox } from '../engine/face-engine';
import type { WorkerReply, WorkerRequest } from './face-worker-protocol';

/** A face as it comes back from a model process. */
export interface FoundFace {
  box: FaceBox;
  confidence: number;
  /** Unit length, 1,024 values. Stays inside the system: stored, compared, never shown. */
  descriptor: Float32Array;
  thumbnail: Buffer | null;
}

/** The photo cannot be read as an image: trying again will not help. */
export class FaceImageRejectedError extends Error {
  override name = 'FaceImageRejectedError';
}

/** The model process failed, stopped or took too long: worth another try in a fresh process. */
export class FaceEngineUnavailableError extends Error {
  override name = 'FaceEngineUnavailableError';
}

export interface FaceEnginePoolOptions {
  /** Model processes at most (each about 0.5 GB once warm). */
  size: number;
  /** A process is replaced after this many photos: its WASM memory never shrinks. */
  recycleAfter: number;
  /** Photos with more pixels are refused before decoding. */
  maxPixels: number;
  /** One photo may take this long before its process is killed. */
  timeoutMs?: number;
  /** A process with nothing to do exits after this long, and gives its memory back. */
  idleMs?: number;
}

interface Pending {
  image: Buffer;
  urgent: boolean;
  resolve(faces: FoundFace[]): void;
  reject(err: Error): void;
}

interface Slot {
  child: ChildProcess | null;
  current: (Pending & { id: number; timer: NodeJS.Timeout }) | null;
  handled: number;
  /** Why the current process is being stopped, or why it said it failed. */
  stopReason: string | null;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * The compiled entry in dist/ (nest build compiles it beside this file); from src/ (jest, tsx)
 * the TypeScript file through tsx's CommonJS hook.
 */
function workerEntry(): { path: string; execArgv: string[] } {
  const compiled = join(__dirname, 'face-worker.js');
  if (existsSync(compiled)) return { path: compiled, execArgv: [] };
  return { path: join(__dirname, 'face-worker.ts'), execArgv: ['--require', require.resolve('tsx/cjs')] };
}

/**
 * Runs the face model in child processes, one photo at a time each, so that it never shares a
 * process with the API or the queue workers. Processes start on the first photo, are replaced
 * after `recycleAfter` photos or when one fails, and exit when idle. Urgent photos (a reviewer's
 * upload) go before queued scans.
 */
export class FaceEnginePool {
  private readonly slots: Slot[];
  private readonly waiting: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private readonly entry = workerEntry();
  /** Processes started and replaced so far, for the logs and the tests. */
  readonly stats = { started: 0, recycled: 0, failed: 0 };

  constructor(private readonly options: FaceEnginePoolOptions) {
    if (options.size < 1) throw new RangeError('a face engine pool needs at least one process');
    this.slots = Array.from({ length: options.size }, () => ({ child: null, current: null, handled: 0, stopReason: null, idleTimer: null }));
  }

  detect(image: Buffer, { urgent = false } = {}): Promise<FoundFace[]> {
    if (this.closed) return Promise.reject(new FaceEngineUnavailableError('the face engine is shutting down'));
    return new Promise((resolve, reject) => {
      const pending = { image, urgent, resolve, reject };
      if (urgent) this.waiting.splice(this.waiting.filter((p) => p.urgent).length, 0, pending);
      else this.waiting.push(pending);
      this.dispatch();
    });
  }

  /** Model processes running now. */
  get running(): number {
    return this.slots.filter((s) => s.child).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.waiting.splice(0)) p.reject(new FaceEngineUnavailableError('the face engine is shutting down'));
    await Promise.all(this.slots.map((slot) => this.stop(slot, 'the face engine is shutting down')));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.waiting.length === 0) return;
      if (slot.current) continue;
      const pending = this.waiting.shift()!;
      this.run(slot, pending);
    }
  }

  private run(slot: Slot, pending: Pending): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    const child = slot.child ?? this.start(slot);
    const id = this.nextId++;
    const timer = setTimeout(() => {
      slot.stopReason = `the face model took longer than ${Math.round((this.options.timeoutMs ?? 120_000) / 1000)} s on one photo`;
      child.kill('SIGKILL');
    }, this.options.timeoutMs ?? 120_000);
    slot.current = { ...pending, id, timer };
    const request: WorkerRequest = { type: 'detect', id, image: pending.image, maxPixels: this.options.maxPixels };
    child.send(request);
  }

  private start(slot: Slot): ChildProcess {
    const child = fork(this.entry.path, [], {
      execArgv: this.entry.execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.stats.started++;
    slot.child = child;
    slot.handled = 0;
    slot.stopReason = null;
    child.on('message', (message: WorkerReply) => this.onReply(slot, child, message));
    child.on('exit', (code, signal) => this.onExit(slot, child, code, signal));
    child.on('error', () => undefined);
    return child;
  }

  private onReply(slot: Slot, child: ChildProcess, message: WorkerReply): void {
    if (message.type === 'failed') {
      slot.stopReason = `the face model could not load: ${message.message}`;
      return;
    }
    if (message.type === 'ready' || slot.child !== child || !slot.current || slot.current.id !== message.id) return;
    const current = slot.current;
    clearTimeout(current.timer);
    slot.current = null;
    slot.handled++;
    if (message.type === 'faces') {
      current.resolve(
        message.faces.map((f) => ({
          box: f.box,
          confidence: f.confidence,
          descriptor: f.descriptor,
          thumbnail: f.thumbnail ? Buffer.from(f.thumbnail.buffer, f.thumbnail.byteOffset, f.thumbnail.byteLength) : null,
        })),
      );
    } else if (message.kind === 'image') {
      current.reject(new FaceImageRejectedError(`the photo could not be read for faces: ${message.message}`));
    } else {
      current.reject(new FaceEngineUnavailableError(`the face model failed: ${message.message}`));
    }
    if (slot.handled >= this.options.recycleAfter) {
      this.stats.recycled++;
      void this.stop(slot, 'recycled');
    } else if (this.waiting.length === 0) {
      slot.idleTimer = setTimeout(() => void this.stop(slot, 'idle'), this.options.idleMs ?? 300_000);
      slot.idleTimer.unref();
    }
    this.dispatch();
  }

  private onExit(slot: Slot, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (slot.child !== child) return;
    slot.child = null;
    const current = slot.current;
    slot.current = null;
    if (current) {
      clearTimeout(current.timer);
      this.stats.failed++;
      current.reject(new FaceEngineUnavailableError(slot.stopReason ?? `the face model process stopped (${signal ?? `exit code ${code}`})`));
    }
    this.dispatch();
  }

  /** Lets the process go: it exits once its IPC channel closes (a stuck one is killed). */
  private async stop(slot: Slot, reason: string): Promise<void> {
    const child = slot.child;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    if (!child) return;
    slot.stopReason = reason;
    if (!slot.current) slot.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (slot.current) child.kill('SIGKILL');
    else if (child.connected) child.disconnect();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}
