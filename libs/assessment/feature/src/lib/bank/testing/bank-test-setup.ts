import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { QuestionBody, QuestionDetail } from '@cds/contracts';
import { provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { ASSESSMENT_WORDS } from '../../i18n/assessment-words';
import { QUESTION_PREVIEW_DEBOUNCE_MS } from '../question-editor-page/question-editor-page';

/**
 * What the question bank screens need in a spec: HTTP testing, Vietnamese words, icons. The text
 * preview waits a minute unless a spec says otherwise, so only the specs about it see its requests.
 */
export function bankTestProviders(previewDebounceMs = 60_000): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    provideI18n(),
    provideTranslations(ASSESSMENT_WORDS),
    provideNoopAnimations(),
    provideRouter([]),
    provideDirectoryIcons(),
    { provide: QUESTION_PREVIEW_DEBOUNCE_MS, useValue: previewDebounceMs },
  ];
}

/** An element's text with its white space folded. */
export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The API's refusal with its code and sentence. */
export const refuse = (req: TestRequest, status: number, code: string, message: string) =>
  req.flush({ statusCode: status, error: 'Refused', message, code }, { status, statusText: 'Refused' });

/** One question of every type, as the API stores them. */
export const SAMPLE_BODIES = {
  single_choice: {
    type: 'single_choice',
    name: 'Mật khẩu mạnh',
    text: 'Mật khẩu nào **mạnh** nhất?',
    generalFeedback: 'Mật khẩu dài, nhiều loại ký tự.',
    points: 2,
    tags: ['an toàn thông tin', 'mật khẩu'],
    options: [
      { id: 'a', text: '123456', weight: 0, feedback: 'Quá dễ đoán.' },
      { id: 'b', text: 'Gi@oThuy-2025!x', weight: 100, feedback: '' },
      { id: 'c', text: 'matkhau', weight: 0, feedback: '' },
    ],
  },
  multiple_choice: {
    type: 'multiple_choice',
    name: 'Dịch vụ công',
    text: 'Những cổng nào cung cấp dịch vụ công trực tuyến?',
    generalFeedback: '',
    points: 1,
    tags: [],
    options: [
      { id: 'a', text: 'Cổng Dịch vụ công quốc gia', weight: 50, feedback: '' },
      { id: 'b', text: 'Cổng dịch vụ công của tỉnh', weight: 50, feedback: '' },
      { id: 'c', text: 'Mạng xã hội', weight: -50, feedback: 'Không phải.' },
    ],
  },
  true_false: {
    type: 'true_false',
    name: '',
    text: 'Nên dùng một mật khẩu cho mọi tài khoản.',
    generalFeedback: '',
    points: 1,
    tags: ['mật khẩu'],
    correct: false,
    feedbackTrue: 'Không nên: lộ một là lộ tất cả.',
    feedbackFalse: 'Đúng vậy.',
  },
  short_answer: {
    type: 'short_answer',
    name: 'Thủ phủ',
    text: 'Tỉnh lỵ của Nam Định là thành phố nào?',
    generalFeedback: '',
    points: 1,
    tags: [],
    answers: [
      { text: 'Nam Định', weight: 100, feedback: '' },
      { text: 'TP Nam Định', weight: 50, feedback: 'Gần đúng.' },
    ],
    caseSensitive: false,
    ignoreDiacritics: true,
  },
  numeric: {
    type: 'numeric',
    name: 'Số xã',
    text: 'Huyện Giao Thủy có bao nhiêu xã trước năm 2025?',
    generalFeedback: '',
    points: 1,
    tags: [],
    answers: [
      { kind: 'tolerance', value: 22, tolerance: 0, weight: 100, feedback: '' },
      { kind: 'range', min: 20, max: 24, weight: 50, feedback: 'Gần đúng.' },
    ],
  },
  matching: {
    type: 'matching',
    name: 'Ghép cơ quan',
    text: 'Ghép cơ quan với việc của nó.',
    generalFeedback: '',
    points: 3,
    tags: [],
    pairs: [
      { id: 'a', prompt: 'Sở KH&CN', answer: 'Quản lý nhà nước về CĐS' },
      { id: 'b', prompt: 'Tổ công nghệ số cộng đồng', answer: 'Hướng dẫn người dân' },
    ],
    distractors: ['Thu thuế'],
  },
  essay: {
    type: 'essay',
    name: 'Kế hoạch',
    text: 'Trình bày kế hoạch CĐS của xã bạn.',
    generalFeedback: '',
    points: 10,
    tags: ['tự luận'],
    rubric: 'Có mục tiêu, lộ trình, nguồn lực.',
    maxWords: 500,
  },
} satisfies Record<QuestionBody['type'], QuestionBody>;

export const detailOf = (body: QuestionBody, over: Partial<QuestionDetail> = {}): QuestionDetail => ({
  id: 7,
  courseId: 5,
  versionId: 70,
  version: 3,
  body,
  html: `<p>${body.text}</p>`,
  createdBy: 2,
  updatedAt: '2026-11-20T03:00:00Z',
  ...over,
});
