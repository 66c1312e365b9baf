import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { account, mainNav, settled, signIn } from './support';

const shots = join(__dirname, '..', '..', '..', 'tmp', 'screenshots');

test('the people list and the core team of a unit, as an admin', async ({ page }) => {
  await signIn(page, account('admin'));
  await mainNav(page).getByRole('link', { name: 'Nhân sự' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhân sự');
  await expect(page.getByRole('columnheader', { name: 'Họ và tên' })).toBeVisible();
  await expect(page.locator('tr.mat-mdc-row').first()).toBeVisible();
  await settled(page);
  await page.screenshot({ path: join(shots, 'people.png'), fullPage: true });

  await mainNav(page).getByRole('link', { name: 'Đội nòng cốt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đội nòng cốt');
  await expect(page.getByText(/Tổng số vị trí: \d+/)).toBeVisible();
  await settled(page);
  await page.screenshot({ path: join(shots, 'core-team.png'), fullPage: true });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the core team page fits a 390 px screen', async ({ page }) => {
    await signIn(page, account('unit_admin'));
    await page.goto('/core-team');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đội nòng cốt');
    await expect(page.getByText(/Tổng số vị trí: \d+/)).toBeVisible();
    await settled(page);
    await page.screenshot({ path: join(shots, 'core-team-phone.png'), fullPage: true });
    await page.goto('/org');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cơ cấu tổ chức');
    await settled(page);
    await page.screenshot({ path: join(shots, 'org-phone.png'), fullPage: true });
  });
});
