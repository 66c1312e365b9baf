import { expect, test } from '@playwright/test';
import { account, DEMO_PASSWORD, fillLogin, signIn } from './support';

// Runs last: it changes the learner's password (and changes it back) and locks out a made-up account.
test.describe.configure({ mode: 'serial' });

const NEW_PASSWORD = 'Mật-khẩu-Mới-2026!';

async function changePassword(page: import('@playwright/test').Page, current: string, next: string) {
  await page.goto('/profile');
  await page.getByLabel('Mật khẩu hiện tại').fill(current);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(next);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(next);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu' }).first()).toHaveText(
    'Đã đổi mật khẩu. Các phiên đăng nhập khác đã bị đăng xuất.',
  );
}

test('a learner changes the password: other sessions end, the new password works, then it is changed back', async ({
  page,
  browser,
}) => {
  const learner = account('learner');
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, learner);

  await signIn(page, learner);
  await changePassword(page, DEMO_PASSWORD, NEW_PASSWORD);

  // this session goes on with the new tokens
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ cá nhân');

  // the other browser was signed out
  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  // the old password no longer works, the new one does
  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await freshPage.goto('/login');
  await fillLogin(freshPage, learner.email, DEMO_PASSWORD);
  await expect(freshPage.getByRole('alert')).toHaveText('Thư điện tử hoặc mật khẩu không đúng.');
  await signIn(freshPage, learner, NEW_PASSWORD);
  await fresh.close();

  await changePassword(page, NEW_PASSWORD, DEMO_PASSWORD);
});

test('the wrong current password is refused in Vietnamese', async ({ page }) => {
  await signIn(page, account('trainer'));
  await page.goto('/profile');
  await page.getByLabel('Mật khẩu hiện tại').fill('khong-dung-1234');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.locator('.form-error')).toHaveText('Mật khẩu hiện tại không đúng.');
});

test('too many failed sign-ins say how many seconds to wait', async ({ page }) => {
  await page.goto('/login');
  const alert = page.getByRole('alert');
  for (let i = 0; i < 5; i++) {
    await fillLogin(page, 'khong-ton-tai@demo.cds.vn', `sai-${i}`);
    await expect(alert).toHaveText('Thư điện tử hoặc mật khẩu không đúng.');
  }
  await fillLogin(page, 'khong-ton-tai@demo.cds.vn', 'sai-lan-nua');
  await expect(alert).toHaveText(/Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ giây\./);
});
