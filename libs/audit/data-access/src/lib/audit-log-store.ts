import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AuditEntry, Page } from '@cds/contracts';
import { KeysetPager } from '@cds/web/core';

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, read page by page with the API's keyset cursor. Provide it on the route. */
@Injectable()
export class AuditLogStore {
  private readonly http = inject(HttpClient);
  private readonly pager = new KeysetPager<AuditEntry>((cursor) => {
    let params = new HttpParams().set('limit', AUDIT_PAGE_SIZE);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<Page<AuditEntry>>('/api/audit', { params });
  });

  readonly items = this.pager.items;
  readonly loading = this.pager.loading;
  readonly loaded = this.pager.loaded;
  readonly error = this.pager.error;
  readonly hasMore = this.pager.hasMore;

  /** First page, replacing what was shown. */
  load(): void {
    this.pager.reset();
  }

  /** Next page, appended. */
  loadMore(): void {
    this.pager.more();
  }
}
