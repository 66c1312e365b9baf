import { formatVnDateTime } from './date-time';

describe('formatVnDateTime', () => {
  it('shows a UTC instant in Vietnam time (UTC+7) as dd/MM/yyyy HH:mm:ss', () => {
    expect(formatVnDateTime('2026-03-01T17:05:09Z')).toBe('02/03/2026 00:05:09');
    expect(formatVnDateTime('2026-12-31T01:02:03.456Z')).toBe('31/12/2026 08:02:03');
  });

  it('returns an empty string for missing or invalid input', () => {
    expect(formatVnDateTime(null)).toBe('');
    expect(formatVnDateTime('not a date')).toBe('');
  });
});
