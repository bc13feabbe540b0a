/**
 * Progress of long CLI work on standard error: a line redrawn in place when it is a terminal,
 * one summary line at the end in a pipe or in CI. Standard output is left to the data.
 */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export type ProgressUnit = 'items' | 'bytes';

export interface ProgressOptions {
  /** What is being done, e.g. "re-extracting posts". */
  label: string;
  /** How much there is to do; null when unknown (no percentage and no ETA then). */
  total?: number | null;
  unit?: ProgressUnit;
  /** Redraw in place (a terminal); otherwise only the summary is written. */
  live: boolean;
  stream: ProgressStream;
  /** Milliseconds; injected so that tests need no real time. */
  now?: () => number;
  /** Least time between two redraws. */
  redrawMs?: number;
}

export interface ProgressState {
  label: string;
  done: number;
  total: number | null;
  elapsedMs: number;
  unit: ProgressUnit;
}

const count = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function amount(n: number, unit: ProgressUnit): string {
  return unit === 'bytes' ? `${oneDecimal.format(n / 1_048_576)} MB` : count.format(n);
}

/** "12 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

function rate(state: ProgressState): number | null {
  return state.elapsedMs > 0 ? state.done / (state.elapsedMs / 1000) : null;
}

function rateText(state: ProgressState): string | null {
  const r = rate(state);
  if (r === null) return null;
  return state.unit === 'bytes' ? `${oneDecimal.format(r / 1_048_576)} MB/s` : `${count.format(r)}/s`;
}

/** The live line: "re-extracting posts: 1,200 / 5,000 (24 %), 340/s, ETA 11 s". */
export function formatProgress(state: ProgressState): string {
  const { label, done, total, unit } = state;
  const parts = [
    total !== null ? `${amount(done, unit)} / ${amount(total, unit)} (${total > 0 ? Math.floor((100 * done) / total) : 100} %)` : amount(done, unit),
  ];
  const speed = rateText(state);
  if (speed) parts.push(speed);
  const r = rate(state);
  if (total !== null && r && r > 0 && done < total) parts.push(`ETA ${formatDuration(((total - done) / r) * 1000)}`);
  return `${label}: ${parts.join(', ')}`;
}

/** The summary line: "re-extracting posts: 5,000 done in 14 s (340/s)". */
export function formatSummary(state: ProgressState): string {
  const speed = rateText(state);
  return `${state.label}: ${amount(state.done, state.unit)}${state.total !== null && state.done !== state.total ? ` of ${amount(state.total, state.unit)}` : ''} done in ${formatDuration(state.elapsedMs)}${speed ? ` (${speed})` : ''}`;
}

export class Progress {
  private done = 0;
  private total: number | null;
  private readonly startedAt: number;
  private lastDrawAt = Number.NEGATIVE_INFINITY;
  private drawn = false;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.total = options.total ?? null;
    this.startedAt = this.now();
  }

  /** Sets how much is done (and, when it became known, the total); redraws at most every redrawMs. */
  update(done: number, total: number | null = this.total): void {
    this.done = done;
    this.total = total;
    if (!this.options.live) return;
    const at = this.now();
    if (at - this.lastDrawAt < (this.options.redrawMs ?? 200)) return;
    this.lastDrawAt = at;
    this.drawn = true;
    this.options.stream.write(`\r\x1b[2K${formatProgress(this.state(at))}`);
  }

  tick(by = 1): void {
    this.update(this.done + by);
  }

  /**
   * Ends the line: the summary (or the caller's own, which may say more) replaces the live line on a
   * terminal and stands alone elsewhere.
   */
  finish(summary?: string): void {
    const line = summary ?? formatSummary(this.state(this.now()));
    this.options.stream.write(this.drawn ? `\r\x1b[2K${line}\n` : `${line}\n`);
  }

  elapsedMs(): number {
    return this.now() - this.startedAt;
  }

  private state(at: number): ProgressState {
    return { label: this.options.label, done: this.done, total: this.total, elapsedMs: at - this.startedAt, unit: this.options.unit ?? 'items' };
  }
}

/** Live on a terminal, never in CI (where a terminal may be emulated but lines are logged). */
export function isLiveTerminal(stream: ProgressStream, env: Record<string, string | undefined> = process.env): boolean {
  return stream.isTTY === true && !env.CI;
}
