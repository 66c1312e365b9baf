import { formatVnDateTimeShort, formatVnTime, fromVnWallTime, toVnWallTime } from './vn-time';

describe('Vietnam wall-clock times', () => {
  it('turns a day and time in Vietnam into the UTC instant, whatever the browser’s zone', () => {
    expect(fromVnWallTime('2026-03-02', '07:30')).toBe('2026-03-02T00:30:00.000Z');
    expect(fromVnWallTime('2026-03-02', '06:00')).toBe('2026-03-01T23:00:00.000Z');
    expect(fromVnWallTime('2026-03-02', '23:59')).toBe('2026-03-02T16:59:00.000Z');
  });

  it('refuses times and days that do not exist', () => {
    expect(fromVnWallTime('2026-02-31', '08:00')).toBeNull();
    expect(fromVnWallTime('2026-03-02', '24:00')).toBeNull();
    expect(fromVnWallTime('2026-03-02', '8h')).toBeNull();
    expect(fromVnWallTime('02/03/2026', '08:00')).toBeNull();
  });

  it('shows an instant as dd/MM/yyyy HH:mm in Vietnam, and back to the form’s day and time', () => {
    expect(formatVnDateTimeShort('2026-03-01T23:00:00Z')).toBe('02/03/2026 06:00');
    expect(formatVnTime('2026-03-02T09:45:00Z')).toBe('16:45');
    expect(toVnWallTime('2026-03-01T23:00:00Z')).toEqual({ date: '2026-03-02', time: '06:00' });
    expect(formatVnDateTimeShort('nonsense')).toBe('');
    expect(toVnWallTime(null)).toBeNull();
  });
});
