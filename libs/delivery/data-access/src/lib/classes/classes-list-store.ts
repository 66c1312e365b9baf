import { computed, inject, Injectable, signal } from '@angular/core';
import { ClassSummary } from '@cds/contracts';
import { KeysetPager } from '@cds/web/core';
import { ClassesQuery, DeliveryClassesApi } from './delivery-classes-api';

export const CLASSES_PAGE_SIZE = 30;

export type ClassesFilters = Omit<ClassesQuery, 'limit' | 'cursor'>;

/** The classes list, read page by page with the API's keyset cursor. Provide it on the page. */
@Injectable()
export class ClassesListStore {
  private readonly api = inject(DeliveryClassesApi);
  private readonly filterState = signal<ClassesFilters>({});
  private readonly pager = new KeysetPager<ClassSummary>((cursor) =>
    this.api.classes({ ...this.filterState(), limit: CLASSES_PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
  );

  readonly filters = computed(() => this.filterState());
  readonly items = this.pager.items;
  readonly loading = this.pager.loading;
  readonly loaded = this.pager.loaded;
  readonly error = this.pager.error;
  readonly hasMore = this.pager.hasMore;

  /** First page for these filters, replacing what was shown (a newer filter cancels an older read). */
  load(filters: ClassesFilters = this.filterState()): void {
    this.filterState.set(filters);
    this.pager.reset();
  }

  loadMore(): void {
    this.pager.more();
  }
}
