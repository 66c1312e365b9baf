import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LanguageService } from '@cds/web/core';
import { learningTestProviders, text } from '../testing/learning-test-setup';
import { CheckInPage } from './check-in-page';

async function open(code: string | undefined) {
  TestBed.configureTestingModule({ imports: [CheckInPage], providers: learningTestProviders() });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(CheckInPage);
  fixture.componentRef.setInput('classId', 5);
  fixture.componentRef.setInput('code', code);
  await fixture.whenStable();
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

const refusal = (status: number, code: string, message: string) => ({ body: { statusCode: status, error: 'x', message, code }, opts: { status, statusText: 'x' } });

describe('CheckInPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('posts the code at once and says which session, how and when the learner was recorded', async () => {
    const { http, fixture, el } = await open('3.1234.abcd');
    const req = http.expectOne({ method: 'POST', url: '/api/learning/classes/5/check-in' });
    expect(req.request.body).toEqual({ code: '3.1234.abcd' });
    expect(text(el.querySelector('[role="status"]'))).toBe('Đang điểm danh…');
    req.flush({ sessionId: 3, sessionTitle: 'Buổi 2: Chữ ký số', status: 'late', at: '2026-11-30T01:47:00Z' });
    await fixture.whenStable();
    const success = el.querySelector('[data-testid="check-in-success"]');
    expect([...(success?.querySelectorAll('h2, p') ?? [])].map(text)).toEqual([
      'Đã điểm danh',
      'Buổi học: Buổi 2: Chữ ký số',
      'Ghi nhận: Đi muộn',
      'Lúc 08:47 30/11/2026',
    ]);
  });

  it("shows the API's refusal of an expired code and tells the learner to scan the current one", async () => {
    const { http, fixture, el } = await open('3.1.old');
    const r = refusal(410, 'attendance.code_expired', 'Mã điểm danh đã hết hạn. Hãy quét mã QR mới trên màn hình của giảng viên.');
    http.expectOne('/api/learning/classes/5/check-in').flush(r.body, r.opts);
    await fixture.whenStable();
    const refused = el.querySelector('[data-testid="check-in-refused"]');
    expect(text(refused?.querySelector('h2'))).toBe('Chưa điểm danh được');
    expect(text(refused?.querySelector('[role="alert"]'))).toBe('Mã điểm danh đã hết hạn. Hãy quét mã QR mới trên màn hình của giảng viên.');
    expect(text(el.querySelector('[data-testid="scan-again"]'))).toBe('Mở camera và quét lại mã QR đang hiển thị trên màn hình của giảng viên.');
    // the same code again would be refused again: no retry button
    expect(refused?.querySelector('button')).toBeNull();
  });

  it('refuses someone not enrolled with the API sentence, in English for an English reader', async () => {
    TestBed.configureTestingModule({ imports: [CheckInPage], providers: learningTestProviders() });
    await TestBed.inject(LanguageService).use('en');
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CheckInPage);
    fixture.componentRef.setInput('classId', 5);
    fixture.componentRef.setInput('code', '3.1.x');
    await fixture.whenStable();
    const req = http.expectOne('/api/learning/classes/5/check-in');
    const r = refusal(403, 'attendance.not_enrolled', 'You are not on this class’s list of enrolled learners.');
    req.flush(r.body, r.opts);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(text(el.querySelector('[data-testid="check-in-refused"] h2'))).toBe('Not checked in');
    expect(text(el.querySelector('[role="alert"]'))).toBe('You are not on this class’s list of enrolled learners.');
    expect(el.querySelector('[data-testid="scan-again"]')).toBeNull();
  });

  it('says so calmly when the learner has already checked in', async () => {
    const { http, fixture, el } = await open('3.1.x');
    const r = refusal(409, 'attendance.already_checked_in', 'Bạn đã được ghi nhận điểm danh cho buổi học này.');
    http.expectOne('/api/learning/classes/5/check-in').flush(r.body, r.opts);
    await fixture.whenStable();
    const already = el.querySelector('[data-testid="check-in-already"]');
    expect([text(already?.querySelector('h2')), text(already?.querySelector('p'))]).toEqual([
      'Bạn đã điểm danh buổi này rồi.',
      'Bạn đã được ghi nhận điểm danh cho buổi học này.',
    ]);
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });

  it('offers to try again after a network failure, with the same code', async () => {
    const { http, fixture, el } = await open('3.1.x');
    http.expectOne('/api/learning/classes/5/check-in').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    el.querySelector<HTMLButtonElement>('[data-testid="check-in-refused"] button')?.click();
    expect(http.expectOne('/api/learning/classes/5/check-in').request.body).toEqual({ code: '3.1.x' });
  });

  it('without a code, asks the learner to scan the QR code and sends nothing', async () => {
    const { http, el } = await open(undefined);
    http.expectNone('/api/learning/classes/5/check-in');
    expect(text(el.querySelector('[data-testid="check-in-no-code"]'))).toBe(
      'Đường dẫn không có mã điểm danh. Hãy quét mã QR trên màn hình của giảng viên.',
    );
  });
});
