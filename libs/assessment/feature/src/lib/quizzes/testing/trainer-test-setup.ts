import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { ClassSummary, GradingResponse, QuestionSummary, QuizDto } from '@cds/contracts';
import { AuthStore, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import * as axe from 'axe-core';
import { GRADING_WORDS } from '../../grading/i18n/grading-words';
import { ASSESSMENT_WORDS } from '../../i18n/assessment-words';
import { QUIZ_WORDS } from '../i18n/quiz-words';

/** The signed-in trainer of the specs. */
export const ME = 'Trần Thị Giảng';

/** What the trainer's screens need in a spec: HTTP testing, the words of the question bank, quizzes and grading, icons, the trainer. */
export function trainerTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    provideI18n(),
    provideTranslations(ASSESSMENT_WORDS),
    provideTranslations(QUIZ_WORDS),
    provideTranslations(GRADING_WORDS),
    provideNoopAnimations(),
    provideRouter([]),
    provideDirectoryIcons(),
    { provide: AuthStore, useValue: { user: () => ({ fullName: ME }) } },
  ];
}

/** Renders a screen with its route inputs, lets `answer` flush its first requests, and waits for it to settle. */
export async function render<T>(component: Type<T>, inputs: Record<string, unknown>, answer: (http: HttpTestingController) => void = () => undefined) {
  TestBed.configureTestingModule({ imports: [component], providers: trainerTestProviders() });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [k, v] of Object.entries(inputs)) fixture.componentRef.setInput(k, v);
  await fixture.whenStable();
  answer(http);
  await fixture.whenStable();
  return { fixture, http, el: fixture.nativeElement as HTMLElement };
}

/** An element's text with its white space folded. */
export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The cells of each row of a table body, as text. */
export const rows = (el: Element | null): string[][] => Array.from(el?.querySelectorAll('tbody tr') ?? [], (tr) => Array.from(tr.children, text));

/** The API's refusal with its code and sentence. */
export const refuse = (req: TestRequest, status: number, code: string, message: string) =>
  req.flush({ statusCode: status, error: 'Refused', message, code }, { status, statusText: 'Refused' });

/** Types into a field (input, textarea or select) as a person would. */
export function type(el: HTMLElement, testId: string, value: string): void {
  const field = el.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
  if (!field) throw new Error(`no field ${testId}`);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
}

export function click(el: HTMLElement, selector: string): void {
  const target = el.querySelector(selector.startsWith('[') || selector.includes(' ') ? selector : `[data-testid="${selector}"]`) as HTMLElement | null;
  if (!target) throw new Error(`nothing to click: ${selector}`);
  target.click();
}

/**
 * axe (WCAG 2.1 A/AA and best practices) on a screen in jsdom: names, roles, labels, ids. Contrast
 * needs a real browser (the e2e suite); page-level rules need the shell.
 */
export async function violations(fixture: ComponentFixture<unknown>): Promise<string[]> {
  const el: HTMLElement = fixture.nativeElement;
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
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
}

// ---- sample data ----

export const QUESTIONS: QuestionSummary[] = [
  { id: 7, courseId: 5, version: 3, type: 'true_false', name: 'Mật khẩu', tags: ['mật khẩu', 'an toàn thông tin'], excerpt: 'Nên dùng…', updatedAt: '2026-11-20T03:00:00Z' },
  { id: 8, courseId: 5, version: 1, type: 'essay', name: 'Kế hoạch CĐS', tags: ['tự luận'], excerpt: 'Trình bày…', updatedAt: '2026-11-20T03:00:00Z' },
  { id: 9, courseId: 5, version: 2, type: 'single_choice', name: '', tags: ['an toàn thông tin'], excerpt: 'Thư lừa đảo là gì?', updatedAt: '2026-11-20T03:00:00Z' },
];

export const CLASSES = [
  { id: 12, code: 'ATTT-01', title: 'An toàn thông tin cho cán bộ xã, khóa 1', courseId: 5 },
  { id: 13, code: 'ATTT-02', title: 'An toàn thông tin cho cán bộ xã, khóa 2', courseId: 5 },
] as ClassSummary[];

export const quizDto = (over: Partial<QuizDto> = {}): QuizDto => ({
  id: 3,
  courseId: 5,
  title: 'Kiểm tra cuối khóa',
  description: 'Làm trong **30 phút**.',
  moduleId: 40,
  classId: null,
  selection: { kind: 'fixed', questionIds: [7, 8] },
  shuffleQuestions: false,
  shuffleOptions: true,
  timeLimitMinutes: 30,
  opensAt: '2026-11-20T01:00:00.000Z',
  closesAt: null,
  maxAttempts: 1,
  passPercent: 50,
  gradingMethod: 'highest',
  review: { score: 'after_submit', responses: 'after_submit', correct: 'after_close', feedback: 'after_close' },
  secondMarker: false,
  published: false,
  questionCount: 2,
  updatedAt: '2026-11-20T03:00:00Z',
  ...over,
});

/** Answers the settings screen's reads of a saved quiz: the quiz, its bank and classes, its overrides. */
export function answerSavedQuiz(http: HttpTestingController, quiz = quizDto()): void {
  http.expectOne('/api/quizzes/3').flush(quiz);
}

export function answerCourse(http: HttpTestingController): void {
  http.expectOne('/api/courses/5/questions').flush(QUESTIONS);
  http.expectOne((r) => r.url === '/api/classes').flush({ items: CLASSES, nextCursor: null });
}

export const gradingResponse = (attemptId: number, over: Partial<GradingResponse> = {}): GradingResponse => ({
  attemptId,
  slot: 2,
  personId: 100 + attemptId,
  fullName: `Học viên ${attemptId}`,
  classCode: 'ATTT-01',
  submittedAt: '2026-11-20T01:00:00Z',
  questionHtml: '<p>Trình bày kế hoạch <strong>CĐS</strong> của xã bạn.</p>',
  rubricHtml: '<p>Có mục tiêu, lộ trình, nguồn lực.</p>',
  maxPoints: 10,
  maxWords: 5,
  text: 'Xã em sẽ số hóa hồ sơ.',
  words: 6,
  first: null,
  second: null,
  points: null,
  state: 'pending',
  ...over,
});
