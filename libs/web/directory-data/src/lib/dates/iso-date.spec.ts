import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { addDays, formatVnDate, fromIsoDate, todayVn, toIsoDate } from './iso-date';
import { provideVnDates, VN_DATE_FORMATS } from './vn-date-adapter';

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

describe('VnDateAdapter', () => {
  let adapter: DateAdapter<Date>;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideVnDates() });
    adapter = TestBed.inject(DateAdapter);
  });

  it('reads day first and rejects impossible dates', () => {
    const date = adapter.parse('01/07/2025', null);
    expect(date && toIsoDate(date)).toBe('2025-07-01');
    expect(adapter.isValid(adapter.parse('31/02/2025', null) as Date)).toBe(false);
    expect(adapter.parse('', null)).toBeNull();
  });

  it('writes dd/MM/yyyy in the input', () => {
    expect(adapter.format(new Date(2025, 0, 9), VN_DATE_FORMATS.display.dateInput)).toBe('09/01/2025');
  });
});
