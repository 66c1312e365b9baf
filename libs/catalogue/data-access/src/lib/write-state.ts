import { computed, signal } from '@angular/core';
import { Refusal, refusalOf } from '@cds/web/core';
import { catchError, defer, EMPTY, finalize, Observable, tap } from 'rxjs';

/**
 * The writes of a screen: how many are in flight, whether the last one was saved, and why the API
 * refused the last one that failed. `run` wraps a write: subscribe to it to send it; a refusal is
 * kept here and the observable then completes without a value.
 */
export class WriteState {
  private readonly pending = signal(0);
  private readonly lastRefusal = signal<Refusal | null>(null);
  private readonly savedOnce = signal(false);

  /** A write is in flight. */
  readonly saving = computed(() => this.pending() > 0);
  /** The last write went through (and nothing is in flight). */
  readonly saved = computed(() => this.savedOnce() && this.pending() === 0 && !this.lastRefusal());
  readonly refusal = this.lastRefusal.asReadonly();

  run<T>(call: Observable<T>, apply: (value: T) => void): Observable<T> {
    return defer(() => {
      this.pending.update((n) => n + 1);
      this.lastRefusal.set(null);
      this.savedOnce.set(false);
      return call.pipe(
        tap((value) => {
          apply(value);
          this.savedOnce.set(true);
        }),
        catchError((err: unknown) => {
          this.lastRefusal.set(refusalOf(err));
          return EMPTY;
        }),
        finalize(() => this.pending.update((n) => n - 1)),
      );
    });
  }

  /** Forgets the last refusal (the person dismissed it or started something else). */
  clear(): void {
    this.lastRefusal.set(null);
  }
}
