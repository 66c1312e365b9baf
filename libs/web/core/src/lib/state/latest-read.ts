import { computed, signal } from '@angular/core';
import { ApiError } from '@cds/contracts';
import { Observable, Subscription } from 'rxjs';
import { apiErrorOf } from '../errors/api-error';

export interface ReadState<P, T> {
  /** What the value was read for (a date, a filter, an id); null before the first read. */
  params: P | null;
  value: T | null;
  loading: boolean;
  /** A read has finished (with or without an answer). */
  loaded: boolean;
  error: ApiError | null;
}

/**
 * A value read from the API for some parameters, with loading/loaded/error state. A newer read
 * cancels the one still in flight (switchMap semantics), so a quick change of date or filter never
 * shows an older answer. Stores of the data-access libraries build on it.
 */
export class LatestRead<P, T> {
  private request: Subscription | null = null;
  private readonly state = signal<ReadState<P, T>>({ params: null, value: null, loading: false, loaded: false, error: null });

  readonly params = computed(() => this.state().params);
  readonly value = computed(() => this.state().value);
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly error = computed(() => this.state().error);

  constructor(private readonly fetch: (params: P) => Observable<T>) {}

  /** Reads for these parameters; `keepValue` shows the previous value until the answer comes. */
  load(params: P, { keepValue = true }: { keepValue?: boolean } = {}): void {
    this.request?.unsubscribe();
    this.state.update((s) => ({ ...s, params, value: keepValue ? s.value : null, loading: true, error: null }));
    this.request = this.fetch(params).subscribe({
      next: (value) => this.state.set({ params, value, loading: false, loaded: true, error: null }),
      error: (err: unknown) =>
        this.state.update((s) => ({ ...s, value: null, loading: false, loaded: true, error: apiErrorOf(err) })),
    });
  }

  /** Replaces the value with a newer one the page already has (the answer to a write). */
  set(value: T): void {
    this.request?.unsubscribe();
    this.state.update((s) => ({ ...s, value, loading: false, loaded: true, error: null }));
  }

  /** Reads again for the last parameters. */
  reload(): void {
    const params = this.state().params;
    if (params !== null) this.load(params);
  }

  /** Forgets the value and cancels a read in flight. */
  clear(): void {
    this.request?.unsubscribe();
    this.request = null;
    this.state.set({ params: null, value: null, loading: false, loaded: false, error: null });
  }
}
