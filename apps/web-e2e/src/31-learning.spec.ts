import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { account, expectAccessible, signIn } from './support';

const shots = join(__dirname, '..', '..', '..', 'tmp', 'screenshots');

test.describe('a learner on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('signs in, finds the current class half-way, reads the next lesson and finishes it', async ({ page }) => {
    await signIn(page, account('learner'));
    await page.getByRole('button', { name: /Mở\/đóng menu/ }).click();
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Học tập của tôi' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Học tập của tôi');

    // The running class: some lessons done, not all, and where to go on.
    const card = page.locator('article, mat-card').filter({ hasText: /CDS05-\d{4}-01/ }).first();
    await expect(card).toContainText('5/9 bài học');
    await expect(card).toContainText('Buổi học tới');
    await page.screenshot({ path: join(shots, 'learn-home-phone.png'), fullPage: true });
    await expectAccessible(page, 'learner home (phone)');

    const next = card.getByRole('link', { name: /^Tiếp tục học: / });
    const title = ((await next.textContent()) ?? '').replace(/^\s*Tiếp tục học:\s*/, '').trim();
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    // Text first: the lesson's own headings are on the page before any file or video.
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await page.screenshot({ path: join(shots, 'lesson-phone.png') });
    await expectAccessible(page, 'lesson (phone)');

    await page.getByRole('button', { name: 'Đánh dấu đã học xong' }).click();
    await expect(page.getByText(/Đã học xong|Bạn đã học xong/).first()).toBeVisible();

    // Back home: one lesson more is done, and the next one is offered.
    await page.goto('/learn');
    await expect(page.locator('article, mat-card').filter({ hasText: /CDS05-\d{4}-01/ }).first()).toContainText('6/9 bài học');
  });
});
