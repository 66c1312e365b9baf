import { renderCertificatePdf } from './certificate-pdf';
import { hasTool, runOnPdf, sampleFacts } from './pdf-testing';
import { publicCodeOf, verifyPdfSignature } from './pdf-verify';

// Skipped only off CI: in CI (which installs poppler-utils) a missing tool fails the test instead.
const withPdftotext = hasTool('pdftotext') || process.env['CI'] ? it : it.skip;
const withPdfinfo = (hasTool('pdfinfo') && hasTool('pdffonts')) || process.env['CI'] ? it : it.skip;

/** pdftotext wraps long lines; joining them keeps the assertions about words, not layout. */
async function textOf(pdf: Buffer, mode: string[] = []): Promise<string> {
  return (await runOnPdf('pdftotext', pdf, ['-enc', 'UTF-8', ...mode], ['-'])).replace(/\s+/g, ' ');
}

describe('renderCertificatePdf', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderCertificatePdf(sampleFacts());
  });

  it('makes a one-page PDF', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  withPdftotext('prints every fact with its Vietnamese diacritics', async () => {
    const text = await textOf(pdf);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH BÌNH',
      'GIẤY CHỨNG NHẬN',
      'HOÀN THÀNH KHÓA BỒI DƯỠNG',
      'Nguyễn Thị Hồng Nhung',
      'Phòng Quản lý Công nghệ và Thị trường Khoa học',
      'Chuyển đổi số và ứng dụng trí tuệ nhân tạo trong quản lý nhà nước về khoa học và công nghệ',
      'BD-CĐS-2026',
      'Lớp: K01-2026',
      'Thời lượng: 40 giờ',
      'Theo Quyết định số 123/QĐ-SKHCN ngày 10/12/2026',
      'có giá trị đến ngày 15/12/2031',
      'Số vào sổ: 2026/0042',
      'Mã tra cứu: NB7K-Q2XM-4HTD',
      'https://daotao.example.vn/xac-minh/NB7K-Q2XM-4HTD',
      'Ninh Bình, ngày 15 tháng 12 năm 2026',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Trần Văn Đức',
    ]) {
      expect(text).toContain(expected);
    }
  });

  withPdftotext('leaves out the expiry line when the certificate does not expire', async () => {
    const text = await textOf(await renderCertificatePdf(sampleFacts({ expiresOn: null })));
    expect(text).not.toContain('có giá trị đến');
  });

  withPdftotext('stamps a revoked certificate as such', async () => {
    expect(await textOf(pdf)).not.toContain('ĐÃ THU HỒI');
    // -raw keeps the drawing order, so the rotated stamp reads as one phrase.
    const revoked = await renderCertificatePdf(sampleFacts({ status: 'revoked' }));
    expect(await textOf(revoked, ['-raw'])).toContain('ĐÃ THU HỒI');
  });

  withPdftotext('writes decomposed input (NFD) with the same precomposed letters', async () => {
    const name = 'Nguyễn Thị Hồng Nhung';
    const text = await textOf(await renderCertificatePdf(sampleFacts({ holder: { name: name.normalize('NFD'), unit: '' } })));
    expect(text).toContain(name);
    expect(text).not.toContain('Đơn vị công tác');
  });

  withPdfinfo('embeds Be Vietnam Pro and sets the metadata', async () => {
    const fonts = await runOnPdf('pdffonts', pdf);
    expect(fonts).toMatch(/BeVietnamPro-Regular\s.*\byes\s+yes\s+yes\b/);
    expect(fonts).toMatch(/BeVietnamPro-Bold\s.*\byes\s+yes\s+yes\b/);
    expect(fonts).not.toMatch(/Helvetica/);
    const info = await runOnPdf('pdfinfo', pdf, ['-enc', 'UTF-8']);
    expect(info).toMatch(/Title:\s+Giấy chứng nhận hoàn thành khóa bồi dưỡng - Nguyễn Thị Hồng Nhung/);
    expect(info).toMatch(/Author:\s+Sở Khoa học và Công nghệ tỉnh Ninh Bình/);
    expect(info).toMatch(/Keywords:\s+Mã tra cứu: NB7K-Q2XM-4HTD/);
    expect(info).toMatch(/CreationDate:\s+Tue Dec 15 00:00:00 2026 UTC/);
  });

  it('gives the same bytes for the same facts, and reads the public code back', async () => {
    expect((await renderCertificatePdf(sampleFacts())).equals(pdf)).toBe(true);
    expect(publicCodeOf(pdf)).toBe('NB7K-Q2XM-4HTD');
    expect(verifyPdfSignature(pdf)).toEqual({ signed: false });
  });

  it('refuses an impossible issue date', async () => {
    await expect(renderCertificatePdf(sampleFacts({ issuedOn: '2026-13-01' }))).rejects.toThrow(/issuedOn/);
  });
});
