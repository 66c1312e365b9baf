import { HttpClient, HttpParams } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { ApiError, AuditEntry, Page } from '@cds/contracts';
import { apiErrorOf } from '../errors/api-error';

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, read page by page with the API's keyset cursor. Provide it on the route. */
@Injectable()
export class AuditLogStore {
  private readonly http = inject(HttpClient);
  private readonly state = signal({
    items: [] as AuditEntry[],
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

  /** First page, replacing what was shown. */
  load(): void {
    this.fetch(null, true);
  }

  /** Next page, appended. */
  loadMore(): void {
    const cursor = this.state().nextCursor;
    if (cursor && !this.state().loading) this.fetch(cursor, false);
  }

  private fetch(cursor: string | null, reset: boolean): void {
    let params = new HttpParams().set('limit', AUDIT_PAGE_SIZE);
    if (cursor) params = params.set('cursor', cursor);
    this.state.update((s) => ({ ...s, loading: true, error: null }));
    this.http.get<Page<AuditEntry>>('/api/audit', { params }).subscribe({
      next: (page) =>
        this.state.update((s) => ({
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
