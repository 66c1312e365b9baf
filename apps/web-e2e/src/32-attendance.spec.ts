import { expect, Page, test } from '@playwright/test';
import { join } from 'node:path';
import { account, expectAccessible, signIn } from './support';

const shots = join(__dirname, '..', '..', '..', 'tmp', 'screenshots');
const TODAY = 'Thực hành cả ngày: sao lưu dữ liệu, xử lý và báo cáo sự cố';

test('a trainer takes the roll call of today\'s session, and a learner checks in with the QR code on a phone', async ({ page, browser }) => {
  await signIn(page, account('trainer'));
  await page.goto('/classes');
  await page.getByRole('link', { name: /an toàn thông tin và bảo vệ dữ liệu cá nhân/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('an toàn thông tin');
  await expectAccessible(page, 'class page');

  // Roll call: mark the first participant late and save.
  await page.getByRole('link', { name: `Điểm danh: ${TODAY}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điểm danh buổi học');
  await expectAccessible(page, 'roll call');
  const first = page.getByRole('group').filter({ has: page.getByRole('radio', { name: 'Đi muộn' }) }).first();
  await first.getByRole('radio', { name: 'Đi muộn' }).check();
  await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(page.getByText(/Đã lưu/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group').filter({ has: page.getByRole('radio', { name: 'Đi muộn' }) }).first().getByRole('radio', { name: 'Đi muộn' })).toBeChecked();

  // The check-in display: a QR code whose link the learner's phone opens.
  const url = await checkInUrl(page, () => page.getByRole('link', { name: 'Màn hình mã QR' }).click());
  await expect(page.getByRole('img', { name: /mã QR/i })).toBeVisible();
  await page.screenshot({ path: join(shots, 'check-in-display.png') });
  await expectAccessible(page, 'check-in display');

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const learner = await phone.newPage();
  await signIn(learner, account('learner'));
  await learner.goto(url.replace(/^https?:\/\/[^/]+/, ''));
  await expect(learner.getByText(/Đã điểm danh/).first()).toBeVisible();
  await learner.screenshot({ path: join(shots, 'check-in-phone.png') });
  await expectAccessible(learner, 'check-in (phone)');
  // The same code again: already recorded, once per person.
  await learner.reload();
  await expect(learner.getByText(/đã điểm danh buổi này|đã được ghi nhận/i).first()).toBeVisible();
  await phone.close();
});

/**
 * The link in the QR code, read from the display's own request for it. Chromium sometimes drops a
 * response's body before the test reads it ("No data found for resource"), so the body is read as
 * soon as the response arrives, and on that error the display is reloaded and read again.
 */
async function checkInUrl(page: Page, open: () => Promise<unknown>): Promise<string> {
  for (let tries = 1; ; tries++) {
    const body = page.waitForResponse((r) => r.url().includes('/check-in-code') && r.status() === 200).then((r) => r.json() as Promise<{ url: string }>);
    await open();
    try {
      return (await body).url;
    } catch (e) {
      if (tries >= 3 || !String(e).includes('No data found')) throw e;
      open = () => page.reload();
    }
  }
}
