import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo@12345';

export interface DemoAccount {
  role: 'admin' | 'certifier' | 'trainer' | 'unit_admin' | 'learner';
  email: string;
  fullName: string;
  /** Vietnamese name of the role, as the dashboard chip shows it. */
  roleLabel: string;
}

/** The accounts the API seeds on a fresh database (see apps/api/src/seed/demo-seed.ts). */
export const ACCOUNTS: DemoAccount[] = [
  { role: 'admin', email: 'admin@demo.cds.vn', fullName: 'Nguyễn Văn Hùng', roleLabel: 'Quản trị hệ thống' },
  { role: 'certifier', email: 'certifier@demo.cds.vn', fullName: 'Trần Thị Thu Hà', roleLabel: 'Cán bộ Sở (cấp chứng nhận)' },
  { role: 'trainer', email: 'trainer@demo.cds.vn', fullName: 'Phạm Minh Đức', roleLabel: 'Giảng viên' },
  { role: 'unit_admin', email: 'unitadmin@demo.cds.vn', fullName: 'Vũ Thị Lan', roleLabel: 'Quản trị đơn vị' },
  { role: 'learner', email: 'learner@demo.cds.vn', fullName: 'Đoàn Văn Nam', roleLabel: 'Học viên' },
];

export const account = (role: DemoAccount['role']) => ACCOUNTS.find((a) => a.role === role) as DemoAccount;

/** Fills the login form as a person would (Vietnamese labels) and submits it. */
export async function fillLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Signs in from the login page and waits for the greeting. */
export async function signIn(page: Page, who: DemoAccount, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await fillLogin(page, who.email, password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Xin chào, ${who.fullName}!`);
}

export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

/**
 * Waits until CSS transitions and animations are over (the side navigation sliding in, a dialog or
 * snack bar fading in), for stable screenshots and checks. Endless ones (a progress bar, the
 * loading spinner) never end and are not waited for.
 */
export async function settled(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), undefined, { timeout });
}

/** axe-core against WCAG 2.1 A and AA: a serious or critical violation fails, naming the rule and the elements. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function expectAccessible(page: Page, label: string): Promise<void> {
  // A dialog or a snack bar still fading in reads as faint text: check what the user sees once it has arrived.
  await settled(page, 5_000);
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`);
  expect(report, `${label}: axe found serious or critical violations`).toEqual([]);
}

