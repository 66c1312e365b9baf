/** Vietnamese wording for dates and numbers on the certificate. */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parses a calendar date written YYYY-MM-DD; throws on anything else. */
export function parseIsoDate(value: string, field: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? { year: +match[1], month: +match[2], day: +match[3] } : null;
  const check = date && new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (
    !date ||
    !check ||
    check.getUTCFullYear() !== date.year ||
    check.getUTCMonth() !== date.month - 1 ||
    check.getUTCDate() !== date.day
  ) {
    throw new Error(
      `Ngày không hợp lệ ở trường "${field}": "${value}" (cần dạng YYYY-MM-DD). / Invalid date in "${field}".`,
    );
  }
  return date;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * "ngày 05 tháng 02 năm 2026": administrative style (Nghị định 30/2020/NĐ-CP, phụ lục I)
 * puts a 0 before days under 10 and before months 1 and 2, and no other month.
 */
export function vietnameseLongDate(iso: string, field = 'date'): string {
  const { year, month, day } = parseIsoDate(iso, field);
  const monthText = month < 3 ? pad2(month) : String(month);
  return `ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

/** "05/02/2026". */
export function vietnameseShortDate(iso: string, field = 'date'): string {
  const { year, month, day } = parseIsoDate(iso, field);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Decimal comma as written in Vietnamese: 7.5 → "7,5". */
export function vietnameseNumber(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}
