import { IsoDate } from '@cds/contracts';
import { DISPLAY_TIME_ZONE } from './date-time';

const TODAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Vietnam (`YYYY-MM-DD`), whatever the browser's time zone. */
export function todayVn(now: Date = new Date()): IsoDate {
  return TODAY.format(now);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar date a datepicker's local Date stands for, as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): IsoDate {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A `YYYY-MM-DD` date as a local midnight Date for a datepicker; null when it is not a date. */
export function fromIsoDate(iso: IsoDate | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date.getMonth() === Number(m[2]) - 1 ? date : null;
}

/** `YYYY-MM-DD` shown as `dd/MM/yyyy`; '' for anything else. */
export function formatVnDate(iso: IsoDate | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** The day `days` after (or before, when negative) an ISO date. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const date = fromIsoDate(iso);
  if (!date) return iso;
  date.setDate(date.getDate() + days);
  return toIsoDate(date);
}
