import { expect, Locator, Page, test } from '@playwright/test';
import { join } from 'node:path';
import { account, settled, signIn } from './support';

const shots = join(__dirname, '..', '..', '..', 'tmp', 'screenshots');
// Not touched by tests 10–13 (10–12 merge Giao Minh and Giao Hòa, 13 works in Giao Bình).
const UNIT = 'Xã Giao Hưng';
const PERSON = 'Lương Thị Hồng Nhung'; // a four-word name the seed's generator never makes
const SEAT_A = 'Thành viên Tổ công tác – thôn Hưng Nhân';
const SEAT_B = 'Tổ trưởng Tổ công nghệ số thôn Hưng Long';

type Totals = { covered: number; unqualified: number; vacant: number; total: number };

async function totals(page: Page): Promise<Totals> {
  const coverage = page.getByTestId('coverage');
  const count = async (state: string) => Number(await coverage.locator(`li[data-state="${state}"] .count`).textContent());
  const total = Number(/\d+/.exec((await coverage.getByText(/Tổng số vị trí: \d+/).textContent()) ?? '')?.[0]);
  return { covered: await count('covered'), unqualified: await count('unqualified'), vacant: await count('vacant'), total };
}

async function expectTotals(page: Page, expected: Totals): Promise<void> {
  const coverage = page.getByTestId('coverage');
  await expect(coverage.getByText(`Tổng số vị trí: ${expected.total}`)).toBeVisible();
  for (const state of ['covered', 'unqualified', 'vacant'] as const) {
    await expect(coverage.locator(`li[data-state="${state}"] .count`)).toHaveText(String(expected[state]));
  }
}

async function fillDate(dialog: Locator, label: string, date: string): Promise<void> {
  const input = dialog.getByRole('textbox', { name: label });
  await input.fill(date);
  await input.press('Tab');
}

const seatRow = (page: Page, title: string) =>
  page.locator('table.seats').first().locator('tr.mat-mdc-row').filter({ has: page.getByRole('cell', { name: title }) });

test('a unit admin creates posts, assigns a person, transfers them and ends the assignment; the table and the counts follow', async ({
  page,
}) => {
  await signIn(page, account('unit_admin'));

  // a person of the commune without a post, to work with
  await page.goto('/people');
  await page.getByRole('button', { name: 'Thêm người' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm người' });
  await add.getByLabel('Họ và tên').fill(PERSON);
  await add.getByLabel('Chức vụ').fill('Công chức Văn hóa - Xã hội');
  await add.getByRole('combobox', { name: 'Đơn vị' }).click();
  await page.getByRole('option', { name: UNIT, exact: true }).click();
  await add.getByRole('button', { name: 'Lưu' }).click();
  await expect(add).toHaveCount(0);

  await page.goto('/core-team');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đội nòng cốt');
  await page.getByRole('combobox', { name: 'Đơn vị' }).click();
  await page.getByRole('option', { name: UNIT, exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toHaveText(UNIT);
  await expect(page.locator('table.seats').first().locator('tr.mat-mdc-row').first()).toContainText(UNIT);
  const before = await totals(page);
  expect(before.total).toBeGreaterThan(0);

  // two new posts, open since August 2025
  for (const [fn, title] of [
    ['Thành viên Tổ công tác giúp việc', SEAT_A],
    ['Tổ trưởng Tổ công nghệ số cộng đồng', SEAT_B],
  ]) {
    await page.getByRole('button', { name: 'Thêm vị trí' }).click();
    const create = page.getByRole('dialog', { name: `Thêm vị trí cho ${UNIT}` });
    await create.getByRole('combobox', { name: 'Chức năng' }).click();
    await page.getByRole('option', { name: fn, exact: true }).click();
    await create.getByLabel('Tên vị trí').fill(title);
    await fillDate(create, 'Hiệu lực từ', '01/08/2025');
    await create.getByRole('button', { name: 'Lưu' }).click();
    await expect(create).toHaveCount(0);
    await expect(page.getByText(`Đã thêm vị trí ${title}.`)).toBeVisible();
    await expect(seatRow(page, title)).toContainText('Chưa có người');
    await expect(seatRow(page, title)).toContainText('Trống');
  }
  await expectTotals(page, { ...before, vacant: before.vacant + 2, total: before.total + 2 });

  // assign the person to the first post, found by typing part of the name
  await seatRow(page, SEAT_A).getByRole('button', { name: 'Phân công' }).click();
  const assign = page.getByRole('dialog', { name: `Phân công người cho ${SEAT_A}` });
  await assign.getByRole('combobox', { name: 'Người đảm nhiệm' }).fill('Hồng Nhung');
  // The option reads "name [position] – unit"; whether the demo person has a position depends on the seed's draw.
  await page.getByRole('option', { name: new RegExp(`^${PERSON}.* – ${UNIT}$`) }).click();
  await fillDate(assign, 'Ngày bắt đầu', '01/09/2025');
  await assign.getByRole('button', { name: 'Lưu' }).click();
  await expect(assign).toHaveCount(0);
  await expect(page.getByText(`Đã phân công ${PERSON}.`)).toBeVisible();
  await expect(seatRow(page, SEAT_A)).toContainText(PERSON);
  await expect(seatRow(page, SEAT_A)).toContainText('01/09/2025');
  await expect(seatRow(page, SEAT_A)).toContainText('Có người, chưa được chứng nhận');
  await expect(page.getByTestId('need-training').getByRole('row').filter({ hasText: PERSON })).toContainText(SEAT_A);
  await expectTotals(page, { ...before, unqualified: before.unqualified + 1, vacant: before.vacant + 1, total: before.total + 2 });

  // transfer them to the second post on 1 November 2025
  await page.getByRole('button', { name: `Thao tác với ${SEAT_A}` }).click();
  await page.getByRole('menuitem', { name: 'Luân chuyển' }).click();
  const transfer = page.getByRole('dialog', { name: `Luân chuyển ${PERSON}` });
  await expect(transfer).toContainText(`Từ vị trí: ${SEAT_A}`);
  await transfer.getByRole('combobox', { name: 'Sang vị trí' }).click();
  await page.getByRole('option', { name: `${SEAT_B} – ${UNIT}` }).click();
  await fillDate(transfer, 'Ngày luân chuyển', '01/11/2025');
  await transfer.getByRole('button', { name: 'Lưu' }).click();
  await expect(transfer).toHaveCount(0);
  await expect(page.getByText(`Đã luân chuyển ${PERSON}.`)).toBeVisible();
  await expect(seatRow(page, SEAT_A)).toContainText('Chưa có người');
  await expect(seatRow(page, SEAT_B)).toContainText(PERSON);
  await expect(seatRow(page, SEAT_B)).toContainText('01/11/2025');
  await expectTotals(page, { ...before, unqualified: before.unqualified + 1, vacant: before.vacant + 1, total: before.total + 2 });
  await settled(page);
  await page.screenshot({ path: join(shots, 'core-team-dialogs.png'), fullPage: true });

  // end the assignment: retirement on 1 June 2026
  await page.getByRole('button', { name: `Thao tác với ${SEAT_B}` }).click();
  await page.getByRole('menuitem', { name: 'Kết thúc đảm nhiệm' }).click();
  const end = page.getByRole('dialog', { name: `Kết thúc đảm nhiệm của ${PERSON}` });
  await fillDate(end, 'Ngày kết thúc', '01/06/2026');
  await end.getByRole('combobox', { name: 'Lý do' }).click();
  await page.getByRole('option', { name: 'Nghỉ hưu' }).click();
  await end.getByRole('button', { name: 'Lưu' }).click();
  await expect(end).toHaveCount(0);
  await expect(page.getByText('Đã kết thúc đảm nhiệm.')).toBeVisible();
  await expect(seatRow(page, SEAT_B)).toContainText('Chưa có người');
  await expect(page.getByTestId('need-training').getByRole('row').filter({ hasText: PERSON })).toHaveCount(0);
  await expectTotals(page, { ...before, vacant: before.vacant + 2, total: before.total + 2 });

  // the person page keeps both assignments, with their reasons
  await page.goto('/people');
  await page.getByLabel('Tìm theo họ tên, thư điện tử, điện thoại').fill(PERSON);
  await page.getByRole('link', { name: PERSON }).click();
  const history = page.locator('table.history');
  await expect(history.getByRole('row').filter({ hasText: SEAT_A })).toContainText('Luân chuyển/Chuyển công tác');
  await expect(history.getByRole('row').filter({ hasText: SEAT_A })).toContainText('01/09/2025');
  await expect(history.getByRole('row').filter({ hasText: SEAT_B })).toContainText('Nghỉ hưu');
  await expect(history.getByRole('row').filter({ hasText: SEAT_B })).toContainText('01/06/2026');
});
