import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { CoverageReport, SeatDto } from '@cds/contracts';
import { AuthStore, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideVnDates } from '@cds/web/ui';
import { CoreTeamPage } from './core-team-page';
import { provideTranslations } from '@cds/web/i18n';
import { CORE_TEAM_WORDS } from '../i18n/core-team-words';

const seat = (id: number, title: string, holder: SeatDto['holder']): SeatDto => ({
  id,
  orgUnitId: 3,
  orgUnitName: 'Xã Giao An',
  function: 'commune_cds_specialist',
  title,
  validFrom: '2024-01-01',
  validTo: null,
  qualifyingCourses: [],
  holder,
});

describe('CoreTeamPage', () => {
  it('shows the coverage totals, each seat with its state, and who needs training', async () => {
    TestBed.configureTestingModule({
      imports: [CoreTeamPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n(), provideTranslations(CORE_TEAM_WORDS), provideNoopAnimations(), provideRouter([]), provideVnDates(), provideDirectoryIcons()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CoreTeamPage);
    const el: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/org/tree').flush({
      asOf: '2026-01-01',
      units: [{ id: 3, code: null, name: 'Xã Giao An', kind: 'commune', parentId: null, validFrom: '2000-01-01', validTo: null }],
    });
    await fixture.whenStable();

    const coverage = http.expectOne((r) => r.url === '/api/core-team/coverage');
    expect(coverage.request.params.get('unitId')).toBe('3');
    const seats = http.expectOne((r) => r.url === '/api/core-team/seats');
    expect(seats.request.params.get('subunits')).toBe('true');
    const report: CoverageReport = {
      asOf: '2026-01-01',
      unitId: 3,
      totals: { covered: 1, unqualified: 1, vacant: 1 },
      seats: [
        { seatId: 1, title: 'CĐS xã Giao An', function: 'commune_cds_specialist', orgUnitId: 3, orgUnitName: 'Xã Giao An', state: 'covered', holder: { personId: 5, fullName: 'Bùi Văn An' } },
        { seatId: 2, title: 'Tổ trưởng', function: 'community_tech_team_lead', orgUnitId: 3, orgUnitName: 'Xã Giao An', state: 'unqualified', holder: { personId: 6, fullName: 'Đặng Thị Bình' } },
        { seatId: 3, title: 'Tổ công tác', function: 'working_group_member', orgUnitId: 3, orgUnitName: 'Xã Giao An', state: 'vacant', holder: null },
      ],
      needTraining: [{ personId: 6, fullName: 'Đặng Thị Bình', orgUnitName: 'Xã Giao An', seatTitle: 'Tổ trưởng', courses: [{ id: 1, code: 'K1', title: 'Nền tảng số' }] }],
    };
    coverage.flush(report);
    seats.flush([
      seat(1, 'CĐS xã Giao An', { personId: 5, fullName: 'Bùi Văn An', since: '2024-03-01', assignmentId: 10 }),
      seat(2, 'Tổ trưởng', { personId: 6, fullName: 'Đặng Thị Bình', since: '2025-01-15', assignmentId: 11 }),
      seat(3, 'Tổ công tác', null),
    ]);
    await fixture.whenStable();

    expect(el.querySelector('[data-testid="coverage"]')?.textContent).toContain('Tổng số vị trí: 3');
    const rows = [...el.querySelectorAll('table.seats:not([data-testid]) tr.mat-mdc-row')].map((r) =>
      [...r.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['CĐS xã Giao An Công chức phụ trách CĐS cấp xã', 'Xã Giao An', 'Bùi Văn An', '01/03/2024', 'Đã có người đạt chuẩn'],
      ['Tổ trưởng Công chức phụ trách CĐS cấp xã', 'Xã Giao An', 'Đặng Thị Bình', '15/01/2025', 'Có người, chưa được chứng nhận'],
      ['Tổ công tác Công chức phụ trách CĐS cấp xã', 'Xã Giao An', 'Chưa có người', '', 'Trống'],
    ]);
    expect(el.querySelector('[data-testid="need-training"]')?.textContent).toContain('Nền tảng số');
    // someone who cannot change posts (a certifier) sees no empty "Thao tác" column
    const headers = [...el.querySelectorAll('table.seats:not([data-testid]) th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Vị trí', 'Đơn vị', 'Người đảm nhiệm', 'Từ ngày', 'Tình trạng']);
    http.verify();
  });

  it('opens its dialogs with the providers of the route (the date adapter is not in the root injector)', async () => {
    TestBed.configureTestingModule({
      imports: [CoreTeamPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(), provideTranslations(CORE_TEAM_WORDS),
        provideNoopAnimations(),
        provideRouter([]),
        provideDirectoryIcons(),
        { provide: AuthStore, useValue: { can: () => true } },
      ],
    });
    // as the lazy route does: provideVnDates() below the root
    TestBed.overrideComponent(CoreTeamPage, { add: { providers: [provideVnDates()] } });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CoreTeamPage);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/org/tree').flush({
      asOf: '2026-01-01',
      units: [{ id: 3, code: null, name: 'Xã Giao An', kind: 'commune', parentId: null, validFrom: '2000-01-01', validTo: null }],
    });
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/core-team/coverage').flush({ asOf: '2026-01-01', unitId: 3, totals: { covered: 0, unqualified: 0, vacant: 0 }, seats: [], needTraining: [] });
    http.expectOne((r) => r.url === '/api/core-team/seats').flush([]);
    await fixture.whenStable();

    ([...fixture.nativeElement.querySelectorAll('button')] as HTMLButtonElement[]).find((b) => b.textContent?.includes('Thêm vị trí'))?.click();
    await fixture.whenStable();
    http.expectOne('/api/courses').flush([]);
    await fixture.whenStable();
    // those who can change posts have the actions column
    expect([...fixture.nativeElement.querySelectorAll('table.seats:not([data-testid]) th')].map((th) => (th as HTMLElement).textContent?.trim())).toContain('Thao tác');
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.querySelector('h2')?.textContent).toContain('Thêm vị trí cho Xã Giao An');
    expect(dialog?.textContent).toContain('Hiệu lực từ');
    http.verify();
  });

  it('nominates a person who needs training into the next open class of a qualifying course, in one step', async () => {
    TestBed.configureTestingModule({
      imports: [CoreTeamPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
        provideTranslations(CORE_TEAM_WORDS),
        provideNoopAnimations(),
        provideRouter([]),
        provideVnDates(),
        provideDirectoryIcons(),
        { provide: AuthStore, useValue: { can: (c: string) => c === 'enrolment.nominate' || c === 'coreTeam.read' } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CoreTeamPage);
    const el: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/org/tree').flush({
      asOf: '2026-01-01',
      units: [{ id: 3, code: null, name: 'Xã Giao An', kind: 'commune', parentId: null, validFrom: '2000-01-01', validTo: null }],
    });
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/core-team/coverage').flush({
      asOf: '2026-01-01',
      unitId: 3,
      totals: { covered: 0, unqualified: 1, vacant: 0 },
      seats: [],
      needTraining: [{ personId: 6, fullName: 'Đặng Thị Bình', orgUnitName: 'Xã Giao An', seatTitle: 'Tổ trưởng', courses: [{ id: 1, code: 'K1', title: 'Nền tảng số' }, { id: 2, code: 'K2', title: 'An toàn thông tin' }] }],
    });
    http.expectOne((r) => r.url === '/api/core-team/seats').flush([]);
    await fixture.whenStable();

    const button = el.querySelector<HTMLButtonElement>('[data-testid="need-training"] button');
    expect(button?.getAttribute('aria-label')).toBe('Cử đi học: Đặng Thị Bình');
    button?.click();
    await fixture.whenStable();
    const open = http.match((r) => r.url === '/api/classes/open');
    expect(open.map((r) => r.request.params.get('courseId'))).toEqual(['1', '2']);
    const cls = (id: number, code: string, startDate: string) => ({ id, code, courseTitle: 'Nền tảng số', startDate });
    open[0].flush([cls(12, 'K1-2026-02', '2026-03-01'), cls(11, 'K1-2026-01', '2026-02-01')]);
    open[1].flush([]);
    await fixture.whenStable();
    const items = [...document.querySelectorAll<HTMLButtonElement>('.mat-mdc-menu-panel button[mat-menu-item]')];
    expect(items.map((b) => b.textContent?.trim())).toEqual(['Lớp K1-2026-01 – Nền tảng số (khai giảng 01/02/2026)']);
    items[0].click();
    const post = http.expectOne('/api/classes/11/nominations');
    expect(post.request.body).toEqual({ personIds: [6] });
    post.flush({ nominated: [] });
    await fixture.whenStable();
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain('Đã cử Đặng Thị Bình vào lớp K1-2026-01');
    http.verify();
  });
});
