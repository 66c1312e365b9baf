import type { QuestionType } from '@cds/contracts';
import ExcelJS from 'exceljs';

/**
 * The Excel template of the question bank: one row per question on the sheet "Câu hỏi", Vietnamese
 * headers, a drop-down for the type, and a sheet "Hướng dẫn" that explains every column and shows
 * one example row per type. `parseExcel` reads what a trainer fills in.
 */

/** The sheet the questions are read from (else the first sheet). */
export const QUESTION_SHEET = 'Câu hỏi';
export const HELP_SHEET = 'Hướng dẫn';
/** How many answer columns the template has, each followed by its weight column. */
export const EXCEL_ANSWERS = 8;
/** Rows of the question sheet that carry the drop-downs (an import holds at most 500 questions). */
const FILL_ROWS = 500;

/** The question types as a Vietnamese trainer names them; the API names are accepted too. */
export const EXCEL_TYPE_NAMES: Record<QuestionType, string> = {
  single_choice: 'Một lựa chọn',
  multiple_choice: 'Nhiều lựa chọn',
  true_false: 'Đúng/Sai',
  short_answer: 'Trả lời ngắn',
  numeric: 'Số',
  matching: 'Ghép đôi',
  essay: 'Tự luận',
};

export const EXCEL_YES = 'Có';
export const EXCEL_NO = 'Không';
/** Prefix of a matching answer that matches no prompt ("Nhiễu: Lưu trữ dữ liệu"). */
export const EXCEL_DISTRACTOR = 'Nhiễu:';

type AnswerKey = `answer${number}`;
type WeightKey = `weight${number}`;
export type ExcelColumnKey =
  | 'type'
  | 'name'
  | 'text'
  | 'points'
  | 'tags'
  | 'generalFeedback'
  | AnswerKey
  | WeightKey
  | 'caseSensitive'
  | 'ignoreDiacritics'
  | 'rubric'
  | 'maxWords';

export interface ExcelColumn {
  key: ExcelColumnKey;
  header: string;
  required: boolean;
  width: number;
  /** Typed as text in Excel, so "1/2" stays "1/2" instead of becoming a date. */
  asText: boolean;
  help: string;
}

const answerHelp =
  'Một lựa chọn / Nhiều lựa chọn: nội dung phương án. Đúng/Sai: ghi "Đúng" hoặc "Sai" ở Đáp án 1. ' +
  'Trả lời ngắn: một câu trả lời được chấp nhận (dấu * thay cho một đoạn bất kỳ). ' +
  'Số: một số (3,5), số và sai số (3,5 ± 0,1 hoặc 3,5 +- 0,1) hoặc khoảng (3..4). ' +
  `Ghép đôi: "vế trái = vế phải" (hoặc "vế trái -> vế phải" khi vế trái có dấu =); "${EXCEL_DISTRACTOR} …" là phương án nhiễu không ghép với vế nào.`;
const weightHelp =
  'Phần trăm số điểm của đáp án bên trái, từ -100 đến 100 (ví dụ 100, 50 hoặc 50%). Một lựa chọn: đáp án đúng ghi 100, để trống là 0. ' +
  'Nhiều lựa chọn: các đáp án đúng cộng lại đúng 100, đáp án sai có thể âm để trừ điểm. Trả lời ngắn và Số: để trống là 100. ' +
  'Không dùng cho Đúng/Sai, Ghép đôi, Tự luận.';

export const EXCEL_COLUMNS: readonly ExcelColumn[] = [
  {
    key: 'type',
    header: 'Loại câu hỏi',
    required: true,
    width: 18,
    asText: true,
    help: `Bắt buộc. Chọn trong danh sách: ${Object.values(EXCEL_TYPE_NAMES).join('; ')}.`,
  },
  {
    key: 'name',
    header: 'Tên',
    required: false,
    width: 22,
    asText: true,
    help: 'Tên ngắn để giảng viên nhận ra câu hỏi; học viên không thấy.',
  },
  {
    key: 'text',
    header: 'Nội dung câu hỏi (Markdown)',
    required: true,
    width: 50,
    asText: true,
    help: 'Bắt buộc. Có thể dùng Markdown: **đậm**, *nghiêng*, danh sách; xuống dòng trong ô bằng Alt+Enter.',
  },
  {
    key: 'points',
    header: 'Điểm',
    required: false,
    width: 8,
    asText: false,
    help: 'Điểm tối đa của câu hỏi, lớn hơn 0; để trống là 1.',
  },
  {
    key: 'tags',
    header: 'Thẻ (cách nhau bằng dấu phẩy)',
    required: false,
    width: 24,
    asText: true,
    help: 'Ví dụ: an toàn thông tin, cơ bản. Dùng để lọc và rút câu hỏi theo thẻ.',
  },
  {
    key: 'generalFeedback',
    header: 'Phản hồi chung',
    required: false,
    width: 30,
    asText: true,
    help: 'Học viên thấy sau khi làm bài (theo chính sách xem lại của bài kiểm tra).',
  },
  ...Array.from({ length: EXCEL_ANSWERS }, (_, i): ExcelColumn[] => [
    {
      key: `answer${i + 1}`,
      header: `Đáp án ${i + 1}`,
      required: false,
      width: 22,
      asText: true,
      help: answerHelp,
    },
    {
      key: `weight${i + 1}`,
      header: `Tỷ lệ điểm ${i + 1} (%)`,
      required: false,
      width: 10,
      asText: false,
      help: weightHelp,
    },
  ]).flat(),
  {
    key: 'caseSensitive',
    header: 'Phân biệt chữ hoa (trả lời ngắn)',
    required: false,
    width: 16,
    asText: true,
    help: `Chỉ cho Trả lời ngắn: "${EXCEL_YES}" thì "hà nội" khác "Hà Nội"; để trống là ${EXCEL_NO}.`,
  },
  {
    key: 'ignoreDiacritics',
    header: 'Chấp nhận không dấu (trả lời ngắn)',
    required: false,
    width: 16,
    asText: true,
    help: `Chỉ cho Trả lời ngắn: "${EXCEL_YES}" thì "Ha Noi" cũng đúng với "Hà Nội"; để trống là ${EXCEL_NO}.`,
  },
  {
    key: 'rubric',
    header: 'Hướng dẫn chấm (tự luận)',
    required: false,
    width: 30,
    asText: true,
    help: 'Chỉ cho Tự luận: hướng dẫn cho người chấm; học viên không thấy.',
  },
  {
    key: 'maxWords',
    header: 'Số từ tối đa (tự luận)',
    required: false,
    width: 12,
    asText: false,
    help: 'Chỉ cho Tự luận: số nguyên; để trống hoặc 0 là không giới hạn.',
  },
];

type ExampleRow = Partial<Record<ExcelColumnKey, string | number>>;

/** One example per type, shown on the help sheet; they must import as they are (a test checks). */
export const EXCEL_EXAMPLES: readonly ExampleRow[] = [
  {
    type: EXCEL_TYPE_NAMES.single_choice,
    name: 'Cổng Dịch vụ công',
    text: 'Cổng Dịch vụ công quốc gia có địa chỉ nào?',
    points: 1,
    tags: 'dịch vụ công, cơ bản',
    generalFeedback: 'Địa chỉ chính thức là dichvucong.gov.vn.',
    answer1: 'dichvucong.gov.vn',
    weight1: 100,
    answer2: 'dichvucong.vn',
    answer3: 'congdichvu.gov.vn',
  },
  {
    type: EXCEL_TYPE_NAMES.multiple_choice,
    name: 'Mật khẩu mạnh',
    text: 'Chọn **các** mật khẩu mạnh:',
    points: 2,
    tags: 'an toàn thông tin',
    answer1: 'Tr0ng#Dai!2025',
    weight1: 50,
    answer2: 'Ngựa-Pin-Kẹp-Giấy-42',
    weight2: 50,
    answer3: '123456',
    weight3: -100,
  },
  {
    type: EXCEL_TYPE_NAMES.true_false,
    name: 'Mã OTP',
    text: 'Tin nhắn đề nghị đọc mã OTP qua điện thoại là dấu hiệu lừa đảo.',
    tags: 'an toàn thông tin',
    answer1: 'Đúng',
  },
  {
    type: EXCEL_TYPE_NAMES.short_answer,
    name: 'Viết tắt',
    text: 'Cụm từ "chuyển đổi số" thường được viết tắt là gì?',
    answer1: 'CĐS',
    caseSensitive: EXCEL_NO,
    ignoreDiacritics: EXCEL_YES,
  },
  {
    type: EXCEL_TYPE_NAMES.numeric,
    name: 'Độ dài mật khẩu',
    text: 'Mật khẩu mạnh nên có ít nhất bao nhiêu ký tự?',
    answer1: '12',
    answer2: '10..11',
    weight2: 50,
  },
  {
    type: EXCEL_TYPE_NAMES.matching,
    name: 'Thiết bị mạng',
    text: 'Ghép mỗi thiết bị với chức năng của nó.',
    answer1: 'Router = Định tuyến',
    answer2: 'Switch = Chuyển mạch',
    answer3: 'Modem = Điều chế tín hiệu',
    answer4: `${EXCEL_DISTRACTOR} Lưu trữ dữ liệu`,
  },
  {
    type: EXCEL_TYPE_NAMES.essay,
    name: 'Thư lừa đảo',
    text: 'Hãy nêu ba dấu hiệu nhận biết một thư điện tử lừa đảo.',
    points: 5,
    rubric: 'Mỗi dấu hiệu đúng 1 điểm; có ví dụ cụ thể thêm 2 điểm.',
    maxWords: 300,
  },
];

const NOTES = [
  `Mỗi dòng của trang "${QUESTION_SHEET}" là một câu hỏi. Dòng 1 là tiêu đề: giữ nguyên tên cột (có thể bỏ những cột không dùng).`,
  'Sau khi tải tệp lên, hệ thống cho xem trước mọi câu hỏi đọc được và mọi dòng có lỗi (số dòng và lý do). Chưa có gì được lưu cho đến khi bạn xác nhận.',
  'Ô có công thức được lấy theo kết quả Excel đã lưu trong tệp; hệ thống không tính lại công thức.',
  'Excel có thể tự đổi "1/2" thành ngày tháng: các cột chữ của mẫu đã được định dạng Văn bản (Text); nếu dán từ nơi khác, hãy giữ định dạng đó.',
  'Mỗi lần nhập tối đa 500 câu hỏi.',
];

/** The template workbook (question sheet first, then the help sheet). */
export function excelTemplate(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cds-training';
  questionSheet(workbook);
  helpSheet(workbook);
  return workbook;
}

function questionSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(QUESTION_SHEET, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  sheet.columns = EXCEL_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.asText ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  EXCEL_COLUMNS.forEach((c, i) => {
    // The column's help, shown when the pointer rests on the header.
    header.getCell(i + 1).note = c.help;
  });
  const typeList = {
    type: 'list' as const,
    allowBlank: true,
    formulae: [`"${Object.values(EXCEL_TYPE_NAMES).join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'Loại câu hỏi',
    error: `Chọn một loại trong danh sách: ${Object.values(EXCEL_TYPE_NAMES).join('; ')}.`,
  };
  const yesNo = {
    type: 'list' as const,
    allowBlank: true,
    formulae: [`"${EXCEL_YES},${EXCEL_NO}"`],
  };
  const weight = {
    type: 'decimal' as const,
    operator: 'between' as const,
    allowBlank: true,
    formulae: [-100, 100],
    showErrorMessage: true,
    errorTitle: 'Tỷ lệ điểm',
    error: 'Nhập phần trăm từ -100 đến 100.',
  };
  const column = (key: ExcelColumnKey) =>
    EXCEL_COLUMNS.findIndex((c) => c.key === key) + 1;
  for (let r = 2; r <= FILL_ROWS + 1; r++) {
    const row = sheet.getRow(r);
    row.getCell(column('type')).dataValidation = typeList;
    row.getCell(column('caseSensitive')).dataValidation = yesNo;
    row.getCell(column('ignoreDiacritics')).dataValidation = yesNo;
    for (let i = 1; i <= EXCEL_ANSWERS; i++)
      row.getCell(column(`weight${i}`)).dataValidation = weight;
  }
}

function helpSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(HELP_SHEET);
  sheet.columns = EXCEL_COLUMNS.map((c) => ({
    width: Math.max(c.width, 16),
  }));
  const heading = (text: string) => {
    const row = sheet.addRow([text]);
    row.font = { bold: true, size: 13 };
  };
  const wrap = (row: ExcelJS.Row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  };

  heading('Hướng dẫn nhập câu hỏi từ Excel');
  for (const note of NOTES) sheet.addRow([`• ${note}`]);
  sheet.addRow([]);

  heading('Các cột');
  sheet.addRow(['Cột', 'Bắt buộc', 'Cách nhập']).font = { bold: true };
  const columns = EXCEL_COLUMNS.filter(
    (c) => !/^(answer|weight)[2-9]/.test(c.key),
  );
  for (const c of columns) {
    const header =
      c.key === 'answer1'
        ? `Đáp án 1 … Đáp án ${EXCEL_ANSWERS}`
        : c.key === 'weight1'
          ? `Tỷ lệ điểm 1 … ${EXCEL_ANSWERS} (%)`
          : c.header;
    wrap(sheet.addRow([header, c.required ? 'Có' : '', c.help]));
  }
  sheet.addRow([]);

  heading('Loại câu hỏi');
  sheet.addRow(['Tên trong tệp', 'Tên trong API']).font = { bold: true };
  for (const [api, vi] of Object.entries(EXCEL_TYPE_NAMES))
    sheet.addRow([vi, api]);
  sheet.addRow([]);

  heading(
    `Ví dụ: một dòng cho mỗi loại (sao chép sang trang "${QUESTION_SHEET}" để thử)`,
  );
  sheet.addRow(EXCEL_COLUMNS.map((c) => c.header)).font = { bold: true };
  for (const example of EXCEL_EXAMPLES)
    wrap(sheet.addRow(EXCEL_COLUMNS.map((c) => example[c.key] ?? null)));
}
