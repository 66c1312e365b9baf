import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CheckInCode, RollCall } from '@cds/contracts';
import { learningTestProviders, text } from '../../learning/testing/learning-test-setup';
import { CheckInDisplayPage, qrImageUrl } from './check-in-display-page';

const T0 = Date.parse('2026-11-30T01:40:00.000Z');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h7v7H0z"/></svg>';
const code = (value: string, refreshAt: string, checkedIn: number): CheckInCode => ({
  sessionId: 3,
  code: value,
  url: `https://daotao.example.vn/learn/classes/5/check-in?code=${value}`,
  qrSvg: SVG,
  refreshAt,
  periodSeconds: 45,
  checkedIn,
  enrolled: 24,
});
const CODE_URL = '/api/sessions/3/check-in-code';

describe('CheckInDisplayPage', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers({ now: T0 });
  });
  afterEach(() => jest.useRealTimers());

  it('shows the QR as an image, counts down to the next code, asks for it at refreshAt and stops when closed', () => {
    TestBed.configureTestingModule({ imports: [CheckInDisplayPage], providers: learningTestProviders() });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CheckInDisplayPage);
    fixture.componentRef.setInput('sessionId', 3);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    http.expectOne('/api/sessions/3/roll-call').flush({
      session: { id: 3, classId: 5, title: 'Buổi 2: Chữ ký số', startsAt: '2026-11-30T01:30:00Z', endsAt: '2026-11-30T04:00:00Z', place: '', onlineUrl: null },
      lines: [],
    } satisfies RollCall);
    http.expectOne(CODE_URL).flush(code('A', '2026-11-30T01:40:30.000Z', 7));
    fixture.detectChanges();

    const img = el.querySelector<HTMLImageElement>('img[data-testid="qr"]') as HTMLImageElement;
    expect(img.getAttribute('src')).toBe(qrImageUrl(SVG));
    expect(img.getAttribute('src')?.startsWith('data:image/svg+xml;charset=utf-8,%3Csvg')).toBe(true);
    expect(img.alt).toBe('Mã QR điểm danh buổi Buổi 2: Chữ ký số');
    // the SVG is never put into the page as markup
    expect(el.querySelector('svg path[d="M0 0h7v7H0z"]')).toBeNull();
    expect(text(el.querySelector('[data-testid="display-session"]'))).toBe('Buổi 2: Chữ ký số');
    expect(text(el.querySelector('[data-testid="checked-in"]'))).toBe('Đã điểm danh 7/24');
    expect(text(el.querySelector('[data-testid="countdown"]'))).toBe('Mã đổi sau 30 giây');

    jest.advanceTimersByTime(10_000);
    fixture.detectChanges();
    expect(text(el.querySelector('[data-testid="countdown"]'))).toBe('Mã đổi sau 20 giây');

    jest.advanceTimersByTime(20_299);
    http.expectNone(CODE_URL);
    jest.advanceTimersByTime(1);
    http.expectOne(CODE_URL).flush(code('B', '2026-11-30T01:41:15.000Z', 9));
    fixture.detectChanges();
    expect(text(el.querySelector('[data-testid="checked-in"]'))).toBe('Đã điểm danh 9/24');
    expect(text(el.querySelector('[data-testid="countdown"]'))).toBe('Mã đổi sau 45 giây');

    // a failed read keeps the last code dimmed and tries again
    jest.advanceTimersByTime(45_000);
    http.expectOne(CODE_URL).error(new ProgressEvent('error'), { status: 0 });
    fixture.detectChanges();
    expect(el.querySelector('img[data-testid="qr"]')?.classList).toContain('stale');
    expect(text(el.querySelector('.reconnecting'))).toBe('Mất kết nối, đang thử lại…');
    jest.advanceTimersByTime(5000);
    http.expectOne(CODE_URL).flush(code('C', '2026-11-30T01:42:00.000Z', 9));
    fixture.detectChanges();
    expect(el.querySelector('.reconnecting')).toBeNull();

    fixture.destroy();
    jest.advanceTimersByTime(10 * 60_000);
    http.verify();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('shows the refusal and stops asking when the API refuses the display', () => {
    TestBed.configureTestingModule({ imports: [CheckInDisplayPage], providers: learningTestProviders() });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CheckInDisplayPage);
    fixture.componentRef.setInput('sessionId', 3);
    fixture.detectChanges();
    const refusal = { statusCode: 403, message: 'Chỉ giảng viên của lớp hoặc quản trị viên phụ trách đơn vị tổ chức lớp mới được điểm danh.', code: 'attendance.not_trainer' };
    http.expectOne('/api/sessions/3/roll-call').flush(refusal, { status: 403, statusText: 'Forbidden' });
    http.expectOne(CODE_URL).flush(refusal, { status: 403, statusText: 'Forbidden' });
    fixture.detectChanges();
    expect(text(fixture.nativeElement.querySelector('[role="alert"]'))).toBe(refusal.message);
    jest.advanceTimersByTime(5 * 60_000);
    http.verify();
  });
});
