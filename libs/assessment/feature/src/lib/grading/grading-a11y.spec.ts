import { gradingResponse, render, violations } from '../quizzes/testing/trainer-test-setup';
import { GradingPage } from './grading-page/grading-page';
import { GradingQueuePage } from './grading-queue-page/grading-queue-page';

// axe-core walks the whole jsdom tree: seconds per screen when CI runs every project at once.
jest.setTimeout(30_000);

const mark = (points: number, by: string, comment = '') => ({ points, comment, by, at: '2026-11-20T03:00:00Z' });

describe('grading screens (axe)', () => {
  it('the queue', async () => {
    const { fixture } = await render(GradingQueuePage, {}, (http) =>
      http.expectOne('/api/grading/queue').flush([
        { quizId: 3, quizTitle: 'Kiểm tra giữa khóa', courseCode: 'CDS05', questionId: 70, questionName: 'Kế hoạch CĐS của xã', pending: 4, disagreements: 1, graded: 10 },
      ]),
    );
    expect(await violations(fixture)).toEqual([]);
  });

  it("a response to settle with earlier comments, and the form's own refusal of empty points", async () => {
    const { fixture, el, http } = await render(GradingPage, { quizId: '3', questionId: '70' }, (h) => {
      h.expectOne('/api/grading/quizzes/3/questions/70').flush([
        gradingResponse(1, { state: 'disagreement', first: mark(6, 'Lê Văn Chấm', 'Thiếu lộ trình.'), second: mark(8, 'Phạm Thị Hai') }),
        gradingResponse(2),
      ]);
      h.expectOne('/api/grading/questions/70/comments').flush(['Bài làm đủ ý.', 'Cần nêu nguồn lực.']);
    });
    expect(await violations(fixture)).toEqual([]);
    (el.querySelector('[data-testid="save"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    http.verify();
    expect(await violations(fixture)).toEqual([]);
  });
});
