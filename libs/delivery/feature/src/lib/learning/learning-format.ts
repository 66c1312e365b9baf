import { DISPLAY_TIME_ZONE, Lang } from '@cds/web/i18n';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAY: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { timeZone: DISPLAY_TIME_ZONE, weekday: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: DISPLAY_TIME_ZONE, weekday: 'long' }),
};

function parts(iso: string | null | undefined): { date: string; time: string; day: Date } | null {
  if (!iso) return null;
  const day = new Date(iso);
  if (Number.isNaN(day.getTime())) return null;
  const p = (type: Intl.DateTimeFormatPartTypes) => PARTS.formatToParts(day).find((x) => x.type === type)?.value ?? '';
  return { date: `${p('day')}/${p('month')}/${p('year')}`, time: `${p('hour')}:${p('minute')}`, day };
}

/** `HH:mm` in Vietnam of an ISO instant; '' for anything else. */
export function vnTime(iso: string | null | undefined): string {
  return parts(iso)?.time ?? '';
}

/** `HH:mm dd/MM/yyyy` in Vietnam of an ISO instant; '' for anything else. */
export function vnTimeAndDate(iso: string | null | undefined): string {
  const p = parts(iso);
  return p ? `${p.time} ${p.date}` : '';
}

/**
 * When a session takes place, in Vietnam whatever the phone's time zone:
 * `Thứ Hai, 02/11/2026, 08:00–11:00` (the end's date too when it ends on another day).
 */
export function sessionWhen(startsAt: string, endsAt: string, lang: Lang): string {
  const start = parts(startsAt);
  const end = parts(endsAt);
  if (!start) return '';
  const weekday = WEEKDAY[lang].format(start.day);
  const head = `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${start.date}, ${start.time}`;
  if (!end) return head;
  return end.date === start.date ? `${head}–${end.time}` : `${head} – ${end.time} ${end.date}`;
}

/** A file's size for people: `820 KB`, `1,4 MB` (the decimal comma in Vietnamese). */
export function fileSize(bytes: number, lang: Lang): string {
  const number = (n: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}

/** Only links a person can open safely from lesson data: http(s). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Where the learner's screens are mounted (apps/web). */
export const LEARN_PATH = '/learn';
