import { HttpTestingController } from '@angular/common/http/testing';
import { Role } from '@cds/contracts';
import {
  catchDownloads,
  click,
  completionBoard,
  completionRow,
  dialog,
  refuse,
  refuseFile,
  render,
  rows,
  soon,
  text,
  type,
  violations,
} from '../../testing/certification-test-setup';
import { CompletionBoardPage } from './completion-board-page';

jest.setTimeout(30_000);

const ROWS = [
  completionRow(1, { fullName: 'Bùi Thị Hà' }),
  completionRow(2, { fullName: 'Đặng Văn Hùng', complete: false, attendance: 60, signedOff: false, finalPassed: false, gaps: ['attendance', 'final_exam', 'sign_off'], lessonsDone: 6 }),
  completionRow(3, { fullName: 'Lê Thị Bích', certificate: { id: 9, publicCode: 'CODE9', registerNumber: '2026/0009' } }),
  completionRow(4, { fullName: 'Ngô Văn Nam', gaps: ['quizzes'], quizzesPassed: 1, exception: { reason: 'Ốm, đã học bù', by: 'Lê Thị Chứng' } }),
];

const DECISION = { id: 4, number: '125/QĐ-SKHCN', decidedOn: '2026-11-24', classId: 12, classCode: 'ATTT-2026-01', courseTitle: 'An toàn thông tin cho cán bộ xã', signerName: 'Trần Văn Bình', signerTitle: 'Phó Giám đốc', certificateCount: 1 };

function open(roles: Role[], board = completionBoard(ROWS), decisions = [DECISION]) {
  return render(
    CompletionBoardPage,
    { classId: '12' },
    (http: HttpTestingController) => {
      http.expectOne('/api/classes/12/completion').flush(board);
      for (const req of http.match((r) => r.url === '/api/decisions')) req.flush(decisions);
    },
    roles,
  );
}

describe('CompletionBoardPage', () => {
  it("shows each learner's progress, what they lack in words, the exception and the certificate", async () => {
    const { el, fixture } = await open(['certifier'], completionBoard(ROWS, { can: { setRules: false, signOff: false, except: true, issue: true } }));
    expect(text(el.querySelector('h1'))).toBe('Hoàn thành lớp ATTT-2026-01');
    expect(text(el.querySelector('[data-testid="stats"]'))).toBe('Học viên 4 Đã hoàn thành 3 Đã được cấp chứng chỉ 1');
    expect(rows(el.querySelector('[data-testid="board"]')).map((r) => r.slice(1))).toEqual([
      ['Bùi Thị Hà UBND xã Giao Thủy', '8/8', '2/2', '100 %', 'Đạt', 'Đã xác nhận', 'Hoàn thành', '—', ''],
      ['Đặng Văn Hùng UBND xã Giao Thủy', '6/8', '2/2', '60 %', 'Chưa đạt', 'Chưa xác nhận', 'Chưa đủ tỷ lệ tham dự Chưa đạt bài thi cuối khóa Chưa được xác nhận thực hành', '—', 'Ngoại lệ…'],
      ['Lê Thị Bích UBND xã Giao Thủy', '8/8', '2/2', '100 %', 'Đạt', 'Đã xác nhận', 'Hoàn thành', '2026/0009', ''],
      ['Ngô Văn Nam UBND xã Giao Thủy', '8/8', '1/2', '100 %', 'Đạt', 'Đã xác nhận', 'Hoàn thành Chưa đạt hết bài kiểm tra Ngoại lệ (Lê Thị Chứng): Ốm, đã học bù', '—', 'Sửa ngoại lệ…'],
    ]);
    expect(el.querySelector('[data-testid="certificate"]')?.getAttribute('href')).toBe('/verify/CODE9');
    // a certifier reads the rules; only the class's trainer changes them
    expect(el.querySelector('[data-testid="rules-form"]')).toBeNull();
    expect(text(el.querySelector('[data-testid="rules"]'))).toBe(
      'Học hết tất cả bài học Đạt tất cả bài kiểm tra của lớp Tham dự tối thiểu 80 % số buổi học Đạt bài thi cuối khóa “Kiểm tra cuối khóa” Giảng viên xác nhận phần thực hành của từng học viên',
    );
    expect(text(el.querySelector('[data-decision="4"]'))).toContain('Quyết định số 125/QĐ-SKHCN ngày 24/11/2026 – Trần Văn Bình, Phó Giám đốc');
    expect(await violations(fixture)).toEqual([]);
  });

  it('lets the trainer set the rules and sign off practical work, and shows a refusal in words', async () => {
    const { el, fixture, http } = await open(['trainer'], completionBoard(ROWS, { can: { setRules: true, signOff: true, except: false, issue: false } }));
    expect(http.match((r) => r.url === '/api/decisions')).toEqual([]);
    expect(el.querySelector('[data-testid="issue-bar"]')).toBeNull();
    expect(el.querySelector('[data-testid="except"]')).toBeNull();
    expect((el.querySelector('[data-testid="rule-attendance"]') as HTMLInputElement).value).toBe('80');

    type(el, 'rule-attendance', '');
    click(el, '[data-testid="rule-sign-off"] input');
    click(el, 'save-rules');
    await fixture.whenStable();
    const save = http.expectOne('/api/classes/12/completion/rules');
    expect(save.request.body).toEqual({ allLessons: true, allQuizzes: true, minAttendance: null, finalQuizId: 3, signOff: false });
    save.flush(completionBoard(ROWS, { rules: { allLessons: true, allQuizzes: true, minAttendance: null, finalQuizId: 3, signOff: false }, can: { setRules: true, signOff: true, except: false, issue: false } }));
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="rules-form"] [role="status"]'))).toBe('Đã lưu điều kiện; kết quả của học viên đã được tính lại.');
    // no sign-off asked any more: the column says so
    expect(el.querySelector('[data-testid="sign-off"]')).toBeNull();

    type(el, 'rule-attendance', '120');
    click(el, 'save-rules');
    await fixture.whenStable();
    http.expectNone('/api/classes/12/completion/rules');
    expect(text(el.querySelector('[data-testid="rules-form"] mat-error'))).toBe('Nhập số từ 0 đến 100.');
  });

  it('signs off a row in place and shows why one was refused', async () => {
    const { el, fixture, http } = await open(['trainer'], completionBoard(ROWS, { can: { setRules: false, signOff: true, except: false, issue: false } }));
    click(el, '[data-person="2"] [data-testid="sign-off"] input');
    await fixture.whenStable();
    const req = http.expectOne('/api/classes/12/completion/2/sign-off');
    expect(req.request.body).toEqual({ signedOff: true });
    req.flush(completionRow(2, { fullName: 'Đặng Văn Hùng', complete: false, attendance: 60, finalPassed: false, gaps: ['attendance', 'final_exam'] }));
    await fixture.whenStable();
    expect(text(el.querySelector('[data-person="2"] [data-testid="result"]'))).toBe('Chưa đủ tỷ lệ tham dự Chưa đạt bài thi cuối khóa');

    click(el, '[data-person="1"] [data-testid="sign-off"] input');
    await fixture.whenStable();
    expect((el.querySelector('[data-person="1"] [data-testid="sign-off"] input') as HTMLInputElement).disabled).toBe(true);
    refuse(http.expectOne('/api/classes/12/completion/1/sign-off'), 403, 'Chỉ giảng viên của lớp được xác nhận phần thực hành.');
    await fixture.whenStable();
    expect(text(el.querySelector('[role="alert"]'))).toBe('Chỉ giảng viên của lớp được xác nhận phần thực hành.');
    expect((el.querySelector('[data-person="1"] [data-testid="sign-off"] input') as HTMLInputElement).checked).toBe(true);
  });

  it('records an exception with a reason, and shows a refusal inside the dialog', async () => {
    const { el, fixture, http } = await open(['certifier']);
    click(el, '[data-person="2"] [data-testid="except"]');
    await fixture.whenStable();
    const d = dialog() as HTMLElement;
    expect(text(d.querySelector('h2'))).toBe('Ngoại lệ cho Đặng Văn Hùng');
    click(d, 'dialog-submit');
    await fixture.whenStable();
    http.expectNone('/api/classes/12/completion/2/exception');
    expect(text(d.querySelector('mat-error'))).toBe('Vui lòng nhập lý do.');
    expect(await violations(d)).toEqual([]);

    type(d, 'reason', ' Ốm nằm viện, đã học bù ');
    click(d, 'dialog-submit');
    const first = http.expectOne('/api/classes/12/completion/2/exception');
    expect(first.request.body).toEqual({ reason: 'Ốm nằm viện, đã học bù' });
    refuse(first, 403, 'Bạn không thể tự miễn điều kiện cho chính mình.');
    await fixture.whenStable();
    expect(text(d.querySelector('[role="alert"]'))).toBe('Bạn không thể tự miễn điều kiện cho chính mình.');

    click(d, 'dialog-submit');
    http
      .expectOne('/api/classes/12/completion/2/exception')
      .flush(completionRow(2, { fullName: 'Đặng Văn Hùng', gaps: ['attendance'], exception: { reason: 'Ốm nằm viện, đã học bù', by: 'Lê Thị Chứng' } }));
    await soon(async () => {
      await fixture.whenStable();
      return !dialog();
    });
    expect(text(el.querySelector('[data-testid="announcement"]'))).toBe('Đã ghi ngoại lệ cho Đặng Văn Hùng.');
    expect(text(el.querySelector('[data-person="2"] [data-testid="result"]'))).toContain('Ngoại lệ (Lê Thị Chứng): Ốm nằm viện, đã học bù');
  });

  it('removes an exception with an empty reason', async () => {
    const { el, fixture, http } = await open(['certifier']);
    click(el, '[data-person="4"] [data-testid="except"]');
    await fixture.whenStable();
    const d = dialog() as HTMLElement;
    expect(text(d.querySelector('[data-testid="current"]'))).toBe('Ngoại lệ hiện tại (Lê Thị Chứng): Ốm, đã học bù');
    click(d, 'remove');
    const req = http.expectOne('/api/classes/12/completion/4/exception');
    expect(req.request.body).toEqual({ reason: '' });
    req.flush(completionRow(4, { fullName: 'Ngô Văn Nam', complete: false, gaps: ['quizzes'] }));
    await soon(async () => {
      await fixture.whenStable();
      return !dialog();
    });
    expect(text(el.querySelector('[data-testid="announcement"]'))).toBe('Đã bỏ ngoại lệ của Ngô Văn Nam.');
  });

  it('issues a decision for the chosen learners: details, confirmation listing them, a refused number, then the result and its zip', async () => {
    const { el, fixture, http } = await open(['certifier']);
    const issue = el.querySelector('[data-testid="open-decision"]') as HTMLButtonElement;
    expect([issue.disabled, text(issue)]).toEqual([true, 'Ra quyết định công nhận (0)']);
    // only complete learners without a certificate can be chosen
    expect(Array.from(el.querySelectorAll('[data-testid="choose"]'), (c) => c.closest('tr')?.getAttribute('data-person'))).toEqual(['1', '4']);
    click(el, 'choose-all');
    await fixture.whenStable();
    expect([issue.disabled, text(issue), text(el.querySelector('[data-testid="choose-all"]'))]).toEqual([false, 'Ra quyết định công nhận (2)', 'Bỏ chọn tất cả']);

    click(el, 'open-decision');
    await fixture.whenStable();
    const d = dialog() as HTMLElement;
    expect(text(d.querySelector('[data-testid="step"]'))).toBe('Bước 1/3: Thông tin quyết định');
    click(d, 'next');
    await fixture.whenStable();
    expect(text(d.querySelector('[data-testid="step"]'))).toBe('Bước 1/3: Thông tin quyết định');
    expect(d.querySelectorAll('mat-error').length).toBe(3);
    expect(await violations(d)).toEqual([]);

    type(d, 'number', ' 125/QĐ-SKHCN ');
    type(d, 'decided-on', '24/11/2026');
    type(d, 'signer-name', 'Trần Văn Bình');
    type(d, 'signer-title', 'Phó Giám đốc');
    type(d, 'validity', '24');
    await fixture.whenStable();
    click(d, 'next');
    await fixture.whenStable();
    expect(text(d.querySelector('[data-testid="step"]'))).toBe('Bước 2/3: Xác nhận');
    expect(text(d.querySelector('[data-testid="summary"]'))).toBe('Cấp 2 chứng chỉ lớp ATTT-2026-01 – An toàn thông tin cho cán bộ xã theo quyết định số 125/QĐ-SKHCN ngày 24/11/2026.');
    expect(Array.from(d.querySelectorAll('[data-testid="people"] li'), text)).toEqual(['Bùi Thị Hà – UBND xã Giao Thủy', 'Ngô Văn Nam – UBND xã Giao Thủy']);
    expect(text(d)).toContain('Thời hạn: 24 tháng kể từ ngày cấp.');
    expect(await violations(d)).toEqual([]);

    click(d, 'issue');
    await fixture.whenStable();
    const refused = http.expectOne('/api/decisions');
    expect(refused.request.body).toEqual({
      classId: 12,
      number: '125/QĐ-SKHCN',
      decidedOn: '2026-11-24',
      signerName: 'Trần Văn Bình',
      signerTitle: 'Phó Giám đốc',
      personIds: [1, 4],
      validityMonths: 24,
    });
    refuse(refused, 409, 'Số quyết định 125/QĐ-SKHCN đã được dùng trong năm 2026.');
    await fixture.whenStable();
    expect(text(d.querySelector('[role="alert"]'))).toBe('Số quyết định 125/QĐ-SKHCN đã được dùng trong năm 2026.');

    click(d, 'back');
    await fixture.whenStable();
    type(d, 'number', '126/QĐ-SKHCN');
    click(d, 'next');
    await fixture.whenStable();
    click(d, 'issue');
    const issued = http.expectOne('/api/decisions');
    expect((issued.request.body as { number: string }).number).toBe('126/QĐ-SKHCN');
    issued.flush({ ...DECISION, id: 5, number: '126/QĐ-SKHCN', certificateCount: 2 });
    await fixture.whenStable();
    // the board and the decisions are read again
    http.expectOne('/api/classes/12/completion').flush(completionBoard(ROWS.map((r) => (r.personId === 1 || r.personId === 4 ? { ...r, certificate: { id: 20 + r.personId, publicCode: `C${r.personId}`, registerNumber: `2026/002${r.personId}` } } : r))));
    http.expectOne((r) => r.url === '/api/decisions').flush([DECISION, { ...DECISION, id: 5, number: '126/QĐ-SKHCN', certificateCount: 2 }]);
    await fixture.whenStable();
    expect(text(d.querySelector('[data-testid="done"]'))).toBe('Đã cấp 2 chứng chỉ theo quyết định số 126/QĐ-SKHCN ngày 24/11/2026.');

    const downloads = catchDownloads();
    click(d, 'zip');
    http.expectOne('/api/decisions/5/certificates.zip').flush(new Blob(['zip']));
    await fixture.whenStable();
    expect(downloads.names).toEqual(['quyet-dinh-5.zip']);
    downloads.restore();

    click(d, 'close');
    await soon(async () => {
      await fixture.whenStable();
      return !dialog();
    });
    expect(text(el.querySelector('[data-testid="announcement"]'))).toBe('Đã cấp 2 chứng chỉ theo quyết định số 126/QĐ-SKHCN.');
    expect(el.querySelectorAll('[data-testid="choose"]').length).toBe(0);
    expect(el.querySelectorAll('[data-decision]').length).toBe(2);
  });

  it("downloads a decision's zip from the list, and says why when refused", async () => {
    const { el, fixture, http } = await open(['certifier']);
    click(el, '[data-decision="4"] [data-testid="zip"]');
    refuseFile(http.expectOne('/api/decisions/4/certificates.zip'), 403, 'Quyết định này không thuộc đơn vị của bạn.');
    const alert = await soon(async () => {
      await fixture.whenStable();
      return el.querySelector('.decisions [role="alert"]');
    });
    expect(text(alert)).toBe('Quyết định này không thuộc đơn vị của bạn.');
  });

  it("shows the API's refusal when the board cannot be read", async () => {
    const { el } = await render(CompletionBoardPage, { classId: '12' }, (http) => {
      refuse(http.expectOne('/api/classes/12/completion'), 403, 'Bạn không phụ trách lớp này.');
      for (const req of http.match((r) => r.url === '/api/decisions')) req.flush([]);
    });
    expect(text(el.querySelector('[role="alert"]'))).toBe('Bạn không phụ trách lớp này.');
    expect(el.querySelector('[data-testid="board"]')).toBeNull();
  });
});
