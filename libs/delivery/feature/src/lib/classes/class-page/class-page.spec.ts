import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { Capability, canWith, ClassDetail, EnrolmentDto, Role } from '@cds/contracts';
import { AuthStore, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { provideVnDates } from '@cds/web/ui';
import { DELIVERY_STAFF_WORDS } from '../../staff-i18n/delivery-staff-words';
import { ClassPage } from './class-page';

const detail: ClassDetail = {
  id: 5,
  code: 'VNEID-01',
  title: 'Dịch vụ công trực tuyến và VNeID – đợt 1',
  courseId: 2,
  courseVersionId: 3,
  courseTitle: 'Sử dụng Cổng dịch vụ công quốc gia và VNeID',
  mode: 'blended',
  state: 'upcoming',
  startDate: '2026-03-02',
  endDate: '2026-03-06',
  enrolmentDeadline: '2026-02-25',
  place: 'Hội trường UBND tỉnh',
  capacity: 30,
  enrolled: 1,
  waitlisted: 1,
  open: true,
  organiserUnitId: 1,
  organiserUnitName: 'Sở Khoa học và Công nghệ',
  trainers: [{ personId: 9, fullName: 'Vũ Thị Mai' }],
  sessions: [
    { id: 42, classId: 5, title: 'Buổi 2: Thực hành VNeID', startsAt: '2026-03-03T06:30:00Z', endsAt: '2026-03-03T09:30:00Z', place: '', onlineUrl: 'https://meet.example.vn/cds-01' },
    { id: 41, classId: 5, title: 'Buổi 1: Khai giảng', startsAt: '2026-03-02T01:00:00Z', endsAt: '2026-03-02T04:00:00Z', place: 'Hội trường UBND tỉnh', onlineUrl: null },
  ],
};

const enrolment = (id: number, fullName: string, over: Partial<EnrolmentDto>): EnrolmentDto => ({
  id,
  classId: 5,
  classCode: 'VNEID-01',
  classTitle: detail.title,
  personId: 100 + id,
  fullName,
  orgUnitName: 'Xã Giao An',
  state: 'enrolled',
  nominatedBy: null,
  decidedBy: null,
  reason: null,
  waitlistPosition: null,
  createdAt: '2026-02-01T00:00:00Z',
  updatedAt: '2026-02-01T00:00:00Z',
  ...over,
});

function setUp(role: Role) {
  TestBed.configureTestingModule({
    imports: [ClassPage],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideI18n(),
      provideTranslations(DELIVERY_STAFF_WORDS),
      provideNoopAnimations(),
      provideRouter([]),
      provideDirectoryIcons(),
      provideVnDates(),
      { provide: ActivatedRoute, useValue: { snapshot: { paramMap: convertToParamMap({ id: '5' }) } } },
      { provide: AuthStore, useValue: { can: (c: Capability) => canWith([role], c), user: () => ({ roles: [{ role, orgUnitId: 1, orgUnitName: 'Sở KH&CN' }] }) } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(ClassPage);
  const el: HTMLElement = fixture.nativeElement;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
  return { http, fixture, el, text };
}

describe('ClassPage', () => {
  it('shows a trainer the schedule in Vietnam time with roll call and QR links, and the participants', async () => {
    const { http, fixture, el, text } = setUp('trainer');
    await fixture.whenStable();
    http.expectOne('/api/classes/5').flush(detail);
    http.expectOne('/api/classes/5/enrolments').flush([
      enrolment(1, 'Trần Thị Lan', {}),
      enrolment(2, 'Lê Văn Hùng', { state: 'waitlisted', waitlistPosition: 1, nominatedBy: { personId: 2, fullName: 'Phạm Văn Nam' } }),
    ]);
    await fixture.whenStable();

    expect(text(el.querySelector('h1'))).toBe(detail.title);
    expect(text(el.querySelector('.meta'))).toContain('Kết hợp');
    expect(text(el.querySelector('.meta'))).toContain('Sắp diễn ra');
    const sessions = [...el.querySelectorAll('.session')];
    expect(sessions.map((s) => text(s.querySelector('.when')))).toEqual(['02/03/2026 08:00 – 11:00', '03/03/2026 13:30 – 16:30']);
    const links = [...sessions[0].querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Điểm danh', '/attendance/sessions/41'],
      ['Mã QR điểm danh', '/attendance/sessions/41/display'],
    ]);
    expect(sessions[0].querySelector('button[aria-label="Sửa buổi học Buổi 1: Khai giảng"]')).not.toBeNull();
    expect(text(sessions[1].querySelector('a[target="_blank"]'))).toBe('Vào phòng học trực tuyến');

    const rows = [...el.querySelectorAll('.participants-table tr.mat-mdc-row')].map((r) => [...r.querySelectorAll('td')].map((td) => text(td)));
    expect(rows).toEqual([
      ['Trần Thị Lan', 'Xã Giao An', 'Đã ghi danh', ''],
      ['Lê Văn Hùng', 'Xã Giao An', 'Trong danh sách chờ', '1'],
    ]);
    expect(text(el.querySelector('.participants-table caption'))).toBe('1 đã ghi danh, 1 trong danh sách chờ, tổng 2 lượt cử và đăng ký.');
    // a trainer neither nominates nor withdraws
    expect([...el.querySelectorAll('button')].map((b) => text(b))).not.toContain('Cử người đi học');
    http.verify();
  });

  it('gives a unit admin the nominate action and no attendance links; downloads the .ics with the token', async () => {
    const { http, fixture, el, text } = setUp('unit_admin');
    const created = jest.fn(() => 'blob:ics');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const saved: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await fixture.whenStable();
    http.expectOne('/api/classes/5').flush(detail);
    http.expectOne('/api/classes/5/enrolments').flush([enrolment(1, 'Trần Thị Lan', {})]);
    await fixture.whenStable();

    const buttons = [...el.querySelectorAll('button')].map((b) => text(b));
    expect(buttons).toContain('Cử người đi học');
    expect(buttons).not.toContain('Thêm buổi học');
    expect(el.querySelector('a[href^="/attendance"]')).toBeNull();
    expect(el.querySelector('button[aria-label="Rút Trần Thị Lan khỏi lớp"]')).not.toBeNull();

    (el.querySelector('[data-testid="add-to-calendar"]') as HTMLButtonElement).click();
    const ics = http.expectOne('/api/classes/5/calendar.ics');
    expect(ics.request.responseType).toBe('blob');
    ics.flush(new Blob(['BEGIN:VCALENDAR']), { headers: { 'Content-Disposition': 'attachment; filename="VNEID-01.ics"' } });
    expect(created).toHaveBeenCalled();
    expect(saved).toEqual(['VNEID-01.ics']);
    click.mockRestore();
    http.verify();
  });

  it('keeps the class on show when its participants are out of reach', async () => {
    const { http, fixture, el, text } = setUp('certifier');
    await fixture.whenStable();
    http.expectOne('/api/classes/5').flush(detail);
    http
      .expectOne('/api/classes/5/enrolments')
      .flush({ statusCode: 403, error: 'Forbidden', message: 'Ngoài phạm vi.', code: 'auth.out_of_scope' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(text(el.querySelector('h1'))).toBe(detail.title);
    expect(text(el)).toContain('Bạn không xem được danh sách học viên của lớp này.');
    expect(el.querySelector('.participants-table')).toBeNull();
  });
});
