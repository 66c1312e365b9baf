import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ACCOUNTS, account, fillLogin, mainNav, settled, signIn } from './support';

const SCREENSHOTS = join(__dirname, '..', '..', '..', 'tmp', 'screenshots');

test.describe('sign in as each demo role', () => {
  for (const who of ACCOUNTS) {
    test(`${who.role}: greeting, role chips and role-aware navigation`, async ({ page }) => {
      await signIn(page, who);
      await expect(page).toHaveURL('/');
      await expect(page.getByTestId('roles')).toContainText(who.roleLabel);
      await expect(page.getByTestId('unit')).not.toBeEmpty();

      const nav = mainNav(page);
      await expect(nav.getByRole('link', { name: 'Tổng quan' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Hồ sơ cá nhân' })).toBeVisible();
      const audit = nav.getByRole('link', { name: 'Nhật ký hệ thống' });
      if (who.role === 'admin') await expect(audit).toBeVisible();
      else await expect(audit).toHaveCount(0);

      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      await settled(page);
  await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${who.role}.png`), fullPage: true });
    });
  }

  test('wrong password shows the Vietnamese error and stays on the login page', async ({ page }) => {
    await page.goto('/login');
    await fillLogin(page, account('trainer').email, 'sai-mat-khau');
    await expect(page.getByRole('alert')).toHaveText('Thư điện tử hoặc mật khẩu không đúng.');
    await expect(page).toHaveURL(/\/login/);
    await page.screenshot({ path: join(SCREENSHOTS, 'login-error.png') });
  });

  test('a learner who types /audit is sent back to the overview', async ({ page }) => {
    await signIn(page, account('learner'));
    await page.goto('/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xin chào, Đoàn Văn Nam!');
    await expect(page).toHaveURL('/');
  });
});
