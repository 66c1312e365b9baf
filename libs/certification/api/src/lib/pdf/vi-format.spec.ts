import { parseIsoDate, vietnameseLongDate, vietnameseNumber, vietnameseShortDate } from './vi-format';

describe('Vietnamese date wording', () => {
  it('pads days under 10 and only months 1 and 2, as administrative documents do', () => {
    expect(vietnameseLongDate('2026-12-15')).toBe('ngày 15 tháng 12 năm 2026');
    expect(vietnameseLongDate('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(vietnameseLongDate('2026-01-31')).toBe('ngày 31 tháng 01 năm 2026');
    expect(vietnameseLongDate('2026-03-09')).toBe('ngày 09 tháng 3 năm 2026');
  });

  it('writes short dates as dd/mm/yyyy and decimals with a comma', () => {
    expect(vietnameseShortDate('2026-03-09')).toBe('09/03/2026');
    expect(vietnameseNumber(40)).toBe('40');
    expect(vietnameseNumber(7.5)).toBe('7,5');
  });

  it('refuses dates that are not real calendar days, naming the field', () => {
    expect(() => parseIsoDate('2026-02-30', 'issuedOn')).toThrow(/issuedOn/);
    expect(() => parseIsoDate('15/12/2026', 'issuedOn')).toThrow(/YYYY-MM-DD/);
  });
});
