import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { LessonProgressRequest } from '@cds/contracts';
import { Subscription } from 'rxjs';
import { LearningApi } from './learning-api';

/** At most one progress update per this many ms while the learner scrolls (and a retry's first wait). */
export const PROGRESS_SAVE_INTERVAL_MS = new InjectionToken<number>('PROGRESS_SAVE_INTERVAL_MS', { factory: () => 5000 });
/** The longest wait between two retries of a failed save. */
export const PROGRESS_RETRY_MAX_MS = 60_000;
/** Smaller moves than this (of the lesson's length) are not worth a request. */
const MIN_MOVE = 0.01;

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, Math.round(n * 1000) / 1000)) : 0);

/** Network trouble, a busy or failing server: worth trying again. A refusal (403, 404, 422) is not. */
export function isRetryable(err: unknown): boolean {
  if (!(err instanceof HttpErrorResponse)) return true;
  return err.status === 0 || err.status === 408 || err.status === 429 || err.status >= 500;
}

/**
 * Records how far the learner has read a lesson, without ever getting in the way of reading:
 * the furthest scroll position is sent at most every {@link PROGRESS_SAVE_INTERVAL_MS} (the latest one wins),
 * "done" at once, whatever is unsaved when the learner leaves; a failed save is retried quietly with
 * a growing wait and only `unsaved` tells the page (a small "chưa lưu" hint). Provide it on the page.
 */
@Injectable()
export class LessonProgressStore {
  private readonly api = inject(LearningApi);
  private readonly intervalMs = inject(PROGRESS_SAVE_INTERVAL_MS);

  private readonly positionState = signal(0);
  private readonly doneState = signal(false);
  private readonly unsavedState = signal(false);
  /** How far the learner has read the lesson, 0–1 (the furthest point: the API keeps that one too). */
  readonly position = this.positionState.asReadonly();
  readonly done = this.doneState.asReadonly();
  /** The last save failed; what the learner did since is still to be saved. */
  readonly unsaved = this.unsavedState.asReadonly();

  private target: { classId: number; lessonId: number } | null = null;
  private saved: LessonProgressRequest = { position: 0, done: false };
  /** Each lesson started has its own generation; answers for an earlier one change nothing. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Subscription | null = null;
  private inFlightBody: LessonProgressRequest | null = null;
  private sendAfterFlight = false;
  private retryMs = 0;
  private stopped = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Starts recording a lesson from what the API has saved. Unsaved progress of the previous lesson is sent first. */
  start(classId: number, lessonId: number, saved: LessonProgressRequest): void {
    const previous = this.target;
    const sending = this.inFlightBody;
    const alreadySending = !!sending && sending.position === this.positionState() && sending.done === this.doneState();
    if (previous && !this.stopped && this.dirty() && !alreadySending) {
      // One last try, on its own: its answer belongs to the lesson left behind.
      const body = { position: this.positionState(), done: this.doneState() };
      this.api.saveProgress(previous.classId, previous.lessonId, body).subscribe({ error: () => undefined });
    }
    this.clearTimer();
    this.generation++;
    this.inFlight = null;
    this.inFlightBody = null;
    this.sendAfterFlight = false;
    this.retryMs = 0;
    this.stopped = false;
    this.target = { classId, lessonId };
    this.saved = { position: clamp01(saved.position), done: saved.done };
    this.positionState.set(this.saved.position);
    this.doneState.set(saved.done);
    this.unsavedState.set(false);
  }

  /** The learner scrolled to `position` (0–1 of the lesson); scrolling back up changes nothing. */
  report(position: number): void {
    if (!this.target || this.stopped) return;
    this.positionState.update((furthest) => Math.max(furthest, clamp01(position)));
    if (this.dirty()) this.schedule();
  }

  /** "Đánh dấu đã học xong" (or the learner reached the end): saved at once. */
  markDone(): void {
    if (!this.target || this.stopped || this.doneState()) return;
    this.doneState.set(true);
    this.send();
  }

  /** Sends what is unsaved now (leaving the page, the tab going to the background). */
  flush(): void {
    if (!this.target || !this.dirty()) return;
    this.send();
  }

  /** Sends what is unsaved, then records nothing more (the page is going away). */
  stop(): void {
    this.flush();
    this.stopped = true;
    this.clearTimer();
  }

  private dirty(): boolean {
    return this.doneState() !== this.saved.done || this.positionState() - this.saved.position >= MIN_MOVE;
  }

  private schedule(): void {
    if (this.timer || this.inFlight || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.send();
    }, this.intervalMs);
  }

  private send(): void {
    const target = this.target;
    if (!target) return;
    if (this.inFlight) {
      this.sendAfterFlight = true;
      return;
    }
    this.clearTimer();
    const generation = this.generation;
    const body: LessonProgressRequest = { position: this.positionState(), done: this.doneState() };
    this.inFlightBody = body;
    this.inFlight = this.api.saveProgress(target.classId, target.lessonId, body).subscribe({
      next: (answer) => {
        if (generation !== this.generation) return;
        this.inFlight = null;
        this.inFlightBody = null;
        this.saved = { position: Math.max(body.position, answer?.position ?? 0), done: body.done || !!answer?.done };
        if (answer?.done && !this.doneState()) this.doneState.set(true);
        this.unsavedState.set(false);
        this.retryMs = 0;
        const again = this.sendAfterFlight;
        this.sendAfterFlight = false;
        if (!this.dirty()) return;
        if (again || this.stopped) this.send();
        else this.schedule();
      },
      error: (err: unknown) => {
        if (generation !== this.generation) return;
        this.inFlight = null;
        this.inFlightBody = null;
        this.sendAfterFlight = false;
        this.unsavedState.set(true);
        if (this.stopped || !isRetryable(err)) return;
        this.retryMs = this.retryMs ? Math.min(this.retryMs * 2, PROGRESS_RETRY_MAX_MS) : this.intervalMs;
        this.clearTimer();
        this.timer = setTimeout(() => {
          this.timer = null;
          if (this.dirty()) this.send();
        }, this.retryMs);
      },
    });
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
