import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { Capability, canWith, EnrolmentDto, Role } from '@cds/contracts';
import { AuthStore, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { DELIVERY_STAFF_WORDS } from '../../staff-i18n/delivery-staff-words';
import { EnrolmentPage } from './enrolment-page';

const row = (id: number, over: Partial<EnrolmentDto> = {}): EnrolmentDto => ({
  id,
  classId: 5,
  classCode: 'VNEID-01',
  classTitle: 'Dịch vụ công trực tuyến và VNeID',
  personId: 100 + id,
  fullName: ['Trần Thị Lan', 'Lê Văn Hùng', 'Đỗ Minh Châu'][id % 3],
  orgUnitName: 'Xã Giao An',
  state: 'nominated',
  nominatedBy: { personId: 2, fullName: 'Phạm Văn Nam' },
  decidedBy: null,
  reason: null,
  waitlistPosition: null,
  createdAt: '2026-02-01T18:00:00Z',
  updatedAt: '2026-02-01T18:00:00Z',
  ...over,
});

function setUp(role: Role) {
  TestBed.configureTestingModule({
    imports: [EnrolmentPage],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideI18n(),
      provideTranslations(DELIVERY_STAFF_WORDS),
      provideNoopAnimations(),
      provideRouter([]),
      provideDirectoryIcons(),
      {
        provide: AuthStore,
        useValue: { can: (c: Capability) => canWith([role], c), user: () => ({ roles: [{ role, orgUnitId: 1, orgUnitName: 'Tỉnh Ninh Bình' }] }) },
      },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(EnrolmentPage);
  const el: HTMLElement = fixture.nativeElement;
  const queue = (state: string) => http.expectOne((r) => r.url === '/api/enrolments' && r.params.get('state') === state);
  const text = (selector: string) => el.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const tabs = () => [...el.querySelectorAll('[role="tab"]')].map((t) => t.textContent?.trim());
  return { http, fixture, el, queue, text, tabs };
}

describe('EnrolmentPage', () => {
  it('lets a certifier approve, and says when a full class put the person on the waiting list', async () => {
    const { http, fixture, el, queue, text, tabs } = setUp('certifier');
    await fixture.whenStable();
    queue('nominated').flush({ items: [row(1), row(2)], nextCursor: null });
    queue('requested').flush({ items: [row(3, { state: 'requested', nominatedBy: null })], nextCursor: null });
    queue('waitlisted').flush({ items: [], nextCursor: null });
    http.expectNone('/api/classes/open');
    await fixture.whenStable();

    expect(tabs()).toEqual(['Chờ duyệt', 'Danh sách chờ']);
    expect(text('[data-enrolment="1"]')).toContain('Do Phạm Văn Nam cử ngày 02/02/2026');
    expect(text('[data-enrolment="3"]')).toContain('Tự đăng ký ngày 02/02/2026');

    (el.querySelector('[data-enrolment="1"] button[aria-label="Duyệt Lê Văn Hùng"]') as HTMLButtonElement).click();
    const decision = http.expectOne('/api/enrolments/1/decision');
    expect(decision.request.body).toEqual({ decision: 'approve' });
    decision.flush(row(1, { state: 'waitlisted', waitlistPosition: 2 }));
    await fixture.whenStable();
    // the waiting list is read again
    queue('waitlisted').flush({ items: [row(1, { state: 'waitlisted', waitlistPosition: 2 })], nextCursor: null });
    await fixture.whenStable();

    const outcome = 'Đã duyệt: lớp VNEID-01 đã đủ chỗ, Lê Văn Hùng được đưa vào danh sách chờ (vị trí 2).';
    expect(text('[data-enrolment="1"] .outcome')).toBe(outcome);
    expect(text('[data-enrolment="1"] cds-status-chip')).toBe('Trong danh sách chờ');
    expect(text('[data-enrolment="1"] .position')).toBe('Vị trí chờ: 2');
    expect(el.querySelector('[data-enrolment="1"] .card-actions')).toBeNull();
    expect(text('[role="status"]')).toBe(outcome);

    (el.querySelector('[data-enrolment="2"] button[aria-label="Duyệt Đỗ Minh Châu"]') as HTMLButtonElement).click();
    http.expectOne('/api/enrolments/2/decision').flush(row(2, { state: 'enrolled' }));
    await fixture.whenStable();
    expect(text('[data-enrolment="2"] .outcome')).toBe('Đã duyệt: Đỗ Minh Châu được ghi danh vào lớp VNEID-01.');
    http.verify();
  });

  it('shows a refusal (already decided) on the page in the person’s words, and keeps the row to act on', async () => {
    const { http, fixture, el, queue, text } = setUp('certifier');
    await fixture.whenStable();
    queue('nominated').flush({ items: [row(1)], nextCursor: null });
    queue('requested').flush({ items: [], nextCursor: null });
    queue('waitlisted').flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect([...el.querySelectorAll('.empty')].map((e) => e.textContent?.trim())).toEqual(['Không có đề nghị tham gia nào đang chờ duyệt.']);

    (el.querySelector('[data-enrolment="1"] button[aria-label="Duyệt Lê Văn Hùng"]') as HTMLButtonElement).click();
    http
      .expectOne('/api/enrolments/1/decision')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Lượt đăng ký này đã được người khác xử lý. Hãy tải lại danh sách.', code: 'delivery.already_decided' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(text('.form-error[role="alert"]')).toBe('Lượt đăng ký này đã được người khác xử lý. Hãy tải lại danh sách.');
    expect(el.querySelector('[data-enrolment="1"] .card-actions button')).not.toBeNull();
  });

  it('gives a unit admin their nominations and the open classes to nominate into, not the approval queue', async () => {
    const { http, fixture, el, queue, tabs } = setUp('unit_admin');
    await fixture.whenStable();
    queue('nominated').flush({ items: [row(1)], nextCursor: null });
    queue('waitlisted').flush({ items: [], nextCursor: null });
    http.expectNone((r) => r.url === '/api/enrolments' && r.params.get('state') === 'requested');
    http.expectOne('/api/classes/open').flush([]);
    await fixture.whenStable();
    expect(tabs()).toEqual(['Đề cử của tôi', 'Lớp đang mở', 'Danh sách chờ']);
    expect(el.querySelector('button[aria-label="Duyệt Lê Văn Hùng"]')).toBeNull();
    expect(el.querySelector('[data-enrolment="1"] button')?.textContent?.trim()).toBe('Rút khỏi lớp');
    http.verify();
  });
});
