import { bearer, binary, createAccount, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { Question } from '@cds/assessment/api';
import { AuditLog } from '@cds/audit/api';
import type { CourseVersionDto, QuestionDetail, QuestionImportPreview, QuestionImportResult, QuestionSummary } from '@cds/contracts';
import ExcelJS from 'exceljs';

/**
 * The Excel import of the question bank as a trainer uses it: download the template, fill in rows
 * (as Excel would save them), preview — every question with its type, every broken row with its
 * row number and reason, nothing saved — then confirm and find the questions in the bank.
 */
describe('assessment: Excel import of the question bank (medium)', () => {
  let t: TestApp;
  let trainer: string;
  let learner: string;
  const http = () => t.http();

  const newCourse = async () =>
    (
      (
        await http()
          .post('/api/courses')
          .set(bearer(trainer))
          .send({ code: `xlsx-${uid()}`, title: 'Kỹ năng số cho cán bộ xã', summary: '', topicArea: 'digital_government', hours: 4, seatFunctions: [] })
          .expect(201)
      ).body as CourseVersionDto
    ).courseId;
  const questionCount = (courseId: number) => t.db.getRepository(Question).countBy({ courseId });

  const template = async (courseId: number) => {
    const res = await http().get(`/api/courses/${courseId}/questions/import-template.xlsx`).set(bearer(trainer)).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('mau-nhap-cau-hoi.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    return workbook;
  };

  /** Fills the template's question sheet, one object per row (cell values by header), and saves it as Excel would. */
  const filled = async (workbook: ExcelJS.Workbook, rows: Record<string, ExcelJS.CellValue>[]) => {
    const sheet = workbook.getWorksheet('Câu hỏi');
    if (!sheet) throw new Error('no question sheet');
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    rows.forEach((row, i) => {
      for (const [header, value] of Object.entries(row)) {
        const column = headers.indexOf(header);
        if (column < 0) throw new Error(`no column ${header}`);
        sheet.getRow(i + 2).getCell(column + 1).value = value;
      }
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };

  const preview = (courseId: number, bytes: Buffer, fileName = 'ngan-hang-cau-hoi.xlsx', lang = 'vi') =>
    http().post(`/api/courses/${courseId}/questions/import?format=xlsx`).set(bearer(trainer)).set('accept-language', lang).attach('file', bytes, fileName);

  const rows: Record<string, ExcelJS.CellValue>[] = [
    /* 2 */ {
      'Loại câu hỏi': 'Một lựa chọn',
      Tên: 'VNeID',
      'Nội dung câu hỏi (Markdown)': 'Ứng dụng **VNeID** do cơ quan nào quản lý?',
      Điểm: 2,
      'Thẻ (cách nhau bằng dấu phẩy)': 'định danh, cơ bản',
      'Đáp án 1': 'Bộ Công an',
      'Tỷ lệ điểm 1 (%)': 100,
      'Đáp án 2': 'Bộ Y tế',
    },
    /* 3 */ { 'Loại câu hỏi': 'Nhiều lựa chọn', 'Nội dung câu hỏi (Markdown)': 'Chọn các mật khẩu mạnh', 'Đáp án 1': 'Tr0ng#Dai!', 'Tỷ lệ điểm 1 (%)': 50, 'Đáp án 2': 'abc', 'Tỷ lệ điểm 2 (%)': 20 },
    /* 4 */ { 'Loại câu hỏi': 'Đúng/Sai', 'Nội dung câu hỏi (Markdown)': 'Không chia sẻ mã OTP cho người khác.', 'Đáp án 1': 'Đúng' },
    /* 5 */ { 'Loại câu hỏi': 'Trả lời ngắn', 'Nội dung câu hỏi (Markdown)': 'Thủ đô của Việt Nam?', 'Đáp án 1': 'Hà Nội', 'Chấp nhận không dấu (trả lời ngắn)': 'Có' },
    /* 6 */ { 'Loại câu hỏi': 'Số', 'Nội dung câu hỏi (Markdown)': 'Một mật khẩu mạnh có ít nhất bao nhiêu ký tự?', 'Đáp án 1': '12', 'Đáp án 2': '10..11', 'Tỷ lệ điểm 2 (%)': '50%' },
    /* 7 */ { 'Loại câu hỏi': 'Số', 'Nội dung câu hỏi (Markdown)': 'Số pi (hai chữ số thập phân)?', 'Đáp án 1': 'ba phẩy mười bốn' },
    /* 8 */ { 'Loại câu hỏi': 'Ghép đôi', 'Nội dung câu hỏi (Markdown)': 'Ghép thiết bị với chức năng', 'Đáp án 1': 'Router = Định tuyến', 'Đáp án 2': 'Switch = Chuyển mạch', 'Đáp án 3': 'Nhiễu: In ấn' },
    /* 9 */ { 'Loại câu hỏi': 'Tự luận', 'Nội dung câu hỏi (Markdown)': { formula: 'CONCATENATE("Nêu ba dấu hiệu ","thư lừa đảo.")', result: 'Nêu ba dấu hiệu thư lừa đảo.' }, 'Hướng dẫn chấm (tự luận)': 'Mỗi dấu hiệu 1 điểm.', 'Số từ tối đa (tự luận)': 200 },
    /* 10 */ { 'Loại câu hỏi': 'Câu đố', 'Nội dung câu hỏi (Markdown)': 'Loại không có' },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    const province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    const commune = await createUnit(t.db, `Xã Giao Minh ${uid()}`, 'commune', province);
    trainer = (await signIn(t, (await createAccount(t.db, { unit: province, grants: [['trainer', province]] })).email, undefined, '10.49.0.1')).accessToken;
    learner = (await signIn(t, (await createAccount(t.db, { unit: commune, grants: [] })).email, undefined, '10.49.0.2')).accessToken;
  });
  afterAll(() => t.close());

  it('downloads the template, previews the filled rows (questions with their types, problems with row numbers, nothing saved), then confirms and saves them all', async () => {
    const courseId = await newCourse();
    const workbook = await template(courseId);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Câu hỏi', 'Hướng dẫn']);
    const bytes = await filled(workbook, rows);

    const shown = (await preview(courseId, bytes).expect(200)).body as QuestionImportPreview;
    expect(shown.format).toBe('xlsx');
    expect(shown.questions.map((q) => [q.type, q.text])).toEqual([
      ['single_choice', 'Ứng dụng **VNeID** do cơ quan nào quản lý?'],
      ['true_false', 'Không chia sẻ mã OTP cho người khác.'],
      ['short_answer', 'Thủ đô của Việt Nam?'],
      ['numeric', 'Một mật khẩu mạnh có ít nhất bao nhiêu ký tự?'],
      ['matching', 'Ghép thiết bị với chức năng'],
      ['essay', 'Nêu ba dấu hiệu thư lừa đảo.'],
    ]);
    expect(shown.questions[0]).toMatchObject({ name: 'VNeID', points: 2, tags: ['định danh', 'cơ bản'], options: [{ text: 'Bộ Công an', weight: 100 }, { text: 'Bộ Y tế', weight: 0 }] });
    // Row 3 parses but breaks an authoring rule (50 + 20 is not 100); row 7 and row 10 cannot be read.
    expect(shown.problems.map((p) => p.line)).toEqual([3, 7, 10]);
    expect(shown.problems[0]).toMatchObject({ text: 'Nhiều lựa chọn · Chọn các mật khẩu mạnh', reason: expect.stringContaining('100%') });
    expect(shown.problems[1].reason).toContain('"ba phẩy mười bốn" ở ô G7 (Đáp án 1) không phải đáp án số');
    expect(shown.problems[2]).toMatchObject({ text: 'Câu đố · Loại không có', reason: expect.stringContaining('Loại câu hỏi "Câu đố" không hợp lệ') });
    expect(await questionCount(courseId)).toBe(0);

    const english = (await preview(courseId, bytes, undefined, 'en').expect(200)).body as QuestionImportPreview;
    expect(english.problems[2].reason).toContain('Unknown question type "Câu đố"');

    const saved = (await http().post(`/api/courses/${courseId}/questions/import/confirm`).set(bearer(trainer)).send({ questions: shown.questions }).expect(201)).body as QuestionImportResult;
    expect(saved.imported).toBe(6);
    const listed = (await http().get(`/api/courses/${courseId}/questions`).set(bearer(trainer)).expect(200)).body as QuestionSummary[];
    expect(listed.map((q) => q.id)).toEqual(saved.ids);
    expect(listed.map((q) => q.type)).toEqual(['single_choice', 'true_false', 'short_answer', 'numeric', 'matching', 'essay']);
    const numeric = (await http().get(`/api/questions/${saved.ids[3]}`).set(bearer(trainer)).expect(200)).body as QuestionDetail;
    expect(numeric.body).toMatchObject({ answers: [{ kind: 'tolerance', value: 12, weight: 100 }, { kind: 'range', min: 10, max: 11, weight: 50 }] });
    const audit = await t.db.getRepository(AuditLog).findOneByOrFail({ action: 'assessment.questions_imported', targetType: 'course', targetId: String(courseId) });
    expect(audit.details).toMatchObject({ count: 6 });
  });

  it('an all-bad workbook previews problems only and there is nothing to confirm; not-a-workbook and text uploads are refused; nothing is saved', async () => {
    const courseId = await newCourse();
    const bytes = await filled(await template(courseId), [
      { 'Loại câu hỏi': 'Một lựa chọn', 'Nội dung câu hỏi (Markdown)': 'Không có đáp án đúng', 'Đáp án 1': 'a', 'Đáp án 2': 'b' },
      { 'Loại câu hỏi': 'Đúng/Sai', 'Nội dung câu hỏi (Markdown)': 'Thiếu đáp án' },
      { 'Nội dung câu hỏi (Markdown)': 'Thiếu loại' },
    ]);
    const shown = (await preview(courseId, bytes).expect(200)).body as QuestionImportPreview;
    expect(shown.questions).toEqual([]);
    expect(shown.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect((await http().post(`/api/courses/${courseId}/questions/import/confirm`).set(bearer(trainer)).send({ questions: shown.questions }).expect(422)).body.code).toBe('assessment.import_empty');

    // A GIFT file sent as xlsx, a real workbook under a .gift name, a damaged workbook, JSON text: refused with words.
    const refusal = async (res: Promise<{ status: number; body: { code: string; message: string } }>) => {
      const { status, body } = await res;
      expect(status).toBe(422);
      return body;
    };
    expect(await refusal(preview(courseId, Buffer.from('::Q:: Đúng? {T}', 'utf8'), 'cau-hoi.xlsx'))).toMatchObject({ code: 'files.mismatch', message: expect.stringContaining('cau-hoi.xlsx') });
    expect((await refusal(preview(courseId, bytes, 'cau-hoi.gift'))).code).toBe('files.mismatch');
    expect(await refusal(preview(courseId, bytes.subarray(0, bytes.length - 100)))).toMatchObject({ code: 'assessment.import_not_xlsx', message: expect.stringContaining('Không đọc được tệp Excel') });
    expect((await refusal(http().post(`/api/courses/${courseId}/questions/import?format=xlsx`).set(bearer(trainer)).send({ text: 'a' }))).code).toBe('assessment.import_xlsx_file');
    expect(await questionCount(courseId)).toBe(0);
  });

  it('lets only question authors have the template and import, and knows no missing course', async () => {
    const courseId = await newCourse();
    const bytes = await filled(await template(courseId), rows.slice(0, 1));
    expect((await http().get(`/api/courses/${courseId}/questions/import-template.xlsx`).set(bearer(learner))).status).toBe(403);
    expect((await http().get(`/api/courses/${courseId}/questions/import-template.xlsx`)).status).toBe(401);
    expect((await http().post(`/api/courses/${courseId}/questions/import?format=xlsx`).set(bearer(learner)).attach('file', bytes, 'a.xlsx')).status).toBe(403);
    expect((await http().get('/api/courses/999999999/questions/import-template.xlsx').set(bearer(trainer)).expect(404)).body.code).toBe('assessment.course_not_found');
    expect((await preview(999999999, bytes).expect(404)).body.code).toBe('assessment.course_not_found');
  });
});
