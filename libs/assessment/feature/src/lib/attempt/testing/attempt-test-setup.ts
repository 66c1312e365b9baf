import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { ATTEMPT_SAVE_DEBOUNCE_MS } from '@cds/assessment/data-access';
import { AttemptView, LearnerQuizDto } from '@cds/contracts';
import { provideAppIcons, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { ATTEMPT_WORDS } from '../i18n/attempt-words';

/** What the learner's quiz screens need in a spec: HTTP testing, Vietnamese words, icons, a short save pause. */
export function attemptTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    provideI18n(),
    provideTranslations(ATTEMPT_WORDS),
    provideNoopAnimations(),
    provideRouter([]),
    provideAppIcons(),
    provideDirectoryIcons(),
    { provide: ATTEMPT_SAVE_DEBOUNCE_MS, useValue: 1500 },
  ];
}

/** An element's text with its white space folded. */
export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The API's refusal with its code and sentence. */
export const refuse = (req: TestRequest, status: number, code: string, message: string) =>
  req.flush({ statusCode: status, error: 'Refused', message, code, correlationId: 'c' }, { status, statusText: 'Refused' });

/** An attempt under way with one question of every type; slot 1 answered and saved. */
export function attemptView(over: Partial<AttemptView> = {}, serverNow = Date.now()): AttemptView {
  return {
    id: 1,
    number: 2,
    state: 'in_progress',
    startedAt: new Date(serverNow - 5 * 60_000).toISOString(),
    deadlineAt: new Date(serverNow + 30 * 60_000).toISOString(),
    submittedAt: null,
    score: null,
    maxScore: 17,
    percent: null,
    passed: null,
    quizId: 3,
    quizTitle: 'Kiểm tra an toàn thông tin',
    classId: 5,
    serverNow: new Date(serverNow).toISOString(),
    questions: [
      {
        slot: 1,
        question: { type: 'single_choice', html: '<p>Mật khẩu nào <strong>mạnh</strong> nhất?</p>', points: 2, options: [{ id: 'a', html: '<p>123456</p>' }, { id: 'b', html: '<p>Gi@oThuy-2025!x</p>' }] },
        answer: { type: 'single_choice', optionId: 'b' },
        seq: 3,
      },
      {
        slot: 2,
        question: { type: 'multiple_choice', html: '<p>Cổng nào cung cấp dịch vụ công trực tuyến?</p>', points: 1, options: [{ id: 'a', html: '<p>Cổng quốc gia</p>' }, { id: 'b', html: '<p>Cổng của tỉnh</p>' }, { id: 'c', html: '<p>Mạng xã hội</p>' }] },
        answer: null,
        seq: 0,
      },
      { slot: 3, question: { type: 'true_false', html: '<p>Nên dùng một mật khẩu cho mọi tài khoản.</p>', points: 1 }, answer: null, seq: 0 },
      { slot: 4, question: { type: 'short_answer', html: '<p>Tỉnh lỵ của Nam Định?</p>', points: 1 }, answer: null, seq: 0 },
      { slot: 5, question: { type: 'numeric', html: '<p>Giao Thủy có bao nhiêu xã?</p>', points: 1 }, answer: null, seq: 0 },
      {
        slot: 6,
        question: {
          type: 'matching',
          html: '<p>Ghép cơ quan với việc của nó.</p>',
          points: 3,
          prompts: [{ id: 'a', html: '<p>Sở KH&amp;CN</p>' }, { id: 'b', html: '<p>Tổ công nghệ số cộng đồng</p>' }],
          choices: ['Hướng dẫn người dân', 'Quản lý nhà nước về CĐS', 'Thu thuế'],
        },
        answer: null,
        seq: 0,
      },
      { slot: 7, question: { type: 'essay', html: '<p>Trình bày kế hoạch CĐS của xã bạn.</p>', points: 8, maxWords: 5 }, answer: null, seq: 0 },
    ],
    review: null,
    ...over,
  };
}

/** A learner's quiz as the class list shows it. */
export function learnerQuiz(over: Partial<LearnerQuizDto> = {}): LearnerQuizDto {
  return {
    id: 3,
    classId: 5,
    title: 'Kiểm tra an toàn thông tin',
    descriptionHtml: '<p>Bài kiểm tra cuối chuyên đề.</p>',
    questionCount: 10,
    timeLimitMinutes: 30,
    opensAt: '2026-11-30T01:00:00Z',
    closesAt: '2026-12-05T10:00:00Z',
    maxAttempts: 2,
    passPercent: 60,
    gradingMethod: 'highest',
    attempts: [],
    inProgressId: null,
    blocked: null,
    result: null,
    serverNow: '2026-11-30T02:00:00Z',
    ...over,
  };
}
