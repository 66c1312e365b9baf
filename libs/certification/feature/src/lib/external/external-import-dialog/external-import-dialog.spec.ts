import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ExternalImportReport } from '@cds/certification/data-access';
import { catchDownloads, click, dialog, pick, refuse, render, rows, soon, text, violations } from '../../testing/certification-test-setup';
import { ExternalTrainingPage } from '../external-training-page/external-training-page';

jest.setTimeout(30_000);

const SHEET = new File(['PK'], 'dao-tao-bo.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
const EVIDENCE = new File(['%PDF'], 'danh-sach-hoan-thanh.pdf', { type: 'application/pdf' });

const report = (over: Partial<ExternalImportReport> = {}): ExternalImportReport => ({
  dryRun: true,
  fileName: 'dao-tao-bo.xlsx',
  evidenceName: 'danh-sach-hoan-thanh.pdf',
  totalRows: 2,
  problems: [],
  rows: [
    { row: 2, personId: 7, fullName: 'Nguyễn Thị Hoa', title: 'Bồi dưỡng kỹ năng số', issuingBody: 'Bộ Khoa học và Công nghệ', completedOn: '2026-10-01', hours: 24, countsFor: { id: 5, code: 'ATTT', title: 'An toàn thông tin cho cán bộ xã' }, note: '' },
    { row: 3, personId: 8, fullName: 'Trần Văn Tú', title: 'Bồi dưỡng kỹ năng số', issuingBody: 'Bộ Khoa học và Công nghệ', completedOn: '2026-10-01', hours: 24, countsFor: null, note: '' },
  ],
  imported: 0,
  counted: 0,
  ...over,
});

/** The external training page as a certifier sees it, with the import dialog open. */
async function openImport() {
  const page = await render(ExternalTrainingPage, {}, (http: HttpTestingController) => http.expectOne((r) => r.url === '/api/external-trainings').flush([]), ['certifier']);
  click(page.el, 'import-excel');
  await page.fixture.whenStable();
  const d = dialog() as HTMLElement;
  const settle = () => page.fixture.whenStable();
  const button = (testId: string) => d.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement;
  const upload = (dryRun: boolean) => page.http.expectOne((r) => r.method === 'POST' && r.url === '/api/external-trainings/import' && r.params.get('dryRun') === String(dryRun));
  return { ...page, d, settle, button, upload };
}

describe('ExternalImportDialog', () => {
  it('asks for the sheet and the evidence, shows every problem of the preview by row and column, and says nothing was imported', async () => {
    const { d, settle, button, upload, http } = await openImport();
    expect(text(d.querySelector('h2'))).toBe('Nhập đào tạo bên ngoài từ Excel');
    expect(await violations(d)).toEqual([]);

    click(d, 'preview');
    await settle();
    http.expectNone('/api/external-trainings/import');
    expect([text(d.querySelector('[data-testid="sheet-error"]')), text(d.querySelector('[data-testid="evidence-error"]'))]).toEqual([
      'Vui lòng chọn tệp Excel (.xlsx).',
      'Vui lòng đính kèm minh chứng.',
    ]);

    pick(d, 'sheet', new File(['a,b'], 'dao-tao.csv', { type: 'text/csv' }));
    await settle();
    expect(text(d.querySelector('[data-testid="sheet-error"]'))).toBe('Tệp “dao-tao.csv” không phải tệp Excel (.xlsx).');
    expect(text(d.querySelector('[data-testid="sheet-name"]'))).toBe('Chưa chọn tệp');

    pick(d, 'sheet', SHEET);
    pick(d, 'evidence', EVIDENCE);
    await settle();
    expect([text(d.querySelector('[data-testid="sheet-name"]')), text(d.querySelector('[data-testid="evidence-name"]'))]).toEqual(['dao-tao-bo.xlsx', 'danh-sach-hoan-thanh.pdf']);
    expect(d.querySelector('[data-testid="sheet-error"], [data-testid="evidence-error"]')).toBeNull();
    expect(button('import').disabled).toBe(true);

    click(d, 'preview');
    const req = upload(true);
    const form = req.request.body as FormData;
    expect([(form.get('file') as File).name, (form.get('evidence') as File).name]).toEqual(['dao-tao-bo.xlsx', 'danh-sach-hoan-thanh.pdf']);
    req.event({ type: HttpEventType.UploadProgress, loaded: 1, total: 2 });
    await settle();
    const bar = d.querySelector('[data-testid="progress"]');
    expect([bar?.getAttribute('aria-valuenow'), bar?.getAttribute('aria-label'), text(button('preview')), button('preview').disabled]).toEqual([
      '50',
      'Đang tải tệp lên',
      'Đang kiểm tra…',
      true,
    ]);

    req.flush(
      report({
        rows: [],
        problems: [
          { row: 1, column: null, code: 'import.unknown_column', message: 'Cột “Ghi chú 2” không có trong tệp mẫu.' },
          { row: 3, column: 'Họ và tên', code: 'external_training.import_unknown_name', message: 'Không tìm thấy cán bộ “Trần Văn X” trong đơn vị bạn quản lý.' },
          { row: 4, column: 'Số giờ', code: 'import.hours', message: 'Số giờ phải là số nguyên từ 1 đến 1000.' },
        ],
      }),
    );
    await settle();
    expect(d.querySelector('[data-testid="progress"]')).toBeNull();
    expect(text(d.querySelector('[data-testid="verdict"]'))).toBe(
      'Tệp “dao-tao-bo.xlsx” có 3 lỗi. Chưa nhập bản ghi nào: chỉ nhập được khi mọi dòng đều hợp lệ. Hãy sửa tệp, chọn lại rồi xem trước.',
    );
    expect(rows(d.querySelector('[data-testid="problems"]'))).toEqual([
      ['1', '—', 'Cột “Ghi chú 2” không có trong tệp mẫu.'],
      ['3', 'Họ và tên', 'Không tìm thấy cán bộ “Trần Văn X” trong đơn vị bạn quản lý.'],
      ['4', 'Số giờ', 'Số giờ phải là số nguyên từ 1 đến 1000.'],
    ]);
    expect([button('import').disabled, text(button('import'))]).toEqual([true, 'Nhập']);
    expect(await violations(d)).toEqual([]);

    // The corrected file, picked again: the old report goes.
    pick(d, 'sheet', SHEET);
    await settle();
    expect(d.querySelector('[data-testid="report"]')).toBeNull();
  });

  it('imports a clean sheet whole, then closes, says how many were imported and reads the list again', async () => {
    const { el, d, settle, button, upload, http, fixture } = await openImport();
    pick(d, 'sheet', SHEET);
    pick(d, 'evidence', EVIDENCE);
    click(d, 'preview');
    upload(true).flush(report());
    await settle();
    expect(text(d.querySelector('[data-testid="verdict"]'))).toBe(
      'Tệp “dao-tao-bo.xlsx” hợp lệ: 2 dòng sẽ được nhập, trong đó 1 dòng được tính tương đương khóa học. Chưa có gì được ghi; bấm “Nhập” để ghi nhận tất cả.',
    );
    expect(rows(d.querySelector('[data-testid="rows"]'))).toEqual([
      ['2', 'Nguyễn Thị Hoa', 'Bồi dưỡng kỹ năng số Bộ Khoa học và Công nghệ', '01/10/2026', '24', 'ATTT – An toàn thông tin cho cán bộ xã'],
      ['3', 'Trần Văn Tú', 'Bồi dưỡng kỹ năng số Bộ Khoa học và Công nghệ', '01/10/2026', '24', 'Chỉ ghi nhận'],
    ]);
    expect([button('import').disabled, text(button('import'))]).toEqual([false, 'Nhập 2 bản ghi']);
    expect(await violations(d)).toEqual([]);

    click(d, 'import');
    const req = upload(false);
    expect([((req.request.body as FormData).get('file') as File).name, ((req.request.body as FormData).get('evidence') as File).name]).toEqual([
      'dao-tao-bo.xlsx',
      'danh-sach-hoan-thanh.pdf',
    ]);
    await settle();
    expect([text(button('import')), button('import').disabled, button('close').disabled]).toEqual(['Đang nhập…', true, true]);
    req.flush(report({ dryRun: false, imported: 2, counted: 1 }));
    await soon(async () => {
      await fixture.whenStable();
      return !dialog();
    });
    expect(text(el.querySelector('[data-testid="announcement"]'))).toBe('Đã nhập 2 bản ghi từ tệp “dao-tao-bo.xlsx”, trong đó 1 bản ghi được tính tương đương khóa học.');
    http.expectOne((r) => r.url === '/api/external-trainings').flush([]);
  });

  it('keeps the dialog open and says nothing was imported when the import itself finds a problem', async () => {
    const { el, d, settle, button, upload, http } = await openImport();
    pick(d, 'sheet', SHEET);
    pick(d, 'evidence', EVIDENCE);
    click(d, 'preview');
    upload(true).flush(report());
    await settle();
    click(d, 'import');
    upload(false).flush(
      report({ dryRun: false, rows: [], problems: [{ row: 2, column: null, code: 'external_training.import_duplicate', message: 'Bản ghi này đã có trong hệ thống.' }] }),
    );
    await settle();
    expect(dialog()).not.toBeNull();
    expect(text(d.querySelector('[data-testid="verdict"]'))).toBe(
      'Không nhập được: tệp “dao-tao-bo.xlsx” có 1 lỗi, nên không có bản ghi nào được nhập. Hãy sửa tệp, chọn lại rồi xem trước.',
    );
    expect(rows(d.querySelector('[data-testid="problems"]'))).toEqual([['2', '—', 'Bản ghi này đã có trong hệ thống.']]);
    expect(button('import').disabled).toBe(true);
    expect(text(el.querySelector('[data-testid="announcement"]'))).toBe('');
    http.expectNone('/api/external-trainings');
  });

  it("downloads the template under its name, and shows a refusal to read the files in the API's words", async () => {
    const { d, settle, upload, http } = await openImport();
    const downloads = catchDownloads();
    click(d, 'template');
    http
      .expectOne('/api/external-trainings/template.xlsx')
      .flush(new Blob(['PK']), { headers: { 'Content-Disposition': 'attachment; filename="mau-nhap-dao-tao-ben-ngoai.xlsx"' } });
    await settle();
    expect(downloads.names).toEqual(['mau-nhap-dao-tao-ben-ngoai.xlsx']);
    downloads.restore();

    pick(d, 'sheet', SHEET);
    pick(d, 'evidence', new File(['x'], 'anh.gif', { type: 'image/gif' }));
    click(d, 'preview');
    refuse(upload(true), 422, 'Tệp minh chứng phải là PDF, PNG hoặc JPEG.');
    await settle();
    expect(text(d.querySelector('[role="alert"]'))).toBe('Tệp minh chứng phải là PDF, PNG hoặc JPEG.');
    expect(d.querySelector('[data-testid="report"]')).toBeNull();
  });
});
