import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PeopleListStore } from './people-list-store';
import { PersonStore } from './person-store';

describe('people stores', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), PeopleListStore, PersonStore] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('shows the list for the latest search, never a slow answer to an earlier one', () => {
    const store = TestBed.inject(PeopleListStore);
    store.load({ q: 'Ho' });
    store.load({ q: 'Hoa' });
    const [ho, hoa] = http.match((r) => r.url === '/api/people');
    expect(ho.request.params.get('q')).toBe('Ho');
    expect(ho.cancelled).toBe(true);
    hoa.flush({ items: [{ id: 2, fullName: 'Lê Thị Hoa' }], nextCursor: null });
    expect(store.items().map((p) => p.id)).toEqual([2]);
    expect([store.loading(), store.loaded(), store.error()]).toEqual([false, true, null]);
  });

  it('shows the person opened last, never a slow answer for the previous one', () => {
    const store = TestBed.inject(PersonStore);
    store.load(7);
    store.load(8);
    expect(http.expectOne('/api/people/7').cancelled).toBe(true);
    expect(store.person()).toBeNull();
    http.expectOne('/api/people/8').flush({ id: 8, fullName: 'Bùi Văn An' });
    expect(store.person()?.fullName).toBe('Bùi Văn An');
  });
});
