import { Injectable, Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, MatDateFormats, NativeDateAdapter } from '@angular/material/core';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Native dates shown and typed as `dd/MM/yyyy`, the way Vietnamese forms write them
 * (the native adapter would parse `01/07/2025` as January 7th).
 */
@Injectable()
export class VnDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
      if (m) {
        const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const date = new Date(year, month - 1, day);
        return date.getMonth() === month - 1 && date.getDate() === day ? date : this.invalid();
      }
      if (value.trim() === '') return null;
      return this.invalid();
    }
    return super.parse(value, parseFormat);
  }

  override format(date: Date, displayFormat: object): string {
    if ((displayFormat as { vnDate?: boolean }).vnDate) {
      return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
    }
    return super.format(date, displayFormat);
  }
}

export const VN_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: null },
  display: {
    dateInput: { vnDate: true },
    monthLabel: { month: 'short' },
    monthYearLabel: { year: 'numeric', month: 'short' },
    dateA11yLabel: { year: 'numeric', month: 'long', day: 'numeric' },
    monthYearA11yLabel: { year: 'numeric', month: 'long' },
  },
};

/** Material datepickers that show and accept `dd/MM/yyyy`. Provide on the feature's routes. */
export function provideVnDates(): Provider[] {
  return [
    { provide: MAT_DATE_LOCALE, useValue: 'vi-VN' },
    { provide: DateAdapter, useClass: VnDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: VN_DATE_FORMATS },
  ];
}
