import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { account, mainNav, settled, signIn } from './support';

test('an admin opens the audit log and sees the sign-ins in Vietnam time', async ({ page }) => {
  await signIn(page, account('admin'));
  await mainNav(page).getByRole('link', { name: 'Nhật ký hệ thống' }).click();
  await expect(page).toHaveURL('/audit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhật ký hệ thống');

  const loginRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Đăng nhập', exact: true }) });
  await expect(loginRow.first()).toBeVisible();
  await expect(loginRow.first().getByRole('cell').first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
  await expect(page.getByRole('columnheader', { name: 'Địa chỉ IP' })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: join(__dirname, '..', '..', '..', 'tmp', 'screenshots', 'audit-admin.png'), fullPage: true });
});
