/**
 * Times as a trainer types them: a `datetime-local` field holds a wall-clock time with no zone, and
 * the screens mean Vietnam time (UTC+7 all year, no daylight saving since 1975), whatever the
 * browser's own zone. The API stores instants (ISO 8601, UTC).
 */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** An instant as a `datetime-local` value in Vietnam time (`YYYY-MM-DDTHH:mm`); '' for none or an invalid one. */
export function toVnLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return '';
  return new Date(time + VN_OFFSET_MS).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as Vietnam time, as an ISO instant; null when empty, undefined when it is not a time. */
export function fromVnLocalInput(value: string | null | undefined): string | null | undefined {
  const text = (value ?? '').trim();
  if (!text) return null;
  const m = LOCAL.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const utc = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s) - VN_OFFSET_MS;
  const check = new Date(utc + VN_OFFSET_MS);
  // 31/02 or 25:00 roll over into another day: not a time the person meant.
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1 || check.getUTCHours() !== h) return undefined;
  return new Date(utc).toISOString();
}

/** An instant shown as `dd/MM/yyyy HH:mm` in Vietnam time; '' for none. */
export function formatVnMinute(iso: string | null | undefined): string {
  const local = toVnLocalInput(iso);
  if (!local) return '';
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}
