import type { ImportProblem, Locale } from '@cds/contracts';

/**
 * The reasons an import gives for a line it could not read, Vietnamese first. `{x}` placeholders
 * are filled from the params. These end up in the import preview (`QuestionImportPreview.problems`).
 */
const REASONS = {
  unclosed_brace: {
    vi: 'Thiếu dấu "}" đóng câu hỏi.',
    en: 'Missing "}" to close the question.',
  },
  unopened_brace: {
    vi: 'Dấu "}" không có dấu "{" mở tương ứng (viết \\} nếu đó là chữ).',
    en: 'A "}" with no "{" to open it (write \\} for the character itself).',
  },
  nested_brace: {
    vi: 'Dấu "{" nằm trong một khối đáp án khác (viết \\{ nếu đó là chữ).',
    en: 'A "{" inside another answer block (write \\{ for the character itself).',
  },
  several_blocks: {
    vi: 'Một câu hỏi chỉ được có một khối đáp án {…}; câu hỏi nhiều khối (Cloze) không được hỗ trợ.',
    en: 'A question may have only one answer block {…}; questions with several blocks (Cloze) are not supported.',
  },
  description: {
    vi: 'Mục mô tả (văn bản không có khối đáp án {…}) không được nhập.',
    en: 'Description items (text with no answer block {…}) are not imported.',
  },
  unclosed_name: {
    vi: 'Tên câu hỏi thiếu "::" đóng.',
    en: 'The question name has no closing "::".',
  },
  empty_text: {
    vi: 'Câu hỏi không có nội dung.',
    en: 'The question has no text.',
  },
  unknown_construct: {
    vi: 'Không hiểu cú pháp trong khối đáp án: "{text}".',
    en: 'Unknown construct in the answer block: "{text}".',
  },
  bad_weight: {
    vi: '"{text}" không phải trọng số hợp lệ: dùng phần trăm từ -100 đến 100, ví dụ %50%.',
    en: '"{text}" is not a valid weight: use a percentage from -100 to 100, e.g. %50%.',
  },
  empty_option: { vi: 'Có phương án để trống.', en: 'An option is empty.' },
  too_few_options: {
    vi: 'Câu hỏi lựa chọn cần ít nhất hai phương án.',
    en: 'A choice question needs at least two options.',
  },
  weights_sum: {
    vi: 'Tổng trọng số các phương án đúng phải là 100% (hiện là {sum}%).',
    en: 'The weights of the right options must add up to 100% (they add up to {sum}%).',
  },
  no_full_answer: {
    vi: 'Cần ít nhất một đáp án được 100%.',
    en: 'At least one answer must be worth 100%.',
  },
  empty_answer: { vi: 'Có đáp án để trống.', en: 'An answer is empty.' },
  matching_one_pair: {
    vi: 'Câu hỏi ghép đôi cần ít nhất hai cặp "a -> b".',
    en: 'A matching question needs at least two "a -> b" pairs.',
  },
  matching_no_arrow: {
    vi: 'Cặp ghép đôi thiếu "->": "{text}".',
    en: 'A matching pair has no "->": "{text}".',
  },
  matching_empty: {
    vi: 'Cặp ghép đôi thiếu vế phải: "{text}".',
    en: 'A matching pair has nothing after "->": "{text}".',
  },
  not_a_number: {
    vi: '"{text}" không phải là số (dùng dấu chấm cho phần thập phân, ví dụ 3.14).',
    en: '"{text}" is not a number (use a dot for decimals, e.g. 3.14).',
  },
  bad_range: {
    vi: 'Khoảng "{text}" không hợp lệ: số đầu lớn hơn số cuối.',
    en: 'The range "{text}" is not valid: the first number is larger than the last.',
  },
  negative_tolerance: {
    vi: 'Sai số "{text}" không được âm.',
    en: 'The tolerance "{text}" must not be negative.',
  },
  no_numeric_answer: {
    vi: 'Câu hỏi số không có đáp án.',
    en: 'The numeric question has no answer.',
  },
  aiken_no_answer: {
    vi: 'Thiếu dòng "ANSWER: …" sau các phương án.',
    en: 'The "ANSWER: …" line is missing after the options.',
  },
  aiken_bad_letter: {
    vi: 'Đáp án "{text}" không phải là một phương án của câu hỏi.',
    en: 'The answer "{text}" is not one of the question\'s options.',
  },
  aiken_orphan_answer: {
    vi: 'Dòng "ANSWER" không đi sau câu hỏi có phương án nào.',
    en: 'An "ANSWER" line that follows no question with options.',
  },
  aiken_duplicate_letter: {
    vi: 'Phương án "{text}" bị lặp lại.',
    en: 'The option "{text}" appears twice.',
  },
} satisfies Record<string, Record<Locale, string>>;

export type ImportReason = keyof typeof REASONS;

export function importReason(
  lang: Locale,
  key: ImportReason,
  params: Record<string, string | number> = {},
): string {
  const template = REASONS[key][lang] ?? REASONS[key].vi;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Problems quote at most this many characters of the offending text. */
export const PROBLEM_TEXT_MAX = 120;

export function problem(
  line: number,
  text: string,
  reason: string,
): ImportProblem {
  return { line, text: text.trim().slice(0, PROBLEM_TEXT_MAX), reason };
}

/** Option and pair ids as the importers hand them out: 'a', 'b', … 'z', then 'o27', 'o28', … */
export function optionId(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `o${index + 1}`;
}
