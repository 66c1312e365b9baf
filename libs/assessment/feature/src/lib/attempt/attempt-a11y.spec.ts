import { HttpTestingController } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import * as axe from 'axe-core';
import { AttemptPage } from './attempt-page/attempt-page';
import { QuizListPage } from './quiz-list-page/quiz-list-page';
import { attemptTestProviders, attemptView, learnerQuiz } from './testing/attempt-test-setup';

// axe-core walks the whole jsdom tree: seconds per screen when CI runs every project at once.
jest.setTimeout(30_000);

/**
 * axe (WCAG 2.1 A/AA and best practices) on each screen with data, in jsdom: names, roles, labels,
 * landmarks, ids. Contrast needs a real browser (the e2e suite); page-level rules need the shell.
 */
async function violations(el: HTMLElement): Promise<string[]> {
  const attached = el.isConnected;
  if (!attached) document.body.appendChild(el);
  const result = await axe.run(el, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    rules: {
      'color-contrast': { enabled: false },
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  if (!attached) el.remove();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 140)).join(' | ')}`);
}

async function render<T>(component: Type<T>, inputs: Record<string, unknown>, answer: (http: HttpTestingController) => void) {
  TestBed.configureTestingModule({ imports: [component], providers: attemptTestProviders() });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [k, v] of Object.entries(inputs)) fixture.componentRef.setInput(k, v);
  await fixture.whenStable();
  answer(http);
  await fixture.whenStable();
  return { fixture, http, el: fixture.nativeElement as HTMLElement };
}

describe('learner quiz screens (axe)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it("the class's quizzes: to start, to continue, blocked, with results and history", async () => {
    const attempt = { id: 1, number: 1, state: 'graded' as const, startedAt: '2026-11-30T01:00:00Z', deadlineAt: null, submittedAt: '2026-11-30T01:20:00Z', score: 8, maxScore: 10, percent: 80, passed: true };
    const { el } = await render(QuizListPage, { classId: 5 }, (http) =>
      http.expectOne('/api/classes/5/quizzes').flush([
        learnerQuiz({ id: 1, attempts: [attempt], result: { state: 'graded', percent: 80, passed: true } }),
        learnerQuiz({ id: 2, inProgressId: 9, timeLimitMinutes: 0, opensAt: null, closesAt: null, maxAttempts: 0 }),
        learnerQuiz({ id: 3, blocked: 'not_open' }),
        learnerQuiz({ id: 4, blocked: 'no_attempts_left', result: { state: 'awaiting_grading', percent: null, passed: null } }),
      ]),
    );
    expect(await violations(el)).toEqual([]);
  });

  it('the attempt page, on every question type, and the submit dialog', async () => {
    const { fixture, el } = await render(AttemptPage, { attemptId: 1 }, (http) => http.expectOne('/api/attempts/1').flush(attemptView()));
    const map = () => [...el.querySelectorAll<HTMLButtonElement>('[data-testid="map"] button')];
    for (let i = 0; i < map().length; i++) {
      map()[i].click();
      await fixture.whenStable();
      expect({ question: i + 1, violations: await violations(el) }).toEqual({ question: i + 1, violations: [] });
    }
    el.querySelector<HTMLButtonElement>('[data-testid="submit"]')?.click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(await violations(dialog)).toEqual([]);
  });

  it('the review, with score, answers, key and feedback', async () => {
    const base = attemptView();
    const view = attemptView({
      state: 'awaiting_grading',
      submittedAt: '2026-11-30T02:30:00Z',
      questions: base.questions.map((q) => (q.slot === 7 ? { ...q, answer: { type: 'essay', text: 'Kế hoạch' } } : q)),
      review: {
        showsScore: true,
        showsResponses: true,
        showsCorrect: true,
        showsFeedback: true,
        questions: [
          { slot: 1, points: 2, maxPoints: 2, state: 'answered', key: { type: 'single_choice', optionIds: ['b'] }, feedbackHtml: ['<p>Đúng.</p>'] },
          { slot: 2, points: 0, maxPoints: 1, state: 'not_answered', key: { type: 'multiple_choice', optionIds: ['a', 'b'] }, feedbackHtml: [] },
          { slot: 3, points: 0, maxPoints: 1, state: 'not_answered', key: { type: 'true_false', value: false }, feedbackHtml: [] },
          { slot: 4, points: 0, maxPoints: 1, state: 'not_answered', key: { type: 'short_answer', answers: ['Nam Định'] }, feedbackHtml: [] },
          { slot: 5, points: 0, maxPoints: 1, state: 'not_answered', key: { type: 'numeric', answers: ['22'] }, feedbackHtml: [] },
          { slot: 6, points: 0, maxPoints: 3, state: 'not_answered', key: { type: 'matching', matches: { a: 'Quản lý nhà nước về CĐS', b: 'Hướng dẫn người dân' } }, feedbackHtml: [] },
          { slot: 7, points: null, maxPoints: 8, state: 'awaiting_grading', key: { type: 'essay' }, feedbackHtml: [] },
        ],
      },
    });
    const { el } = await render(AttemptPage, { attemptId: 1 }, (http) => http.expectOne('/api/attempts/1').flush(view));
    expect(el.querySelectorAll('[data-testid="review-question"]').length).toBe(7);
    expect(await violations(el)).toEqual([]);
  });
});
