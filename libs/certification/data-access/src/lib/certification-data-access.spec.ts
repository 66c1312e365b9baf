import { HttpErrorResponse, HttpEventType, HttpRequest, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CompletionRules, IssueDecisionRequest } from '@cds/contracts';
import { CertificatesApi } from './certificates-api';
import { CompletionApi } from './completion-api';
import { ExternalTrainingApi } from './external-training-api';
import { VerificationApi } from './verification-api';

const rules: CompletionRules = { allLessons: true, allQuizzes: false, minAttendance: 80, finalQuizId: 3, signOff: true };
const decision: IssueDecisionRequest = {
  classId: 12,
  number: '125/QĐ-SKHCN',
  decidedOn: '2026-11-25',
  signerName: 'Trần Văn Bình',
  signerTitle: 'Phó Giám đốc',
  personIds: [1, 2],
  validityMonths: 24,
};

const to = (method: string, path: string) => (req: HttpRequest<unknown>) => req.method === method && req.url === path;
const query = (req: TestRequest) =>
  req.request.params
    .keys()
    .map((k) => `${k}=${req.request.params.get(k)}`)
    .join('&');

describe('certification data access', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('call the agreed routes with the agreed methods, queries and bodies', () => {
    const completion = TestBed.inject(CompletionApi);
    const certificates = TestBed.inject(CertificatesApi);
    const verification = TestBed.inject(VerificationApi);
    const external = TestBed.inject(ExternalTrainingApi);
    const calls: [() => { subscribe: () => unknown }, string, string, string, unknown][] = [
      [() => completion.board(12), 'GET', '/api/classes/12/completion', '', null],
      [() => completion.setRules(12, rules), 'PUT', '/api/classes/12/completion/rules', '', rules],
      [() => completion.signOff(12, 41, true), 'PUT', '/api/classes/12/completion/41/sign-off', '', { signedOff: true }],
      [() => completion.setException(12, 41, 'Ốm, đã học bù'), 'PUT', '/api/classes/12/completion/41/exception', '', { reason: 'Ốm, đã học bù' }],
      [() => completion.setException(12, 41, ''), 'PUT', '/api/classes/12/completion/41/exception', '', { reason: '' }],
      [() => completion.mine(12), 'GET', '/api/classes/12/completion/me', '', null],
      [() => completion.allMine(), 'GET', '/api/completion/mine', '', null],
      [() => completion.issue(decision), 'POST', '/api/decisions', '', decision],
      [() => completion.decisions(12), 'GET', '/api/decisions', 'classId=12', null],
      [() => certificates.list({ q: ' Hoa ', state: 'valid', year: 2026, limit: 50 }), 'GET', '/api/certificates', 'q=Hoa&state=valid&year=2026&limit=50', null],
      [() => certificates.list({ cursor: 'abc' }), 'GET', '/api/certificates', 'cursor=abc', null],
      [() => certificates.mine(), 'GET', '/api/certificates/mine', '', null],
      [() => certificates.expiring(30), 'GET', '/api/certificates/expiring', 'days=30', null],
      [() => certificates.get(5), 'GET', '/api/certificates/5', '', null],
      [() => certificates.revoke(5, 'Gian lận'), 'POST', '/api/certificates/5/revoke', '', { reason: 'Gian lận' }],
      [() => certificates.reissue(5, { reason: 'Sai tên', holderName: 'Nguyễn Thị Hòa' }), 'POST', '/api/certificates/5/reissue', '', { reason: 'Sai tên', holderName: 'Nguyễn Thị Hòa' }],
      [() => verification.byCode('AB 12/x'), 'GET', '/api/verify/AB%2012%2Fx', '', null],
      [() => verification.credential({ proof: { jwt: 'a.b.c' } }), 'POST', '/api/verify/credential', '', { proof: { jwt: 'a.b.c' } }],
      [() => external.list({ q: ' Bộ ', personId: 7 }), 'GET', '/api/external-trainings', 'personId=7&q=Bộ', null],
      [() => external.list({}), 'GET', '/api/external-trainings', '', null],
      [() => external.setCountsFor(9, 5), 'PUT', '/api/external-trainings/9/counts', '', { courseId: 5 }],
      [() => external.setCountsFor(9, null), 'PUT', '/api/external-trainings/9/counts', '', { courseId: null }],
      [() => external.courses(), 'GET', '/api/courses', '', null],
      [() => external.searchPeople('Hoa'), 'GET', '/api/people', 'q=Hoa&active=true&limit=20', null],
    ];
    for (const [call, method, url, q, body] of calls) {
      call().subscribe();
      const req = http.expectOne(to(method, url));
      expect([req.request.method, req.request.url, query(req), req.request.body]).toEqual([method, url, q, body]);
      req.flush(url === '/api/people' ? { items: [], nextCursor: null } : null);
    }
  });

  it('send a PDF to check and a new external record with its evidence as multipart', () => {
    const pdf = new File(['%PDF-1.7'], 'chung-chi.pdf', { type: 'application/pdf' });
    TestBed.inject(VerificationApi).pdf(pdf).subscribe();
    const check = http.expectOne(to('POST', '/api/verify/pdf'));
    expect((check.request.body as FormData).get('file')).toBeInstanceOf(File);
    check.flush({ authentic: true, reason: null, certificate: null });

    const evidence = new File(['x'], 'giay-chung-nhan.pdf', { type: 'application/pdf' });
    const api = TestBed.inject(ExternalTrainingApi);
    const input = { personId: 7, title: 'Bồi dưỡng CĐS', issuingBody: 'Bộ KH&CN', completedOn: '2026-10-01', hours: 24, note: '', evidence };
    api.create({ ...input, countsForCourseId: 5 }).subscribe();
    let form = http.expectOne(to('POST', '/api/external-trainings')).request.body as FormData;
    const keys: string[] = [];
    form.forEach((_, key) => keys.push(key));
    expect(keys).toEqual(['personId', 'title', 'issuingBody', 'completedOn', 'hours', 'note', 'countsForCourseId', 'evidence']);
    expect([form.get('personId'), form.get('hours'), form.get('countsForCourseId'), (form.get('evidence') as File).name]).toEqual(['7', '24', '5', 'giay-chung-nhan.pdf']);

    api.create({ ...input, countsForCourseId: null }).subscribe();
    form = http.expectOne(to('POST', '/api/external-trainings')).request.body as FormData;
    expect(form.has('countsForCourseId')).toBe(false);
  });

  it('send an import sheet and its evidence as multipart, a preview or the import, reporting the upload', () => {
    const api = TestBed.inject(ExternalTrainingApi);
    const files = {
      sheet: new File(['PK'], 'Đào tạo bên ngoài.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      evidence: new File(['%PDF'], 'danh-sach-bo.pdf', { type: 'application/pdf' }),
    };
    const report = { dryRun: true, fileName: 'Đào tạo bên ngoài.xlsx', evidenceName: 'danh-sach-bo.pdf', totalRows: 0, problems: [], rows: [], imported: 0, counted: 0 };
    for (const dryRun of [true, false]) {
      const seen: unknown[] = [];
      api.importSheet(files, dryRun).subscribe((step) => seen.push(step));
      const req = http.expectOne(to('POST', '/api/external-trainings/import'));
      const form = req.request.body as FormData;
      const keys: string[] = [];
      form.forEach((_, key) => keys.push(key));
      expect([query(req), req.request.reportProgress, keys, (form.get('file') as File).name, (form.get('evidence') as File).name]).toEqual([
        `dryRun=${dryRun}`,
        true,
        ['file', 'evidence'],
        'Đào tạo bên ngoài.xlsx',
        'danh-sach-bo.pdf',
      ]);
      req.event({ type: HttpEventType.UploadProgress, loaded: 3, total: 4 });
      req.flush({ ...report, dryRun });
      expect(seen).toEqual([
        { kind: 'progress', percent: 75 },
        { kind: 'done', value: { ...report, dryRun } },
      ]);
    }
  });

  it('download files as blobs with their names: PDF, credential, decision zip, register Excel, evidence, import template', () => {
    const certificates = TestBed.inject(CertificatesApi);
    const names: string[] = [];
    const files: [() => { subscribe: (f: (x: { disposition: string | null }) => void) => unknown }, string, string][] = [
      [() => certificates.pdf(5), '/api/certificates/5/pdf', ''],
      [() => certificates.credential(5), '/api/certificates/5/credential.json', ''],
      [() => TestBed.inject(CompletionApi).decisionZip(4), '/api/decisions/4/certificates.zip', ''],
      [() => certificates.registerXlsx({ q: 'Hoa', state: 'revoked', year: 2025 }), '/api/certificates.xlsx', 'q=Hoa&state=revoked&year=2025'],
      [() => TestBed.inject(ExternalTrainingApi).evidence(9), '/api/external-trainings/9/evidence', ''],
      [() => TestBed.inject(ExternalTrainingApi).importTemplate(), '/api/external-trainings/template.xlsx', ''],
    ];
    for (const [call, url, q] of files) {
      call().subscribe((f) => names.push(f.disposition ?? ''));
      const req = http.expectOne(to('GET', url));
      expect([query(req), req.request.responseType]).toEqual([q, 'blob']);
      req.flush(new Blob(['x']), { headers: { 'Content-Disposition': `attachment; filename="${url.split('/').pop()}"` } });
    }
    expect(names).toEqual([
      'attachment; filename="pdf"',
      'attachment; filename="credential.json"',
      'attachment; filename="certificates.zip"',
      'attachment; filename="certificates.xlsx"',
      'attachment; filename="evidence"',
      'attachment; filename="template.xlsx"',
    ]);
  });

  it("reads a refused download's JSON body back, so the screen can show the API's sentence", async () => {
    const body = { statusCode: 403, error: 'Forbidden', message: 'Bạn chỉ tải được chứng chỉ của mình.', correlationId: 'c-1' };
    const refused = new Promise<unknown>((resolve) => TestBed.inject(CertificatesApi).pdf(5).subscribe({ error: resolve }));
    http.expectOne('/api/certificates/5/pdf').flush(new Blob([JSON.stringify(body)], { type: 'application/json' }), { status: 403, statusText: 'Forbidden' });
    const err = (await refused) as HttpErrorResponse;
    expect([err instanceof HttpErrorResponse, err.status, err.error]).toEqual([true, 403, body]);

    const broken = new Promise<unknown>((resolve) => TestBed.inject(CertificatesApi).pdf(6).subscribe({ error: resolve }));
    http.expectOne('/api/certificates/6/pdf').flush(new Blob(['<html>Bad gateway</html>']), { status: 502, statusText: 'Bad Gateway' });
    expect(((await broken) as HttpErrorResponse).error).toBeInstanceOf(Blob);
  });
});
