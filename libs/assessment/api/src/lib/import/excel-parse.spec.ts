import { AppError } from '@cds/api/common';
import { QUESTION_TYPES, type QuestionBody } from '@cds/contracts';
import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { readQuestion } from '../bank/read-question';
import { validateQuestion } from '../questions';
import { parseExcel } from './excel-parse';
import {
  EXCEL_COLUMNS,
  EXCEL_EXAMPLES,
  excelTemplate,
  HELP_SHEET,
  QUESTION_SHEET,
} from './excel-template';
import { unzippedSize } from './zip-size';

const MAX = 2 * 1024 * 1024;
const HEADERS = EXCEL_COLUMNS.map((c) => c.header);
const col = (header: string) => HEADERS.indexOf(header);

const bytesOf = async (workbook: ExcelJS.Workbook) =>
  Buffer.from(await workbook.xlsx.writeBuffer());

/** A workbook with the template's header and these rows (values by header name). */
async function sheetWith(
  rows: Record<string, ExcelJS.CellValue>[],
  headers = HEADERS,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(QUESTION_SHEET);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? null));
  return bytesOf(workbook);
}

const parse = (bytes: Buffer, lang: 'vi' | 'en' = 'vi') =>
  parseExcel(bytes, 'cau-hoi.xlsx', lang, MAX);

describe('excelTemplate', () => {
  it('has the question sheet with Vietnamese headers, a type drop-down and a help sheet that explains every column', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await bytesOf(excelTemplate())) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet(QUESTION_SHEET);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      QUESTION_SHEET,
      HELP_SHEET,
    ]);
    expect((sheet?.getRow(1).values as string[]).slice(1)).toEqual(HEADERS);
    expect(HEADERS.slice(0, 6)).toEqual([
      'Loại câu hỏi',
      'Tên',
      'Nội dung câu hỏi (Markdown)',
      'Điểm',
      'Thẻ (cách nhau bằng dấu phẩy)',
      'Phản hồi chung',
    ]);
    expect(sheet?.getCell('A2').dataValidation).toMatchObject({
      type: 'list',
      formulae: [
        '"Một lựa chọn,Nhiều lựa chọn,Đúng/Sai,Trả lời ngắn,Số,Ghép đôi,Tự luận"',
      ],
    });
    const help = workbook.getWorksheet(HELP_SHEET);
    const helpText: string[] = [];
    help?.eachRow((row) =>
      helpText.push(...(row.values as string[]).map(String)),
    );
    for (const c of EXCEL_COLUMNS.filter((c) => !/[2-9]$/.test(c.key)))
      expect(helpText).toContain(c.help);
    // The untouched template holds no question (its examples live on the help sheet).
    expect(await parse(await bytesOf(excelTemplate()))).toEqual({
      questions: [],
      sources: [],
      problems: [],
    });
  });

  it('round trip: the help sheet’s example rows, copied onto the question sheet, import as one valid question of every type', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await bytesOf(excelTemplate())) as unknown as ArrayBuffer,
    );
    const help = workbook.getWorksheet(HELP_SHEET);
    const sheet = workbook.getWorksheet(QUESTION_SHEET);
    if (!help || !sheet) throw new Error('the template lost a sheet');
    let headerRow = 0;
    help.eachRow((row, n) => {
      if (
        row.getCell(1).value === HEADERS[0] &&
        row.getCell(2).value === HEADERS[1]
      )
        headerRow = n;
    });
    expect(headerRow).toBeGreaterThan(0);
    for (let i = 0; i < EXCEL_EXAMPLES.length; i++) {
      const from = help.getRow(headerRow + 1 + i);
      HEADERS.forEach((_, c) => {
        sheet.getRow(2 + i).getCell(c + 1).value =
          from.getCell(c + 1).value ?? null;
      });
    }
    const { questions, sources, problems } = await parse(
      await bytesOf(workbook),
    );
    expect(problems).toEqual([]);
    expect(questions.map((q) => q.type)).toEqual([...QUESTION_TYPES]);
    expect(sources.map((s) => s.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(sources[0].text).toBe('Một lựa chọn · Cổng Dịch vụ công');
    for (const q of questions) {
      expect(readQuestion(q)).toEqual(q);
      expect(validateQuestion(q)).toEqual([]);
    }
    const [single, multiple, trueFalse, short, numeric, matching, essay] =
      questions as [
        Extract<QuestionBody, { type: 'single_choice' }>,
        Extract<QuestionBody, { type: 'multiple_choice' }>,
        Extract<QuestionBody, { type: 'true_false' }>,
        Extract<QuestionBody, { type: 'short_answer' }>,
        Extract<QuestionBody, { type: 'numeric' }>,
        Extract<QuestionBody, { type: 'matching' }>,
        Extract<QuestionBody, { type: 'essay' }>,
      ];
    expect(single).toMatchObject({
      name: 'Cổng Dịch vụ công',
      points: 1,
      tags: ['dịch vụ công', 'cơ bản'],
      generalFeedback: 'Địa chỉ chính thức là dichvucong.gov.vn.',
      options: [
        { id: 'a', text: 'dichvucong.gov.vn', weight: 100 },
        { id: 'b', text: 'dichvucong.vn', weight: 0 },
        { id: 'c', text: 'congdichvu.gov.vn', weight: 0 },
      ],
    });
    expect(multiple.options.map((o) => o.weight)).toEqual([50, 50, -100]);
    expect(multiple.points).toBe(2);
    expect(trueFalse.correct).toBe(true);
    expect(short).toMatchObject({
      answers: [{ text: 'CĐS', weight: 100 }],
      caseSensitive: false,
      ignoreDiacritics: true,
    });
    expect(numeric.answers).toEqual([
      { kind: 'tolerance', value: 12, tolerance: 0, weight: 100, feedback: '' },
      { kind: 'range', min: 10, max: 11, weight: 50, feedback: '' },
    ]);
    expect(matching).toMatchObject({
      pairs: [
        { id: 'a', prompt: 'Router', answer: 'Định tuyến' },
        { id: 'b', prompt: 'Switch', answer: 'Chuyển mạch' },
        { id: 'c', prompt: 'Modem', answer: 'Điều chế tín hiệu' },
      ],
      distractors: ['Lưu trữ dữ liệu'],
    });
    expect(essay).toMatchObject({
      points: 5,
      maxWords: 300,
      rubric: expect.stringContaining('1 điểm'),
    });
  });
});

describe('parseExcel', () => {
  const type = 'Loại câu hỏi';
  const text = 'Nội dung câu hỏi (Markdown)';

  it('reads comma decimals, ± and +- tolerances, ranges, percent cells, API type names, formulas by their saved result and Excel booleans', async () => {
    const bytes = await sheetWith([
      {
        [type]: 'numeric',
        [text]: 'Số pi?',
        'Đáp án 1': '3,14 ± 0,01',
        'Đáp án 2': '3 +- 0,5',
        'Tỷ lệ điểm 2 (%)': '50%',
        'Đáp án 3': 3,
        'Tỷ lệ điểm 3 (%)': 10,
        Điểm: '1,5',
      },
      {
        [type]: 'đúng / sai',
        [text]: {
          formula: 'CONCATENATE("Trái đất"," quay")',
          result: 'Trái đất quay',
        },
        'Đáp án 1': false,
      },
      {
        [type]: 'Nhiều lựa chọn',
        [text]: 'Chọn hai',
        'Đáp án 1': 'A',
        'Tỷ lệ điểm 1 (%)': 0.5,
        'Đáp án 2': 'B',
        'Tỷ lệ điểm 2 (%)': '50',
        'Đáp án 3': 'C',
      },
      {
        [type]: 'Ghép đôi',
        [text]: 'Ghép',
        'Đáp án 1': 'a = b = c',
        'Đáp án 2': '1 + 1 = 2 -> hai',
        'Đáp án 3': 'nhieu: x',
      },
    ]);
    // The weight 0.5 above is shown as 50% only when its cell says so.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    workbook.worksheets[0].getCell(
      `${String.fromCharCode(65 + col('Tỷ lệ điểm 1 (%)'))}4`,
    ).numFmt = '0%';
    const { questions, problems } = await parse(await bytesOf(workbook));
    expect(problems).toEqual([]);
    expect(questions[0]).toMatchObject({
      type: 'numeric',
      points: 1.5,
      answers: [
        { kind: 'tolerance', value: 3.14, tolerance: 0.01, weight: 100 },
        { kind: 'tolerance', value: 3, tolerance: 0.5, weight: 50 },
        { kind: 'tolerance', value: 3, tolerance: 0, weight: 10 },
      ],
    });
    expect(questions[1]).toMatchObject({
      type: 'true_false',
      text: 'Trái đất quay',
      correct: false,
    });
    expect(questions[2]).toMatchObject({
      type: 'multiple_choice',
      options: [{ weight: 50 }, { weight: 50 }, { weight: 0 }],
    });
    expect(questions[3]).toMatchObject({
      pairs: [
        { prompt: 'a', answer: 'b = c' },
        { prompt: '1 + 1 = 2', answer: 'hai' },
      ],
      distractors: ['x'],
    });
  });

  it('reports every broken row with its row number and all its reasons, in Vietnamese or English, and still reads the good rows', async () => {
    const rows = [
      /* 2 */ {
        [type]: 'Một lựa chọn',
        [text]: 'Đúng',
        'Đáp án 1': 'x',
        'Tỷ lệ điểm 1 (%)': 100,
        'Đáp án 2': 'y',
      },
      /* 3 */ { [type]: 'Trắc nghiệm', [text]: 'Loại lạ' },
      /* 4 */ {
        [type]: 'Số',
        Tên: 'Ngày',
        [text]: 'Một nửa?',
        'Đáp án 1': new Date(Date.UTC(2025, 1, 1)),
        Điểm: 'hai',
      },
      /* 5 */ {},
      /* 6 */ {
        [type]: 'Đúng/Sai',
        [text]: 'Trời xanh',
        'Đáp án 1': 'Có lẽ',
        'Đáp án 2': 'thừa',
      },
      /* 7 */ {
        [type]: 'Ghép đôi',
        [text]: 'Ghép',
        'Đáp án 1': 'thiếu dấu bằng',
        'Tỷ lệ điểm 1 (%)': 100,
      },
      /* 8 */ {
        [type]: 'Một lựa chọn',
        [text]: { formula: 'A1&B1' },
        'Tỷ lệ điểm 3 (%)': 100,
      },
      /* 9 */ {
        [type]: 'Số',
        [text]: 'Bao nhiêu?',
        'Đáp án 1': 'khoảng 3',
        'Đáp án 2': '1..x',
      },
      /* 10 */ {
        [type]: 'Trả lời ngắn',
        [text]: 'Viết tắt?',
        'Đáp án 1': 'CĐS',
        'Phân biệt chữ hoa (trả lời ngắn)': 'hơi hơi',
      },
      /* 11 */ {
        [type]: 'Tự luận',
        [text]: 'Viết',
        'Số từ tối đa (tự luận)': 2.5,
      },
      /* 12 */ { [text]: 'Không có loại' },
      /* 13 */ { [type]: 'Tự luận', [text]: { error: '#DIV/0!' } },
    ];
    const { questions, sources, problems } = await parse(
      await sheetWith(rows as Record<string, ExcelJS.CellValue>[]),
    );
    expect(questions).toHaveLength(1);
    expect(sources).toEqual([{ line: 2, text: 'Một lựa chọn · Đúng' }]);
    expect(problems.map((p) => p.line)).toEqual([
      3, 4, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
    const reason = (line: number) =>
      problems.find((p) => p.line === line)?.reason;
    expect(reason(3)).toContain('Loại câu hỏi "Trắc nghiệm" không hợp lệ');
    expect(problems[0].text).toBe('Trắc nghiệm · Loại lạ');
    // Both problems of row 4 at once.
    expect(reason(4)).toContain(
      'Ô G4 (Đáp án 1) được Excel hiểu là ngày tháng',
    );
    expect(reason(4)).toContain('"hai" ở ô D4 (Điểm) không phải là số.');
    expect(reason(6)).toContain(
      '"Đúng" hoặc "Sai" ở ô G6 (Đáp án 1) (đang là "Có lẽ")',
    );
    expect(reason(6)).toContain(
      'Ô I6 (Đáp án 2) không dùng cho loại "Đúng/Sai"',
    );
    expect(reason(7)).toContain('Cặp ghép đôi "thiếu dấu bằng" ở ô G7');
    expect(reason(7)).toContain(
      'Ô H7 (Tỷ lệ điểm 1 (%)) không dùng cho loại "Ghép đôi"',
    );
    expect(reason(8)).toContain(
      'Ô C8 (Nội dung câu hỏi (Markdown)) có công thức nhưng tệp không lưu kết quả',
    );
    expect(reason(8)).toContain(
      'Ô L8 (Tỷ lệ điểm 3 (%)) có tỷ lệ điểm nhưng ô đáp án bên cạnh để trống.',
    );
    expect(reason(9)).toContain(
      '"khoảng 3" ở ô G9 (Đáp án 1) không phải đáp án số',
    );
    expect(reason(9)).toContain('"1..x" ở ô I9');
    expect(reason(10)).toContain('"hơi hơi" ở ô W10');
    expect(reason(11)).toContain(
      '"2.5" ở ô Z11 (Số từ tối đa (tự luận)) phải là số nguyên',
    );
    expect(reason(12)).toBe('Chưa chọn loại câu hỏi (cột "Loại câu hỏi").');
    expect(reason(13)).toBe(
      'Ô C13 (Nội dung câu hỏi (Markdown)) đang báo lỗi #DIV/0!.',
    );

    const en = await parse(
      await sheetWith(rows as Record<string, ExcelJS.CellValue>[]),
      'en',
    );
    expect(en.problems.map((p) => p.line)).toEqual([
      3, 4, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
    expect(en.problems[1].reason).toContain(
      'Excel took cell G4 (Đáp án 1) for a date',
    );
  });

  it('finds the header below a title row, ignores unknown columns with a notice, and needs the type and text columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Trang tính 1');
    sheet.addRow(['Ngân hàng câu hỏi lớp CĐS 01']);
    sheet.addRow([
      'STT',
      'loai cau hoi',
      'NỘI DUNG CÂU HỎI',
      'Đáp án 1',
      'Tỉ lệ điểm 1 %',
      'Đáp án 2',
    ]);
    sheet.addRow([1, 'Một lựa chọn', 'Thủ đô?', 'Hà Nội', 100, 'Huế']);
    const { questions, problems } = await parse(await bytesOf(workbook));
    expect(questions).toEqual([
      expect.objectContaining({
        type: 'single_choice',
        text: 'Thủ đô?',
        options: [
          expect.objectContaining({ text: 'Hà Nội', weight: 100 }),
          expect.objectContaining({ text: 'Huế', weight: 0 }),
        ],
      }),
    ]);
    expect(problems).toEqual([
      {
        line: 2,
        text: 'STT',
        reason:
          'Các cột sau không thuộc mẫu (hoặc bị lặp) nên được bỏ qua: "STT".',
      },
    ]);

    const noText = await parse(
      await sheetWith([{ 'Loại câu hỏi': 'Tự luận' }], ['Loại câu hỏi', 'Tên']),
    );
    expect(noText.questions).toEqual([]);
    expect(noText.problems).toEqual([
      {
        line: 1,
        text: QUESTION_SHEET,
        reason: expect.stringContaining('Không tìm thấy dòng tiêu đề'),
      },
    ]);
  });

  it('an all-bad file gives problems only, so there is nothing to save', async () => {
    const { questions, problems } = await parse(
      await sheetWith([
        { 'Loại câu hỏi': 'Câu đố', 'Nội dung câu hỏi (Markdown)': 'Đố vui' },
        {
          'Loại câu hỏi': 'Số',
          'Nội dung câu hỏi (Markdown)': 'Bao nhiêu?',
          'Đáp án 1': 'nhiều',
        },
        {
          'Loại câu hỏi': 'Đúng/Sai',
          'Nội dung câu hỏi (Markdown)': 'Đúng không?',
        },
      ]),
    );
    expect(questions).toEqual([]);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
  });

  it('refuses a file that is not a workbook (by its bytes), one under another name, and a damaged one', async () => {
    const refusal = async (bytes: Buffer, name = 'cau-hoi.xlsx') => {
      try {
        await parseExcel(bytes, name, 'vi', MAX);
      } catch (e) {
        return e instanceof AppError ? e.code : String(e);
      }
      return 'accepted';
    };
    // Text saved as .xlsx, a PDF, an empty file, a workbook under another name.
    expect(await refusal(Buffer.from('Loại câu hỏi;Nội dung\n', 'utf8'))).toBe(
      'files.mismatch',
    );
    expect(
      await refusal(
        Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n', 'latin1'),
        'cau-hoi.pdf',
      ),
    ).toBe('files.not_allowed');
    expect(await refusal(Buffer.alloc(0))).toBe('files.empty');
    expect(await refusal(await sheetWith([]), 'cau-hoi.gift')).toBe(
      'files.mismatch',
    );
    const good = await sheetWith([]);
    // A workbook cut short: still a zip at the start, but its directory is gone.
    expect(await refusal(good.subarray(0, good.length - 200))).toBe(
      'assessment.import_not_xlsx',
    );
    expect(await refusal(good, 'cau-hoi.xlsx')).toBe('accepted');
  });
});

describe('unzippedSize', () => {
  /** A one-entry zip holding `data` deflated (enough of the format for the reader). */
  function zipOf(data: Buffer): Buffer {
    const packed = deflateRawSync(data);
    const name = Buffer.from('xl/sheet.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(1, 22); // a lie: the declared size is 1 byte
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(1, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42);
    const dirAt = local.length + name.length + packed.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(dirAt, 16);
    return Buffer.concat([local, name, packed, central, name, end]);
  }

  it('measures what the entries really inflate to, whatever the zip declares, and stops past the limit', () => {
    expect(unzippedSize(zipOf(Buffer.alloc(5000, 'a')), 10_000)).toBe(5000);
    // 50 MB of one letter packs into about 50 KB and claims to be 1 byte.
    const bomb = zipOf(Buffer.alloc(50 * 1024 * 1024, 'a'));
    expect(bomb.length).toBeLessThan(100_000);
    expect(unzippedSize(bomb, 1024 * 1024)).toBeGreaterThan(1024 * 1024);
    expect(unzippedSize(Buffer.from('not a zip'), 1000)).toBeNull();
  });
});
