import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuditLogStore } from './audit-log-store';

describe('AuditLogStore', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), AuditLogStore] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('reads 50 entries a page and appends the next page with its cursor', () => {
    const store = TestBed.inject(AuditLogStore);
    store.load();
    const first = http.expectOne((r) => r.url === '/api/audit');
    expect(first.request.params.toString()).toBe('limit=50');
    first.flush({ items: [{ id: 2 }], nextCursor: 'c2' });
    store.loadMore();
    const next = http.expectOne((r) => r.url === '/api/audit');
    expect(next.request.params.get('cursor')).toBe('c2');
    next.flush({ items: [{ id: 1 }], nextCursor: null });
    expect(store.items().map((e) => e.id)).toEqual([2, 1]);
    expect([store.loading(), store.loaded(), store.hasMore()]).toEqual([false, true, false]);
  });

  it('ignores a slow answer to an earlier read once the log was read again', () => {
    const store = TestBed.inject(AuditLogStore);
    store.load();
    store.load();
    const [older, newer] = http.match((r) => r.url === '/api/audit');
    expect(older.cancelled).toBe(true);
    newer.flush({ items: [{ id: 9 }], nextCursor: null });
    expect(store.items().map((e) => e.id)).toEqual([9]);
  });
});
