import { IsoDate } from '@cds/contracts';
import { DISPLAY_TIME_ZONE } from '@cds/web/i18n';

/** Vietnam keeps UTC+7 all year (no summer time), so a wall-clock time there maps to one instant. */
const VN_OFFSET_HOURS = 7;

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A day and a time in Vietnam, as the session form holds them. */
export interface VnWallTime {
  date: IsoDate;
  /** `HH:mm`. */
  time: string;
}

/** The wall-clock day and time in Vietnam of an ISO instant; null for anything else. */
export function toVnWallTime(iso: string | null | undefined): VnWallTime | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const part = (type: Intl.DateTimeFormatPartTypes) => PARTS.formatToParts(d).find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** The UTC instant (ISO 8601) of a day and `HH:mm` time in Vietnam; null when either is not valid. */
export function fromVnWallTime(date: IsoDate, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return null;
  const [hours, minutes] = [Number(t[1]), Number(t[2])];
  if (hours > 23 || minutes > 59) return null;
  const ms = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), hours - VN_OFFSET_HOURS, minutes);
  // A day that does not exist (31/02) rolls over: refuse it rather than move the session.
  return toVnWallTime(new Date(ms).toISOString())?.date === date ? new Date(ms).toISOString() : null;
}

/** An ISO instant as `dd/MM/yyyy HH:mm` in Vietnam; '' for anything else. */
export function formatVnDateTimeShort(iso: string | null | undefined): string {
  const w = toVnWallTime(iso);
  if (!w) return '';
  const [y, m, d] = w.date.split('-');
  return `${d}/${m}/${y} ${w.time}`;
}

/** `HH:mm` in Vietnam of an ISO instant; '' for anything else. */
export function formatVnTime(iso: string | null | undefined): string {
  return toVnWallTime(iso)?.time ?? '';
}
