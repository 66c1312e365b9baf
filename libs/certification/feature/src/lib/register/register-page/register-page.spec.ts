import { HttpRequest } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { Role } from '@cds/contracts';
import { catchDownloads, certificate, click, dialog, refuse, refuseFile, render, rows, soon, text, type, violations } from '../../testing/certification-test-setup';
import { RegisterPage } from './register-page';

jest.setTimeout(30_000);

const list = (req: HttpRequest<unknown>) => req.url === '/api/certificates';
const query = (req: HttpRequest<unknown>) =>
  req.params
    .keys()
    .map((k) => `${k}=${req.params.get(k)}`)
    .join('&');

const PAGE = [
  certificate(1),
  certificate(2, { holderName: 'Trần Văn Tú', state: 'revoked', revokedReason: 'Gian lận' }),
  certificate(3, { holderName: 'Vũ Minh Anh', state: 'expired', expiresOn: '2025-01-10', issuedOn: '2023-01-10' }),
];

function open(roles: Role[] = ['certifier']) {
  return render(RegisterPage, {}, (http: HttpTestingController) => http.expectOne(list).flush({ items: PAGE, nextCursor: 'p2' }), roles);
}

/** Opens a row's action menu and clicks one of its items. */
async function act(el: HTMLElement, fixture: { whenStable: () => Promise<unknown> }, id: number, item: string): Promise<void> {
  click(el, `[data-certificate="${id}"] [data-testid="actions"]`);
  await fixture.whenStable();
  click(document, `.mat-mdc-menu-panel [data-testid="${item}"]`);
  await fixture.whenStable();
}

describe('RegisterPage', () => {
  it('lists the register with its facts and state, page by page', async () => {
    const { el, fixture, http } = await open();
    expect(rows(el.querySelector('[data-testid="register"]')).map((r) => r.slice(0, 7))).toEqual([
      ['2026/0001', 'Nguyễn Thị Hoa UBND xã Giao Thủy', 'An toàn thông tin cho cán bộ xã ATTT · ATTT-2026-01', '25/11/2026', '25/11/2028', 'Hợp lệ', '125/QĐ-SKHCN'],
      ['2026/0002', 'Trần Văn Tú UBND xã Giao Thủy', 'An toàn thông tin cho cán bộ xã ATTT · ATTT-2026-01', '25/11/2026', '25/11/2028', 'Đã thu hồi', '125/QĐ-SKHCN'],
      ['2026/0003', 'Vũ Minh Anh UBND xã Giao Thủy', 'An toàn thông tin cho cán bộ xã ATTT · ATTT-2026-01', '10/01/2023', '10/01/2025', 'Đã hết hạn', '125/QĐ-SKHCN'],
    ]);
    click(el, 'cds-load-more button');
    const next = http.expectOne(list);
    expect(query(next.request)).toBe('cursor=p2&limit=50');
    next.flush({ items: [certificate(4)], nextCursor: null });
    await fixture.whenStable();
    expect(el.querySelectorAll('[data-certificate]').length).toBe(4);
    expect(text(el.querySelector('cds-load-more'))).toBe('Đã hiển thị toàn bộ chứng chỉ.');
    expect(await violations(fixture)).toEqual([]);
  });

  it('searches and filters by state and year, and exports the same selection as Excel', async () => {
    const { el, fixture, http } = await open();
    type(el, 'search', '  Hoa ');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await fixture.whenStable();
    expect(query(http.expectOne(list).request)).toBe('q=Hoa&limit=50');
    const state = el.querySelector('[data-testid="state-filter"]') as HTMLSelectElement;
    state.selectedIndex = Array.from(state.options).findIndex((o) => o.textContent?.trim() === 'Đã thu hồi');
    state.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(query(http.expectOne(list).request)).toBe('q=Hoa&state=revoked&limit=50');
    const year = el.querySelector('[data-testid="year-filter"]') as HTMLSelectElement;
    year.selectedIndex = 2;
    year.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const chosenYear = year.options[2].textContent?.trim();
    const filtered = http.expectOne(list);
    expect(query(filtered.request)).toBe(`q=Hoa&state=revoked&year=${chosenYear}&limit=50`);
    filtered.flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="register"] .empty'))).toBe('Không có chứng chỉ nào khớp với điều kiện tìm.');

    const downloads = catchDownloads();
    click(el, 'export');
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="export"]'))).toBe('Đang xuất…');
    const xlsx = http.expectOne((r) => r.url === '/api/certificates.xlsx');
    expect(query(xlsx.request)).toBe(`q=Hoa&state=revoked&year=${chosenYear}`);
    xlsx.flush(new Blob(['xlsx']), { headers: { 'Content-Disposition': 'attachment; filename="so-chung-chi-2026.xlsx"' } });
    await fixture.whenStable();
    expect([downloads.names, text(el.querySelector('[data-testid="export"]'))]).toEqual([['so-chung-chi-2026.xlsx'], 'Xuất Excel']);
    downloads.restore();
  });

  it('offers revoke and re-issue to certifiers only, and only where they make sense', async () => {
    const { el, fixture } = await open(['certifier']);
    const items = async (id: number) => {
      click(el, `[data-certificate="${id}"] [data-testid="actions"]`);
      await fixture.whenStable();
      const found = Array.from(document.querySelectorAll('.mat-mdc-menu-panel [mat-menu-item]'), (i) => text(i));
      (document.querySelector('.cdk-overlay-backdrop') as HTMLElement | null)?.click();
      await fixture.whenStable();
      return found;
    };
    expect(await items(1)).toEqual(['Xem trang xác thực', 'Tải PDF', 'Tải chứng chỉ điện tử (.json)', 'Thu hồi…', 'Cấp lại…']);
    expect(await items(2)).toEqual(['Xem trang xác thực', 'Tải PDF', 'Tải chứng chỉ điện tử (.json)', 'Cấp lại…']);
  });

  it('shows a unit admin the register without revoke or re-issue', async () => {
    const { el, fixture } = await open(['unit_admin']);
    click(el, '[data-certificate="1"] [data-testid="actions"]');
    await fixture.whenStable();
    expect(Array.from(document.querySelectorAll('.mat-mdc-menu-panel [mat-menu-item]'), (i) => text(i))).toEqual([
      'Xem trang xác thực',
      'Tải PDF',
      'Tải chứng chỉ điện tử (.json)',
    ]);
  });

  it('revokes with a reason, shows it on the row at once, and keeps a refusal in the dialog', async () => {
    const { el, fixture, http } = await open();
    await act(el, fixture, 1, 'revoke');
    const d = dialog() as HTMLElement;
    expect(text(d.querySelector('h2'))).toBe('Thu hồi chứng chỉ số 2026/0001');
    click(d, 'dialog-submit');
    await fixture.whenStable();
    http.expectNone('/api/certificates/1/revoke');
    expect(await violations(d)).toEqual([]);

    type(d, 'reason', 'Gian lận khi thi');
    click(d, 'dialog-submit');
    const first = http.expectOne('/api/certificates/1/revoke');
    expect(first.request.body).toEqual({ reason: 'Gian lận khi thi' });
    refuse(first, 403, 'Chứng chỉ này không thuộc đơn vị bạn quản lý.');
    await fixture.whenStable();
    expect(text(d.querySelector('[role="alert"]'))).toBe('Chứng chỉ này không thuộc đơn vị bạn quản lý.');

    click(d, 'dialog-submit');
    http.expectOne('/api/certificates/1/revoke').flush(certificate(1, { state: 'revoked', revokedReason: 'Gian lận khi thi' }));
    await soon(async () => {
      await fixture.whenStable();
      return !dialog();
    });
    expect(text(el.querySelector('[data-certificate="1"] [data-testid="state"]'))).toBe('Đã thu hồi');
    expect(text(el.querySelector('[data-testid="announcement"]'))).toBe('Đã thu hồi chứng chỉ số 2026/0001 của Nguyễn Thị Hoa.');
  });

  it('re-issues with a reason and a corrected name (an empty unit left out), then reads the register again', async () => {
    const { el, fixture, http } = await open();
    await act(el, fixture, 1, 'reissue');
    const d = dialog() as HTMLElement;
    expect(text(d.querySelector('h2'))).toBe('Cấp lại chứng chỉ số 2026/0001');
    expect(await violations(d)).toEqual([]);
    type(d, 'reason', 'Sửa họ tên theo CCCD');
    type(d, 'holder-name', ' Nguyễn Thị Hòa ');
    click(d, 'dialog-submit');
    const req = http.expectOne('/api/certificates/1/reissue');
    expect(req.request.body).toEqual({ reason: 'Sửa họ tên theo CCCD', holderName: 'Nguyễn Thị Hòa' });
    req.flush(certificate(9, { holderName: 'Nguyễn Thị Hòa', replaces: { id: 1, publicCode: 'CODE1' } }));
    http.expectOne(list).flush({ items: [certificate(9, { holderName: 'Nguyễn Thị Hòa' }), certificate(1, { state: 'superseded' })], nextCursor: null });
    await soon(async () => {
      await fixture.whenStable();
      return !dialog();
    });
    expect(rows(el.querySelector('[data-testid="register"]')).map((r) => [r[0], r[5]])).toEqual([
      ['2026/0009', 'Hợp lệ'],
      ['2026/0001', 'Đã được thay thế'],
    ]);
    expect(text(el.querySelector('[data-testid="announcement"]'))).toBe('Đã cấp lại cho Nguyễn Thị Hòa: chứng chỉ mới số 2026/0009.');
  });

  it("downloads a certificate's PDF from its menu, and says why when refused", async () => {
    const { el, fixture, http } = await open();
    await act(el, fixture, 1, 'pdf');
    refuseFile(http.expectOne('/api/certificates/1/pdf'), 404, 'Không tìm thấy tệp PDF của chứng chỉ.');
    const alert = await soon(async () => {
      await fixture.whenStable();
      return el.querySelector('[role="alert"]');
    });
    expect(text(alert)).toBe('Không tìm thấy tệp PDF của chứng chỉ.');
  });

  it('lists the certificates expiring soon in their tab, soonest first, for a window of days', async () => {
    const { el, fixture, http } = await open();
    click(el, '[role="tab"]:nth-of-type(2)');
    await fixture.whenStable();
    http.expectOne('/api/certificates/expiring?days=90').flush([
      { certificate: certificate(5, { holderName: 'Phạm Thu Trang', expiresOn: '2027-01-20' }), daysLeft: 56 },
      { certificate: certificate(6, { holderName: 'Đỗ Minh Châu', expiresOn: '2026-12-01' }), daysLeft: 6 },
    ]);
    await fixture.whenStable();
    const table = el.querySelector('[data-testid="expiring"]');
    expect(text(table?.querySelector('caption'))).toBe('Chứng chỉ hết hạn trong 90 ngày tới');
    expect(rows(table)).toEqual([
      ['Đỗ Minh Châu UBND xã Giao Thủy', 'An toàn thông tin cho cán bộ xã', '2026/0006', '01/12/2026', '6 ngày'],
      ['Phạm Thu Trang UBND xã Giao Thủy', 'An toàn thông tin cho cán bộ xã', '2026/0005', '20/01/2027', '56 ngày'],
    ]);
    expect(await violations(fixture)).toEqual([]);

    type(el, 'days', '0');
    click(el, 'show');
    await fixture.whenStable();
    http.expectNone((r) => r.url === '/api/certificates/expiring');
    expect(text(el.querySelector('cds-expiring-panel mat-error'))).toBe('Nhập số ngày từ 1 đến 3650.');
    type(el, 'days', '30');
    click(el, 'show');
    http.expectOne('/api/certificates/expiring?days=30').flush([]);
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="expiring"] .empty'))).toBe('Không có chứng chỉ nào hết hạn trong 30 ngày tới.');
  });
});
