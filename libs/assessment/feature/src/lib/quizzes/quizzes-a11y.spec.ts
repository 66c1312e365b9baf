import { QuizResultsDto } from '@cds/contracts';
import { CourseQuizzesPage } from './course-quizzes-page/course-quizzes-page';
import { QuizResultsPage } from './quiz-results-page/quiz-results-page';
import { QuizSettingsPage } from './quiz-settings-page/quiz-settings-page';
import { answerCourse, CLASSES, click, quizDto, refuse, render, violations } from './testing/trainer-test-setup';

// axe-core walks the whole jsdom tree: seconds per screen when CI runs every project at once.
jest.setTimeout(30_000);

const results: QuizResultsDto = {
  quizId: 3,
  quizTitle: 'Kiểm tra cuối khóa',
  classId: 12,
  classCode: 'ATTT-01',
  passPercent: 50,
  rows: [
    { personId: 1, fullName: 'Bùi Thị Hà', unitName: 'Xã Giao Minh', attempts: 1, state: 'awaiting_grading', percent: null, passed: null },
    { personId: 2, fullName: 'Đặng Văn Hùng', unitName: 'Xã Giao Lạc', attempts: 2, state: 'graded', percent: 72.5, passed: true },
  ],
  distribution: Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: (i + 1) * 10, count: i === 7 ? 1 : 0 })),
  mean: 72.5,
  passRate: 100,
};

describe('quiz screens (axe)', () => {
  it('the list', async () => {
    const { fixture } = await render(CourseQuizzesPage, { courseId: '5' }, (http) => {
      http.expectOne('/api/courses/5/quizzes').flush([quizDto(), quizDto({ id: 4, classId: 12, published: true })]);
      http.expectOne((r) => r.url === '/api/classes').flush({ items: CLASSES, nextCursor: null });
    });
    expect(await violations(fixture)).toEqual([]);
  });

  it('a new quiz with fixed questions, then random draws, then a save the form refuses', async () => {
    const { fixture, el, http } = await render(QuizSettingsPage, { courseId: '5' }, answerCourse);
    (el.querySelector('[data-testid="pick-question"]') as HTMLSelectElement).value = '7';
    el.querySelector('[data-testid="pick-question"]')?.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    click(el, 'add-question');
    await fixture.whenStable();
    expect(await violations(fixture)).toEqual([]);

    click(el, '[data-testid="kind"] input[value="random"]');
    await fixture.whenStable();
    click(el, 'add-draw');
    await fixture.whenStable();
    click(el, 'save');
    await fixture.whenStable();
    http.expectNone((r) => r.method === 'POST');
    expect(el.querySelector('[data-testid="fix-first"]')).not.toBeNull();
    expect(await violations(fixture)).toEqual([]);
  });

  it('a saved quiz with its overrides (and the form) and a regrade dry run', async () => {
    const { fixture, el, http } = await render(QuizSettingsPage, { quizId: '3' }, (h) => h.expectOne('/api/quizzes/3').flush(quizDto()));
    answerCourse(http);
    http.expectOne('/api/quizzes/3/overrides').flush([
      { quizId: 3, personId: 105, fullName: 'Vũ Thị Lan', extraMinutes: 15, extraAttempts: 1, opensAt: null, closesAt: '2026-12-05T10:00:00.000Z', reason: 'Thi bù' },
    ]);
    await fixture.whenStable();
    click(el, 'override-add');
    await fixture.whenStable();
    http.expectOne('/api/classes/12/enrolments').flush([]);
    click(el, 'regrade-check');
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/quizzes/3/regrade').flush({
      dryRun: true,
      attemptsChecked: 3,
      responsesRegraded: 1,
      changes: [{ attemptId: 1, personId: 2, fullName: 'Đặng Văn Hùng', number: 1, before: { percent: 40, passed: false }, after: { percent: 60, passed: true } }],
    });
    await fixture.whenStable();
    expect(await violations(fixture)).toEqual([]);
    click(el, 'override-save');
    await fixture.whenStable();
    expect(await violations(fixture)).toEqual([]);
  });

  it('the results with the chart', async () => {
    const { fixture } = await render(QuizResultsPage, { quizId: '3', classId: '12' }, (http) => {
      http.expectOne('/api/quizzes/3').flush(quizDto());
      http.expectOne('/api/quizzes/3/results?classId=12').flush(results);
    });
    expect(await violations(fixture)).toEqual([]);
  });

  it('the results refused', async () => {
    const refused = await render(QuizResultsPage, { quizId: '3', classId: '99' }, (http) => {
      http.expectOne('/api/quizzes/3').flush(quizDto());
      refuse(http.expectOne('/api/quizzes/3/results?classId=99'), 404, 'assessment.quiz_not_in_class', 'Bài kiểm tra không thuộc lớp này.');
    });
    expect(await violations(refused.fixture)).toEqual([]);
  });
});
