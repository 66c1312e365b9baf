import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { Capability, canWith, ClassSummary, Role } from '@cds/contracts';
import { AuthStore, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { provideVnDates } from '@cds/web/ui';
import { DELIVERY_STAFF_WORDS } from '../../staff-i18n/delivery-staff-words';
import { ClassesListPage } from './classes-list-page';

const summary = (id: number, over: Partial<ClassSummary>): ClassSummary => ({
  id,
  code: `L0${id}`,
  title: `Lớp ${id}`,
  courseId: 2,
  courseVersionId: 3,
  courseTitle: 'An toàn thông tin cho cán bộ cấp xã',
  mode: 'online',
  state: 'upcoming',
  startDate: '2026-03-02',
  endDate: '2026-03-06',
  enrolmentDeadline: '2026-02-25',
  place: '',
  capacity: 30,
  enrolled: 12,
  waitlisted: 0,
  open: false,
  organiserUnitId: 1,
  organiserUnitName: 'Sở Khoa học và Công nghệ',
  trainers: [],
  ...over,
});

function setUp(role: Role) {
  TestBed.configureTestingModule({
    imports: [ClassesListPage],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideI18n(),
      provideTranslations(DELIVERY_STAFF_WORDS),
      provideNoopAnimations(),
      provideRouter([]),
      provideDirectoryIcons(),
      provideVnDates(),
      { provide: AuthStore, useValue: { can: (c: Capability) => canWith([role], c), user: () => ({ roles: [{ role, orgUnitId: 1, orgUnitName: 'Sở KH&CN' }] }) } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(ClassesListPage);
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

describe('ClassesListPage', () => {
  it('lists classes with mode and state in Vietnamese, places and the waiting list, and filters by state', async () => {
    const { http, fixture, el } = setUp('unit_admin');
    await fixture.whenStable();
    http.expectOne('/api/courses').flush([]);
    http.expectOne((r) => r.url === '/api/classes').flush({
      items: [
        summary(1, { open: true, waitlisted: 3, enrolled: 30 }),
        summary(2, { mode: 'in_person', state: 'running' }),
        summary(3, { mode: 'blended', state: 'finished' }),
        summary(4, { state: 'cancelled' }),
      ],
      nextCursor: 'next',
    });
    await fixture.whenStable();
    // A cell's lines (link, chip, line below), each as read.
    const cell = (td: Element) =>
      [...td.childNodes]
        .filter((n) => n.nodeType !== Node.COMMENT_NODE)
        .map((n) => n.textContent?.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' ');
    const rows = [...el.querySelectorAll('tr.mat-mdc-row')].map((r) => [...r.querySelectorAll('td')].map(cell));
    expect(rows[0]).toEqual([
      'Lớp 1 L01 · An toàn thông tin cho cán bộ cấp xã',
      'Trực tuyến',
      'Sắp diễn ra Nhận đăng ký đến 25/02/2026',
      '02/03/2026 – 06/03/2026',
      '30/30 Chờ: 3',
      'Sở Khoa học và Công nghệ',
    ]);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['Trực tuyến', 'Sắp diễn ra Nhận đăng ký đến 25/02/2026'],
      ['Trực tiếp', 'Đang diễn ra'],
      ['Kết hợp', 'Đã kết thúc'],
      ['Trực tuyến', 'Đã hủy'],
    ]);
    expect(el.querySelector('a[href="/classes/1"]')).not.toBeNull();
    // a unit admin does not create classes
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.includes('Tạo lớp'))).toBe(false);
    expect(el.querySelector('cds-load-more button')?.textContent?.trim()).toBe('Tải thêm');

    const state = (await TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(MatSelectHarness))[0];
    await state.clickOptions({ text: 'Đang diễn ra' });
    const filtered = http.expectOne((r) => r.url === '/api/classes');
    expect(filtered.request.params.get('state')).toBe('running');
    expect(filtered.request.params.has('cursor')).toBe(false);
    filtered.flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(el.textContent).toContain('Không có lớp nào phù hợp.');
    http.verify();
  });

  it('offers "Tạo lớp" to those who create classes, with published courses only', async () => {
    const { http, fixture, el } = setUp('certifier');
    await fixture.whenStable();
    http.expectOne('/api/courses').flush([
      { id: 2, code: 'ATTT', title: 'An toàn thông tin', topicArea: 'information_security', hours: 8, publishedVersion: 1, draftVersion: null, moduleCount: 2, lessonCount: 6 },
      { id: 3, code: 'KTS', title: 'Kinh tế số', topicArea: 'digital_economy', hours: 8, publishedVersion: null, draftVersion: 1, moduleCount: 0, lessonCount: 0 },
    ]);
    http.expectOne((r) => r.url === '/api/classes').flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    ([...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Tạo lớp')) as HTMLButtonElement).click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent).toContain('Tạo lớp bồi dưỡng');
    const course = (await TestbedHarnessEnvironment.documentRootLoader(fixture).getAllHarnesses(MatSelectHarness))[2];
    await course.open();
    expect(await Promise.all((await course.getOptions()).map((o) => o.getText()))).toEqual(['ATTT – An toàn thông tin']);
    // the organiser is one of the caller's units
    expect(dialog.textContent).toContain('Sở KH&CN');
    http.verify();
  });
});
