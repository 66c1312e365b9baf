import type { ImportProblem, Locale } from '@cds/contracts';
import { registerMessages } from '@cds/api/common';

/** Refusals of a whole import file (the API answers them as errors, not as problems of a line). */
registerMessages({
  'assessment.import_xlsx_file': {
    vi: 'Tệp Excel phải được gửi dưới dạng tệp (trường “file”), không phải văn bản.',
    en: 'An Excel import must be sent as a file (field "file"), not as text.',
  },
  'assessment.import_not_xlsx': {
    vi: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải bảng tính .xlsx. Hãy mở tệp bằng Excel, lưu dưới dạng “Excel Workbook (.xlsx)” rồi thử lại.',
    en: 'The Excel file cannot be read: it is damaged or not an .xlsx workbook. Open it in Excel, save it as "Excel Workbook (.xlsx)" and try again.',
  },
  'assessment.import_xlsx_too_big': {
    vi: 'Bảng tính quá lớn khi giải nén (tối đa {max} MB). Hãy xóa hình ảnh, định dạng thừa hoặc chia thành nhiều tệp.',
    en: 'The workbook is too large once unpacked (at most {max} MB). Remove pictures and unused formatting, or split it into several files.',
  },
});

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
  xlsx_no_header: {
    vi: 'Không tìm thấy dòng tiêu đề có cột "Loại câu hỏi" và "Nội dung câu hỏi" trong trang "{sheet}" (xem trang "Hướng dẫn" của tệp mẫu).',
    en: 'No header row with the columns "Loại câu hỏi" and "Nội dung câu hỏi" on the sheet "{sheet}" (see the "Hướng dẫn" sheet of the template).',
  },
  xlsx_ignored_columns: {
    vi: 'Các cột sau không thuộc mẫu (hoặc bị lặp) nên được bỏ qua: {columns}.',
    en: 'These columns are not in the template (or appear twice) and are ignored: {columns}.',
  },
  xlsx_no_type: {
    vi: 'Chưa chọn loại câu hỏi (cột "Loại câu hỏi").',
    en: 'No question type (column "Loại câu hỏi").',
  },
  xlsx_unknown_type: {
    vi: 'Loại câu hỏi "{text}" không hợp lệ; dùng một trong: {types}.',
    en: 'Unknown question type "{text}"; use one of: {types}.',
  },
  xlsx_date: {
    vi: 'Ô {cell} được Excel hiểu là ngày tháng; hãy định dạng ô là Văn bản (Text) rồi nhập lại.',
    en: 'Excel took cell {cell} for a date; format the cell as Text and type it again.',
  },
  xlsx_formula: {
    vi: 'Ô {cell} có công thức nhưng tệp không lưu kết quả của nó; hãy mở tệp bằng Excel rồi lưu lại, hoặc nhập giá trị thay cho công thức.',
    en: 'Cell {cell} holds a formula whose result is not saved in the file; open and save the file in Excel, or type the value instead.',
  },
  xlsx_error_value: {
    vi: 'Ô {cell} đang báo lỗi {text}.',
    en: 'Cell {cell} shows the error {text}.',
  },
  xlsx_not_number: {
    vi: '"{text}" ở ô {cell} không phải là số.',
    en: '"{text}" in cell {cell} is not a number.',
  },
  xlsx_weight_alone: {
    vi: 'Ô {cell} có tỷ lệ điểm nhưng ô đáp án bên cạnh để trống.',
    en: 'Cell {cell} has a weight but the answer next to it is empty.',
  },
  xlsx_unused: {
    vi: 'Ô {cell} không dùng cho loại "{type}"; hãy xóa nội dung ô hoặc đổi loại câu hỏi.',
    en: 'Cell {cell} is not used by the type "{type}"; clear the cell or change the question type.',
  },
  xlsx_true_false: {
    vi: 'Câu Đúng/Sai cần ghi "Đúng" hoặc "Sai" ở ô {cell} (đang là "{text}").',
    en: 'A true/false question needs "Đúng" (true) or "Sai" (false) in cell {cell} (it holds "{text}").',
  },
  xlsx_numeric: {
    vi: '"{text}" ở ô {cell} không phải đáp án số: ghi một số (3,5), số và sai số (3,5 ± 0,1) hoặc khoảng (3..4).',
    en: '"{text}" in cell {cell} is not a numeric answer: write a number (3.5), a number and a tolerance (3.5 ± 0.1) or a range (3..4).',
  },
  xlsx_matching: {
    vi: 'Cặp ghép đôi "{text}" ở ô {cell} cần có dạng "vế trái = vế phải" (hoặc "Nhiễu: …" cho phương án nhiễu).',
    en: 'The matching pair "{text}" in cell {cell} must read "left = right" (or "Nhiễu: …" for a distractor).',
  },
  xlsx_yes_no: {
    vi: '"{text}" ở ô {cell} phải là "Có" hoặc "Không".',
    en: '"{text}" in cell {cell} must be "Có" (yes) or "Không" (no).',
  },
  xlsx_max_words: {
    vi: '"{text}" ở ô {cell} phải là số nguyên từ 0 trở lên.',
    en: '"{text}" in cell {cell} must be a whole number, 0 or more.',
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
