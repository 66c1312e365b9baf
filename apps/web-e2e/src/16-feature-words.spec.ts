import { expect, test } from '@playwright/test';
import { account, signIn } from './support';

test("a feature's own words: a deep link shows them, and they follow the language", async ({ page }) => {
  await signIn(page, account('admin'));
  // a full page load straight into a lazily loaded feature
  await page.goto('/org');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cơ cấu tổ chức');
  await expect(page.getByRole('textbox', { name: 'Xem theo ngày' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('org.');

  await page.getByRole('button', { name: /Chuyển ngôn ngữ/ }).click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation');
  await expect(page.getByRole('textbox', { name: 'As of date' })).toBeVisible();

  // another feature loaded after the switch has its English words too
  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
  await expect(page.getByRole('columnheader', { name: 'IP address' })).toBeVisible();

  await page.getByRole('button', { name: /Change language/ }).click();
  await page.getByRole('menuitemradio', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhật ký hệ thống');
});

test('the audit log names its targets (an account by its email), not "account #1"', async ({ page }) => {
  await signIn(page, account('admin'));
  await page.goto('/audit');
  const loginRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Đăng nhập', exact: true }) }).first();
  await expect(loginRow).toContainText(account('admin').email);
  await expect(page.getByRole('cell', { name: /^account #/ })).toHaveCount(0);
});
