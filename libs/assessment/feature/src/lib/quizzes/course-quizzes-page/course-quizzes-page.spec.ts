import { CLASSES, quizDto, refuse, render, rows, text } from '../testing/trainer-test-setup';
import { CourseQuizzesPage } from './course-quizzes-page';

describe('CourseQuizzesPage', () => {
  it("lists the course's quizzes with their class, questions, time, window and state, linking to settings and results", async () => {
    const { el, http, fixture } = await render(CourseQuizzesPage, { courseId: '5' }, (h) => {
      h.expectOne('/api/courses/5/quizzes').flush([
        quizDto(),
        quizDto({ id: 4, title: 'Bài thi cuối khóa lớp 2', classId: 13, selection: { kind: 'random', draws: [{ tag: 'an toàn thông tin', count: 10 }] }, questionCount: 10, timeLimitMinutes: 0, opensAt: null, published: true }),
      ]);
      h.expectOne((r) => r.url === '/api/classes').flush({ items: CLASSES, nextCursor: null });
    });
    await fixture.whenStable();
    expect(rows(el.querySelector('[data-testid="quizzes"]'))).toEqual([
      ['Kiểm tra cuối khóa', 'Mọi lớp của khóa học', '2 Câu hỏi cố định', '30 phút', '20/11/2026 08:00 – …', 'Chưa công bố', 'Xem kết quả'],
      ['Bài thi cuối khóa lớp 2', 'Bài thi của lớp ATTT-02', '10 Rút ngẫu nhiên', 'Không giới hạn', 'Luôn mở', 'Đã công bố', 'Xem kết quả'],
    ]);
    const links = [...el.querySelectorAll('[data-testid="quizzes"] a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/assessment/quizzes/3', '/assessment/quizzes/3/results', '/assessment/quizzes/4', '/assessment/quizzes/4/results']);
    expect(el.querySelector('[data-testid="create"]')?.getAttribute('href')).toBe('/assessment/courses/5/quizzes/new');
    http.verify();
  });

  it("says when the course has none, and shows the API's refusal", async () => {
    const { el, fixture } = await render(CourseQuizzesPage, { courseId: '5' }, (h) => {
      refuse(h.expectOne('/api/courses/5/quizzes'), 404, 'catalogue.course_not_found', 'Không tìm thấy khóa học 5.');
      h.expectOne((r) => r.url === '/api/classes').flush({ items: [], nextCursor: null });
    });
    await fixture.whenStable();
    expect(text(el.querySelector('[role="alert"]'))).toBe('Không tìm thấy khóa học 5.');
    expect(text(el.querySelector('[data-testid="quizzes"] tbody'))).toBe('');
  });
});
