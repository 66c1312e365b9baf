import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ImportJobDto } from '@cds/contracts';
import { provideI18n, SILENT_ERRORS } from '@cds/web/core';
import { firstValueFrom, toArray } from 'rxjs';
import { IMPORT_POLL_MS, PeopleApi } from './people-api';
import { PeopleListStore } from './people-list-store';

const job = (status: ImportJobDto['status'], processedRows: number): ImportJobDto => ({
  id: 5,
  fileName: 'ds.csv',
  dryRun: true,
  status,
  totalRows: 4,
  processedRows,
  problems: [],
  createdPeople: 0,
  createdAssignments: 0,
  createdAt: '2026-01-01T00:00:00Z',
  finishedAt: null,
});

describe('PeopleApi', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n(), { provide: IMPORT_POLL_MS, useValue: 1 }, PeopleListStore],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  const tick = () => new Promise((r) => setTimeout(r, 5));

  it('polls an import job until it has finished', async () => {
    const seen = firstValueFrom(TestBed.inject(PeopleApi).watchImport(5).pipe(toArray()));
    for (const [status, rows] of [['validating', 1], ['validating', 3], ['invalid', 4]] as const) {
      await tick();
      http.expectOne('/api/people/import/5').flush(job(status, rows));
    }
    expect((await seen).map((j) => j.status)).toEqual(['validating', 'validating', 'invalid']);
    await tick();
    http.expectNone('/api/people/import/5');
  });

  it('grants and revokes roles silently (the dialog shows the refusal), answering with the person', async () => {
    const api = TestBed.inject(PeopleApi);
    const granted = firstValueFrom(api.grantRole(7, { role: 'trainer', orgUnitId: 12 }));
    const post = http.expectOne('/api/people/7/roles');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ role: 'trainer', orgUnitId: 12 });
    expect(post.request.context.get(SILENT_ERRORS)).toBe(true);
    post.flush({ id: 7, fullName: 'Lê Thị Hoa' });
    expect((await granted).fullName).toBe('Lê Thị Hoa');

    const revoked = firstValueFrom(api.revokeRole(7, 31));
    const del = http.expectOne('/api/people/7/roles/31');
    expect(del.request.method).toBe('DELETE');
    expect(del.request.context.get(SILENT_ERRORS)).toBe(true);
    del.flush({ id: 7, fullName: 'Lê Thị Hoa' });
    expect((await revoked).id).toBe(7);
  });

  it('loads people page by page and starts over when the filters change', () => {
    const store = TestBed.inject(PeopleListStore);
    store.load({ q: 'Hoa', unitId: 3, subunits: true, active: true });
    const first = http.expectOne((r) => r.url === '/api/people');
    expect(first.request.params.toString()).toBe('q=Hoa&unitId=3&subunits=true&active=true&limit=50');
    first.flush({ items: [{ id: 1 }], nextCursor: 'n1' });
    store.loadMore();
    const second = http.expectOne((r) => r.url === '/api/people');
    expect(second.request.params.get('cursor')).toBe('n1');
    second.flush({ items: [{ id: 2 }], nextCursor: null });
    expect(store.items().map((p) => p.id)).toEqual([1, 2]);
    expect(store.hasMore()).toBe(false);

    store.load({ q: 'Lan' });
    const third = http.expectOne((r) => r.url === '/api/people');
    expect(third.request.params.get('q')).toBe('Lan');
    expect(third.request.params.has('subunits')).toBe(false);
    third.flush({ items: [{ id: 9 }], nextCursor: null });
    expect(store.items().map((p) => p.id)).toEqual([9]);
  });
});
