import { CronExpressionParser } from 'cron-parser';

export interface Schedule {
  intervalMinutes: number;
  cron: string | null;
  jitterSeconds: number;
}

/**
 * The next time a source is due after `from`: the next cron occurrence (UTC) or one interval on,
 * plus up to `jitterSeconds` so that sources created together do not all hit at once.
 */
export function nextRunAfter(schedule: Schedule, from: Date, random: () => number = Math.random): Date {
  const base = schedule.cron
    ? CronExpressionParser.parse(schedule.cron, { currentDate: from, tz: 'UTC' }).next().toDate()
    : new Date(from.getTime() + schedule.intervalMinutes * 60_000);
  return new Date(base.getTime() + Math.floor(random() * schedule.jitterSeconds * 1000));
}

/** Default jitter: a tenth of the interval, at most five minutes. */
export function defaultJitterSeconds(intervalMinutes: number): number {
  return Math.min(300, Math.round(intervalMinutes * 6));
}
