import type {
  EssayQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericQuestion,
  QuestionBody,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from '@cds/contracts';

/** Question builders for the small tests (not exported by the library). */
const base = { name: '', text: 'Câu hỏi?', generalFeedback: '', points: 1, tags: [] as string[] };

export const single = (over: Partial<SingleChoiceQuestion> = {}): SingleChoiceQuestion => ({
  ...base,
  type: 'single_choice',
  options: [
    { id: 'a', text: 'Hà Nội', weight: 100, feedback: 'Đúng rồi' },
    { id: 'b', text: 'Huế', weight: 50, feedback: 'Kinh đô cũ' },
    { id: 'c', text: 'Đà Nẵng', weight: 0, feedback: '' },
    { id: 'd', text: 'Không có', weight: -50, feedback: 'Sai' },
  ],
  ...over,
});

export const multiple = (over: Partial<MultipleChoiceQuestion> = {}): MultipleChoiceQuestion => ({
  ...base,
  type: 'multiple_choice',
  options: [
    { id: 'a', text: 'Hai', weight: 50, feedback: 'a ok' },
    { id: 'b', text: 'Ba', weight: 50, feedback: 'b ok' },
    { id: 'c', text: 'Bốn', weight: -100, feedback: 'c sai' },
    { id: 'd', text: 'Chín', weight: -100, feedback: '' },
  ],
  ...over,
});

export const trueFalse = (over: Partial<TrueFalseQuestion> = {}): TrueFalseQuestion => ({
  ...base,
  type: 'true_false',
  correct: true,
  feedbackTrue: 'Bạn chọn Đúng',
  feedbackFalse: 'Bạn chọn Sai',
  ...over,
});

export const shortAnswer = (over: Partial<ShortAnswerQuestion> = {}): ShortAnswerQuestion => ({
  ...base,
  type: 'short_answer',
  answers: [{ text: 'Hà Nội', weight: 100, feedback: 'Chính xác' }],
  caseSensitive: false,
  ignoreDiacritics: false,
  ...over,
});

export const numeric = (over: Partial<NumericQuestion> = {}): NumericQuestion => ({
  ...base,
  type: 'numeric',
  answers: [{ kind: 'tolerance', value: 3.5, tolerance: 0, weight: 100, feedback: 'Ba phẩy năm' }],
  ...over,
});

export const matching = (over: Partial<MatchingQuestion> = {}): MatchingQuestion => ({
  ...base,
  type: 'matching',
  pairs: [
    { id: 'p1', prompt: 'Việt Nam', answer: 'Hà Nội' },
    { id: 'p2', prompt: 'Lào', answer: 'Viêng Chăn' },
    { id: 'p3', prompt: 'Campuchia', answer: 'Phnôm Pênh' },
    { id: 'p4', prompt: 'Thái Lan', answer: 'Băng Cốc' },
  ],
  distractors: ['Yangon'],
  ...over,
});

export const essay = (over: Partial<EssayQuestion> = {}): EssayQuestion => ({
  ...base,
  type: 'essay',
  rubric: 'Chấm theo ý',
  maxWords: 300,
  ...over,
});

export const everyType = (): QuestionBody[] => [single(), multiple(), trueFalse(), shortAnswer(), numeric(), matching(), essay()];
