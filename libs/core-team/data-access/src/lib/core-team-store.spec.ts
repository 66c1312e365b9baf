import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CoverageReport } from '@cds/contracts';
import { CoreTeamStore } from './core-team-store';

const report = (asOf: string, covered: number): CoverageReport => ({
  asOf,
  unitId: 3,
  totals: { covered, unqualified: 0, vacant: 0 },
  seats: [],
  needTraining: [],
});

describe('CoreTeamStore', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), CoreTeamStore] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('reads coverage and posts of the unit and its sub-units on the date', () => {
    const store = TestBed.inject(CoreTeamStore);
    store.load({ unitId: 3, asOf: '2026-01-01' });
    expect(store.loading()).toBe(true);
    const coverage = http.expectOne((r) => r.url === '/api/core-team/coverage');
    expect(coverage.request.params.toString()).toBe('unitId=3&asOf=2026-01-01');
    const seats = http.expectOne((r) => r.url === '/api/core-team/seats');
    expect(seats.request.params.get('subunits')).toBe('true');
    coverage.flush(report('2026-01-01', 2));
    seats.flush([]);
    expect(store.coverage()?.totals.covered).toBe(2);
    expect([store.loading(), store.loaded(), store.error()]).toEqual([false, true, null]);
  });

  it('ignores a slow answer for an earlier date once a newer date was chosen', () => {
    const store = TestBed.inject(CoreTeamStore);
    store.load({ unitId: 3, asOf: '2025-06-30' });
    store.load({ unitId: 3, asOf: '2025-07-01' });
    const [oldCoverage, newCoverage] = http.match((r) => r.url === '/api/core-team/coverage');
    const [oldSeats, newSeats] = http.match((r) => r.url === '/api/core-team/seats');
    expect(oldCoverage.cancelled && oldSeats.cancelled).toBe(true);
    newCoverage.flush(report('2025-07-01', 5));
    newSeats.flush([]);
    expect(store.coverage()?.asOf).toBe('2025-07-01');
    expect(store.query()).toEqual({ unitId: 3, asOf: '2025-07-01' });
  });
});
