import { formatVnMinute, fromVnLocalInput, toVnLocalInput } from './vn-time';

describe('Vietnam wall-clock times', () => {
  it('read a datetime-local value as Vietnam time, whatever the browser zone', () => {
    expect(fromVnLocalInput('2026-11-20T08:30')).toBe('2026-11-20T01:30:00.000Z');
    expect(fromVnLocalInput('2026-01-01T03:00')).toBe('2025-12-31T20:00:00.000Z');
    expect(fromVnLocalInput('2026-11-20T08:30:15')).toBe('2026-11-20T01:30:15.000Z');
    expect(fromVnLocalInput('')).toBeNull();
    expect(fromVnLocalInput('   ')).toBeNull();
    expect(fromVnLocalInput('2026-02-31T08:00')).toBeUndefined();
    expect(fromVnLocalInput('20/11/2026 08:30')).toBeUndefined();
  });

  it('show an instant back in Vietnam time, for the field and for reading', () => {
    expect(toVnLocalInput('2025-12-31T20:00:00Z')).toBe('2026-01-01T03:00');
    expect(toVnLocalInput(null)).toBe('');
    expect(toVnLocalInput('nope')).toBe('');
    expect(formatVnMinute('2026-11-20T01:30:00Z')).toBe('20/11/2026 08:30');
    expect(formatVnMinute(null)).toBe('');
    expect(toVnLocalInput(fromVnLocalInput('2026-07-01T00:00'))).toBe('2026-07-01T00:00');
  });
});
