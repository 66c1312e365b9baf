import { createEvents, type EventAttributes } from 'ics';
import type { ClassDetail } from '@cds/contracts';

/**
 * The class's sessions as an iCalendar file (RFC 5545) for a phone's calendar: one event per
 * session, in UTC, titled with the class and the session, at the place or the online link.
 * `ics` folds long lines by characters, so Vietnamese letters are never split across a fold.
 */
export function classCalendar(detail: ClassDetail): string {
  const events: EventAttributes[] = detail.sessions.map((s) => ({
    uid: `session-${s.id}@cds-training`,
    title: `${detail.title} – ${s.title}`,
    start: new Date(s.startsAt).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: new Date(s.endsAt).getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: s.place || s.onlineUrl || undefined,
    ...(s.onlineUrl ? { url: s.onlineUrl } : {}),
    description: [detail.code, detail.courseTitle, s.onlineUrl ?? ''].filter(Boolean).join('\n'),
    status: detail.state === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
  }));
  const { error, value } = createEvents(events, { productId: 'cds-training', calName: detail.title });
  if (error || !value) throw error ?? new Error('calendar not written');
  return value;
}

