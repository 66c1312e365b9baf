import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { HttpEventType } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { UploadVerification } from '@cds/contracts';
import { CertificateRegisterStore, ExpiringCertificatesStore } from './certificate-register-store';
import { CompletionBoardStore, isIssuable } from './completion-board-store';
import { ExternalImportStore } from './external-import-store';
import { ExternalImportReport } from './external-training-api';
import { ExternalTrainingStore } from './external-training-store';
import { MyCertificatesStore, sortCertificates } from './my-certificates-store';
import { MyCompletionsStore } from './my-completions-store';
import { board, certificate, row, verification } from './testing-fixtures';
import { codeFromInput, uploadKind, VerificationStore } from './verification-store';

const refuse = (req: TestRequest, status: number, message: string) =>
  req.flush({ statusCode: status, error: 'Refused', message }, { status, statusText: 'Refused' });

/** Waits (up to 3 s) until the FileReader of a picked file has done what `done` looks for. */
async function soon<T>(done: () => T | Promise<T>): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await done();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the file was not read in time');
}

describe('certification stores', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        VerificationStore,
        MyCertificatesStore,
        MyCompletionsStore,
        CompletionBoardStore,
        CertificateRegisterStore,
        ExpiringCertificatesStore,
        ExternalTrainingStore,
        ExternalImportStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  describe('codeFromInput', () => {
    it('takes the code from a pasted code or a whole verification address', () => {
      expect(codeFromInput('  K7QX-2M9P  ')).toBe('K7QX-2M9P');
      expect(codeFromInput('https://daotao.example.vn/verify/K7QX2M9P')).toBe('K7QX2M9P');
      expect(codeFromInput('https://daotao.example.vn/verify/K7QX2M9P/?utm=qr#top')).toBe('K7QX2M9P');
      expect(codeFromInput('/verify/ab%20cd')).toBe('ab cd');
      expect(codeFromInput('   ')).toBe('');
    });
  });

  describe('uploadKind', () => {
    it('tells a credential from a PDF by name or type, and neither from anything else', () => {
      expect(uploadKind(new File(['{}'], 'chung-chi.JSON'))).toBe('credential');
      expect(uploadKind(new File(['{}'], 'tep', { type: 'application/ld+json' }))).toBe('credential');
      expect(uploadKind(new File(['%PDF'], 'Chứng chỉ.pdf'))).toBe('pdf');
      expect(uploadKind(new File(['x'], 'anh.png', { type: 'image/png' }))).toBeNull();
    });
  });

  describe('VerificationStore', () => {
    it('reads a certificate by its code, and keeps the API refusal of an unknown one', () => {
      const store = TestBed.inject(VerificationStore);
      store.load('CODE1');
      http.expectOne('/api/verify/CODE1').flush(verification());
      expect(store.result()?.holderName).toBe('Nguyễn Thị Hoa');

      store.load('KHONGCO');
      expect(store.result()).toBeNull();
      refuse(http.expectOne('/api/verify/KHONGCO'), 404, 'Không tìm thấy chứng chỉ có mã này.');
      expect([store.result(), store.error()?.statusCode, store.error()?.message]).toEqual([null, 404, 'Không tìm thấy chứng chỉ có mã này.']);
    });

    it("sends a credential file's JSON as read, and shows the answer", async () => {
      const store = TestBed.inject(VerificationStore);
      const credential = { type: ['VerifiableCredential'], proof: { type: 'JwtProof2020', jwt: 'a.b.c' } };
      store.check(new File(['\uFEFF' + JSON.stringify(credential)], 'chung-chi.json', { type: 'application/json' }));
      expect(store.checking()).toBe(true);
      const req = await soon(() => http.match('/api/verify/credential')[0]);
      expect(req.request.body).toEqual(credential);
      const answer: UploadVerification = { authentic: false, reason: 'Chữ ký không khớp: nội dung chứng nhận đã bị thay đổi sau khi ký.', certificate: null };
      req.flush(answer);
      expect([store.checking(), store.answer(), store.fileName()]).toEqual([false, answer, 'chung-chi.json']);
    });

    it('sends a PDF as a file, and says so without asking the API when a file cannot be a certificate', async () => {
      const store = TestBed.inject(VerificationStore);
      store.check(new File(['%PDF-1.7'], 'chung-chi.pdf', { type: 'application/pdf' }));
      http.expectOne('/api/verify/pdf').flush({ authentic: true, reason: null, certificate: verification() });
      expect(store.answer()?.certificate?.code).toBe('CODE1');

      store.check(new File(['x'], 'anh.png', { type: 'image/png' }));
      expect([store.problem(), store.answer(), store.checking()]).toEqual(['unsupported', null, false]);

      store.check(new File(['không phải JSON'], 'chung-chi.json'));
      await soon(() => store.problem() === 'not_json');
      http.expectNone('/api/verify/credential');
      expect([store.problem(), store.checking()]).toEqual(['not_json', false]);
    });

    it('keeps the refusal when the API will not answer (too many checks)', () => {
      const store = TestBed.inject(VerificationStore);
      store.check(new File(['%PDF'], 'a.pdf'));
      refuse(http.expectOne('/api/verify/pdf'), 429, 'Bạn kiểm tra quá nhiều lần.');
      expect([store.answer(), store.refusal()?.text, store.checking()]).toEqual([null, 'Bạn kiểm tra quá nhiều lần.', false]);
      store.clearUpload();
      expect([store.refusal(), store.fileName()]).toEqual([null, null]);
    });
  });

  describe('MyCertificatesStore', () => {
    it('lists valid certificates first, then expired, superseded and revoked, newest first', () => {
      const list = [
        certificate(1, { state: 'revoked' }),
        certificate(2, { state: 'valid', issuedOn: '2025-01-01' }),
        certificate(3, { state: 'expired' }),
        certificate(4, { state: 'valid', issuedOn: '2026-01-01' }),
        certificate(5, { state: 'superseded' }),
      ];
      expect(sortCertificates(list).map((c) => c.id)).toEqual([4, 2, 3, 5, 1]);
      const store = TestBed.inject(MyCertificatesStore);
      store.load();
      http.expectOne('/api/certificates/mine').flush(list);
      expect(store.certificates().map((c) => c.id)).toEqual([4, 2, 3, 5, 1]);
    });
  });

  describe('MyCompletionsStore', () => {
    it("lists the classes the learner takes now in the API's order, and keeps a refusal", () => {
      const store = TestBed.inject(MyCompletionsStore);
      expect([store.classes(), store.loaded()]).toEqual([[], false]);
      store.load();
      expect(store.loading()).toBe(true);
      const rules = { allLessons: true, allQuizzes: true, minAttendance: 80, finalQuizId: null, signOff: false };
      http.expectOne('/api/completion/mine').flush([
        { classId: 14, classCode: 'KNS-02', courseTitle: 'Kỹ năng số', rules, row: row(7, { complete: false, gaps: ['lessons'], lessonsDone: 3 }) },
        { classId: 12, classCode: 'ATTT-01', courseTitle: 'An toàn thông tin', rules, row: row(7) },
      ]);
      expect([store.classes().map((c) => [c.classCode, c.row.gaps]), store.loading(), store.loaded()]).toEqual([[['KNS-02', ['lessons']], ['ATTT-01', []]], false, true]);

      store.load();
      refuse(http.expectOne('/api/completion/mine'), 401, 'Phiên đăng nhập đã hết hạn.');
      expect([store.classes(), store.error()?.message]).toEqual([[], 'Phiên đăng nhập đã hết hạn.']);
    });
  });

  describe('CompletionBoardStore', () => {
    const rows = () => [
      row(1),
      row(2, { complete: false, gaps: ['attendance'], attendance: 60 }),
      row(3, { certificate: { id: 9, publicCode: 'CODE9', registerNumber: '2026/0009' } }),
      row(4, { complete: true, exception: { reason: 'Ốm, đã học bù', by: 'Cán bộ Sở' }, gaps: ['final_exam'] }),
    ];

    function loaded(): CompletionBoardStore {
      const store = TestBed.inject(CompletionBoardStore);
      store.load(12);
      http.expectOne('/api/classes/12/completion').flush(board(rows()));
      return store;
    }

    it('offers for a decision only complete learners without a certificate, and chooses them all or none', () => {
      expect(rows().map(isIssuable)).toEqual([true, false, false, true]);
      const store = loaded();
      expect(store.counts()).toEqual({ total: 4, complete: 3, certified: 1 });
      store.toggle(2, true);
      expect(store.selected()).toEqual([]);
      store.toggleAll();
      expect(store.selected().map((r) => r.personId)).toEqual([1, 4]);
      store.toggleAll();
      expect(store.selected()).toEqual([]);
    });

    it('signs off a row in place, and keeps the refusal for the page', () => {
      const store = loaded();
      store.toggleAll();
      store.signOff(store.rows()[0], false).subscribe();
      expect(store.isPending(1)).toBe(true);
      const req = http.expectOne('/api/classes/12/completion/1/sign-off');
      expect(req.request.body).toEqual({ signedOff: false });
      req.flush(row(1, { signedOff: false, complete: false, gaps: ['sign_off'] }));
      expect([store.rows()[0].gaps, store.isPending(1), store.selected().map((r) => r.personId)]).toEqual([['sign_off'], false, [4]]);

      store.signOff(store.rows()[0], true).subscribe();
      refuse(http.expectOne('/api/classes/12/completion/1/sign-off'), 403, 'Chỉ giảng viên của lớp được xác nhận.');
      expect([store.rowRefusal()?.text, store.isPending(1)]).toEqual(['Chỉ giảng viên của lớp được xác nhận.', false]);
    });

    it('saves the rules and shows the board the API evaluated again', () => {
      const store = loaded();
      const rules = { allLessons: true, allQuizzes: true, minAttendance: null, finalQuizId: null, signOff: false };
      store.saveRules(rules).subscribe();
      const req = http.expectOne('/api/classes/12/completion/rules');
      expect(req.request.method).toBe('PUT');
      req.flush(board([row(1), row(2)], { rules }));
      expect([store.board()?.rules, store.rows().length, store.rulesSaved()]).toEqual([rules, 2, true]);
    });

    it('issues a decision for the class, then reads the board and its decisions again', () => {
      const store = loaded();
      store.toggleAll();
      let issued = 0;
      const request = { number: '125/QĐ-SKHCN', decidedOn: '2026-11-25', signerName: 'Trần Văn Bình', signerTitle: 'Phó Giám đốc', personIds: [1, 4], validityMonths: null };
      store.issue(request).subscribe((d) => (issued = d.certificateCount));
      const req = http.expectOne('/api/decisions');
      expect(req.request.body).toEqual({ ...request, classId: 12 });
      req.flush({ id: 4, number: '125/QĐ-SKHCN', decidedOn: '2026-11-25', classId: 12, classCode: 'ATTT-01', courseTitle: 'ATTT', signerName: 'Trần Văn Bình', signerTitle: 'Phó Giám đốc', certificateCount: 2 });
      expect([issued, store.selected()]).toEqual([2, []]);
      http.expectOne('/api/classes/12/completion').flush(board(rows()));
      http.expectOne((r) => r.url === '/api/decisions' && r.params.get('classId') === '12').flush([]);
    });

    it('passes a refused decision to the wizard and changes nothing', () => {
      const store = loaded();
      store.toggleAll();
      let refused: unknown = null;
      store.issue({ number: '1/QĐ', decidedOn: '2026-11-25', signerName: 'A', signerTitle: 'B', personIds: [1], validityMonths: null }).subscribe({ error: (e) => (refused = e) });
      refuse(http.expectOne('/api/decisions'), 409, 'Số quyết định 1/QĐ đã được dùng trong năm 2026.');
      expect(refused).not.toBeNull();
      expect(store.selected().length).toBe(2);
    });

    it('records an exception on the row', () => {
      const store = loaded();
      let answered = '';
      store.setException(2, 'Ốm, đã học bù').subscribe((r) => (answered = r.exception?.reason ?? ''));
      http.expectOne('/api/classes/12/completion/2/exception').flush(row(2, { complete: true, exception: { reason: 'Ốm, đã học bù', by: 'Cán bộ Sở' } }));
      expect([answered, store.rows()[1].complete, store.issuable().map((r) => r.personId)]).toEqual(['Ốm, đã học bù', true, [1, 2, 4]]);
    });
  });

  describe('CertificateRegisterStore', () => {
    it('reads the first page for the filters, appends the next, shows a revocation at once, and reads again after a re-issue', () => {
      const store = TestBed.inject(CertificateRegisterStore);
      store.load({ q: 'Hoa', year: 2026 });
      http.expectOne((r) => r.url === '/api/certificates' && r.params.get('q') === 'Hoa' && r.params.get('year') === '2026' && r.params.get('limit') === '50').flush({ items: [certificate(1)], nextCursor: 'n1' });
      store.loadMore();
      http.expectOne((r) => r.url === '/api/certificates' && r.params.get('cursor') === 'n1').flush({ items: [certificate(2)], nextCursor: null });
      expect([store.items().map((c) => c.id), store.hasMore()]).toEqual([[1, 2], false]);

      store.revoke(2, 'Gian lận khi thi').subscribe();
      http.expectOne('/api/certificates/2/revoke').flush(certificate(2, { state: 'revoked', revokedReason: 'Gian lận khi thi' }));
      expect(store.items().map((c) => c.state)).toEqual(['valid', 'revoked']);

      store.reissue(1, { reason: 'Sai tên' }).subscribe();
      http.expectOne('/api/certificates/1/reissue').flush(certificate(3, { replaces: { id: 1, publicCode: 'CODE1' } }));
      http.expectOne((r) => r.url === '/api/certificates' && r.params.get('q') === 'Hoa' && !r.params.has('cursor')).flush({ items: [certificate(3), certificate(1, { state: 'superseded' })], nextCursor: null });
      expect(store.items().map((c) => [c.id, c.state])).toEqual([[3, 'valid'], [1, 'superseded']]);
    });

    it('lists those expiring within the window, soonest first', () => {
      const store = TestBed.inject(ExpiringCertificatesStore);
      store.load();
      expect(store.days()).toBe(90);
      http.expectOne('/api/certificates/expiring?days=90').flush([
        { certificate: certificate(1), daysLeft: 40 },
        { certificate: certificate(2), daysLeft: 3 },
      ]);
      expect(store.items().map((e) => e.daysLeft)).toEqual([3, 40]);
      store.load(30);
      http.expectOne('/api/certificates/expiring?days=30').flush([]);
      expect([store.days(), store.items()]).toEqual([30, []]);
    });
  });

  describe('ExternalTrainingStore', () => {
    it('shows a new record first and a changed one in place', () => {
      const store = TestBed.inject(ExternalTrainingStore);
      const record = (id: number, countsFor: { id: number; code: string; title: string } | null = null) => ({
        id,
        personId: 7,
        fullName: 'Nguyễn Thị Hoa',
        unitName: 'UBND xã Giao Thủy',
        title: 'Bồi dưỡng CĐS',
        issuingBody: 'Bộ KH&CN',
        completedOn: '2026-10-01',
        hours: 24,
        evidenceName: 'giay.pdf',
        countsFor,
        note: '',
        createdAt: '2026-11-01T00:00:00Z',
      });
      store.load({ q: 'Hoa' });
      http.expectOne('/api/external-trainings?q=Hoa').flush([record(1)]);
      store
        .add({ personId: 7, title: 'T', issuingBody: 'B', completedOn: '2026-10-01', hours: 8, note: '', countsForCourseId: null, evidence: new File(['x'], 'a.pdf') })
        .subscribe();
      http.expectOne('/api/external-trainings').flush(record(2));
      store.setCountsFor(1, 5).subscribe();
      http.expectOne('/api/external-trainings/1/counts').flush(record(1, { id: 5, code: 'ATTT', title: 'An toàn thông tin' }));
      expect(store.items().map((r) => [r.id, r.countsFor?.code ?? null])).toEqual([[2, null], [1, 'ATTT']]);
    });
  });

  describe('ExternalImportStore', () => {
    const files = { sheet: new File(['PK'], 'dao-tao.xlsx'), evidence: new File(['%PDF'], 'danh-sach.pdf') };
    const importRow = { row: 2, personId: 7, fullName: 'Nguyễn Thị Hoa', title: 'Bồi dưỡng CĐS', issuingBody: 'Bộ KH&CN', completedOn: '2026-10-01', hours: 24, countsFor: null, note: '' };
    const report = (over: Partial<ExternalImportReport> = {}): ExternalImportReport => ({
      dryRun: true,
      fileName: 'dao-tao.xlsx',
      evidenceName: 'danh-sach.pdf',
      totalRows: 1,
      problems: [],
      rows: [importRow],
      imported: 0,
      counted: 0,
      ...over,
    });
    const importReq = (dryRun: boolean) => http.expectOne((r) => r.url === '/api/external-trainings/import' && r.params.get('dryRun') === String(dryRun));

    it('imports nothing after a preview with problems, and the whole sheet after a clean one', () => {
      const store = TestBed.inject(ExternalImportStore);
      store.import(files);
      http.expectNone('/api/external-trainings/import');

      store.preview(files);
      expect(store.busy()).toBe('preview');
      const req = importReq(true);
      req.event({ type: HttpEventType.UploadProgress, loaded: 1, total: 2 });
      expect(store.percent()).toBe(50);
      req.flush(report({ rows: [], problems: [{ row: 3, column: 'Họ và tên', code: 'external_training.import_unknown_name', message: 'Không tìm thấy cán bộ “Trần Văn X”.' }] }));
      expect([store.busy(), store.importable(), store.imported(), store.report()?.problems.length]).toEqual([null, false, null, 1]);
      store.import(files);
      http.expectNone('/api/external-trainings/import');

      store.preview(files);
      importReq(true).flush(report());
      expect(store.importable()).toBe(true);
      store.import(files);
      expect(store.busy()).toBe('import');
      importReq(false).flush(report({ dryRun: false, imported: 1 }));
      expect([store.busy(), store.importable(), store.imported()?.imported]).toEqual([null, false, 1]);
    });

    it('keeps an import that found problems after all (nothing written), and a refusal to read the files', () => {
      const store = TestBed.inject(ExternalImportStore);
      store.preview(files);
      importReq(true).flush(report());
      store.import(files);
      refuse(importReq(false), 422, 'Tệp minh chứng không đúng định dạng.');
      expect([store.busy(), store.refusal()?.text, store.importable()]).toEqual([null, 'Tệp minh chứng không đúng định dạng.', true]);
      store.import(files);
      importReq(false).flush(report({ dryRun: false, rows: [], problems: [{ row: 2, column: null, code: 'external_training.import_duplicate', message: 'Đã có bản ghi này.' }] }));
      expect([store.imported(), store.importable(), store.report()?.problems.map((p) => p.row)]).toEqual([null, false, [2]]);
    });

    it('forgets the report and cancels the upload when the files change', () => {
      const store = TestBed.inject(ExternalImportStore);
      store.preview(files);
      const req = importReq(true);
      store.forget();
      expect([req.cancelled, store.busy(), store.report()]).toEqual([true, null, null]);
      store.preview(files);
      importReq(true).flush(report());
      store.forget();
      expect([store.report(), store.importable()]).toEqual([null, false]);
    });
  });
});
