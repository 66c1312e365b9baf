import { computed, inject, Injectable, signal } from '@angular/core';
import { PeopleQuery, PersonSummary } from '@cds/contracts';
import { KeysetPager } from '@cds/web/core';
import { PeopleApi } from './people-api';

export const PEOPLE_PAGE_SIZE = 50;

export type PeopleFilters = Omit<PeopleQuery, 'limit' | 'cursor'>;

/** The people list, read page by page with the API's keyset cursor. Provide it on the route. */
@Injectable()
export class PeopleListStore {
  private readonly api = inject(PeopleApi);
  private readonly filterState = signal<PeopleFilters>({ subunits: true, active: true });
  private readonly pager = new KeysetPager<PersonSummary>((cursor) =>
    this.api.list({ ...this.filterState(), limit: PEOPLE_PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
  );

  readonly filters = computed(() => this.filterState());
  readonly items = this.pager.items;
  readonly loading = this.pager.loading;
  readonly loaded = this.pager.loaded;
  readonly error = this.pager.error;
  readonly hasMore = this.pager.hasMore;

  /** First page for these filters, replacing what was shown (a newer search cancels an older one). */
  load(filters: PeopleFilters = this.filterState()): void {
    this.filterState.set(filters);
    this.pager.reset();
  }

  /** Next page, appended. */
  loadMore(): void {
    this.pager.more();
  }
}
