import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { account, settled, signIn } from './support';

const shots = join(__dirname, '..', '..', '..', 'tmp', 'screenshots');

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the role chips of the overview stay inside their card', async ({ page }) => {
    await signIn(page, account('certifier'));
    const card = await page.locator('mat-card').first().boundingBox();
    const chips = page.getByTestId('roles').locator('mat-chip');
    await expect(chips.first()).toBeVisible();
    for (const chip of await chips.all()) {
      const box = await chip.boundingBox();
      expect(box && card && box.x >= card.x && box.x + box.width <= card.x + card.width + 0.5).toBe(true);
    }
    await settled(page);
    await page.screenshot({ path: join(shots, 'dashboard-phone-certifier.png'), fullPage: true });
  });

  test("the new password's hint does not run into the next field", async ({ page }) => {
    await signIn(page, account('certifier'));
    await page.goto('/profile');
    const hint = await page.getByText(/Ít nhất \d+ ký tự/).boundingBox();
    const confirm = await page.locator('mat-form-field').filter({ has: page.getByLabel('Nhập lại mật khẩu mới') }).boundingBox();
    expect(hint && confirm && hint.y + hint.height <= confirm.y).toBe(true);
    await settled(page);
    await page.screenshot({ path: join(shots, 'profile-phone.png'), fullPage: true });
  });
});

test('a certifier reads the core team without an empty actions column', async ({ page }) => {
  await signIn(page, account('certifier'));
  await page.goto('/core-team');
  await expect(page.getByText(/Tổng số vị trí: \d+/)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Tình trạng' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Thao tác' })).toHaveCount(0);
});

test("the language button's accessible name starts with its visible text", async ({ page }) => {
  await signIn(page, account('learner'));
  const button = page.getByRole('button', { name: /^VI – Chuyển ngôn ngữ/ });
  await expect(button).toHaveText('VI');
});
