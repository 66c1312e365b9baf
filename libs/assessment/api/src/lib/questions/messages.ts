import { registerMessages } from '@cds/api/common';
import type { GradeProblem } from './grade';
import type { QuestionProblem } from './validate';

/** Messages for the question rules (authoring problems and unreadable answers), Vietnamese first. */
export const QUESTION_MESSAGES: Record<QuestionProblem | GradeProblem, { vi: string; en: string }> = {
  'assessment.points_not_positive': { vi: 'Điểm của câu hỏi phải lớn hơn 0.', en: 'The question must be worth more than 0 points.' },
  'assessment.text_required': { vi: 'Câu hỏi chưa có nội dung.', en: 'The question has no text.' },
  'assessment.too_few_options': { vi: 'Câu hỏi lựa chọn cần ít nhất hai phương án.', en: 'A choice question needs at least two options.' },
  'assessment.duplicate_option': { vi: 'Có hai phương án trùng nhau.', en: 'Two options are the same.' },
  'assessment.empty_option': { vi: 'Có phương án chưa có nội dung.', en: 'An option has no text.' },
  'assessment.no_full_credit': {
    vi: 'Cần ít nhất một đáp án được 100% số điểm.',
    en: 'At least one answer must be worth 100% of the points.',
  },
  'assessment.weights_not_100': {
    vi: 'Tổng trọng số dương của các phương án đúng phải bằng 100%.',
    en: 'The positive weights of the right options must add up to 100%.',
  },
  'assessment.weight_out_of_range': { vi: 'Trọng số phải nằm trong khoảng từ −100% đến 100%.', en: 'Weights must be between −100% and 100%.' },
  'assessment.no_answers': { vi: 'Câu hỏi chưa có đáp án được chấp nhận.', en: 'The question has no accepted answer.' },
  'assessment.empty_answer': { vi: 'Có đáp án được chấp nhận để trống.', en: 'An accepted answer is empty.' },
  'assessment.numeric_key_invalid': { vi: 'Đáp án dạng số không hợp lệ.', en: 'A numeric answer is not a valid number.' },
  'assessment.negative_tolerance': { vi: 'Sai số cho phép không được âm.', en: 'The tolerance cannot be negative.' },
  'assessment.range_reversed': {
    vi: 'Giá trị nhỏ nhất của khoảng không được lớn hơn giá trị lớn nhất.',
    en: 'The lower end of a range cannot be above its upper end.',
  },
  'assessment.too_few_pairs': { vi: 'Câu hỏi ghép đôi cần ít nhất hai cặp.', en: 'A matching question needs at least two pairs.' },
  'assessment.duplicate_prompt': { vi: 'Có hai vế trái trùng nhau trong câu hỏi ghép đôi.', en: 'Two prompts of the matching question are the same.' },
  'assessment.empty_pair': { vi: 'Có cặp ghép đôi thiếu vế trái hoặc vế phải.', en: 'A matching pair is missing its prompt or its answer.' },
  'assessment.max_words_invalid': {
    vi: 'Số từ tối đa phải là số nguyên không âm (0 là không giới hạn).',
    en: 'The word limit must be a whole number, 0 or more (0 means no limit).',
  },
  'assessment.not_a_number': {
    vi: 'Câu trả lời phải là một số, ví dụ 3,5 hoặc 3.5 (không dùng dấu phân cách hàng nghìn).',
    en: 'The answer must be a number, such as 3.5 or 3,5 (without thousands separators).',
  },
};

registerMessages(QUESTION_MESSAGES);
