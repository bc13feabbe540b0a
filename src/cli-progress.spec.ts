import { formatDuration, formatProgress, formatSummary, isLiveTerminal, Progress } from './cli-progress';

/** A clock the test moves by hand, and a stream that records what was written. */
function harness(live: boolean, total: number | null = 1000, unit: 'items' | 'bytes' = 'items') {
  let at = 10_000;
  const written: string[] = [];
  const progress = new Progress({
    label: 're-extracting posts',
    total,
    unit,
    live,
    stream: { write: (s: string) => written.push(s) },
    now: () => at,
    redrawMs: 200,
  });
  return { progress, written, advance: (ms: number) => (at += ms) };
}

describe('progress of long CLI work', () => {
  it('shows done, total, percentage, rate and ETA on a terminal', () => {
    const { progress, written, advance } = harness(true);
    advance(2000);
    progress.update(250);
    expect(written).toEqual(['\r\x1b[2Kre-extracting posts: 250 / 1,000 (25 %), 125/s, ETA 6 s']);
  });

  it('redraws at most every 200 ms, however often it is told', () => {
    const { progress, written, advance } = harness(true);
    for (let i = 1; i <= 100; i++) {
      advance(10);
      progress.tick();
    }
    // 1 s of ticks every 10 ms: the first draw, then one every 200 ms.
    expect(written).toHaveLength(5);
    expect(written[4]).toMatch(/: 81 \/ 1,000 \(8 %\), 100\/s, ETA 9 s$/);
  });

  it('ends a terminal line with the summary in its place', () => {
    const { progress, written, advance } = harness(true);
    advance(1000);
    progress.update(500);
    advance(1000);
    progress.update(1000);
    progress.finish();
    expect(written[written.length - 1]).toBe('\r\x1b[2Kre-extracting posts: 1,000 done in 2 s (500/s)\n');
  });

  it('writes only a one-line summary in a pipe or in CI', () => {
    const { progress, written, advance } = harness(false);
    for (let i = 0; i < 1000; i++) {
      advance(5);
      progress.tick();
    }
    progress.finish();
    expect(written).toEqual(['re-extracting posts: 1,000 done in 5 s (200/s)\n']);
  });

  it('says how far it got when it stops early, and works without a known total', () => {
    const stopped = harness(false);
    stopped.advance(3000);
    stopped.progress.update(300);
    stopped.progress.finish();
    expect(stopped.written).toEqual(['re-extracting posts: 300 of 1,000 done in 3 s (100/s)\n']);

    const open = harness(true, null);
    open.advance(4000);
    open.progress.update(48);
    expect(open.written).toEqual(['\r\x1b[2Kre-extracting posts: 48, 12/s']);
  });

  it('counts bytes in MB', () => {
    expect(formatProgress({ label: 'extract', done: 3 * 1_048_576, total: 12 * 1_048_576, elapsedMs: 2000, unit: 'bytes' })).toBe(
      'extract: 3.0 MB / 12.0 MB (25 %), 1.5 MB/s, ETA 6 s',
    );
    expect(formatSummary({ label: 'extract', done: 12 * 1_048_576, total: 12 * 1_048_576, elapsedMs: 8000, unit: 'bytes' })).toBe(
      'extract: 12.0 MB done in 8 s (1.5 MB/s)',
    );
  });

  it('gives no rate or ETA before any time has passed, and 100 % of nothing', () => {
    expect(formatProgress({ label: 'import', done: 0, total: 10, elapsedMs: 0, unit: 'items' })).toBe('import: 0 / 10 (0 %)');
    expect(formatProgress({ label: 'import', done: 0, total: 0, elapsedMs: 5, unit: 'items' })).toBe('import: 0 / 0 (100 %), 0/s');
  });

  it('writes durations a person reads at a glance', () => {
    expect(formatDuration(400)).toBe('0 s');
    expect(formatDuration(59_400)).toBe('59 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
  });

  it('is live only on a terminal outside CI', () => {
    expect(isLiveTerminal({ isTTY: true, write: () => true }, {})).toBe(true);
    expect(isLiveTerminal({ isTTY: true, write: () => true }, { CI: 'true' })).toBe(false);
    expect(isLiveTerminal({ isTTY: false, write: () => true }, {})).toBe(false);
    expect(isLiveTerminal({ write: () => true }, {})).toBe(false);
  });
});
