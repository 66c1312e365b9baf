import { refuse, render, text, verification, violations } from '../../testing/certification-test-setup';
import { VerifyCodePage } from './verify-code-page';

// axe-core walks the whole jsdom tree: seconds per screen when CI runs every project at once.
jest.setTimeout(30_000);

const open = (code: string, answer: Parameters<typeof render>[2]) => render(VerifyCodePage, { code }, answer, []);

describe('VerifyCodePage (public, no sign-in)', () => {
  it('shows a valid certificate in large words with everything the paper states and the signature check', async () => {
    const { el, fixture } = await open('K7QX2M9P', (http) => http.expectOne('/api/verify/K7QX2M9P').flush(verification()));
    const verdict = el.querySelector('[data-testid="verdict"]');
    expect(verdict?.getAttribute('data-verdict')).toBe('valid');
    expect(text(verdict?.querySelector('h2'))).toBe('Hợp lệ');
    expect(text(verdict)).toContain('Chứng chỉ do hệ thống cấp, chữ ký số hợp lệ và đang có hiệu lực.');
    const facts = Array.from(el.querySelectorAll('[data-testid="facts"] .fact'), (f) => `${text(f.querySelector('dt'))}: ${text(f.querySelector('dd'))}`);
    expect(facts).toEqual([
      'Người được cấp: Nguyễn Thị Hoa',
      'Đơn vị: UBND xã Giao Thủy',
      'Khóa học: An toàn thông tin cho cán bộ xã (ATTT)',
      'Thời lượng: 16 giờ',
      'Lớp: ATTT-2026-01',
      'Ngày cấp: 25/11/2026',
      'Ngày hết hạn: 25/11/2028',
      'Quyết định công nhận: Số 125/QĐ-SKHCN ngày 24/11/2026',
      'Người ký: Trần Văn Bình – Phó Giám đốc Sở Khoa học và Công nghệ',
      'Số hiệu: 2026/0001',
      'Mã xác thực: K7QX2M9P',
      'Đơn vị cấp: Sở Khoa học và Công nghệ tỉnh Nam Định',
      'Chữ ký số: Hợp lệ – nội dung chưa bị thay đổi kể từ khi ký',
    ]);
    expect(await violations(fixture)).toEqual([]);
  });

  it.each([
    ['expired', { state: 'expired', expiresOn: '2025-11-25' }, 'Đã hết hạn', 'Chứng chỉ do hệ thống cấp nhưng đã hết hạn từ ngày 25/11/2025.'],
    ['superseded', { state: 'superseded', supersededBy: 'NEWCODE1' }, 'Đã được thay thế', 'Chứng chỉ này đã được cấp lại'],
    ['unverified', { signatureValid: false }, 'Không xác thực được', 'Chữ ký số của chứng chỉ không khớp'],
  ] as const)('says %s plainly', async (verdict, over, title, sentence) => {
    const { el } = await open('K7QX2M9P', (http) => http.expectOne('/api/verify/K7QX2M9P').flush(verification(over)));
    const banner = el.querySelector('[data-testid="verdict"]');
    expect([banner?.getAttribute('data-verdict'), text(banner?.querySelector('h2'))]).toEqual([verdict, title]);
    expect(text(banner)).toContain(sentence);
    if (verdict === 'superseded') expect(el.querySelector('[data-testid="replacement"]')?.getAttribute('href')).toBe('/verify/NEWCODE1');
    if (verdict === 'unverified') expect(text(el.querySelector('[data-testid="signature"]'))).toBe('Không hợp lệ – nội dung có thể đã bị thay đổi');
  });

  it('says when and why a certificate was revoked', async () => {
    const { el } = await open('K7QX2M9P', (http) =>
      http.expectOne('/api/verify/K7QX2M9P').flush(verification({ state: 'revoked', revokedOn: '2026-12-01T02:00:00Z', revokedReason: 'Gian lận khi thi' })),
    );
    expect(text(el.querySelector('[data-testid="verdict"] h2'))).toBe('Đã thu hồi');
    expect(text(el.querySelector('[data-testid="revoked-on"]'))).toBe('Thu hồi ngày 01/12/2026');
    expect(text(el.querySelector('[data-testid="revoked-reason"]'))).toBe('Lý do thu hồi: Gian lận khi thi');
  });

  it('answers an unknown code with a clear message, not an error pop-up', async () => {
    const { el, fixture } = await open('KHONGCO1', (http) => refuse(http.expectOne('/api/verify/KHONGCO1'), 404, 'Không tìm thấy chứng chỉ.'));
    expect(el.querySelector('[data-testid="verdict"]')).toBeNull();
    expect(text(el.querySelector('[data-testid="not-found"] h2'))).toBe('Không tìm thấy chứng chỉ');
    expect(text(el.querySelector('[data-testid="not-found"]'))).toContain('Không có chứng chỉ nào mang mã “KHONGCO1”.');
    expect(el.querySelector('[data-testid="check-another"]')?.getAttribute('href')).toBe('/verify');
    expect(document.querySelector('mat-snack-bar-container')).toBeNull();
    expect(await violations(fixture)).toEqual([]);
  });

  it("gives the API's reason for a malformed code", async () => {
    const { el } = await open('x', (http) => refuse(http.expectOne('/api/verify/x'), 400, 'Mã xác thực gồm 8 đến 24 chữ và số.'));
    expect(text(el.querySelector('[data-testid="malformed"]'))).toBe('Mã xác thực không đúng định dạng Mã xác thực gồm 8 đến 24 chữ và số.');
  });

  it("gives the API's sentence when it will not answer (too many checks)", async () => {
    const again = await open('K7QX2M9P', (http) => refuse(http.expectOne('/api/verify/K7QX2M9P'), 429, 'Bạn đã kiểm tra quá nhiều lần, vui lòng thử lại sau ít phút.'));
    expect(text(again.el.querySelector('[role="alert"]'))).toBe('Bạn đã kiểm tra quá nhiều lần, vui lòng thử lại sau ít phút.');
  });
});
