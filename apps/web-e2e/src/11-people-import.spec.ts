import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { account, settled, signIn } from './support';

const shots = join(__dirname, '..', '..', '..', 'tmp', 'screenshots');
const dir = mkdtempSync(join(tmpdir(), 'cds-import-'));
const csv = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, '\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
  return path;
};
const stamp = Date.now();

test('a bad CSV shows its problems and imports nothing; a good one imports with the bar at 100%', async ({ page }) => {
  const wrongColumn = csv('sai-cot.csv', [
    'Họ và tên,Chức vụ,Tên đơn vị,Email,Ghi chú',
    `Hoàng Văn Sai,Công chức,Xã Giao Phúc,sai.${stamp}@demo.cds.vn,x`,
  ]);
  const unknownUnit = csv('sai-don-vi.csv', [
    'Họ và tên,Chức vụ,Tên đơn vị,Email',
    `Hoàng Văn Sai,Công chức,Xã Không Tồn Tại,sai.${stamp}@demo.cds.vn`,
    `Ngô Văn Khải,Công chức,Xã Giao Phúc,khai.${stamp}@demo.cds.vn`,
  ]);
  const good = csv('dung.csv', [
    'Họ và tên,Chức vụ,Tên đơn vị,Email,Điện thoại',
    `Ngô Văn Khải,Công chức Văn phòng - Thống kê,Xã Giao Phúc,khai.${stamp}@demo.cds.vn,0912345678`,
    `Lê Thị Thu Trang,Công chức Văn hóa - Xã hội,Xã Giao Phúc,trang.${stamp}@demo.cds.vn,`,
    `Phan Minh Tuấn,Phó Chủ tịch UBND xã,Xã Giao Phúc,,`,
  ]);

  await signIn(page, account('admin'));
  await page.goto('/people');
  await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
  await expect(page).toHaveURL('/people/import');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập danh sách');
  await expect(page.getByTestId('import-intro')).toContainText('chưa có dữ liệu nào được nhập cho đến khi tệp hợp lệ');
  const importButton = page.getByRole('button', { name: 'Nhập dữ liệu' });
  await expect(importButton).toBeDisabled();

  // bad files: a column the template does not have, then a unit that does not exist
  await page.locator('#import-file').setInputFiles(wrongColumn);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  const problems = page.getByTestId('import-problems');
  await expect(problems.getByRole('row').filter({ hasText: 'Ghi chú' })).toHaveCount(1);
  await expect(importButton).toBeDisabled();

  await page.locator('#import-file').setInputFiles(unknownUnit);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  const unitProblem = problems.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Tên đơn vị', exact: true }) });
  await expect(unitProblem).toContainText('Xã Không Tồn Tại');
  await expect(unitProblem.getByRole('cell').first()).toHaveText('2');
  await expect(problems.getByRole('row')).toHaveCount(2); // header + the one bad row; row 3 is fine
  await expect(page.getByText(/Chưa có dữ liệu nào được nhập/).first()).toBeVisible();
  await expect(importButton).toBeDisabled();
  await page.screenshot({ path: join(shots, 'people-import-problems.png'), fullPage: true });

  // good file: preview, then import
  await page.locator('#import-file').setInputFiles(good);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.getByText('Tệp hợp lệ: 3 dòng.')).toBeVisible();
  await expect(problems).toHaveCount(0);
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByText('Đã nhập 3 người')).toBeVisible();
  await expect(page.getByTestId('import-progress')).toHaveAttribute('aria-valuenow', '100');
  await settled(page);
  await page.screenshot({ path: join(shots, 'people-import.png'), fullPage: true });

  // the good rows are there, the bad one is not
  await page.goto('/people');
  const search = page.getByLabel('Tìm theo họ tên, thư điện tử, điện thoại');
  await search.fill('Ngô Văn Khải');
  await expect(page.getByRole('link', { name: 'Ngô Văn Khải' })).toBeVisible();
  // one person from the all-or-nothing file with an unknown unit, had it been half-imported
  await expect(page.locator('tr.mat-mdc-row')).toHaveCount(1);
  await search.fill('Hoàng Văn Sai');
  await expect(page.getByText('Không có người nào phù hợp.')).toBeVisible();
});
