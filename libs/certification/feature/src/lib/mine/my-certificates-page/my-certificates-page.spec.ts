import { HttpTestingController } from '@angular/common/http/testing';
import { CompletionRules, MyCompletion } from '@cds/contracts';
import { catchDownloads, certificate, click, completionRow, refuse, refuseFile, render, soon, text, violations } from '../../testing/certification-test-setup';
import { MyCertificatesPage } from './my-certificates-page';

jest.setTimeout(30_000);

/** Opens the page: `answer` flushes the certificates, `classes` is what `/api/completion/mine` answers. */
const open = (answer: (http: HttpTestingController) => void, classes: MyCompletion[] = []) =>
  render(
    MyCertificatesPage,
    {},
    (http) => {
      answer(http);
      http.expectOne('/api/completion/mine').flush(classes);
    },
    ['learner'],
  );

const ALL_RULES: CompletionRules = { allLessons: true, allQuizzes: true, minAttendance: 80, finalQuizId: 3, signOff: true };
const taking = (classId: number, over: Partial<MyCompletion> = {}): MyCompletion => ({
  classId,
  classCode: `ATTT-2026-0${classId}`,
  courseTitle: 'An toàn thông tin cho cán bộ xã',
  rules: ALL_RULES,
  row: completionRow(7, { certificate: null }),
  ...over,
});
const progress = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('[data-class]'), (c) => [
    text(c.querySelector('h3')),
    text(c.querySelector('.code')),
    Array.from(c.querySelectorAll('[data-testid="progress-items"] li'), text),
    text(c.querySelector('[data-testid="status"]')),
  ]);

describe('MyCertificatesPage', () => {
  it("shows the learner's certificates, valid first, each with its state, facts and public page", async () => {
    const { el, fixture } = await open((http) =>
      http.expectOne('/api/certificates/mine').flush([
        certificate(1, { state: 'superseded', issuedOn: '2025-06-01', supersededBy: { id: 3, publicCode: 'CODE3' } }),
        certificate(2, { state: 'revoked', revokedReason: 'Gian lận khi thi', courseTitle: 'Kỹ năng số' }),
        certificate(3, { courseTitle: 'An toàn thông tin cho cán bộ xã', expiresOn: null }),
      ]),
    );
    const cards = Array.from(el.querySelectorAll('[data-certificate]'));
    expect(cards.map((c) => [c.getAttribute('data-certificate'), text(c.querySelector('h2')), text(c.querySelector('[data-testid="state"]'))])).toEqual([
      ['3', 'An toàn thông tin cho cán bộ xã', 'Hợp lệ'],
      ['1', 'An toàn thông tin cho cán bộ xã', 'Đã được thay thế'],
      ['2', 'Kỹ năng số', 'Đã thu hồi'],
    ]);
    expect(text(cards[0].querySelector('.facts'))).toBe(
      'Số hiệu 2026/0003 Mã xác thực CODE3 Lớp ATTT-2026-01 Thời lượng 16 giờ Ngày cấp 25/11/2026 Ngày hết hạn Không thời hạn Quyết định công nhận Số 125/QĐ-SKHCN ngày 24/11/2026',
    );
    expect(cards[0].querySelector('[data-testid="public-page"]')?.getAttribute('href')).toBe('/verify/CODE3');
    expect(cards[1].querySelector('[data-testid="replacement"]')?.getAttribute('href')).toBe('/verify/CODE3');
    expect(text(cards[2].querySelector('[data-testid="revoked-reason"]'))).toBe('Lý do thu hồi: Gian lận khi thi');
    expect(await violations(fixture)).toEqual([]);
  });

  it('downloads the signed PDF and the credential file under the names the API gives', async () => {
    const { el, fixture, http } = await open((h) => h.expectOne('/api/certificates/mine').flush([certificate(3)]));
    const downloads = catchDownloads();
    click(el, 'pdf');
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="pdf"]'))).toBe('Đang tải…');
    expect((el.querySelector('[data-testid="credential"]') as HTMLButtonElement).disabled).toBe(true);
    http.expectOne('/api/certificates/3/pdf').flush(new Blob(['%PDF']), { headers: { 'Content-Disposition': "attachment; filename*=UTF-8''ch%E1%BB%A9ng-ch%E1%BB%89-2026-0003.pdf" } });
    await fixture.whenStable();
    click(el, 'credential');
    http.expectOne('/api/certificates/3/credential.json').flush(new Blob(['{}']));
    await fixture.whenStable();
    expect(downloads.names).toEqual(['chứng-chỉ-2026-0003.pdf', 'chung-chi-CODE3.json']);
    expect(text(el.querySelector('[data-testid="pdf"]'))).toBe('Tải PDF');
    downloads.restore();
  });

  it("shows a refused download in the API's words", async () => {
    const { el, fixture, http } = await open((h) => h.expectOne('/api/certificates/mine').flush([certificate(3)]));
    click(el, 'pdf');
    refuseFile(http.expectOne('/api/certificates/3/pdf'), 403, 'Bạn chỉ tải được chứng chỉ của mình.');
    const alert = await soon(async () => {
      await fixture.whenStable();
      return el.querySelector('[role="alert"]');
    });
    expect(text(alert)).toBe('Bạn chỉ tải được chứng chỉ của mình.');
    expect(text(el.querySelector('[data-testid="pdf"]'))).toBe('Tải PDF');
  });

  it('says plainly when there is no certificate yet, and shows no "In progress" section without a class', async () => {
    const { el, fixture } = await open((http) => http.expectOne('/api/certificates/mine').flush([]));
    expect(el.querySelector('[data-testid="progress"]')).toBeNull();
    expect(text(el.querySelector('[data-testid="empty"]'))).toBe(
      'Bạn chưa có chứng chỉ nào. Chứng chỉ được cấp khi bạn hoàn thành một lớp bồi dưỡng và Sở ra quyết định công nhận hoàn thành. Đến trang Học tập của tôi',
    );
    expect(await violations(fixture)).toEqual([]);
  });

  it('shows above the certificates each class the learner takes, with what is done and what is missing', async () => {
    const { el, fixture } = await open(
      (http) => http.expectOne('/api/certificates/mine').flush([]),
      [
        taking(1, {
          row: completionRow(7, { lessonsDone: 5, quizzesPassed: 1, attendance: 60, finalPassed: false, signedOff: false, complete: false, gaps: ['lessons', 'quizzes', 'attendance', 'final_exam', 'sign_off'] }),
        }),
        taking(2, { courseTitle: 'Kỹ năng số', rules: { allLessons: true, allQuizzes: false, minAttendance: null, finalQuizId: null, signOff: false }, row: completionRow(7, { quizzesTotal: 0, quizzesPassed: 0, finalPassed: null }) }),
        taking(3, { courseTitle: 'Chuyển đổi số', row: completionRow(7, { attendance: null, complete: false, gaps: ['attendance'] }) }),
        taking(4, { courseTitle: 'Dữ liệu mở', row: completionRow(7, { certificate: { id: 9, publicCode: 'CODE9', registerNumber: '2026/0009' } }) }),
      ],
    );
    const section = el.querySelector('[data-testid="progress"]') as HTMLElement;
    expect(text(section.querySelector('h2'))).toBe('Đang học');
    expect(section.compareDocumentPosition(el.querySelector('[data-testid="certificates"]') as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(progress(el)).toEqual([
      [
        'An toàn thông tin cho cán bộ xã',
        'Lớp ATTT-2026-01',
        ['Bài học đã học: 5/8', 'Bài kiểm tra đã đạt: 1/2', 'Tỷ lệ tham dự: 60 % (tối thiểu 80 %)', 'Bài thi cuối khóa: chưa đạt', 'Phần thực hành: giảng viên chưa xác nhận'],
        'Chưa đủ điều kiện hoàn thành: Chưa học hết bài Chưa đạt hết bài kiểm tra Chưa đủ tỷ lệ tham dự Chưa đạt bài thi cuối khóa Chưa được xác nhận thực hành',
      ],
      ['Kỹ năng số', 'Lớp ATTT-2026-02', ['Bài học đã học: 8/8'], 'Đã đủ điều kiện hoàn thành — chờ quyết định công nhận'],
      [
        'Chuyển đổi số',
        'Lớp ATTT-2026-03',
        ['Bài học đã học: 8/8', 'Bài kiểm tra đã đạt: 2/2', 'Tỷ lệ tham dự: chưa có buổi học nào (tối thiểu 80 %)', 'Bài thi cuối khóa: đã đạt', 'Phần thực hành: giảng viên đã xác nhận'],
        'Chưa đủ điều kiện hoàn thành: Chưa đủ tỷ lệ tham dự',
      ],
      [
        'Dữ liệu mở',
        'Lớp ATTT-2026-04',
        ['Bài học đã học: 8/8', 'Bài kiểm tra đã đạt: 2/2', 'Tỷ lệ tham dự: 100 % (tối thiểu 80 %)', 'Bài thi cuối khóa: đã đạt', 'Phần thực hành: giảng viên đã xác nhận'],
        'Đã được cấp chứng chỉ số 2026/0009',
      ],
    ]);
    const marks = Array.from(el.querySelectorAll('[data-class="1"] [data-testid="progress-items"] li'), (li) => li.classList.contains('met'));
    expect(marks).toEqual([false, false, false, false, false]);
    expect(el.querySelectorAll('[data-class="4"] [data-testid="progress-items"] li.met').length).toBe(5);
    expect(await violations(fixture)).toEqual([]);
  });

  it("keeps the certificates when the classes cannot be read, and says why in the API's words", async () => {
    const { el } = await render(
      MyCertificatesPage,
      {},
      (http) => {
        http.expectOne('/api/certificates/mine').flush([certificate(3)]);
        refuse(http.expectOne('/api/completion/mine'), 403, 'Tài khoản của bạn chưa gắn với hồ sơ cán bộ.');
      },
      ['learner'],
    );
    expect(text(el.querySelector('[role="alert"]'))).toBe('Tài khoản của bạn chưa gắn với hồ sơ cán bộ.');
    expect(el.querySelector('[data-testid="progress"]')).toBeNull();
    expect(el.querySelectorAll('[data-certificate]').length).toBe(1);
  });
});
