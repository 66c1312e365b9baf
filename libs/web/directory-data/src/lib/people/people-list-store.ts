import { computed, inject, Injectable, signal } from '@angular/core';
import { ApiError, PeopleQuery, PersonSummary } from '@cds/contracts';
import { apiErrorOf } from '@cds/web/core';
import { Subscription } from 'rxjs';
import { PeopleApi } from './people-api';

export const PEOPLE_PAGE_SIZE = 50;

export type PeopleFilters = Omit<PeopleQuery, 'limit' | 'cursor'>;

/** The people list, read page by page with the API's keyset cursor. Provide it on the route. */
@Injectable()
export class PeopleListStore {
  private readonly api = inject(PeopleApi);
  private request: Subscription | null = null;
  private readonly state = signal({
    filters: { subunits: true, active: true } as PeopleFilters,
    items: [] as PersonSummary[],
    nextCursor: null as string | null,
    loading: false,
    loaded: false,
    error: null as ApiError | null,
  });

  readonly filters = computed(() => this.state().filters);
  readonly items = computed(() => this.state().items);
  readonly loading = computed(() => this.state().loading);
  readonly loaded = computed(() => this.state().loaded);
  readonly error = computed(() => this.state().error);
  readonly hasMore = computed(() => this.state().nextCursor !== null);

  /** First page for these filters, replacing what was shown (a newer search cancels an older one). */
  load(filters: PeopleFilters = this.state().filters): void {
    this.state.update((s) => ({ ...s, filters }));
    this.fetch(null, true);
  }

  /** Next page, appended. */
  loadMore(): void {
    const cursor = this.state().nextCursor;
    if (cursor && !this.state().loading) this.fetch(cursor, false);
  }

  private fetch(cursor: string | null, reset: boolean): void {
    this.request?.unsubscribe();
    this.state.update((s) => ({ ...s, loading: true, error: null }));
    const query: PeopleQuery = { ...this.state().filters, limit: PEOPLE_PAGE_SIZE, ...(cursor ? { cursor } : {}) };
    this.request = this.api.list(query).subscribe({
      next: (page) =>
        this.state.update((s) => ({
          ...s,
          items: reset ? page.items : [...s.items, ...page.items],
          nextCursor: page.nextCursor,
          loading: false,
          loaded: true,
          error: null,
        })),
      error: (err: unknown) =>
        this.state.update((s) => ({ ...s, loading: false, loaded: true, error: apiErrorOf(err) })),
    });
  }
}
