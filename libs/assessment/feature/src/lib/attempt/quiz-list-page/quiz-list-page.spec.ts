import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AttemptSummary, LearnerQuizDto } from '@cds/contracts';
import { attemptTestProviders, attemptView, learnerQuiz, refuse, text } from '../testing/attempt-test-setup';
import { QuizListPage } from './quiz-list-page';

const LIST = '/api/classes/5/quizzes';

const done = (id: number, number: number, over: Partial<AttemptSummary> = {}): AttemptSummary => ({
  id,
  number,
  state: 'graded',
  startedAt: '2026-11-30T01:10:00Z',
  deadlineAt: '2026-11-30T01:40:00Z',
  submittedAt: '2026-11-30T01:35:00Z',
  score: 7.5,
  maxScore: 10,
  percent: 75,
  passed: true,
  ...over,
});

async function render(quizzes: LearnerQuizDto[]) {
  TestBed.configureTestingModule({ imports: [QuizListPage], providers: attemptTestProviders() });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(QuizListPage);
  fixture.componentRef.setInput('classId', 5);
  await fixture.whenStable();
  http.expectOne({ method: 'GET', url: LIST }).flush(quizzes);
  await fixture.whenStable();
  const el: HTMLElement = fixture.nativeElement;
  const cards = () => [...el.querySelectorAll<HTMLElement>('[data-testid="quiz"]')];
  return { fixture, http, el, cards };
}

describe('QuizListPage', () => {
  it('shows each quiz with its time limit, open and close times in Vietnam time, attempts, result and history', async () => {
    const { cards } = await render([learnerQuiz({ attempts: [done(11, 1)], result: { state: 'graded', percent: 75, passed: true } })]);
    const card = cards()[0];
    expect(text(card.querySelector('h2'))).toBe('Kiểm tra an toàn thông tin');
    expect(text(card.querySelector('[data-testid="time-limit"]'))).toBe('Thời gian làm bài: 30 phút');
    expect(text(card.querySelector('[data-testid="opens-at"]'))).toBe('Mở lúc 08:00 30/11/2026');
    expect(text(card.querySelector('[data-testid="closes-at"]'))).toBe('Đóng lúc 17:00 05/12/2026');
    expect(text(card.querySelector('[data-testid="attempts-used"]'))).toBe('Số lần làm bài: đã làm 1/2');
    expect(text(card.querySelector('[data-testid="result"]'))).toBe('Kết quả: 75% Đạt');
    expect(text(card.querySelector('[data-testid="start"]'))).toBe('Bắt đầu làm bài');
    const history = card.querySelector('[data-testid="history"] li');
    expect(text(history)).toBe('Lần 1 nộp lúc 08:35 30/11/2026 · 7,5/10 điểm (75%)');
    expect(history?.querySelector('a')?.getAttribute('href')).toBe('/assessment/attempts/11');
  });

  it('starts an attempt and opens it', async () => {
    const { fixture, http, cards } = await render([learnerQuiz()]);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    cards()[0].querySelector<HTMLButtonElement>('[data-testid="start"]')?.click();
    await fixture.whenStable();
    expect(text(cards()[0].querySelector('[data-testid="start"]'))).toBe('Đang bắt đầu…');
    http.expectOne({ method: 'POST', url: '/api/classes/5/quizzes/3/attempts' }).flush(attemptView({ id: 42 }));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/assessment', 'attempts', 42]);
  });

  it('offers to continue the attempt under way', async () => {
    const { cards } = await render([learnerQuiz({ inProgressId: 7, attempts: [done(7, 1, { state: 'in_progress', submittedAt: null, score: null, percent: null, passed: null })] })]);
    const resume = cards()[0].querySelector('[data-testid="resume"]');
    expect(text(resume)).toBe('Tiếp tục làm bài');
    expect(resume?.getAttribute('href')).toBe('/assessment/attempts/7');
    expect(cards()[0].querySelector('[data-testid="start"]')).toBeNull();
    expect(cards()[0].querySelector('[data-testid="history"]')).toBeNull();
  });

  it('says why a quiz cannot start: not open yet, closed, no attempts left', async () => {
    const { cards } = await render([
      learnerQuiz({ id: 1, blocked: 'not_open' }),
      learnerQuiz({ id: 2, blocked: 'closed' }),
      learnerQuiz({ id: 3, blocked: 'no_attempts_left', attempts: [done(1, 1), done(2, 2)] }),
    ]);
    expect(cards().map((c) => text(c.querySelector('[data-testid="blocked"]')))).toEqual([
      'Chưa mở Bài kiểm tra mở lúc 08:00 30/11/2026.',
      'Đã đóng Bài kiểm tra đã đóng, không nhận bài làm mới.',
      'Hết lượt làm bài Bạn đã dùng hết 2 lần làm bài.',
    ]);
    expect(cards().some((c) => c.querySelector('[data-testid="start"]'))).toBe(false);
  });

  it('shows "Đang chờ chấm" for a result awaiting an essay grade, never a fail', async () => {
    const { cards } = await render([
      learnerQuiz({ attempts: [done(4, 1, { state: 'awaiting_grading', score: null, percent: null, passed: null })], result: { state: 'awaiting_grading', percent: null, passed: null } }),
    ]);
    expect(text(cards()[0].querySelector('[data-testid="result"]'))).toBe('Đang chờ chấm');
    expect(text(cards()[0].querySelector('[data-testid="history"]'))).toContain('Đang chờ chấm');
    expect(text(cards()[0])).not.toContain('Không đạt');
  });

  it('shows a refused start on its quiz and reads the list again', async () => {
    const { fixture, http, cards } = await render([learnerQuiz()]);
    cards()[0].querySelector<HTMLButtonElement>('[data-testid="start"]')?.click();
    await fixture.whenStable();
    refuse(http.expectOne('/api/classes/5/quizzes/3/attempts'), 409, 'assessment.no_attempts_left', 'Bạn đã dùng hết 2 lần làm bài.');
    http.expectOne(LIST).flush([learnerQuiz({ blocked: 'no_attempts_left' })]);
    await fixture.whenStable();
    expect(text(cards()[0].querySelector('[role="alert"]'))).toBe('Bạn đã dùng hết 2 lần làm bài.');
    expect(cards()[0].querySelector('[data-testid="blocked"]')).not.toBeNull();
  });

  it('says when the class has no quizzes, and when the list cannot be read', async () => {
    const empty = await render([]);
    expect(text(empty.el.querySelector('[data-testid="empty"]'))).toBe('Lớp chưa có bài kiểm tra nào.');
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ imports: [QuizListPage], providers: attemptTestProviders() });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(QuizListPage);
    fixture.componentRef.setInput('classId', 5);
    await fixture.whenStable();
    refuse(http.expectOne(LIST), 403, 'assessment.not_in_class', 'Bạn không học lớp này.');
    await fixture.whenStable();
    expect(text((fixture.nativeElement as HTMLElement).querySelector('[data-testid="load-failed"] p'))).toBe('Bạn không học lớp này.');
  });
});
