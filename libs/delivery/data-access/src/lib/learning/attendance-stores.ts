import { HttpResponse } from '@angular/common/http';
import { computed, DestroyRef, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { ApiError, AttendanceStatus, CheckInCode, RollCall, RollCallLine, RollCallRequest, SignInSheetDto } from '@cds/contracts';
import { apiErrorOf, LatestRead } from '@cds/web/core';
import { Observable, Subscription, tap } from 'rxjs';
import { AttendanceApi } from './attendance-api';
import { isRetryable } from './lesson-progress-store';
import { Transfer } from './transfer';

/**
 * The marks a roll call sends: only the people whose choice differs from what is recorded, so a QR
 * check-in (method and time) is never overwritten by a trainer who did not touch that line.
 */
export function changedMarks(lines: readonly RollCallLine[], draft: ReadonlyMap<number, AttendanceStatus>): RollCallRequest['marks'] {
  return lines.flatMap((line) => {
    const status = draft.get(line.enrolmentId);
    return status && status !== line.status ? [{ enrolmentId: line.enrolmentId, status }] : [];
  });
}

/** A session's roll call and its sign-in sheets, for the trainer. Provide it on the page. */
@Injectable()
export class RollCallStore {
  private readonly api = inject(AttendanceApi);
  private readonly read = new LatestRead<number, RollCall>((sessionId) => this.api.rollCall(sessionId));
  private readonly sheetsRead = new LatestRead<number, SignInSheetDto[]>((sessionId) => this.api.sheets(sessionId));

  readonly rollCall = this.read.value;
  readonly sessionId = this.read.params;
  readonly loading = this.read.loading;
  readonly error = this.read.error;
  readonly failed = computed(() => this.read.loaded() && !this.read.loading() && this.read.value() === null);
  /** Newest first. */
  readonly sheets = computed(() => [...(this.sheetsRead.value() ?? [])].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt)));
  readonly sheetsLoading = this.sheetsRead.loading;

  load(sessionId: number): void {
    this.read.load(sessionId, { keepValue: this.read.params() === sessionId });
    this.sheetsRead.load(sessionId, { keepValue: this.sheetsRead.params() === sessionId });
  }

  reload(): void {
    this.read.reload();
    this.sheetsRead.reload();
  }

  save(sessionId: number, request: RollCallRequest): Observable<RollCall> {
    return this.api.saveRollCall(sessionId, request).pipe(tap((rollCall) => this.read.set(rollCall)));
  }

  upload(sessionId: number, file: File): Observable<Transfer<SignInSheetDto>> {
    return this.api.uploadSheet(sessionId, file).pipe(
      tap((t) => {
        if (t.kind === 'done') this.sheetsRead.set([t.value, ...(this.sheetsRead.value() ?? []).filter((s) => s.id !== t.value.id)]);
      }),
    );
  }

  /** Confirms who was present according to a sheet; the roll call and the sheets are brought up to date. */
  confirm(sheetId: number, presentEnrolmentIds: number[]): Observable<RollCall> {
    return this.api.confirmSheet(sheetId, { presentEnrolmentIds }).pipe(
      tap((rollCall) => {
        this.read.set(rollCall);
        this.sheetsRead.reload();
      }),
    );
  }
}

/** Wait before asking again after a failed read of the code. */
export const CHECK_IN_RETRY_MS = new InjectionToken<number>('CHECK_IN_RETRY_MS', { factory: () => 5000 });
/** Never ask sooner than this after an answer (a code whose refreshAt has already passed). */
export const CHECK_IN_MIN_WAIT_MS = 1000;
/** Ask a little after the change, so the server has surely moved on to the next code. */
const AFTER_CHANGE_MS = 300;

/**
 * When to ask for the next code, in ms from now. Measured against the server's clock (its `Date`
 * header, to the second) when there is one, so a display whose clock is wrong still follows the
 * codes; never sooner than {@link CHECK_IN_MIN_WAIT_MS}, never later than one period.
 */
export function nextCodeDelay(code: CheckInCode, serverNow: number | null, now: number): number {
  const period = Math.max(1, code.periodSeconds) * 1000;
  const refreshAt = Date.parse(code.refreshAt);
  // The Date header drops the milliseconds: the server's time is within the second after it.
  const reference = serverNow !== null ? serverNow + 500 : now;
  const delay = Number.isFinite(refreshAt) ? refreshAt - reference + AFTER_CHANGE_MS : period;
  return Math.min(period + AFTER_CHANGE_MS, Math.max(CHECK_IN_MIN_WAIT_MS, delay));
}

/**
 * The check-in display of a session: the current code, asked for again when it changes (at
 * `refreshAt`), until {@link stop} or the page goes away. A failed read keeps trying every
 * {@link CHECK_IN_RETRY_MS} unless the API refused (no right to the session, no such session).
 */
@Injectable()
export class CheckInDisplayStore {
  private readonly api = inject(AttendanceApi);
  private readonly retryMs = inject(CHECK_IN_RETRY_MS);

  private readonly codeState = signal<CheckInCode | null>(null);
  private readonly expiresState = signal<number | null>(null);
  private readonly failingState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  readonly code = this.codeState.asReadonly();
  /** Local time (ms) when the code shown stops being valid and the next one is asked for. */
  readonly expiresAt = this.expiresState.asReadonly();
  /** The last read failed; the display is trying again. */
  readonly failing = this.failingState.asReadonly();
  /** The API refused the display (it will not try again). */
  readonly refusal = this.errorState.asReadonly();

  private sessionId: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private request: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  start(sessionId: number): void {
    this.stop();
    this.sessionId = sessionId;
    this.codeState.set(null);
    this.errorState.set(null);
    this.fetch();
  }

  stop(): void {
    this.sessionId = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.request?.unsubscribe();
    this.request = null;
  }

  private fetch(): void {
    const sessionId = this.sessionId;
    if (sessionId === null) return;
    this.request = this.api.checkInCodeResponse(sessionId).subscribe({
      next: (res: HttpResponse<CheckInCode>) => {
        const code = res.body;
        if (!code) return this.wait(this.retryMs);
        const now = Date.now();
        const date = Date.parse(res.headers.get('Date') ?? '');
        const delay = nextCodeDelay(code, Number.isFinite(date) ? date : null, now);
        this.codeState.set(code);
        this.expiresState.set(now + delay);
        this.failingState.set(false);
        this.wait(delay);
      },
      error: (err: unknown) => {
        this.failingState.set(true);
        if (isRetryable(err)) return this.wait(this.retryMs);
        this.errorState.set(apiErrorOf(err));
        this.codeState.set(null);
        this.stop();
      },
    });
  }

  private wait(ms: number): void {
    if (this.sessionId === null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.fetch();
    }, ms);
  }
}
