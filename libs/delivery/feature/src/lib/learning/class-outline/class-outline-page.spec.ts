import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ClassOutline } from '@cds/contracts';
import { learningTestProviders, text } from '../testing/learning-test-setup';
import { ClassOutlinePage } from './class-outline-page';

const outline: ClassOutline = {
  classId: 5,
  enrolmentId: 50,
  courseTitle: 'Văn bản điện tử, chữ ký số và hồ sơ điện tử',
  lastLessonId: 3,
  modules: [
    {
      id: 1,
      title: 'Học phần 1: Văn bản điện tử',
      lessons: [
        { id: 1, title: 'Văn bản điện tử là gì', minutes: 10, done: true },
        { id: 2, title: 'Luân chuyển văn bản', minutes: 15, done: true },
      ],
    },
    { id: 2, title: 'Học phần 2: Chữ ký số', lessons: [{ id: 3, title: 'Ký số trên điện thoại', minutes: 20, done: false }] },
  ],
};

describe('ClassOutlinePage', () => {
  it('lists modules and lessons with a tick for each lesson done, and goes on where the learner left off', async () => {
    TestBed.configureTestingModule({ imports: [ClassOutlinePage], providers: learningTestProviders() });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ClassOutlinePage);
    fixture.componentRef.setInput('classId', 5);
    await fixture.whenStable();
    http.expectOne('/api/learning/classes/5').flush(outline);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;

    expect(text(el.querySelector('h1'))).toBe('Văn bản điện tử, chữ ký số và hồ sơ điện tử');
    expect(text(el.querySelector('[data-testid="outline-progress"]'))).toBe('Đã học xong 2/3 bài');
    expect([...el.querySelectorAll('h2')].map(text)).toEqual(['Học phần 1: Văn bản điện tử', 'Học phần 2: Chữ ký số']);
    const lessons = [...el.querySelectorAll('a.lesson')];
    expect(lessons.map((a) => [text(a.querySelector('.lesson-meta')), !!a.querySelector('.tick'), a.getAttribute('href')])).toEqual([
      ['10 phút · Đã học xong', true, '/lessons/1'],
      ['15 phút · Đã học xong', true, '/lessons/2'],
      ['20 phút · Đang học', false, '/lessons/3'],
    ]);
    expect(lessons[2].getAttribute('aria-current')).toBe('step');
    const resume = el.querySelector('[data-testid="resume"]');
    expect([text(resume), resume?.getAttribute('href')]).toEqual(['Tiếp tục học', '/lessons/3']);

    // the schedule for a phone's calendar, with the sign-in header (not a bare link)
    URL.createObjectURL = jest.fn(() => 'blob:ics');
    URL.revokeObjectURL = jest.fn();
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    el.querySelector<HTMLButtonElement>('.summary-actions button')?.click();
    http.expectOne('/api/classes/5/calendar.ics').flush(new Blob(['BEGIN:VCALENDAR']), { headers: { 'Content-Disposition': 'attachment; filename="lop-5.ics"' } });
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('lop-5.ics');
    http.verify();
    clicked.mockRestore();
  });
});
