import { CertificateState, VerificationResult } from '@cds/contracts';
import { formatVnDate, formatVnDateTime } from '@cds/web/i18n';

/** What the public page says first: the state, unless the signature does not check out. */
export type Verdict = CertificateState | 'unverified';

export function verdictOf(result: Pick<VerificationResult, 'state' | 'signatureValid'>): Verdict {
  return result.signatureValid ? result.state : 'unverified';
}

/** A calendar date (`YYYY-MM-DD`) or an instant, as the day it was in Vietnam (dd/MM/yyyy); '' when absent. */
export function vnDay(value: string | null | undefined): string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatVnDate(value) : formatVnDateTime(value).slice(0, 10);
}

/** The icon of each state and verdict (text always says it too). */
export const STATE_ICONS: Record<Verdict, string> = {
  valid: 'verified_user',
  expired: 'event_busy',
  revoked: 'close',
  superseded: 'swap_horiz',
  unverified: 'close',
};
