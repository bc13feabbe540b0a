import { defaultJitterSeconds, nextRunAfter } from './schedule';

describe('nextRunAfter', () => {
  const from = new Date('2024-12-10T08:07:30Z');

  it('adds the interval, plus jitter within its bound', () => {
    expect(nextRunAfter({ intervalMinutes: 30, cron: null, jitterSeconds: 0 }, from).toISOString()).toBe('2024-12-10T08:37:30.000Z');
    expect(nextRunAfter({ intervalMinutes: 30, cron: null, jitterSeconds: 60 }, from, () => 0.5).toISOString()).toBe('2024-12-10T08:38:00.000Z');
    for (let i = 0; i < 50; i++) {
      const t = nextRunAfter({ intervalMinutes: 30, cron: null, jitterSeconds: 60 }, from).getTime();
      expect(t).toBeGreaterThanOrEqual(Date.parse('2024-12-10T08:37:30Z'));
      expect(t).toBeLessThan(Date.parse('2024-12-10T08:38:30Z'));
    }
  });

  it('follows a cron expression in UTC', () => {
    expect(nextRunAfter({ intervalMinutes: 60, cron: '*/15 * * * *', jitterSeconds: 0 }, from).toISOString()).toBe('2024-12-10T08:15:00.000Z');
    expect(nextRunAfter({ intervalMinutes: 60, cron: '0 6 * * 1', jitterSeconds: 0 }, from).toISOString()).toBe('2024-12-16T06:00:00.000Z');
  });

  it('jitters by a tenth of the interval, at most five minutes', () => {
    expect(defaultJitterSeconds(10)).toBe(60);
    expect(defaultJitterSeconds(1440)).toBe(300);
  });
});
