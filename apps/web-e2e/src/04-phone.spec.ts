import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { account, mainNav, settled, signIn } from './support';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone the navigation opens from the menu button', async ({ page }) => {
  await signIn(page, account('admin'));
  const profileLink = mainNav(page).getByRole('link', { name: 'Hồ sơ cá nhân' });
  await expect(profileLink).toBeHidden();

  const menu = page.getByRole('button', { name: 'Mở/đóng menu điều hướng' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(profileLink).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'Nhật ký hệ thống' })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: join(__dirname, '..', '..', '..', 'tmp', 'screenshots', 'phone-nav-admin.png') });

  await profileLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ cá nhân');
  await expect(profileLink).toBeHidden();
});
