import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { OrgUnitDto } from '@cds/contracts';
import { OrgTreeStore, OrgUnitStore } from './org-stores';

const unit = (id: number, name: string): OrgUnitDto => ({ id, code: null, name, kind: 'commune', parentId: null, validFrom: '2000-01-01', validTo: null });

describe('org stores', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), OrgTreeStore, OrgUnitStore] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('shows the tree of the latest date chosen, never a slow answer for an earlier date', () => {
    const store = TestBed.inject(OrgTreeStore);
    store.load('2025-06-30');
    store.load('2025-07-01');
    const [june, july] = http.match((r) => r.url === '/api/org/tree');
    expect(june.request.params.get('asOf')).toBe('2025-06-30');
    expect(june.cancelled).toBe(true);
    july.flush({ asOf: '2025-07-01', units: [unit(9, 'Xã Giao Minh')] });
    expect(store.units().map((u) => u.name)).toEqual(['Xã Giao Minh']);
    expect([store.loading(), store.loaded(), store.error()]).toEqual([false, true, null]);
  });

  it("shows the unit chosen last, and nothing while it loads or when none is chosen", () => {
    const store = TestBed.inject(OrgUnitStore);
    store.load(3, '2025-06-30');
    store.load(4, '2025-06-30');
    expect(http.expectOne((r) => r.url === '/api/org/units/3').cancelled).toBe(true);
    expect(store.loading()).toBe(true);
    const read = http.expectOne((r) => r.url === '/api/org/units/4');
    expect(read.request.params.get('asOf')).toBe('2025-06-30');
    read.flush({ ...unit(4, 'Xã Giao Hương'), history: [], predecessors: [], successors: [], peopleCount: 3, seatCount: 1 });
    expect(store.detail()?.name).toBe('Xã Giao Hương');
    store.load(null, '2025-06-30');
    expect(store.detail()).toBeNull();
  });
});
