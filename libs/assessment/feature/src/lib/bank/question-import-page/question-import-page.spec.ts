import { HttpEventType, HttpRequest } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { QuestionImportPreview } from '@cds/contracts';
import { bankTestProviders, refuse, SAMPLE_BODIES, text } from '../testing/bank-test-setup';
import { acceptsFile, QuestionImportPage } from './question-import-page';

const IMPORT = '/api/courses/5/questions/import';
const CONFIRM = '/api/courses/5/questions/import/confirm';
const to = (path: string) => (req: HttpRequest<unknown>) => req.method === 'POST' && req.url === path;

const GIFT = `// Câu hỏi về an toàn thông tin
::Mật khẩu mạnh:: Mật khẩu nào **mạnh** nhất? {=Gi@oThuy-2025!x ~123456 ~matkhau}

::Hỏng:: Câu hỏi thiếu dấu đóng {=A ~B
`;

const preview: QuestionImportPreview = {
  format: 'gift',
  questions: [SAMPLE_BODIES.single_choice, SAMPLE_BODIES.true_false],
  problems: [
    { line: 4, text: '::Hỏng:: Câu hỏi thiếu dấu đóng {=A ~B', reason: 'Thiếu dấu “}” đóng phần đáp án.' },
    { line: 0, text: 'Câu cuối', reason: 'Câu hỏi chưa có nội dung.' },
  ],
};

describe('QuestionImportPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<QuestionImportPage>;
  let el: HTMLElement;
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 1));
    await fixture.whenStable();
  };
  const q = <T extends Element = HTMLElement>(testId: string) => el.querySelector(`[data-testid="${testId}"]`) as T | null;
  const click = async (testId: string) => {
    (q<HTMLButtonElement>(testId) as HTMLButtonElement).click();
    await settle();
  };
  const radio = async (group: string, value: string) => {
    (el.querySelector(`[data-testid="${group}"] input[type=radio][value="${value}"]`) as HTMLInputElement).click();
    await settle();
  };
  const chooseFile = async (file: File) => {
    const input = q<HTMLInputElement>('file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
  };
  const paste = async (value: string) => {
    const textarea = q<HTMLTextAreaElement>('text') as HTMLTextAreaElement;
    textarea.value = value;
    textarea.dispatchEvent(new Event('input'));
    await settle();
  };
  /** Each row's cells, " | " between them. */
  const rows = (testId: string) => [...(q(testId)?.querySelectorAll('tr.mat-mdc-row') ?? [])].map((r) => [...r.querySelectorAll('td')].map((td) => text(td)).join(' | '));
  const currentStep = () => text(el.querySelector('[data-testid="steps"] [aria-current="step"]'));

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [QuestionImportPage], providers: bankTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QuestionImportPage);
    el = fixture.nativeElement;
    fixture.componentRef.setInput('courseId', '5');
    await settle();
  });

  afterEach(() => http.verify());

  it('previews pasted GIFT: every question read and every problem line, with nothing saved until the person confirms', async () => {
    expect(currentStep()).toBe('1Chọn nội dung');
    await radio('source', 'text');
    expect(q<HTMLButtonElement>('read')?.disabled).toBe(true);
    await paste(GIFT);
    await click('read');
    const req = http.expectOne(to(IMPORT));
    expect([req.request.params.get('format'), req.request.body]).toEqual(['gift', { text: GIFT }]);
    req.flush(preview);
    await settle();

    expect(currentStep()).toBe('2Xem trước');
    expect(document.activeElement?.id).toBe('import-step-heading');
    expect(text(q('nothing-saved'))).toBe('Chưa có câu hỏi nào được lưu. Hãy kiểm tra danh sách dưới đây rồi bấm “Lưu 2 câu hỏi” để thêm tất cả vào ngân hàng.');
    expect(text(q('summary'))).toBe('Đọc được 2 câu hỏi; 2 dòng có lỗi.');
    expect(rows('parsed')).toEqual([
      '1 | Trắc nghiệm một đáp án | Mật khẩu mạnh | Mật khẩu nào **mạnh** nhất?',
      '2 | Đúng / Sai |  | Nên dùng một mật khẩu cho mọi tài khoản.',
    ]);
    expect(rows('problems')).toEqual([
      '4 | ::Hỏng:: Câu hỏi thiếu dấu đóng {=A ~B | Thiếu dấu “}” đóng phần đáp án.',
      'Không rõ | Câu cuối | Câu hỏi chưa có nội dung.',
    ]);
    http.expectNone(to(CONFIRM));

    await click('confirm');
    const confirm = http.expectOne(to(CONFIRM));
    expect(confirm.request.body).toEqual({ questions: preview.questions });
    expect(text(q('confirm'))).toBe('Đang lưu…');
    confirm.flush({ imported: 2, ids: [21, 22] });
    await settle();
    expect(currentStep()).toBe('3Kết quả');
    expect(text(q('done'))).toBe('Đã lưu 2 câu hỏi vào ngân hàng.');
  });

  it('goes back from the preview without saving, keeping the text', async () => {
    await radio('format', 'aiken');
    await radio('source', 'text');
    await paste('Câu hỏi?\nA. Có\nB. Không\nANSWER: A');
    await click('read');
    const req = http.expectOne(to(IMPORT));
    expect(req.request.params.get('format')).toBe('aiken');
    req.flush({ format: 'aiken', questions: [SAMPLE_BODIES.single_choice], problems: [] });
    await settle();
    expect(q('problems')).toBeNull();
    await click('back');
    http.expectNone(to(CONFIRM));
    expect(currentStep()).toBe('1Chọn nội dung');
    expect(q<HTMLTextAreaElement>('text')?.value).toBe('Câu hỏi?\nA. Có\nB. Không\nANSWER: A');
  });

  it('cannot confirm when nothing could be read, and says why', async () => {
    await radio('source', 'text');
    await paste('rác');
    await click('read');
    http.expectOne(to(IMPORT)).flush({ format: 'gift', questions: [], problems: [{ line: 1, text: 'rác', reason: 'Không đọc được câu hỏi.' }] });
    await settle();
    expect(text(q('nothing-saved'))).toContain('Không đọc được câu hỏi nào, và chưa có gì được lưu.');
    expect(q<HTMLButtonElement>('confirm')?.disabled).toBe(true);
    expect(q('parsed')).toBeNull();
  });

  it("shows the API's refusal of the confirmation (all or nothing) on the preview", async () => {
    await radio('source', 'text');
    await paste(GIFT);
    await click('read');
    http.expectOne(to(IMPORT)).flush(preview);
    await settle();
    await click('confirm');
    refuse(http.expectOne(to(CONFIRM)), 422, 'assessment.import_invalid', 'Câu hỏi thứ 2 chưa hợp lệ, chưa câu nào được lưu: Câu hỏi chưa có nội dung.');
    await settle();
    expect(currentStep()).toBe('2Xem trước');
    expect(text(el.querySelector('[role="alert"]'))).toBe('Câu hỏi thứ 2 chưa hợp lệ, chưa câu nào được lưu: Câu hỏi chưa có nội dung.');
  });

  it('reads an Excel file only as a file, offers the template, and refuses another file type before sending', async () => {
    await radio('format', 'xlsx');
    expect(q('source')).toBeNull();
    expect(q('text')).toBeNull();
    expect(q<HTMLInputElement>('file')?.getAttribute('accept')).toBe('.xlsx');

    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:template'), revokeObjectURL: jest.fn() });
    const saved: string[] = [];
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await click('template');
    http
      .expectOne('/api/courses/5/questions/import-template.xlsx')
      .flush(new Blob(['PK']), { headers: { 'Content-Disposition': 'attachment; filename="mau-nhap-cau-hoi.xlsx"' } });
    expect(saved).toEqual(['mau-nhap-cau-hoi.xlsx']);
    clicked.mockRestore();

    await chooseFile(new File(['x'], 'cau-hoi.gift'));
    expect(text(el.querySelector('[role="alert"]'))).toBe('Tệp “cau-hoi.gift” không phải tệp .xlsx.');
    expect(q<HTMLButtonElement>('read')?.disabled).toBe(true);

    await chooseFile(new File(['PK'], 'Câu hỏi ATTT.xlsx'));
    await click('read');
    const req = http.expectOne(to(IMPORT));
    expect(req.request.params.get('format')).toBe('xlsx');
    expect(((req.request.body as FormData).get('file') as File).name).toBe('Câu hỏi ATTT.xlsx');
    req.event({ type: HttpEventType.UploadProgress, loaded: 1, total: 2 });
    await settle();
    expect(q('progress')?.getAttribute('aria-valuenow')).toBe('50');
    req.flush({ ...preview, format: 'xlsx' });
    await settle();
    expect(currentStep()).toBe('2Xem trước');
    http.expectNone(to(CONFIRM));
  });

  it("shows the API's refusal of a file it cannot read, and stays on the first step", async () => {
    await chooseFile(new File([new Uint8Array([0xff, 0xfe])], 'cau-hoi.txt'));
    await click('read');
    refuse(http.expectOne(to(IMPORT)), 422, 'assessment.import_not_text', 'Tệp không phải văn bản UTF-8; hãy lưu tệp GIFT/Aiken ở dạng văn bản UTF-8.');
    await settle();
    expect(currentStep()).toBe('1Chọn nội dung');
    expect(text(el.querySelector('[role="alert"]'))).toBe('Tệp không phải văn bản UTF-8; hãy lưu tệp GIFT/Aiken ở dạng văn bản UTF-8.');
  });

  it('knows which file names each format takes', () => {
    expect([acceptsFile('gift', 'A.GIFT'), acceptsFile('gift', 'a.txt'), acceptsFile('aiken', 'a.gift'), acceptsFile('xlsx', 'a.xls')]).toEqual([true, true, false, false]);
  });
});
