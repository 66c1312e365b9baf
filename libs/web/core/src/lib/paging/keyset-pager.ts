import { computed, signal } from '@angular/core';
import { ApiError, Page } from '@cds/contracts';
import { Observable, Subscription } from 'rxjs';
import { apiErrorOf } from '../errors/api-error';

/**
 * A list read page by page with the API's keyset cursor (`{ items, nextCursor }`), with
 * loading/loaded/error state. `reset()` reads the first page again, replacing what was shown;
 * `more()` appends the next one. A newer request cancels an older one still in flight.
 */
export class KeysetPager<T> {
  private request: Subscription | null = null;
  private readonly state = signal({
    items: [] as T[],
    nextCursor: null as string | null,
    loading: false,
    loaded: false,
    error: null as ApiError | null,
  });

  readonly items = computed(() => this.state().items);
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly error = computed(() => this.state().error);
  readonly hasMore = computed(() => this.state().nextCursor !== null);

  /** `fetch(cursor)` reads one page: the first when `cursor` is null. */
  constructor(private readonly fetch: (cursor: string | null) => Observable<Page<T>>) {}

  reset(): void {
    this.read(null, true);
  }

  more(): void {
    const cursor = this.state().nextCursor;
    if (cursor && !this.state().loading) this.read(cursor, false);
  }

  private read(cursor: string | null, replace: boolean): void {
    this.request?.unsubscribe();
    this.state.update((s) => ({ ...s, loading: true, error: null }));
    this.request = this.fetch(cursor).subscribe({
      next: (page) =>
        this.state.update((s) => ({
          items: replace ? page.items : [...s.items, ...page.items],
          nextCursor: page.nextCursor,
          loading: false,
          loaded: true,
          error: null,
        })),
      error: (err: unknown) => this.state.update((s) => ({ ...s, loading: false, loaded: true, error: apiErrorOf(err) })),
    });
  }
}
