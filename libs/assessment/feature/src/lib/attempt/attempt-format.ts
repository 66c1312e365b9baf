import { DISPLAY_TIME_ZONE, Lang } from '@cds/web/i18n';

/** Where the assessment routes are mounted (links between the learner's screens). */
export const ASSESSMENT_PATH = '/assessment';
/** Where a learner's class is (delivery's "Học tập của tôi"). */
export const LEARN_CLASS_PATH = '/learn/classes';

const VN_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as people in Vietnam read it, `HH:mm dd/MM/yyyy` in Vietnam time ('' for anything else). */
export function formatVnTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const part = (type: Intl.DateTimeFormatPartTypes) => VN_PARTS.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} ${part('day')}/${part('month')}/${part('year')}`;
}

/** Time left as a clock: `mm:ss`, or `h:mm:ss` from an hour up; seconds rounded up, so 0:00 means time is up. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/**
 * What the timer announces to screen readers: only when less than 5 and less than 1 minute are left,
 * and when time is up — never every second. The key changes only at those points, so a live region
 * bound to it speaks three times at most.
 */
export function timerAnnouncement(remainingMs: number | null): 'fiveMinutes' | 'oneMinute' | 'timeUp' | null {
  if (remainingMs === null) return null;
  if (remainingMs <= 0) return 'timeUp';
  if (remainingMs <= 60_000) return 'oneMinute';
  if (remainingMs <= 300_000) return 'fiveMinutes';
  return null;
}

/** A number as the person's language writes it (3,5 in Vietnamese; 3.5 in English), up to 2 decimals. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
}
