import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ClassSummary, LearnerClassCard } from '@cds/contracts';
import { learningTestProviders, text } from '../testing/learning-test-setup';
import { LearnerHomePage } from './learner-home-page';

const card = (classId: number, over: Partial<LearnerClassCard> = {}): LearnerClassCard => ({
  enrolmentId: classId * 10,
  classId,
  classCode: `CDS-2026-0${classId}`,
  classTitle: `Lớp ${classId}`,
  courseTitle: 'Khai thác Cổng Dịch vụ công quốc gia và VNeID',
  mode: 'blended',
  state: 'enrolled',
  classState: 'running',
  startDate: '2026-11-02',
  endDate: '2026-12-18',
  lessonsDone: 3,
  lessonCount: 8,
  progress: 38,
  nextSession: {
    id: 31,
    classId,
    title: 'Buổi 3: Thực hành nộp hồ sơ trực tuyến',
    startsAt: '2026-11-30T01:30:00Z',
    endsAt: '2026-11-30T04:00:00Z',
    place: 'Hội trường UBND xã Giao An',
    onlineUrl: 'https://meet.example.vn/cds-3',
  },
  nextLesson: { lessonId: 4, title: 'Tài khoản định danh điện tử VNeID' },
  attendanceRate: 100,
  ...over,
});

async function render() {
  TestBed.configureTestingModule({ imports: [LearnerHomePage], providers: learningTestProviders() });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(LearnerHomePage);
  await fixture.whenStable();
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

describe('LearnerHomePage', () => {
  it('shows a card per class: progress, attendance, the next session in Vietnam time and the lesson to go on with', async () => {
    const { http, fixture, el } = await render();
    http.expectOne('/api/learning').flush({
      classes: [card(1), card(2, { state: 'waitlisted', classState: 'upcoming', nextLesson: null, nextSession: null, attendanceRate: null })],
    });
    await fixture.whenStable();

    const [first, second] = [...el.querySelectorAll('[data-testid="learner-classes"] > li')];
    expect(text(first.querySelector('h2'))).toBe('Khai thác Cổng Dịch vụ công quốc gia và VNeID');
    expect(text(first.querySelector('.meta'))).toBe('Mã lớp CDS-2026-01 · Kết hợp · 02/11/2026 – 18/12/2026');
    expect(text(first.querySelector('[data-testid="progress"]'))).toBe('38% · 3/8 bài học');
    expect(first.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('38');
    expect(text(first)).toContain('Tỷ lệ tham dự các buổi học: 100%');
    expect(text(first.querySelector('[data-testid="next-session-when"]'))).toBe('Thứ Hai, 30/11/2026, 08:30–11:00');
    expect(text(first)).toContain('Hội trường UBND xã Giao An');
    const online = first.querySelector<HTMLAnchorElement>('a[target="_blank"]');
    expect([online?.href, online?.rel, text(online)]).toEqual(['https://meet.example.vn/cds-3', 'noopener noreferrer', 'Vào phòng học trực tuyến']);
    const go = first.querySelector<HTMLAnchorElement>('a.continue');
    expect([text(go), go?.getAttribute('href')]).toEqual(['Tiếp tục học: Tài khoản định danh điện tử VNeID', '/classes/1/lessons/4']);
    expect(first.querySelector('[data-testid="state-badge"]')).toBeNull();

    // waiting for a place: a badge saying so, nothing to open yet
    expect(text(second.querySelector('[data-testid="state-badge"]'))).toBe('Trong danh sách chờ');
    expect(text(second)).toContain('Lớp đã đủ chỗ.');
    expect(second.querySelector('a.continue')).toBeNull();
    expect(second.querySelector('[data-testid="progress"]')).toBeNull();
    // open classes only on demand for someone who has classes
    http.expectNone('/api/classes/open');
    http.verify();
  });

  it('explains how to join when the person has no class, lists the open ones and sends a request to join', async () => {
    const { http, fixture, el } = await render();
    http.expectOne('/api/learning').flush({ classes: [] });
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="learner-empty"]'))).toContain('Bạn chưa tham gia lớp học nào');
    const open: Partial<ClassSummary> = {
      id: 9,
      code: 'ATTT-2027-01',
      title: 'An toàn thông tin cho cán bộ xã – đợt 1',
      courseTitle: 'An toàn thông tin cho cán bộ cấp xã',
      mode: 'online',
      startDate: '2027-01-05',
      endDate: '2027-01-20',
      enrolmentDeadline: '2026-12-25',
      capacity: 40,
      enrolled: 12,
      open: true,
    };
    http.expectOne('/api/classes/open').flush([open]);
    await fixture.whenStable();
    const item = el.querySelector('[data-testid="open-classes"] li');
    expect(text(item)).toContain('Hạn đăng ký: 25/12/2026');
    expect(text(item)).toContain('Còn 28/40 chỗ');
    const join = item?.querySelector('button') as HTMLButtonElement;
    expect(join.getAttribute('aria-label')).toBe('Đăng ký tham gia lớp An toàn thông tin cho cán bộ xã – đợt 1');
    join.click();
    http.expectOne({ method: 'POST', url: '/api/classes/9/join' }).flush({ id: 90, classId: 9, state: 'requested' });
    http.expectOne('/api/learning').flush({ classes: [card(9, { state: 'requested', nextLesson: null })] });
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="state-badge"]'))).toBe('Đã đăng ký – chờ duyệt');
    expect(el.querySelector('[data-testid="learner-empty"]')).toBeNull();
    http.verify();
  });

  it("shows the API's refusal when the home cannot be read, with a retry", async () => {
    const { http, fixture, el } = await render();
    http.expectOne('/api/learning').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(text(el.querySelector('[role="alert"] p'))).toBe('Không tải được danh sách lớp học của bạn.');
    el.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    http.expectOne('/api/learning').flush({ classes: [card(1)] });
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });
});
