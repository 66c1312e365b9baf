import { formatClock, formatNumber, formatVnTime, timerAnnouncement } from './attempt-format';

describe('attempt formats', () => {
  it('shows the time left as mm:ss (h:mm:ss from an hour), rounding seconds up so 00:00 means time is up', () => {
    expect(formatClock(30 * 60_000)).toBe('30:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(59_000)).toBe('00:59');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5000)).toBe('00:00');
    expect(formatClock(90 * 60_000 + 5000)).toBe('1:30:05');
  });

  it('announces only under 5 minutes, under 1 minute and at zero', () => {
    expect(timerAnnouncement(null)).toBeNull();
    expect(timerAnnouncement(300_001)).toBeNull();
    expect(timerAnnouncement(300_000)).toBe('fiveMinutes');
    expect(timerAnnouncement(61_000)).toBe('fiveMinutes');
    expect(timerAnnouncement(60_000)).toBe('oneMinute');
    expect(timerAnnouncement(1)).toBe('oneMinute');
    expect(timerAnnouncement(0)).toBe('timeUp');
    // Every second between two thresholds reads the same: a live region bound to it stays quiet.
    const keys = new Set(Array.from({ length: 240 }, (_, s) => timerAnnouncement(300_000 - s * 1000)));
    expect([...keys]).toEqual(['fiveMinutes']);
  });

  it('shows instants in Vietnam time, and numbers as each language writes them', () => {
    expect(formatVnTime('2026-11-30T17:05:00Z')).toBe('00:05 01/12/2026');
    expect(formatVnTime(null)).toBe('');
    expect(formatVnTime('not a date')).toBe('');
    expect(formatNumber(11.764, 'vi')).toBe('11,76');
    expect(formatNumber(11.764, 'en')).toBe('11.76');
  });
});
