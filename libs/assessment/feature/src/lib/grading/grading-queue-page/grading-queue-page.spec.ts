import { GradingQueueItem } from '@cds/contracts';
import { refuse, render, rows, text } from '../../quizzes/testing/trainer-test-setup';
import { GradingQueuePage } from './grading-queue-page';

const QUEUE: GradingQueueItem[] = [
  { quizId: 3, quizTitle: 'Kiểm tra giữa khóa', courseCode: 'CDS05', questionId: 70, questionName: 'Kế hoạch CĐS của xã', pending: 4, disagreements: 1, graded: 10 },
  { quizId: 4, quizTitle: 'Bài thi cuối khóa', courseCode: 'CDS05', questionId: 71, questionName: 'Bảo vệ dữ liệu cá nhân', pending: 0, disagreements: 0, graded: 12 },
];

describe('GradingQueuePage', () => {
  it('lists each essay question per quiz with what waits, and opens it', async () => {
    const { el } = await render(GradingQueuePage, {}, (http) => http.expectOne('/api/grading/queue').flush(QUEUE));
    expect(text(el.querySelector('[data-testid="waiting"]'))).toBe('Còn 5 bài chờ chấm hoặc cần thống nhất điểm.');
    expect(rows(el.querySelector('[data-testid="queue"]'))).toEqual([
      ['Kế hoạch CĐS của xã', 'Kiểm tra giữa khóa CDS05', '4', '1', '10'],
      ['Bảo vệ dữ liệu cá nhân', 'Bài thi cuối khóa CDS05', '0', '0', '12'],
    ]);
    expect([...el.querySelectorAll('[data-testid="open"]')].map((a) => a.getAttribute('href'))).toEqual([
      '/assessment/grading/quizzes/3/questions/70',
      '/assessment/grading/quizzes/4/questions/71',
    ]);
  });

  it('says when nothing waits', async () => {
    const empty = await render(GradingQueuePage, {}, (http) => http.expectOne('/api/grading/queue').flush([]));
    expect(text(empty.el.querySelector('[data-testid="waiting"]'))).toBe('Không còn bài nào chờ chấm.');
    expect(text(empty.el.querySelector('[data-testid="queue"] tbody'))).toBe('Chưa có bài tự luận nào được nộp.');
  });

  it("shows the API's refusal instead of the queue", async () => {
    const { el } = await render(GradingQueuePage, {}, (http) => refuse(http.expectOne('/api/grading/queue'), 403, 'auth.forbidden', 'Bạn không có quyền chấm bài.'));
    expect(text(el.querySelector('[role="alert"]'))).toBe('Bạn không có quyền chấm bài.');
    expect(el.querySelector('[data-testid="waiting"]')).toBeNull();
  });
});
