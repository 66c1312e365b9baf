import { catchDownloads, certificate, click, refuseFile, render, soon, text, violations } from '../../testing/certification-test-setup';
import { MyCertificatesPage } from './my-certificates-page';

jest.setTimeout(30_000);

const open = (answer: Parameters<typeof render>[2]) => render(MyCertificatesPage, {}, answer, ['learner']);

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

  it('says plainly when there is no certificate yet', async () => {
    const { el, fixture } = await open((http) => http.expectOne('/api/certificates/mine').flush([]));
    expect(text(el.querySelector('[data-testid="empty"]'))).toBe(
      'Bạn chưa có chứng chỉ nào. Chứng chỉ được cấp khi bạn hoàn thành một lớp bồi dưỡng và Sở ra quyết định công nhận hoàn thành. Đến trang Học tập của tôi',
    );
    expect(await violations(fixture)).toEqual([]);
  });
});
