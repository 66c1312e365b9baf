import { HttpErrorResponse } from '@angular/common/http';
import { computed, DestroyRef, DOCUMENT, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { AnswerValue, ApiError, AttemptView, LearnerQuestion, SaveAnswerItem, SaveAnswersResult } from '@cds/contracts';
import { apiErrorOf } from '@cds/web/core';
import { Subscription } from 'rxjs';
import { AttemptAnswerCache, ATTEMPT_STORAGE, CachedAttempt } from './attempt-answer-cache';
import { AttemptApi } from './attempt-api';
import { isAnswerGiven } from './attempt-answers';
import { AttemptHandoff } from './attempt-handoff';

/** How long typing may pause before what was typed is sent (a click on a choice is sent at once). */
export const ATTEMPT_SAVE_DEBOUNCE_MS = new InjectionToken<number>('ATTEMPT_SAVE_DEBOUNCE_MS', { factory: () => 1500 });
/** The first wait before a failed save is sent again; it doubles up to {@link ATTEMPT_RETRY_MAX_MS}. */
export const ATTEMPT_RETRY_FIRST_MS = 1000;
export const ATTEMPT_RETRY_MAX_MS = 30_000;

/**
 * How the learner's answers stand: all on the server; on their way; kept on the device because the
 * link is down (`offline`) or the server is busy (`retrying`); refused by the server (a numeric
 * answer that is not a number, shown under its question); or refused for another reason (`failed`).
 */
export type AttemptSaveState = 'saved' | 'saving' | 'offline' | 'retrying' | 'refused' | 'failed';
/** The submission: not asked for, on its way, waiting for the link (or a busy server), or refused. */
export type AttemptSubmitState = 'idle' | 'submitting' | 'waiting' | 'failed';
/** What the question map shows of a question. */
export type AttemptQuestionStatus = 'answered' | 'unanswered' | 'unsaved';

export interface AttemptQuestionState {
  slot: number;
  /** 1, 2, 3… in the attempt's order. */
  number: number;
  question: LearnerQuestion;
  /** The learner's latest answer: the one on the device when it is newer than the server's. */
  answer: AnswerValue | null;
  status: AttemptQuestionStatus;
  /** The server's sentence when it refused this answer (422), until the learner changes it. */
  refusal: string | null;
}

interface LocalAnswer {
  answer: AnswerValue;
  seq: number;
  saved: boolean;
  refusal: string | null;
}

const isClosing = (code: string | undefined) => code === 'assessment.time_up' || code === 'assessment.attempt_closed';

/** Network trouble or a busy server: worth sending again. A refusal (403, 404, 422…) is not. */
function isRetryable(err: unknown): boolean {
  if (!(err instanceof HttpErrorResponse)) return true;
  return err.status === 0 || err.status === 408 || err.status === 429 || err.status >= 500;
}

/**
 * One attempt as the learner takes it (provide it on the page). Every answer change gets the next
 * sequence number of the attempt and is written to the device at once; a save loop sends every
 * unsaved answer in one request (after a pause in typing, at once for a click) and marks an answer
 * saved when the server holds its sequence number or a newer one. A dropped connection keeps the
 * answers on the device and sends them again with a growing wait, and at once when the browser
 * says the link is back; a reload merges the device's answers that are newer than the server's and
 * sends them. The timer counts from the server's clock (the device's may be wrong); at zero the
 * attempt is submitted (the server submits it by itself too). When the server says the attempt is
 * over (409) the loop stops, the server's sentence is kept for the page, and the review is read.
 */
@Injectable()
export class AttemptStore {
  private readonly api = inject(AttemptApi);
  private readonly handoff = inject(AttemptHandoff);
  private readonly storage = inject(ATTEMPT_STORAGE);
  private readonly debounceMs = inject(ATTEMPT_SAVE_DEBOUNCE_MS);
  private readonly document = inject(DOCUMENT);

  private readonly viewState = signal<AttemptView | null>(null);
  private readonly local = signal<ReadonlyMap<number, LocalAnswer>>(new Map());
  private readonly loadingState = signal(false);
  private readonly loadErrorState = signal<ApiError | null>(null);
  private readonly loadFailedState = signal(false);
  private readonly trouble = signal<'offline' | 'retrying' | null>(null);
  private readonly failure = signal<{ message: string | null } | null>(null);
  private readonly submitStateSig = signal<AttemptSubmitState>('idle');
  private readonly submitErrorSig = signal<string | null>(null);
  private readonly closedMessageSig = signal<string | null>(null);
  private readonly lostSlotsSig = signal<number[]>([]);
  private readonly deviceCopySig = signal(true);
  /** The device's clock, read every second while the timer runs. */
  private readonly clock = signal(Date.now());
  /** serverNow − device time, from the last answer of the server. */
  private readonly offset = signal(0);
  private readonly deadline = signal<number | null>(null);

  /** The attempt as the server last sent it (the review once submitted). */
  readonly view = this.viewState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  /** Reading the attempt failed (a refusal, or no answer at all: then `loadError` is null). */
  readonly loadFailed = this.loadFailedState.asReadonly();
  readonly loadError = this.loadErrorState.asReadonly();
  readonly inProgress = computed(() => this.viewState()?.state === 'in_progress' && this.closedMessageSig() === null);
  readonly submitState = this.submitStateSig.asReadonly();
  /** The server's sentence when it refused the submission. */
  readonly submitError = this.submitErrorSig.asReadonly();
  /** The server's sentence when it ended the attempt under the learner (time up, submitted elsewhere). */
  readonly closedMessage = this.closedMessageSig.asReadonly();
  /** Questions whose latest answer never reached the server before the attempt ended (numbers, 1-based). */
  readonly lostQuestions = this.lostSlotsSig.asReadonly();
  /** False when the browser refused to keep the answers (storage full or blocked). */
  readonly deviceCopy = this.deviceCopySig.asReadonly();
  /** The answers can still change (not submitted, not being submitted). */
  readonly editable = computed(() => this.inProgress() && (this.submitStateSig() === 'idle' || this.submitStateSig() === 'failed'));

  /** Milliseconds left by the server's clock; null without a time limit or once submitted. */
  readonly remainingMs = computed(() => {
    const deadline = this.deadline();
    if (deadline === null || !this.inProgress()) return null;
    return Math.max(0, deadline - (this.clock() + this.offset()));
  });

  readonly questions = computed<AttemptQuestionState[]>(() => {
    const view = this.viewState();
    if (!view) return [];
    const local = this.local();
    return view.questions.map((q, i) => {
      const mine = local.get(q.slot);
      const answer = mine ? mine.answer : q.answer;
      const unsaved = !!mine && !mine.saved;
      return {
        slot: q.slot,
        number: i + 1,
        question: q.question,
        answer,
        status: unsaved ? 'unsaved' : isAnswerGiven(answer) ? 'answered' : 'unanswered',
        refusal: unsaved ? mine.refusal : null,
      };
    });
  });

  readonly unsavedCount = computed(() => [...this.local().values()].filter((a) => !a.saved).length);

  readonly saveState = computed<AttemptSaveState>(() => {
    const unsaved = [...this.local().values()].filter((a) => !a.saved);
    if (!unsaved.length) return 'saved';
    const trouble = this.trouble();
    if (trouble) return trouble;
    if (this.failure()) return 'failed';
    if (unsaved.every((a) => a.refusal !== null)) return 'refused';
    return 'saving';
  });
  /** The server's sentence when it refused a save for a reason other than one answer (e.g. no longer enrolled). */
  readonly saveFailure = computed(() => this.failure()?.message ?? null);

  private attemptId: number | null = null;
  private cache: AttemptAnswerCache | null = null;
  /** The last sequence number handed out in this attempt (kept on the device with the answers). */
  private counter = 0;
  /** Each load has its own generation; answers to an earlier one change nothing. */
  private generation = 0;
  private saveFlight: Subscription | null = null;
  private submitFlight: Subscription | null = null;
  private sendAgain = false;
  /** After a 422 on several answers: send them one by one to learn which one the server refuses. */
  private oneByOne = false;
  private submitRequested = false;
  /** The timer reached zero and asked for the submission (once: a refused one is for the learner to retry). */
  private autoSubmitted = false;
  private retryMs = 0;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor() {
    const win = this.document.defaultView;
    const online = () => this.linkBack();
    const hidden = () => {
      if (this.document.visibilityState === 'hidden') this.flush();
    };
    const leaving = () => this.flush();
    win?.addEventListener('online', online);
    win?.addEventListener('pagehide', leaving);
    this.document.addEventListener('visibilitychange', hidden);
    inject(DestroyRef).onDestroy(() => {
      win?.removeEventListener('online', online);
      win?.removeEventListener('pagehide', leaving);
      this.document.removeEventListener('visibilitychange', hidden);
      // One last try for what is unsaved (it stays on the device either way); its answer changes nothing here.
      if (!this.saveFlight) this.flush();
      this.generation++;
      this.stopTimers();
    });
  }

  /** Reads an attempt, merges the answers the device kept for it, and sends those the server lacks. */
  load(attemptId: number): void {
    this.generation++;
    this.saveFlight?.unsubscribe();
    this.submitFlight?.unsubscribe();
    this.saveFlight = this.submitFlight = null;
    this.stopTimers();
    this.attemptId = attemptId;
    this.cache = new AttemptAnswerCache(this.storage, attemptId);
    this.counter = 0;
    this.sendAgain = this.oneByOne = this.submitRequested = false;
    this.retryMs = 0;
    this.local.set(new Map());
    this.viewState.set(null);
    this.trouble.set(null);
    this.failure.set(null);
    this.autoSubmitted = false;
    this.submitStateSig.set('idle');
    this.submitErrorSig.set(null);
    this.closedMessageSig.set(null);
    this.lostSlotsSig.set([]);
    this.read();
  }

  /**
   * The learner changed an answer: it gets the next sequence number, goes to the device at once,
   * and to the server at once (`now`, a click) or after a pause in typing (`typing`).
   */
  answer(slot: number, answer: AnswerValue, mode: 'now' | 'typing' = 'now'): void {
    if (!this.editable() || !this.viewState()?.questions.some((q) => q.slot === slot)) return;
    const seq = ++this.counter;
    this.local.update((m) => new Map(m).set(slot, { answer, seq, saved: false, refusal: null }));
    this.failure.set(null);
    this.persist();
    if (mode === 'now') this.send();
    else this.debounce();
  }

  /** Sends what is unsaved now (the learner left a field, the tab went to the background). */
  flush(): void {
    if (this.debounceTimer || (this.unsavedCount() && !this.retryTimer)) this.send();
  }

  /** Submits: what is unsaved goes first (waiting for the link if it is down), then the submission. */
  submit(): void {
    if (!this.inProgress() || this.submitRequested) return;
    this.submitRequested = true;
    this.submitStateSig.set('submitting');
    this.submitErrorSig.set(null);
    this.clearRetry();
    this.retryMs = 0;
    this.send();
  }

  /** Reads the attempt again (after a failed read). */
  reload(): void {
    if (this.attemptId !== null) this.read();
  }

  // ---- reading ------------------------------------------------------------------------

  private read(): void {
    const id = this.attemptId;
    if (id === null) return;
    // Just started from the quiz list: the start answered with the whole attempt.
    const started = this.handoff.take(id);
    if (started) {
      this.receive(started);
      return;
    }
    const generation = this.generation;
    this.loadingState.set(true);
    this.loadFailedState.set(false);
    this.loadErrorState.set(null);
    this.api.attempt(id).subscribe({
      next: (view) => generation === this.generation && this.receive(view),
      error: (err: unknown) => {
        if (generation !== this.generation) return;
        this.loadingState.set(false);
        this.loadFailedState.set(true);
        this.loadErrorState.set(apiErrorOf(err));
      },
    });
  }

  /** A whole attempt from the server (read, or the answer to a submission). */
  private receive(view: AttemptView): void {
    this.loadingState.set(false);
    this.loadFailedState.set(false);
    this.loadErrorState.set(null);
    this.syncClock(view.serverNow);
    const newer = this.newerThanServer(view);
    this.counter = Math.max(this.counter, ...view.questions.map((q) => q.seq));
    if (view.state !== 'in_progress') {
      // Over: what never reached the server is named on the page, then the device lets it go.
      const numbers = view.questions.flatMap((q, i) => (newer.has(q.slot) ? [i + 1] : []));
      this.lostSlotsSig.update((before) => (numbers.length ? numbers : before));
      this.local.set(new Map());
      this.cache?.clear();
      this.stopTimers();
      this.submitRequested = false;
      this.submitStateSig.set('idle');
      this.deadline.set(null);
      this.viewState.set(view);
      return;
    }
    this.local.set(newer);
    this.deadline.set(view.deadlineAt ? Date.parse(view.deadlineAt) : null);
    this.viewState.set(view);
    this.persist();
    this.startTicker();
    if (!this.checkDeadline() && newer.size) this.send();
  }

  /** The device's answers (kept, or still in memory) whose sequence number is newer than the server's, as unsaved. */
  private newerThanServer(view: AttemptView): Map<number, LocalAnswer> {
    const cached: CachedAttempt = this.cache?.read() ?? { counter: 0, answers: {} };
    this.counter = Math.max(this.counter, cached.counter);
    const server = new Map(view.questions.map((q) => [q.slot, q.seq] as const));
    const newer = new Map<number, LocalAnswer>();
    const candidates = [
      ...Object.entries(cached.answers).map(([slot, a]) => [Number(slot), a.answer, a.seq] as const),
      ...[...this.local().entries()].map(([slot, a]) => [slot, a.answer, a.seq] as const),
    ];
    for (const [slot, answer, seq] of candidates) {
      const serverSeq = server.get(slot);
      if (serverSeq === undefined || seq <= serverSeq) continue;
      if ((newer.get(slot)?.seq ?? 0) < seq) newer.set(slot, { answer, seq, saved: false, refusal: null });
    }
    return newer;
  }

  // ---- saving -------------------------------------------------------------------------

  private send(): void {
    this.clearDebounce();
    const id = this.attemptId;
    if (id === null || !this.inProgress()) return;
    if (this.saveFlight) {
      this.sendAgain = true;
      return;
    }
    this.clearRetry();
    let items: SaveAnswerItem[] = [...this.local().entries()]
      .filter(([, a]) => !a.saved && a.refusal === null)
      .map(([slot, a]) => ({ slot, answer: a.answer, seq: a.seq }))
      .sort((a, b) => a.slot - b.slot);
    if (!items.length) {
      this.oneByOne = false;
      if (this.submitRequested) this.postSubmit();
      return;
    }
    if (this.oneByOne) items = items.slice(0, 1);
    const generation = this.generation;
    this.saveFlight = this.api.saveAnswers(id, { answers: items }).subscribe({
      next: (result) => {
        if (generation !== this.generation) return;
        this.saveFlight = null;
        this.saved(result);
      },
      error: (err: unknown) => {
        if (generation !== this.generation) return;
        this.saveFlight = null;
        this.saveFailed(err, items);
      },
    });
  }

  private saved(result: SaveAnswersResult): void {
    this.syncClock(result.serverNow);
    if (result.deadlineAt) this.deadline.set(Date.parse(result.deadlineAt));
    this.trouble.set(null);
    this.failure.set(null);
    this.retryMs = 0;
    this.local.update((m) => {
      const next = new Map(m);
      for (const { slot, seq } of result.saved) {
        const mine = next.get(slot);
        // The server holds this answer, or a newer one (from another tab): either way nothing is left to send.
        if (mine && mine.seq <= seq) next.set(slot, { ...mine, saved: true });
        this.counter = Math.max(this.counter, seq);
      }
      return next;
    });
    this.persist();
    const again = this.sendAgain;
    this.sendAgain = false;
    const pending = [...this.local().values()].some((a) => !a.saved && a.refusal === null);
    if (!pending || again || this.oneByOne || this.submitRequested || !this.debounceTimer) this.send();
  }

  private saveFailed(err: unknown, items: SaveAnswerItem[]): void {
    const body = apiErrorOf(err);
    const status = err instanceof HttpErrorResponse ? err.status : 0;
    this.sendAgain = false;
    if (status === 409 && isClosing(body?.code)) return this.closedByServer(body?.message ?? null);
    if (status === 422) {
      if (items.length > 1) this.oneByOne = true;
      else this.refuse(items[0], body?.message ?? null);
      return this.send();
    }
    if (isRetryable(err)) {
      this.trouble.set(status === 0 ? 'offline' : 'retrying');
      if (this.submitRequested) this.submitStateSig.set('waiting');
      return this.scheduleRetry();
    }
    this.failure.set({ message: body?.message ?? null });
    if (this.submitRequested) this.submitRefused(body?.message ?? null);
  }

  /** The server refused one answer (e.g. a numeric answer that is not a number): it waits, with the reason, until the learner changes it. */
  private refuse(item: SaveAnswerItem, message: string | null): void {
    this.local.update((m) => {
      const mine = m.get(item.slot);
      if (!mine || mine.seq !== item.seq) return m;
      return new Map(m).set(item.slot, { ...mine, refusal: message ?? '' });
    });
  }

  private closedByServer(message: string | null): void {
    this.closedMessageSig.set(message ?? '');
    this.submitRequested = false;
    this.submitStateSig.set('idle');
    this.stopTimers();
    this.read();
  }

  // ---- submitting ---------------------------------------------------------------------

  private postSubmit(): void {
    const id = this.attemptId;
    if (id === null || this.submitFlight) return;
    const generation = this.generation;
    this.submitStateSig.set('submitting');
    this.submitFlight = this.api.submit(id).subscribe({
      next: (view) => {
        if (generation !== this.generation) return;
        this.submitFlight = null;
        this.trouble.set(null);
        this.receive(view);
      },
      error: (err: unknown) => {
        if (generation !== this.generation) return;
        this.submitFlight = null;
        if (isRetryable(err)) {
          this.trouble.set(err instanceof HttpErrorResponse && err.status !== 0 ? 'retrying' : 'offline');
          this.submitStateSig.set('waiting');
          return this.scheduleRetry();
        }
        this.submitRefused(apiErrorOf(err)?.message ?? null);
      },
    });
  }

  private submitRefused(message: string | null): void {
    this.submitRequested = false;
    this.submitStateSig.set('failed');
    this.submitErrorSig.set(message ?? '');
  }

  // ---- time ---------------------------------------------------------------------------

  private syncClock(serverNow: string): void {
    const server = Date.parse(serverNow);
    if (Number.isNaN(server)) return;
    const now = Date.now();
    this.offset.set(server - now);
    this.clock.set(now);
  }

  private startTicker(): void {
    if (this.ticker || this.deadline() === null) return;
    this.ticker = setInterval(() => {
      this.clock.set(Date.now());
      this.checkDeadline();
    }, 1000);
  }

  /** At zero the attempt is submitted with what is saved by then (the server does the same by itself). */
  private checkDeadline(): boolean {
    if (this.remainingMs() !== 0 || this.submitRequested || this.autoSubmitted) return false;
    this.autoSubmitted = true;
    this.submit();
    return true;
  }

  // ---- timers -------------------------------------------------------------------------

  private debounce(): void {
    this.clearDebounce();
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      this.send();
    }, this.debounceMs);
  }

  private scheduleRetry(): void {
    this.clearRetry();
    this.retryMs = this.retryMs ? Math.min(this.retryMs * 2, ATTEMPT_RETRY_MAX_MS) : ATTEMPT_RETRY_FIRST_MS;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.send();
    }, this.retryMs);
  }

  /** The browser says the link is back: send now instead of waiting out the retry. */
  private linkBack(): void {
    if (this.loadFailedState()) return this.read();
    if (!this.retryTimer) return;
    this.retryMs = 0;
    this.send();
  }

  private persist(): void {
    if (!this.cache) return;
    const answers: CachedAttempt['answers'] = {};
    for (const [slot, a] of this.local()) answers[slot] = { answer: a.answer, seq: a.seq, saved: a.saved };
    this.deviceCopySig.set(this.cache.write({ counter: this.counter, answers }));
  }

  private clearDebounce(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private stopTimers(): void {
    this.clearDebounce();
    this.clearRetry();
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }
}
