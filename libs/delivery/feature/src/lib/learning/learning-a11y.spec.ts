import { HttpTestingController } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CheckInCode, ClassOutline, LearnerClassCard, LessonView, RollCall, SignInSheetDto } from '@cds/contracts';
import * as axe from 'axe-core';
import { CheckInDisplayPage } from '../attendance/check-in-display/check-in-display-page';
import { RollCallPage } from '../attendance/roll-call/roll-call-page';
import { CheckInPage } from './check-in/check-in-page';
import { ClassOutlinePage } from './class-outline/class-outline-page';
import { LearnerHomePage } from './learner-home/learner-home-page';
import { LessonPage } from './lesson/lesson-page';
import { learningTestProviders } from './testing/learning-test-setup';

// axe-core walks the whole jsdom tree: seconds per screen when CI runs every project at once.
jest.setTimeout(30_000);

/**
 * axe (WCAG 2.1 A/AA and best practices) on each screen with data, in jsdom: names, roles, labels,
 * landmarks, ids. Contrast needs a real browser (the e2e suite); page-level rules need the shell.
 */
async function violations(fixture: ComponentFixture<unknown>): Promise<string[]> {
  const el: HTMLElement = fixture.nativeElement;
  document.body.appendChild(el);
  const result = await axe.run(el, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    rules: {
      'color-contrast': { enabled: false },
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  el.remove();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 140)).join(' | ')}`);
}

async function render<T>(component: Type<T>, inputs: Record<string, unknown>, answer: (http: HttpTestingController) => void) {
  TestBed.configureTestingModule({ imports: [component], providers: learningTestProviders() });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [k, v] of Object.entries(inputs)) fixture.componentRef.setInput(k, v);
  await fixture.whenStable();
  answer(http);
  await fixture.whenStable();
  return { fixture, http };
}

const session = { id: 3, classId: 5, title: 'Buổi 2', startsAt: '2026-11-30T01:30:00Z', endsAt: '2026-11-30T04:00:00Z', place: 'Hội trường', onlineUrl: 'https://meet.example.vn/x' };
const card = (id: number, state: LearnerClassCard['state']): LearnerClassCard => ({
  enrolmentId: id,
  classId: id,
  classCode: `L${id}`,
  classTitle: 'Lớp',
  courseTitle: `Khóa ${id}`,
  mode: 'blended',
  state,
  classState: 'running',
  startDate: '2026-11-02',
  endDate: '2026-12-18',
  lessonsDone: 1,
  lessonCount: 4,
  progress: 25,
  nextSession: session,
  nextLesson: state === 'enrolled' ? { lessonId: 2, title: 'Bài 2' } : null,
  attendanceRate: 100,
});

describe('learning and attendance screens (axe)', () => {
  beforeEach(() => {
    localStorage.clear();
    window.scrollTo = jest.fn() as unknown as typeof window.scrollTo;
  });

  it('learner home, with classes and with the open ones', async () => {
    const { fixture, http } = await render(LearnerHomePage, {}, (h) => h.expectOne('/api/learning').flush({ classes: [card(1, 'enrolled'), card(2, 'enrolled'), card(3, 'waitlisted')] }));
    expect(await violations(fixture)).toEqual([]);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('.open button')?.click();
    http.expectOne('/api/classes/open').flush([{ id: 9, code: 'O1', title: 'Lớp mở', courseTitle: 'Khóa mở', mode: 'online', startDate: '2027-01-05', endDate: '2027-01-20', enrolmentDeadline: '2026-12-25', capacity: 30, enrolled: 30, open: true }]);
    await fixture.whenStable();
    expect(await violations(fixture)).toEqual([]);
  });

  it('learner home, empty', async () => {
    const { fixture, http } = await render(LearnerHomePage, {}, (h) => h.expectOne('/api/learning').flush({ classes: [] }));
    http.expectOne('/api/classes/open').flush([]);
    await fixture.whenStable();
    expect(await violations(fixture)).toEqual([]);
  });

  it('outline and lesson', async () => {
    const outline: ClassOutline = { classId: 5, enrolmentId: 1, courseTitle: 'Khóa', lastLessonId: 2, modules: [{ id: 1, title: 'Học phần', lessons: [{ id: 1, title: 'Bài 1', minutes: 5, done: true }, { id: 2, title: 'Bài 2', minutes: 5, done: false }] }] };
    const o = await render(ClassOutlinePage, { classId: 5 }, (h) => h.expectOne('/api/learning/classes/5').flush(outline));
    expect(await violations(o.fixture)).toEqual([]);
    TestBed.resetTestingModule();
    const lesson: LessonView = {
      classId: 5,
      lesson: { id: 2, title: 'Bài 2', minutes: 5, html: '<h2>Mục</h2><p>Nội dung</p>', videoUrl: 'https://video.example.vn/2', files: [{ id: 1, fileName: 'a.pdf', contentType: 'application/pdf', size: 3000 }] },
      moduleTitle: 'Học phần',
      done: false,
      position: 0,
      previousLessonId: 1,
      nextLessonId: 3,
    };
    const l = await render(LessonPage, { classId: 5, lessonId: 2 }, (h) => h.expectOne('/api/learning/classes/5/lessons/2').flush(lesson));
    expect(await violations(l.fixture)).toEqual([]);
  });

  it('check-in landing', async () => {
    const { fixture } = await render(CheckInPage, { classId: 5, code: 'x' }, (h) =>
      h.expectOne('/api/learning/classes/5/check-in').flush({ statusCode: 410, message: 'Mã đã hết hạn.', code: 'attendance.code_expired' }, { status: 410, statusText: 'Gone' }),
    );
    expect(await violations(fixture)).toEqual([]);
  });

  it('roll call with sheets, and the display', async () => {
    const sheet = (id: number): SignInSheetDto => ({ id, sessionId: 3, fileName: `${id}.pdf`, contentType: 'application/pdf', size: 3, uploadedBy: { personId: 1, fullName: 'GV' }, uploadedAt: '2026-11-30T04:00:00Z', confirmedBy: null, confirmedAt: null });
    const rollCall: RollCall = {
      session,
      lines: [
        { enrolmentId: 1, personId: 1, fullName: 'Bùi Văn An', orgUnitName: 'Xã A', status: 'present', method: 'qr', at: '2026-11-30T01:31:00Z' },
        { enrolmentId: 2, personId: 2, fullName: 'Đặng Thị Bình', orgUnitName: 'Xã B', status: null, method: null, at: null },
      ],
    };
    const r = await render(RollCallPage, { sessionId: 3 }, (h) => {
      h.expectOne('/api/sessions/3/roll-call').flush(rollCall);
      h.expectOne('/api/sessions/3/sign-in-sheets').flush([sheet(1), sheet(2)]);
    });
    expect(await violations(r.fixture)).toEqual([]);
    TestBed.resetTestingModule();
    const code: CheckInCode = { sessionId: 3, code: 'x', url: 'u', qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>', refreshAt: new Date(Date.now() + 30_000).toISOString(), periodSeconds: 45, checkedIn: 1, enrolled: 2 };
    const d = await render(CheckInDisplayPage, { sessionId: 3 }, (h) => {
      h.expectOne('/api/sessions/3/roll-call').flush(rollCall);
      h.expectOne('/api/sessions/3/check-in-code').flush(code);
    });
    expect(await violations(d.fixture)).toEqual([]);
    d.fixture.destroy();
  });
});
