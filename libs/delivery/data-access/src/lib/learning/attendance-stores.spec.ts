import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CheckInCode, RollCall, RollCallLine, SignInSheetDto } from '@cds/contracts';
import { changedMarks, CheckInDisplayStore, nextCodeDelay, RollCallStore } from './attendance-stores';
import { Transfer } from './transfer';

const line = (enrolmentId: number, status: RollCallLine['status'], method: RollCallLine['method'] = null): RollCallLine => ({
  enrolmentId,
  personId: enrolmentId + 100,
  fullName: `Học viên ${enrolmentId}`,
  orgUnitName: 'Xã Giao An',
  status,
  method,
  at: null,
});
const rollCall = (lines: RollCallLine[]): RollCall => ({
  session: { id: 3, classId: 5, title: 'Buổi 1', startsAt: '2026-11-02T01:00:00Z', endsAt: '2026-11-02T04:00:00Z', place: 'Hội trường', onlineUrl: null },
  lines,
});
const sheet = (id: number, uploadedAt: string): SignInSheetDto => ({
  id,
  sessionId: 3,
  fileName: `ky-nhan-${id}.pdf`,
  contentType: 'application/pdf',
  size: 1000,
  uploadedBy: { personId: 1, fullName: 'Trần Văn Giảng' },
  uploadedAt,
  confirmedBy: null,
  confirmedAt: null,
});
const code = (value: string, refreshAt: string, checkedIn = 0): CheckInCode => ({
  sessionId: 3,
  code: value,
  url: `https://cds.example/learn/classes/5/check-in?code=${value}`,
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  refreshAt,
  periodSeconds: 30,
  checkedIn,
  enrolled: 20,
});

describe('changedMarks', () => {
  it('sends only the choices that differ from what is recorded', () => {
    const lines = [line(1, 'present', 'qr'), line(2, null), line(3, 'absent'), line(4, null)];
    const draft = new Map([
      [1, 'present' as const],
      [2, 'late' as const],
      [3, 'excused' as const],
    ]);
    expect(changedMarks(lines, draft)).toEqual([
      { enrolmentId: 2, status: 'late' },
      { enrolmentId: 3, status: 'excused' },
    ]);
  });
});

describe('nextCodeDelay', () => {
  const now = Date.parse('2026-11-02T01:10:00.000Z');
  it('asks just after refreshAt, by the server clock when it is known', () => {
    expect(nextCodeDelay(code('A', '2026-11-02T01:10:20.000Z'), null, now)).toBe(20_300);
    // the display's clock is 2 minutes fast; the server says it is 01:08:00
    expect(nextCodeDelay(code('A', '2026-11-02T01:08:20.000Z'), Date.parse('2026-11-02T01:08:00Z'), now)).toBe(19_800);
  });
  it('never asks sooner than a second, nor later than one period', () => {
    expect(nextCodeDelay(code('A', '2026-11-02T01:09:00.000Z'), null, now)).toBe(1000);
    expect(nextCodeDelay(code('A', '2026-11-02T02:00:00.000Z'), null, now)).toBe(30_300);
  });
});

describe('attendance stores', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), RollCallStore, CheckInDisplayStore] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('reads the roll call and the sheets (newest first), saves marks and keeps the answer', () => {
    const store = TestBed.inject(RollCallStore);
    store.load(3);
    http.expectOne({ method: 'GET', url: '/api/sessions/3/roll-call' }).flush(rollCall([line(1, null)]));
    http.expectOne({ method: 'GET', url: '/api/sessions/3/sign-in-sheets' }).flush([sheet(1, '2026-11-02T02:00:00Z'), sheet(2, '2026-11-02T03:00:00Z')]);
    expect(store.sheets().map((s) => s.id)).toEqual([2, 1]);

    store.save(3, { marks: [{ enrolmentId: 1, status: 'late' }] }).subscribe();
    const put = http.expectOne({ method: 'PUT', url: '/api/sessions/3/roll-call' });
    expect(put.request.body).toEqual({ marks: [{ enrolmentId: 1, status: 'late' }] });
    put.flush(rollCall([line(1, 'late', 'roll_call')]));
    expect(store.rollCall()?.lines[0].status).toBe('late');
  });

  it('uploads a sheet with its progress, then confirms who was present on it', () => {
    const store = TestBed.inject(RollCallStore);
    store.load(3);
    http.expectOne('/api/sessions/3/roll-call').flush(rollCall([line(1, null), line(2, null)]));
    http.expectOne('/api/sessions/3/sign-in-sheets').flush([]);

    const steps: Transfer<SignInSheetDto>[] = [];
    store.upload(3, new File(['%PDF'], 'ky-nhan.pdf', { type: 'application/pdf' })).subscribe((t) => steps.push(t));
    const upload = http.expectOne({ method: 'POST', url: '/api/sessions/3/sign-in-sheets' });
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.event({ type: HttpEventType.UploadProgress, loaded: 3, total: 4 });
    upload.flush(sheet(7, '2026-11-02T04:00:00Z'));
    expect(steps.map((s) => (s.kind === 'progress' ? s.percent : 'done'))).toEqual([75, 'done']);
    expect(store.sheets().map((s) => s.id)).toEqual([7]);

    store.confirm(7, [2]).subscribe();
    const confirm = http.expectOne({ method: 'POST', url: '/api/sign-in-sheets/7/confirm' });
    expect(confirm.request.body).toEqual({ presentEnrolmentIds: [2] });
    confirm.flush(rollCall([line(1, null), line(2, 'present', 'sheet')]));
    http.expectOne('/api/sessions/3/sign-in-sheets').flush([{ ...sheet(7, '2026-11-02T04:00:00Z'), confirmedAt: '2026-11-02T04:01:00Z' }]);
    expect(store.rollCall()?.lines[1]).toMatchObject({ status: 'present', method: 'sheet' });
    expect(store.sheets()[0].confirmedAt).not.toBeNull();
  });

  it('polls the check-in code at refreshAt, retries after a failure and stops when told', () => {
    jest.useFakeTimers({ now: Date.parse('2026-11-02T01:10:00.000Z') });
    const store = TestBed.inject(CheckInDisplayStore);
    const url = '/api/sessions/3/check-in-code';
    store.start(3);
    http.expectOne({ method: 'GET', url }).flush(code('A', '2026-11-02T01:10:30.000Z', 4));
    expect([store.code()?.code, store.code()?.checkedIn, store.expiresAt()]).toEqual(['A', 4, Date.parse('2026-11-02T01:10:30.300Z')]);

    jest.advanceTimersByTime(30_299);
    http.expectNone(url);
    jest.advanceTimersByTime(1);
    http.expectOne(url).error(new ProgressEvent('error'), { status: 0 });
    expect(store.failing()).toBe(true);
    jest.advanceTimersByTime(5000);
    http.expectOne(url).flush(code('B', '2026-11-02T01:11:00.000Z', 9));
    expect([store.code()?.code, store.failing()]).toEqual(['B', false]);

    store.stop();
    jest.advanceTimersByTime(300_000);
    http.expectNone(url);
  });

  it('stops polling when the API refuses the display', () => {
    jest.useFakeTimers();
    const store = TestBed.inject(CheckInDisplayStore);
    store.start(3);
    http
      .expectOne('/api/sessions/3/check-in-code')
      .flush({ statusCode: 403, message: 'Bạn không phải giảng viên của lớp này.', code: 'delivery.not_trainer' }, { status: 403, statusText: 'Forbidden' });
    expect(store.refusal()?.message).toBe('Bạn không phải giảng viên của lớp này.');
    jest.advanceTimersByTime(300_000);
    http.expectNone('/api/sessions/3/check-in-code');
  });
});
