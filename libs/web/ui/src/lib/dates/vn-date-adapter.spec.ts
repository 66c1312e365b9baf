import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { toIsoDate } from '@cds/web/i18n';
import { provideVnDates, VN_DATE_FORMATS } from './vn-date-adapter';

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
