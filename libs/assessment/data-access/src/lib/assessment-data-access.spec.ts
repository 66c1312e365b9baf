import { HttpEventType, HttpRequest, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { QuestionBody, QuestionDetail, QuestionImportPreview } from '@cds/contracts';
import { Transfer } from '@cds/delivery/data-access';
import { QuestionBankApi } from './question-bank-api';
import { QuestionEditorStore } from './question-editor-store';
import { QuestionImportStore } from './question-import-store';
import { QuestionListStore } from './question-list-store';

const trueFalse: QuestionBody = {
  type: 'true_false',
  name: 'Mật khẩu',
  text: 'Nên dùng **một** mật khẩu cho mọi tài khoản?',
  generalFeedback: '',
  points: 1,
  tags: ['an toàn thông tin'],
  correct: false,
  feedbackTrue: 'Không nên.',
  feedbackFalse: 'Đúng vậy.',
};

const detail = (over: Partial<QuestionDetail> = {}): QuestionDetail => ({
  id: 7,
  courseId: 5,
  versionId: 70,
  version: 3,
  body: trueFalse,
  html: '<p>Nên dùng <strong>một</strong> mật khẩu cho mọi tài khoản?</p>',
  createdBy: 2,
  updatedAt: '2026-11-20T03:00:00Z',
  ...over,
});

const preview: QuestionImportPreview = {
  format: 'gift',
  questions: [trueFalse],
  problems: [{ line: 9, text: '::Hỏng:: Câu hỏi {', reason: 'Thiếu dấu } đóng câu hỏi.' }],
};

const refuse = (req: TestRequest, status: number, code: string, message: string) =>
  req.flush({ statusCode: status, error: 'Refused', message, code }, { status, statusText: 'Refused' });

/** A request to this path, whatever its query. */
const to = (method: string, path: string) => (req: HttpRequest<unknown>) => req.method === method && req.url === path;

describe('assessment data access', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), QuestionListStore, QuestionEditorStore, QuestionImportStore],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  describe('QuestionBankApi', () => {
    it('calls the agreed routes with the agreed methods, queries and bodies', () => {
      const api = TestBed.inject(QuestionBankApi);
      const calls: [() => { subscribe: () => unknown }, string, string, string, unknown][] = [
        [() => api.list(5), 'GET', '/api/courses/5/questions', '', null],
        [() => api.list(5, ' an toàn thông tin '), 'GET', '/api/courses/5/questions', 'tag=an toàn thông tin', null],
        [() => api.question(7), 'GET', '/api/questions/7', '', null],
        [() => api.create(5, trueFalse), 'POST', '/api/courses/5/questions', '', trueFalse],
        [() => api.update(7, trueFalse, 3), 'PUT', '/api/questions/7', 'baseVersion=3', trueFalse],
        [() => api.previewText(5, 'aiken', 'Câu hỏi?\nA. Có\nB. Không\nANSWER: A'), 'POST', '/api/courses/5/questions/import', 'format=aiken', { text: 'Câu hỏi?\nA. Có\nB. Không\nANSWER: A' }],
        [() => api.confirmImport(5, [trueFalse]), 'POST', '/api/courses/5/questions/import/confirm', '', { questions: [trueFalse] }],
        [() => api.renderMarkdown('**đậm**'), 'POST', '/api/markdown/preview', '', { markdown: '**đậm**' }],
      ];
      for (const [call, method, url, query, body] of calls) {
        call().subscribe();
        const req = http.expectOne(to(method, url));
        const params = req.request.params.keys().map((k) => `${k}=${req.request.params.get(k)}`).join('&');
        expect([req.request.method, req.request.url, params, req.request.body]).toEqual([method, url, query, body]);
        req.flush(method === 'POST' && url.endsWith('preview') ? { html: '' } : null);
      }
    });

    it('sends an import file as multipart `file` with its format, and reports the progress, then the preview', () => {
      const seen: Transfer<QuestionImportPreview>[] = [];
      const file = new File(['PK'], 'Câu hỏi ATTT.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      TestBed.inject(QuestionBankApi).previewFile(5, 'xlsx', file).subscribe((t) => seen.push(t));
      const req = http.expectOne(to('POST', '/api/courses/5/questions/import'));
      expect(req.request.params.get('format')).toBe('xlsx');
      expect(req.request.reportProgress).toBe(true);
      expect(((req.request.body as FormData).get('file') as File).name).toBe('Câu hỏi ATTT.xlsx');
      req.event({ type: HttpEventType.UploadProgress, loaded: 1, total: 4 });
      req.flush({ ...preview, format: 'xlsx' });
      expect(seen).toEqual([
        { kind: 'progress', percent: 25 },
        { kind: 'done', value: { ...preview, format: 'xlsx' } },
      ]);
    });

    it('downloads the GIFT export and the Excel template with their file names', () => {
      const api = TestBed.inject(QuestionBankApi);
      const names: (string | null)[] = [];
      api.exportGift(5).subscribe((f) => names.push(f.disposition));
      api.importTemplate(5).subscribe((f) => names.push(f.disposition));
      http
        .expectOne('/api/courses/5/questions/export.gift')
        .flush(new Blob(['::a:: b {T}']), { headers: { 'Content-Disposition': 'attachment; filename="cau-hoi-cds-01.gift"' } });
      http
        .expectOne('/api/courses/5/questions/import-template.xlsx')
        .flush(new Blob(['PK']), { headers: { 'Content-Disposition': 'attachment; filename="mau-nhap-cau-hoi.xlsx"' } });
      expect(names).toEqual(['attachment; filename="cau-hoi-cds-01.gift"', 'attachment; filename="mau-nhap-cau-hoi.xlsx"']);
    });
  });

  describe('QuestionListStore', () => {
    it('reads the course questions, then only those with a tag', () => {
      const store = TestBed.inject(QuestionListStore);
      store.load(5);
      http.expectOne('/api/courses/5/questions').flush([{ id: 7, courseId: 5, version: 3, type: 'true_false', name: 'Mật khẩu', tags: ['attt'], excerpt: 'Nên…', updatedAt: '2026-11-20T03:00:00Z' }]);
      expect([store.loaded(), store.questions()?.length, store.tag()]).toEqual([true, 1, '']);
      store.load(5, ' attt ');
      http.expectOne((r) => r.url === '/api/courses/5/questions' && r.params.get('tag') === 'attt').flush([]);
      expect([store.questions()?.length, store.tag()]).toEqual([0, 'attt']);
    });
  });

  describe('QuestionEditorStore', () => {
    function loaded() {
      const store = TestBed.inject(QuestionEditorStore);
      store.load(7);
      http.expectOne('/api/questions/7').flush(detail());
      return store;
    }

    it('saves a new version on top of the version read, and shows what the API stored', () => {
      const store = loaded();
      const saved: QuestionDetail[] = [];
      store.save({ ...trueFalse, correct: true }).subscribe((q) => saved.push(q));
      const req = http.expectOne(to('PUT', '/api/questions/7'));
      expect([req.request.params.get('baseVersion'), req.request.body]).toEqual(['3', { ...trueFalse, correct: true }]);
      req.flush(detail({ version: 4, versionId: 71, body: { ...trueFalse, correct: true } }));
      expect([saved.map((q) => q.version), store.question()?.version, store.saved(), store.conflict()]).toEqual([[4], 4, true, false]);
      // The next save builds on the version just written.
      store.save(trueFalse).subscribe();
      expect(http.expectOne(to('PUT', '/api/questions/7')).request.params.get('baseVersion')).toBe('4');
    });

    it('knows when someone else saved first (409), and forgets it once the current version is read again', () => {
      const store = loaded();
      store.save(trueFalse).subscribe();
      refuse(http.expectOne(to('PUT', '/api/questions/7')), 409, 'assessment.question_changed', 'Câu hỏi vừa được người khác sửa.');
      expect([store.conflict(), store.question()?.version]).toEqual([true, 3]);
      store.reload();
      http.expectOne('/api/questions/7').flush(detail({ version: 5 }));
      expect([store.conflict(), store.refusal(), store.question()?.version]).toEqual([false, null, 5]);
    });

    it("keeps the API's words for a question that is not valid (422), which is not a conflict", () => {
      const store = loaded();
      store.save(trueFalse).subscribe();
      refuse(http.expectOne(to('PUT', '/api/questions/7')), 422, 'assessment.question_invalid', 'Câu hỏi chưa hợp lệ: Câu hỏi chưa có nội dung.');
      expect([store.refusal()?.text, store.conflict()]).toEqual(['Câu hỏi chưa hợp lệ: Câu hỏi chưa có nội dung.', false]);
    });

    it('creates a question in a course', () => {
      const store = TestBed.inject(QuestionEditorStore);
      let id = 0;
      store.create(5, trueFalse).subscribe((q) => (id = q.id));
      const req = http.expectOne(to('POST', '/api/courses/5/questions'));
      expect(req.request.body).toEqual(trueFalse);
      req.flush(detail({ id: 8, version: 1 }));
      expect([id, store.question()?.version]).toEqual([8, 1]);
    });
  });

  describe('QuestionImportStore', () => {
    it('previews pasted text without saving, and saves exactly the previewed questions only on confirm', () => {
      const store = TestBed.inject(QuestionImportStore);
      store.previewText(5, 'gift', '::Mật khẩu:: … {F}');
      expect([store.busy(), store.step()]).toEqual([true, 'source']);
      http.expectOne(to('POST', '/api/courses/5/questions/import')).flush(preview);
      expect([store.busy(), store.step(), store.preview()?.problems.length]).toEqual([false, 'preview', 1]);
      http.expectNone(to('POST', '/api/courses/5/questions/import/confirm'));

      store.confirm(5);
      const req = http.expectOne(to('POST', '/api/courses/5/questions/import/confirm'));
      expect(req.request.body).toEqual({ questions: [trueFalse] });
      req.flush({ imported: 1, ids: [8] });
      expect([store.step(), store.result()?.imported]).toEqual(['done', 1]);
      store.restart();
      expect([store.step(), store.preview(), store.result()]).toEqual(['source', null, null]);
    });

    it('shows the upload progress of a file, and the refusal of one it cannot read', () => {
      const store = TestBed.inject(QuestionImportStore);
      store.previewFile(5, 'gift', new File([new Uint8Array([0xff, 0xfe, 0])], 'cau-hoi.gift'));
      const req = http.expectOne(to('POST', '/api/courses/5/questions/import'));
      req.event({ type: HttpEventType.UploadProgress, loaded: 3, total: 3 });
      expect(store.percent()).toBe(100);
      refuse(req, 422, 'assessment.import_not_text', 'Tệp không phải văn bản UTF-8.');
      expect([store.busy(), store.step(), store.refusal()?.text]).toEqual([false, 'source', 'Tệp không phải văn bản UTF-8.']);
    });

    it('sends nothing to confirm when the preview read no question, and goes back without saving', () => {
      const store = TestBed.inject(QuestionImportStore);
      store.previewText(5, 'aiken', 'rác');
      http.expectOne(to('POST', '/api/courses/5/questions/import')).flush({ format: 'aiken', questions: [], problems: [{ line: 1, text: 'rác', reason: 'Không đọc được.' }] });
      store.confirm(5);
      http.expectNone(to('POST', '/api/courses/5/questions/import/confirm'));
      store.back();
      expect([store.step(), store.preview()]).toEqual(['source', null]);
    });
  });
});
