import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { account, expectAccessible, settled, signIn } from './support';

const shots = join(__dirname, '..', '..', '..', 'tmp', 'screenshots');
const LEARNER = account('learner').fullName;

test('a certifier waives a rule for a learner, issues a decision and the public opens the certificate’s link on a phone', async ({ page, browser }) => {
  await signIn(page, account('certifier'));
  await page.goto('/classes');
  await page.locator('tr').filter({ hasText: /CDS05-\d{4}-01/ }).first().getByRole('link').first().click();
  await page.getByTestId('class-completion').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Hoàn thành lớp CDS05-\d{4}-01/);
  const row = page.getByRole('row').filter({ hasText: LEARNER });
  await expect(row).toContainText('Chưa');

  // The demo learner is half-way: the certifier waives what is missing, with a reason.
  await row.getByRole('button', { name: `Miễn điều kiện cho ${LEARNER}` }).click();
  const exception = page.getByRole('dialog', { name: `Ngoại lệ cho ${LEARNER}` });
  await exception.getByLabel('Lý do').fill('Đã hoàn thành chương trình tương đương do Bộ tổ chức');
  await exception.getByRole('button', { name: 'Ghi ngoại lệ' }).click();
  await expect(exception).toHaveCount(0);
  await expect(row).toContainText('Đã hoàn thành chương trình tương đương');
  await expectAccessible(page, 'completion board');

  // The decision wizard: details, confirmation, result.
  await row.getByRole('checkbox', { name: `Chọn ${LEARNER} để cấp chứng chỉ` }).check();
  await page.getByRole('button', { name: 'Ra quyết định công nhận (1)' }).click();
  const wizard = page.getByRole('dialog', { name: /Quyết định công nhận hoàn thành/ });
  const number = `${100 + Math.floor(Math.random() * 800)}/QĐ-SKHCN`;
  await wizard.getByLabel('Số quyết định').fill(number);
  await wizard.getByLabel('Họ tên người ký').fill('Nguyễn Thị Minh Phương');
  await wizard.getByLabel('Chức vụ người ký').fill('PHÓ GIÁM ĐỐC');
  await wizard.getByTestId('next').click();
  await expect(wizard).toContainText(LEARNER);
  await expectAccessible(page, 'decision wizard');
  await wizard.getByTestId('issue').click();
  await expect(wizard).toContainText(`Đã cấp 1 chứng chỉ theo quyết định số ${number}`);
  await settled(page);
  await page.screenshot({ path: join(shots, 'certification-decision.png') });
  await wizard.getByTestId('close').click();

  const link = row.getByTestId('certificate');
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href')) as string;
  expect(href).toMatch(/^\/verify\/[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await page.screenshot({ path: join(shots, 'certification-board.png'), fullPage: true });

  // Anyone, not signed in, on a phone: the QR code's link.
  const publicContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const phone = await publicContext.newPage();
  await phone.goto(href);
  await expect(phone.getByText('Hợp lệ', { exact: true }).first()).toBeVisible();
  await expect(phone.locator('main')).toContainText(LEARNER);
  await expect(phone.locator('main')).toContainText(number);
  await expectAccessible(phone, 'public verification (phone)');
  await phone.screenshot({ path: join(shots, 'verify-phone.png'), fullPage: true });

  // A code nobody was given.
  await phone.goto('/verify/0000-0000-0000');
  await expect(phone.locator('main')).toContainText('0000-0000-0000');
  await publicContext.close();
});

test('the demo learner finds the 2022 certificate and the new one under “Chứng chỉ của tôi”', async ({ page }) => {
  await signIn(page, account('learner'));
  await page.goto('/certification/mine');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chứng chỉ của tôi');
  await expect(page.locator('main')).toContainText('NB22-CDS2-0001');
  await expectAccessible(page, 'my certificates');
  await page.screenshot({ path: join(shots, 'certification-mine.png'), fullPage: true });
});
