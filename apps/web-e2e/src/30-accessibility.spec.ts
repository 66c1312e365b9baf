import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { account, DemoAccount, signIn } from './support';

/**
 * Every screen, on a desktop and on a 390 px phone, checked with axe-core against WCAG 2.1 A and
 * AA. A serious or critical violation fails the test and names the rule and the elements.
 */
interface Screen {
  name: string;
  who: DemoAccount['role'] | null;
  /** A path, or how to reach the screen by clicking from a starting path. */
  path: string;
  /** Something visible once the screen has loaded. */
  ready: (page: Page) => ReturnType<Page['getByRole']>;
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

export const SCREENS: Screen[] = [
  { name: 'login', who: null, path: '/login', ready: (p) => p.getByRole('button', { name: 'Đăng nhập' }) },
  { name: 'overview (learner)', who: 'learner', path: '/', ready: h1 },
  { name: 'overview (admin)', who: 'admin', path: '/', ready: h1 },
  { name: 'profile', who: 'learner', path: '/profile', ready: h1 },
  { name: 'organisation tree', who: 'admin', path: '/org', ready: h1 },
  { name: 'merge units', who: 'admin', path: '/org/merge', ready: h1 },
  { name: 'people', who: 'unit_admin', path: '/people', ready: h1 },
  { name: 'people import', who: 'admin', path: '/people/import', ready: h1 },
  { name: 'core team', who: 'certifier', path: '/core-team', ready: h1 },
  { name: 'audit log', who: 'admin', path: '/audit', ready: h1 },
];

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`);
  expect(report, `${label}: axe found serious or critical violations`).toEqual([]);
}

for (const viewport of [
  { label: 'desktop', size: { width: 1280, height: 800 }, mobile: false },
  { label: 'phone', size: { width: 390, height: 844 }, mobile: true },
]) {
  test.describe(`accessibility (${viewport.label})`, () => {
    test.use({ viewport: viewport.size, isMobile: viewport.mobile, hasTouch: viewport.mobile });
    for (const screen of SCREENS) {
      test(`${screen.name} has no serious or critical WCAG 2.1 AA violation`, async ({ page }) => {
        if (screen.who) await signIn(page, account(screen.who));
        await page.goto(screen.path);
        await expect(screen.ready(page).first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expectAccessible(page, `${screen.name} (${viewport.label})`);
      });
    }
  });
}
