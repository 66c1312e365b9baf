import { expect, test } from '@playwright/test';
import { account, fillLogin, signIn } from './support';

test.describe('session and language', () => {
  test('switching to English survives a reload', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập');
    await page.getByRole('button', { name: 'Chuyển ngôn ngữ: Tiếng Việt' }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByLabel('Email').fill(account('certifier').email);
    await page.getByLabel('Password', { exact: true }).fill('Demo@12345');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Trần Thị Thu Hà!');
    await expect(page.getByTestId('roles')).toContainText('Department officer (certifier)');
  });

  test('a reload keeps the person signed in (refresh cookie)', async ({ page }) => {
    const who = account('trainer');
    await signIn(page, who);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Xin chào, ${who.fullName}!`);
  });

  test('a deep link to /profile asks to sign in, then opens the profile', async ({ page }) => {
    const who = account('unit_admin');
    await page.goto('/profile');
    await expect(page).toHaveURL('/login?returnUrl=%2Fprofile');
    await fillLogin(page, who.email, 'Demo@12345');
    await expect(page).toHaveURL('/profile');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ cá nhân');
    await expect(page.getByText(who.email)).toBeVisible();
  });

  test('a deep link loaded directly works once signed in', async ({ page }) => {
    await signIn(page, account('unit_admin'));
    await page.goto('/profile');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ cá nhân');
  });

  test('signing out ends the session, also after a reload', async ({ page }) => {
    const who = account('certifier');
    await signIn(page, who);
    await page.getByRole('button', { name: `Tài khoản: ${who.fullName}` }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL('/login');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập');
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });

  test('an unknown address shows the not-found page', async ({ page }) => {
    await page.goto('/khong-co-trang-nay');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  });
});
