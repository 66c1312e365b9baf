import { expect, Page, test } from '@playwright/test';
import { join } from 'node:path';
import { account, mainNav, settled, signIn } from './support';

const shots = join(__dirname, '..', '..', '..', 'tmp', 'screenshots');
const step = (page: Page, label: string) => page.getByRole('region', { name: label });
const unitNamed = (page: Page, name: string) => page.locator('.unit-name').filter({ hasText: new RegExp(`^${name}$`) });

async function treeAsOf(page: Page, date: string): Promise<void> {
  const input = page.getByLabel('Xem theo ngày');
  await input.fill(date);
  await input.press('Tab');
}

test('an admin merges two communes into a new one; the tree keeps both sides of the date', async ({ page }) => {
  await signIn(page, account('admin'));
  await mainNav(page).getByRole('link', { name: 'Cơ cấu tổ chức' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cơ cấu tổ chức');
  await page.getByRole('link', { name: 'Sáp nhập đơn vị' }).click();
  await expect(page).toHaveURL('/org/merge');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sáp nhập đơn vị');

  // 1. sources: one is not enough for a new unit
  await page.getByLabel('Tìm đơn vị').fill('Giao');
  await page.getByRole('checkbox', { name: 'Xã Giao Minh', exact: true }).check();
  await step(page, 'Đơn vị nguồn').getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Hãy chọn ít nhất 2 đơn vị nguồn/);
  await page.getByRole('checkbox', { name: 'Xã Giao Hòa', exact: true }).check();
  await expect(page.getByText('Đã chọn 2 đơn vị')).toBeVisible();
  await settled(page);
  await page.screenshot({ path: join(shots, 'org-merge.png'), fullPage: true });
  await step(page, 'Đơn vị nguồn').getByRole('button', { name: 'Tiếp tục' }).click();

  // 2. target: a new commune under the province
  await page.getByLabel('Tên đơn vị mới').fill('Xã Giao Minh Hòa');
  await page.getByRole('combobox', { name: 'Trực thuộc' }).click();
  await page.getByRole('option', { name: 'Tỉnh Ninh Bình' }).click();
  await step(page, 'Đơn vị đích').getByRole('button', { name: 'Tiếp tục' }).click();

  // 3. effective date
  await page.getByRole('textbox', { name: 'Ngày hiệu lực' }).fill('01/01/2026');
  await step(page, 'Ngày hiệu lực').getByRole('button', { name: 'Tiếp tục' }).click();

  // 4. review and submit
  await expect(page.getByText('Từ ngày 01/01/2026, các đơn vị sau kết thúc và được sáp nhập vào Xã Giao Minh Hòa:')).toBeVisible();
  await step(page, 'Xem lại').getByRole('button', { name: 'Sáp nhập', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Đã sáp nhập' })).toBeVisible();
  await expect(page.getByText('Đơn vị sau sáp nhập: Xã Giao Minh Hòa')).toBeVisible();
  await settled(page);
  await page.screenshot({ path: join(shots, 'org-merge-result.png'), fullPage: true });

  // the day before: both communes, no new unit
  await page.goto('/org');
  await page.getByLabel('Tìm đơn vị').fill('Giao');
  await treeAsOf(page, '31/12/2025');
  await expect(unitNamed(page, 'Xã Giao Minh')).toBeVisible();
  await expect(unitNamed(page, 'Xã Giao Hòa')).toBeVisible();
  await expect(unitNamed(page, 'Xã Giao Minh Hòa')).toHaveCount(0);
  await expect(page.locator('.tree-row', { has: unitNamed(page, 'Xã Giao Minh') })).toContainText('Hết hiệu lực từ 01/01/2026');

  // on the effective date: the new unit only, with where it came from
  await treeAsOf(page, '01/01/2026');
  await expect(unitNamed(page, 'Xã Giao Minh Hòa')).toBeVisible();
  await expect(unitNamed(page, 'Xã Giao Minh')).toHaveCount(0);
  await expect(unitNamed(page, 'Xã Giao Hòa')).toHaveCount(0);
  await page.locator('.unit-button', { has: unitNamed(page, 'Xã Giao Minh Hòa') }).click();
  await expect(page.getByTestId('merged-from')).toContainText('Xã Giao Minh – ngày 01/01/2026');
  await expect(page.getByTestId('merged-from')).toContainText('Xã Giao Hòa – ngày 01/01/2026');
  await settled(page);
  await page.screenshot({ path: join(shots, 'org.png'), fullPage: true });
});
