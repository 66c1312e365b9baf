import { addDays, formatVnDate, fromIsoDate, todayVn, toIsoDate } from './iso-date';

describe('ISO dates', () => {
  it('gives today in Vietnam time, not UTC', () => {
    // 17:30 UTC on 30 June is already 1 July in Hà Nội.
    expect(todayVn(new Date('2025-06-30T17:30:00Z'))).toBe('2025-07-01');
    expect(todayVn(new Date('2025-06-30T16:59:00Z'))).toBe('2025-06-30');
  });

  it('converts between datepicker dates and YYYY-MM-DD', () => {
    expect(toIsoDate(new Date(2025, 6, 1))).toBe('2025-07-01');
    expect(fromIsoDate('2025-07-01')?.getDate()).toBe(1);
    expect(fromIsoDate('2025-02-30')).toBeNull();
    expect(fromIsoDate('x')).toBeNull();
    expect(addDays('2025-07-01', -1)).toBe('2025-06-30');
  });

  it('shows dates as dd/MM/yyyy', () => {
    expect(formatVnDate('2025-07-01')).toBe('01/07/2025');
    expect(formatVnDate(null)).toBe('');
  });
});
