import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { account, mainNav, settled, signIn } from './support';

const shots = join(__dirname, '..', '..', '..', 'tmp', 'screenshots');
const UNIT = 'Xã Giao Bình'; // not touched by tests 10–12 (they merge Giao Minh and Giao Hòa)

/** Today in Vietnam as dd/MM/yyyy, as the page shows the day a role was granted. */
const todayVn = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());

test('an admin opens a post holder, opens an account, grants and removes a role, then deactivates them; the history stays', async ({
  page,
  browser,
}) => {
  await signIn(page, account('admin'));
  await mainNav(page).getByRole('link', { name: 'Nhân sự' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhân sự');

  // someone of the commune who holds a post today (the seed's names are deterministic but not worth hard-coding)
  await page.getByRole('combobox', { name: 'Đơn vị' }).click();
  await page.getByRole('option', { name: UNIT, exact: true }).click();
  const holderRow = page
    .locator('tr.mat-mdc-row')
    .filter({ has: page.locator('td.mat-column-seats', { hasText: 'Tổ trưởng Tổ công nghệ số cộng đồng' }) })
    .first();
  await expect(holderRow).toBeVisible();
  const link = holderRow.getByRole('link');
  const name = (await link.textContent())?.trim() as string;
  const href = (await link.getAttribute('href')) as string;

  // search by name, open the person page
  await page.getByLabel('Tìm theo họ tên, thư điện tử, điện thoại').fill(name);
  await expect(page.locator('tr.mat-mdc-row').first()).toContainText(name);
  await page.locator(`a[href="${href}"]`).click();
  await expect(page).toHaveURL(href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const history = page.locator('table.history');
  await expect(history.getByRole('row').filter({ hasText: 'Đang đảm nhiệm' })).toHaveCount(1);
  await expect(page.getByText('Người này chưa có tài khoản đăng nhập.')).toBeVisible();

  // an email first, then the account: the one-time password has 14 characters
  const email = `to.truong.${Date.now()}@demo.cds.vn`;
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu thông tin.')).toBeVisible();
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const passwordDialog = page.getByRole('dialog', { name: 'Mật khẩu tạm thời' });
  await expect(passwordDialog).toContainText(email);
  const password = (await passwordDialog.getByTestId('temporary-password').textContent())?.trim() as string;
  expect(password).toHaveLength(14);
  await passwordDialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(page.getByText(`${email} – Tài khoản đang hoạt động`)).toBeVisible();

  // grant "Giảng viên" on their own unit (the dialog proposes it)
  const grants = page.getByRole('list', { name: 'Vai trò' });
  const trainerGrant = grants.getByRole('listitem').filter({ hasText: `Giảng viên – ${UNIT}` });
  await page.getByRole('button', { name: 'Cấp quyền' }).click();
  let dialog = page.getByRole('dialog', { name: `Cấp quyền cho ${name}` });
  await dialog.getByRole('combobox', { name: 'Vai trò' }).click();
  await page.getByRole('option', { name: 'Giảng viên' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Trên đơn vị' })).toHaveText(UNIT);
  await dialog.getByRole('button', { name: 'Cấp quyền' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(trainerGrant).toHaveCount(1);
  await expect(trainerGrant).toContainText(`Cấp ngày ${todayVn()}`);
  await expect(page.getByText(`Đã cấp quyền Giảng viên trên ${UNIT}.`)).toBeVisible();

  // the same grant again is refused, in Vietnamese, inside the dialog
  await page.getByRole('button', { name: 'Cấp quyền' }).click();
  dialog = page.getByRole('dialog', { name: `Cấp quyền cho ${name}` });
  await dialog.getByRole('combobox', { name: 'Vai trò' }).click();
  await page.getByRole('option', { name: 'Giảng viên' }).click();
  await dialog.getByRole('button', { name: 'Cấp quyền' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Người này đã có quyền đó trên đơn vị đó.');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByText(`Đã cấp quyền Giảng viên trên ${UNIT}.`).waitFor({ state: 'detached' });
  await page.setViewportSize({ width: 1280, height: 1000 }); // the page scrolls inside the layout: make room for the history
  await settled(page);
  await page.screenshot({ path: join(shots, 'person.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // the account works: a fresh browser signs in with the temporary password and sees the new role
  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await signIn(freshPage, { role: 'trainer', email, fullName: name, roleLabel: 'Giảng viên' }, password);
  await expect(freshPage.getByText(`Giảng viên – ${UNIT}`)).toBeVisible();
  await fresh.close();

  // remove it, after confirming
  await page.getByRole('button', { name: `Gỡ quyền Giảng viên – ${UNIT}` }).click();
  const revoke = page.getByRole('dialog', { name: `Gỡ quyền của ${name}?` });
  await expect(revoke).toContainText(`Quyền Giảng viên trên ${UNIT}`);
  await revoke.getByRole('button', { name: 'Gỡ quyền' }).click();
  await expect(revoke).toHaveCount(0);
  await expect(trainerGrant).toHaveCount(0);
  await expect(page.getByText(`Đã gỡ quyền Giảng viên trên ${UNIT}.`)).toBeVisible();

  // deactivate: the status changes, the account is locked, the post history is still there
  await page.getByRole('button', { name: 'Cho nghỉ công tác' }).click();
  const confirm = page.getByRole('dialog', { name: `Cho ${name} nghỉ công tác?` });
  await expect(confirm).toContainText('lịch sử đảm nhiệm vị trí vẫn được giữ nguyên');
  await confirm.getByRole('combobox', { name: 'Lý do' }).click();
  await page.getByRole('option', { name: 'Nghỉ hưu' }).click();
  await confirm.getByRole('button', { name: 'Cho nghỉ công tác' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Người này đã nghỉ công tác.' })).toBeVisible();
  await expect(page.getByText(`${email} – Tài khoản đã bị khóa`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cấp quyền' })).toHaveCount(0);
  await expect(history.getByRole('row').filter({ hasText: 'Tổ trưởng Tổ công nghệ số cộng đồng' })).not.toHaveCount(0);
  // The post they held ended the day they left, for the reason given: nobody holds it any more.
  await expect(history.getByRole('row').filter({ hasText: 'Đang đảm nhiệm' })).toHaveCount(0);
  await expect(history.getByRole('row').filter({ hasText: 'Nghỉ hưu' })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Người này đã nghỉ công tác.' })).toBeVisible();
  await expect(history.getByRole('row').filter({ hasText: 'Tổ trưởng Tổ công nghệ số cộng đồng' })).not.toHaveCount(0);
});
