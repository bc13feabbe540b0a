import { QueueService } from '../../src/queue/queue.service';

const BUSY_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'];

/**
 * Resolves once every queue has been empty for two polls in a row; on timeout, fails with the
 * counts so a stuck test says which jobs were left.
 */
export async function waitForQueuesToDrain(queue: QueueService, { timeoutMs = 20_000, pollMs = 100 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  let counts = await queue.counts();
  while (Date.now() < deadline) {
    counts = await queue.counts();
    const busy = Object.values(counts).some((c) => BUSY_STATES.some((s) => (c[s] ?? 0) > 0));
    quiet = busy ? 0 : quiet + 1;
    if (quiet >= 2) return;
    await sleep(pollMs);
  }
  throw new Error(`queues did not drain within ${timeoutMs} ms: ${JSON.stringify(counts)}`);
}

/** Polls until `probe` returns a value that is not undefined/false, or fails after the timeout. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false | null>, { timeoutMs = 20_000, pollMs = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined && value !== false && value !== null) return value;
    await sleep(pollMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
