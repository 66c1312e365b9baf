import { expect, Page, test } from '@playwright/test';
import { account, DemoAccount, expectAccessible, signIn } from './support';

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
  /** Clicks from `path` to the screen, for screens whose address holds an id. */
  go?: (page: Page) => Promise<void>;
}

const follow = (...links: RegExp[]) => async (page: Page) => {
  for (const name of links) await page.getByRole('link', { name }).first().click();
};

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

const SCREENS: Screen[] = [
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
  { name: 'learner home', who: 'learner', path: '/learn', ready: h1 },
  { name: 'class outline', who: 'learner', path: '/learn', ready: (p) => p.getByRole('heading', { level: 2 }), go: follow(/^Nội dung khóa học/) },
  { name: 'lesson', who: 'learner', path: '/learn', ready: (p) => p.getByRole('button', { name: /Đánh dấu đã học xong|Đã học xong/ }), go: follow(/^Tiếp tục học/) },
  { name: 'catalogue', who: 'trainer', path: '/catalogue', ready: h1 },
  { name: 'course editor', who: 'trainer', path: '/catalogue', ready: (p) => p.getByRole('heading', { name: 'Chuyên đề và bài học' }), go: follow(/^An toàn thông tin và bảo vệ/) },
  { name: 'lesson editor', who: 'trainer', path: '/catalogue', ready: h1, go: follow(/^An toàn thông tin và bảo vệ/, /^Xem bài học/) },
  { name: 'classes', who: 'trainer', path: '/classes', ready: h1 },
  { name: 'class page', who: 'trainer', path: '/classes', ready: (p) => p.getByRole('heading', { name: /^Lịch học/ }), go: follow(/an toàn thông tin và bảo vệ dữ liệu/) },
  { name: 'roll call', who: 'trainer', path: '/classes', ready: (p) => p.getByRole('button', { name: 'Lưu điểm danh' }), go: follow(/an toàn thông tin và bảo vệ dữ liệu/, /^Điểm danh: /) },
  { name: 'check-in display', who: 'trainer', path: '/classes', ready: h1, go: follow(/an toàn thông tin và bảo vệ dữ liệu/, /^Mã QR điểm danh: /) },
  { name: 'training plan', who: 'certifier', path: '/plans', ready: (p) => p.getByRole('heading', { name: 'Kế hoạch và thực hiện' }) },
  { name: 'approval queue', who: 'certifier', path: '/enrolment', ready: (p) => p.getByRole('heading', { level: 2 }) },
  { name: 'nomination queue', who: 'unit_admin', path: '/enrolment', ready: h1 },
  { name: 'question bank', who: 'trainer', path: '/catalogue', ready: h1, go: follow(/^An toàn thông tin và bảo vệ/, /^Ngân hàng câu hỏi/) },
  { name: 'question editor (new)', who: 'trainer', path: '/catalogue', ready: h1, go: follow(/^An toàn thông tin và bảo vệ/, /^Ngân hàng câu hỏi/, /^Thêm câu hỏi/) },
  { name: 'question import', who: 'trainer', path: '/catalogue', ready: h1, go: follow(/^An toàn thông tin và bảo vệ/, /^Ngân hàng câu hỏi/, /^Nhập câu hỏi/) },
  { name: 'course quizzes', who: 'trainer', path: '/catalogue', ready: h1, go: follow(/^An toàn thông tin và bảo vệ/, /^Ngân hàng câu hỏi/, /^Bài kiểm tra$/) },
  { name: 'quiz settings', who: 'trainer', path: '/catalogue', ready: h1, go: follow(/^An toàn thông tin và bảo vệ/, /^Ngân hàng câu hỏi/, /^Bài kiểm tra$/, /^Kiểm tra giữa khóa$/) },
  { name: 'quiz results', who: 'trainer', path: '/catalogue', ready: (p) => p.getByRole('table'), go: follow(/^An toàn thông tin và bảo vệ/, /^Ngân hàng câu hỏi/, /^Bài kiểm tra$/, /^Xem kết quả bài “Kiểm tra nhanh/) },
  { name: 'grading queue', who: 'trainer', path: '/assessment/grading', ready: h1 },
  { name: 'grading page', who: 'trainer', path: '/assessment/grading', ready: (p) => p.getByTestId('mark-form'), go: follow(/^Bảo vệ dữ liệu cá nhân ở xã/) },
  { name: 'class quizzes', who: 'learner', path: '/learn', ready: h1, go: follow(/^Nội dung khóa học/, /^Bài kiểm tra của lớp/) },
  { name: 'completion board', who: 'certifier', path: '/classes', ready: (p) => p.getByRole('table'), go: follow(/an toàn thông tin và bảo vệ dữ liệu/, /^Hoàn thành và chứng chỉ/) },
  { name: 'certificate register', who: 'certifier', path: '/certification/register', ready: (p) => p.getByRole('table') },
  { name: 'external training', who: 'certifier', path: '/certification/external', ready: h1 },
  { name: 'my certificates', who: 'learner', path: '/certification/mine', ready: (p) => p.getByText('NB22-CDS2-0001').first() },
  { name: 'public verification', who: null, path: '/verify/NB22-CDS2-0001', ready: h1 },
  { name: 'verification by upload', who: null, path: '/verify', ready: h1 },
];

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
        if (screen.go) {
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await screen.go(page);
        }
        await expect(screen.ready(page).first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expectAccessible(page, `${screen.name} (${viewport.label})`);
      });
    }
  });
}
