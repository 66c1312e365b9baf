import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RollCall, RollCallLine, SignInSheetDto } from '@cds/contracts';
import { learningTestProviders, text } from '../../learning/testing/learning-test-setup';
import { RollCallPage } from './roll-call-page';

const line = (enrolmentId: number, fullName: string, over: Partial<RollCallLine> = {}): RollCallLine => ({
  enrolmentId,
  personId: enrolmentId + 100,
  fullName,
  orgUnitName: 'UBND xã Giao An',
  status: null,
  method: null,
  at: null,
  ...over,
});
const rollCall = (lines: RollCallLine[]): RollCall => ({
  session: {
    id: 3,
    classId: 5,
    title: 'Buổi 2: Chữ ký số',
    startsAt: '2026-11-30T01:30:00Z',
    endsAt: '2026-11-30T04:00:00Z',
    place: 'Hội trường UBND huyện Giao Thủy',
    onlineUrl: null,
  },
  lines,
});
const LINES = [
  line(1, 'Bùi Văn An', { status: 'late', method: 'qr', at: '2026-11-30T01:47:00Z' }),
  line(2, 'Đặng Thị Bình'),
  line(3, 'Lê Văn Cường'),
];
const sheet = (id: number): SignInSheetDto => ({
  id,
  sessionId: 3,
  fileName: 'ky-nhan-buoi-2.jpg',
  contentType: 'image/jpeg',
  size: 2_100_000,
  uploadedBy: { personId: 1, fullName: 'Trần Văn Giảng' },
  uploadedAt: '2026-11-30T04:05:00Z',
  confirmedBy: null,
  confirmedAt: null,
});

async function open(sheets: SignInSheetDto[] = []) {
  TestBed.configureTestingModule({ imports: [RollCallPage], providers: learningTestProviders() });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(RollCallPage);
  fixture.componentRef.setInput('sessionId', 3);
  await fixture.whenStable();
  http.expectOne('/api/sessions/3/roll-call').flush(rollCall(LINES));
  http.expectOne('/api/sessions/3/sign-in-sheets').flush(sheets);
  await fixture.whenStable();
  const el: HTMLElement = fixture.nativeElement;
  const person = (id: number) => el.querySelector(`[data-testid="person-${id}"]`) as HTMLFieldSetElement;
  const radio = (id: number, status: string) => person(id).querySelector<HTMLInputElement>(`input[value="${status}"]`) as HTMLInputElement;
  return { http, fixture, el, person, radio };
}

describe('RollCallPage', () => {
  beforeEach(() => localStorage.clear());

  it('gives each person one accessible group of four choices, shows QR check-ins, and saves only what changed', async () => {
    const { http, fixture, el, person, radio } = await open();
    expect(text(el.querySelector('[data-testid="session-header"] h2'))).toBe('Buổi 2: Chữ ký số');
    expect(text(el.querySelector('[data-testid="session-header"]'))).toContain('Thứ Hai, 30/11/2026, 08:30–11:00');

    const group = person(1);
    expect(group.tagName).toBe('FIELDSET');
    expect(text(group.querySelector('legend'))).toBe('Bùi Văn An UBND xã Giao An');
    expect([...group.querySelectorAll('label')].map(text)).toEqual(['Có mặt', 'Đi muộn', 'Vắng', 'Vắng có phép']);
    expect(new Set([...group.querySelectorAll('input')].map((i) => (i as HTMLInputElement).name))).toEqual(new Set(['status-1']));
    expect(radio(1, 'late').checked).toBe(true);
    expect(text(group.querySelector('.method'))).toBe('Đã quét mã QR lúc 08:47');
    expect(el.querySelector<HTMLButtonElement>('[data-testid="save-roll-call"]')?.disabled).toBe(true);

    // "all present" fills in the people not marked yet, then one is changed to excused
    el.querySelector<HTMLButtonElement>('[data-testid="all-present"]')?.click();
    radio(3, 'excused').click();
    await fixture.whenStable();
    expect([radio(1, 'late').checked, radio(2, 'present').checked, radio(3, 'excused').checked]).toEqual([true, true, true]);
    expect(text(el.querySelector('[data-testid="roll-summary"]'))).toBe(
      'Có mặt 1 · Đi muộn 1 · Vắng 0 · Vắng có phép 1 · Chưa điểm danh 0',
    );

    el.querySelector<HTMLButtonElement>('[data-testid="save-roll-call"]')?.click();
    const put = http.expectOne({ method: 'PUT', url: '/api/sessions/3/roll-call' });
    expect(put.request.body).toEqual({
      marks: [
        { enrolmentId: 2, status: 'present' },
        { enrolmentId: 3, status: 'excused' },
      ],
    });
    put.flush(
      rollCall([LINES[0], { ...LINES[1], status: 'present', method: 'roll_call' }, { ...LINES[2], status: 'excused', method: 'roll_call' }]),
    );
    await fixture.whenStable();
    expect(el.querySelector<HTMLButtonElement>('[data-testid="save-roll-call"]')?.disabled).toBe(true);
    expect(radio(3, 'excused').checked).toBe(true);
    http.verify();
  });

  it('keeps the choices and shows why when saving is refused', async () => {
    const { http, fixture, el, radio } = await open();
    radio(2, 'absent').click();
    await fixture.whenStable();
    el.querySelector<HTMLButtonElement>('[data-testid="save-roll-call"]')?.click();
    http
      .expectOne('/api/sessions/3/roll-call')
      .flush(
        { statusCode: 403, message: 'Chỉ giảng viên của lớp hoặc quản trị viên phụ trách đơn vị tổ chức lớp mới được điểm danh.', code: 'attendance.not_trainer' },
        { status: 403, statusText: 'Forbidden' },
      );
    await fixture.whenStable();
    expect(text(el.querySelector('.save-bar [role="alert"]'))).toContain('Chỉ giảng viên của lớp');
    expect(radio(2, 'absent').checked).toBe(true);
  });

  it('uploads a scanned sheet with its progress, refuses other files, and confirms who signed', async () => {
    const { http, fixture, el } = await open();
    const input = el.querySelector<HTMLInputElement>('[data-testid="sheet-file"]') as HTMLInputElement;
    const choose = (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
    };

    choose(new File(['x'], 'ky-nhan.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    await fixture.whenStable();
    expect(text(el.querySelector('.sheets [role="alert"]'))).toBe('Chỉ nhận tệp PDF, JPG hoặc PNG.');
    choose(new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'ky-nhan.pdf', { type: 'application/pdf' }));
    await fixture.whenStable();
    expect(text(el.querySelector('.sheets [role="alert"]'))).toContain('Tệp lớn hơn 10 MB.');
    http.expectNone('/api/sessions/3/sign-in-sheets');

    choose(new File(['jpeg'], 'ky-nhan-buoi-2.jpg', { type: 'image/jpeg' }));
    const upload = http.expectOne({ method: 'POST', url: '/api/sessions/3/sign-in-sheets' });
    upload.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    await fixture.whenStable();
    expect(text(el.querySelector('.upload-progress'))).toBe('Đang tải lên… 40%');
    upload.flush(sheet(8));
    await fixture.whenStable();
    expect(el.querySelector('.upload-progress')).toBeNull();
    expect(text(el.querySelector('[data-testid="sheet-list"] li'))).toContain('ky-nhan-buoi-2.jpg');
    expect(text(el.querySelector('[data-testid="sheet-list"] li'))).toContain('Tải lên bởi Trần Văn Giảng, 11:05 30/11/2026');

    const boxes = [...el.querySelectorAll<HTMLInputElement>('[data-testid="signed-list"] input[type="checkbox"]')];
    expect(boxes.length).toBe(3);
    boxes[1].click();
    boxes[2].click();
    await fixture.whenStable();
    const confirm = el.querySelector<HTMLButtonElement>('[data-testid="confirm-sheet"]') as HTMLButtonElement;
    expect(text(confirm)).toBe('Xác nhận có mặt (2)');
    confirm.click();
    const post = http.expectOne({ method: 'POST', url: '/api/sign-in-sheets/8/confirm' });
    expect(post.request.body).toEqual({ presentEnrolmentIds: [2, 3] });
    post.flush(
      rollCall([LINES[0], { ...LINES[1], status: 'present', method: 'sheet' }, { ...LINES[2], status: 'present', method: 'sheet' }]),
    );
    http.expectOne('/api/sessions/3/sign-in-sheets').flush([{ ...sheet(8), confirmedBy: { personId: 1, fullName: 'Trần Văn Giảng' }, confirmedAt: '2026-11-30T04:10:00Z' }]);
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="person-2"] .method'))).toBe('Theo danh sách ký nhận');
    expect(text(el.querySelector('[data-testid="sheet-list"] .confirmed'))).toBe('Đã xác nhận bởi Trần Văn Giảng, 11:10 30/11/2026');
    http.verify();
  });
});
