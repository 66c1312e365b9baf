import { expect, Page, test } from '@playwright/test';
import { join } from 'node:path';
import { account, expectAccessible, signIn } from './support';

const shots = join(__dirname, '..', '..', '..', 'tmp', 'screenshots');

/** Waits until question `n` (1-based) is the one on screen: a click on Next or on the map re-renders it. */
async function showing(page: Page, n: number) {
  await expect(page.getByTestId('question').getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^\\s*Câu ${n}/`));
}

/** Goes to the first question the map shows unanswered, and says which it is. */
async function firstUnanswered(page: Page): Promise<number> {
  const entry = page.getByTestId('map').locator('[data-status="unanswered"]').first();
  const n = Number(/Câu (\d+)/.exec((await entry.getAttribute('aria-label')) ?? (await entry.innerText()))?.[1]);
  await entry.click();
  await showing(page, n);
  return n;
}

/** Answers the question on screen with the first choice, or a text that reads as its type wants. */
async function answerCurrent(page: Page) {
  const question = page.getByTestId('question');
  const radios = question.getByRole('radio');
  const boxes = question.getByRole('checkbox');
  const texts = question.getByRole('textbox');
  if (await radios.count()) await radios.first().check();
  else if (await boxes.count()) await boxes.first().check();
  else if (await texts.count()) {
    const numeric = (await texts.first().getAttribute('inputmode')) === 'decimal';
    await texts.first().fill(numeric ? '3' : 'phishing');
  }
}

test.describe('a learner takes a timed quiz on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('starts, answers, loses the connection and keeps every answer, then submits and sees the review', async ({ page, context }) => {
    await signIn(page, account('learner'));
    await page.goto('/learn');
    await page.locator('article, mat-card').filter({ hasText: /CDS05-\d{4}-01/ }).first().getByRole('link', { name: /^Nội dung khóa học/ }).click();
    await page.getByTestId('class-quizzes').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài kiểm tra của lớp');
    await expectAccessible(page, 'class quizzes (phone)');
    await page.screenshot({ path: join(shots, 'quiz-list-phone.png'), fullPage: true });

    const practice = page.locator('article, mat-card, section').filter({ hasText: 'Luyện tập: 5 câu ngẫu nhiên trong 5 phút' }).first();
    await practice.getByRole('button', { name: /Bắt đầu làm bài|Tiếp tục làm bài/ }).or(practice.getByRole('link', { name: /Bắt đầu làm bài|Tiếp tục làm bài/ })).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luyện tập: 5 câu ngẫu nhiên trong 5 phút');
    // The timer counts down from the server's five minutes.
    await expect(page.getByTestId('timer')).toContainText(/0?[0-4]:[0-5]\d/);
    await expectAccessible(page, 'attempt (phone)');

    await showing(page, 1);
    await answerCurrent(page);
    await expect(page.getByTestId('save-state')).toHaveText(/Đã lưu/);
    await page.getByTestId('next').click();
    await showing(page, 2);

    // The link drops: the answer is kept on the device and said to be unsaved.
    await context.setOffline(true);
    await answerCurrent(page);
    await expect(page.getByTestId('save-state')).toContainText('Chưa lưu — mất kết nối');
    await expect(page.getByTestId('map').locator('[data-status="unsaved"]')).toHaveCount(1);
    await page.screenshot({ path: join(shots, 'attempt-offline-phone.png'), fullPage: true });
    await page.getByTestId('next').click();
    await showing(page, 3);
    await answerCurrent(page);

    // The link is back: what was kept is sent.
    await context.setOffline(false);
    await expect(page.getByTestId('save-state')).toHaveText(/Đã lưu/, { timeout: 20_000 });
    await expect(page.getByTestId('map').locator('[data-status="unsaved"]')).toHaveCount(0);

    // Proof that the server has them: forget the device's copy and reload.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByTestId('map').locator('[data-status="answered"]')).toHaveCount(3);

    for (let i = 0; i < 2; i++) {
      const n = await firstUnanswered(page);
      await answerCurrent(page);
      await expect(page.getByTestId('map').locator('[data-status="unanswered"]')).toHaveCount(1 - i);
      expect(n).toBeGreaterThan(3);
    }
    await expect(page.getByTestId('save-state')).toHaveText(/Đã lưu/);
    await page.getByTestId('submit').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Bạn đã trả lời cả 5 câu hỏi.');
    await expectAccessible(page, 'submit dialog (phone)');
    await dialog.getByRole('button', { name: 'Nộp bài' }).click();

    await expect(page.getByText(/^Xem lại bài làm/).first()).toBeVisible();
    await expect(page.getByText(/Điểm: [\d,.]+\/[\d,.]+ \(/)).toBeVisible();
    await page.screenshot({ path: join(shots, 'attempt-review-phone.png'), fullPage: true });
    await expectAccessible(page, 'attempt review (phone)');
  });
});

test.describe('a trainer grades an essay on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('opens the queue, grades the demo learner’s essay with a reused comment, and the learner’s attempt is graded', async ({ page, browser }) => {
    await signIn(page, account('trainer'));
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chấm bài' }).click();
    const row = page.getByTestId('queue').getByRole('row').filter({ hasText: 'Bảo vệ dữ liệu cá nhân ở xã' });
    await expect(row).toContainText('Kiểm tra giữa khóa');
    const pendingBefore = Number(await row.locator('td.num').first().textContent());
    expect(pendingBefore).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'grading queue (desktop)');
    await row.getByTestId('open').click();

    // The demo learner's response: their text, shown as text, with the rubric beside it.
    const jump = page.getByTestId('jump');
    const option = jump.locator('option').filter({ hasText: 'Đoàn Văn Nam' });
    await jump.selectOption((await option.getAttribute('value')) as string);
    await expect(page.getByRole('heading', { name: /Đoàn Văn Nam/ })).toBeVisible();
    await expect(page.getByTestId('essay-text')).toContainText('phân quyền');
    await expect(page.getByTestId('rubric')).toContainText('Mỗi biện pháp đúng');
    await expectAccessible(page, 'grading page (desktop)');

    await page.getByTestId('points').fill('3.5');
    await page.getByTestId('earlier-comments').getByRole('button').first().click();
    await expect(page.getByTestId('comment')).not.toHaveValue('');
    await page.screenshot({ path: join(shots, 'grading-desktop.png'), fullPage: true });
    await page.getByTestId('save').click();
    await expect(page.getByTestId('saved')).toContainText('Đã lưu điểm bài của Đoàn Văn Nam.');

    await page.goto('/assessment/grading');
    await expect(page.getByTestId('queue').getByRole('row').filter({ hasText: 'Bảo vệ dữ liệu cá nhân ở xã' }).locator('td.num').first()).toHaveText(String(pendingBefore - 1));

    // The learner now sees the mid-term graded.
    const learnerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const learner = await learnerContext.newPage();
    await signIn(learner, account('learner'));
    await learner.goto('/learn');
    await learner.locator('article, mat-card').filter({ hasText: /CDS05-\d{4}-01/ }).first().getByRole('link', { name: /^Nội dung khóa học/ }).click();
    await learner.getByTestId('class-quizzes').click();
    const midterm = learner.locator('article, mat-card, section').filter({ hasText: 'Kiểm tra giữa khóa' }).first();
    // 9 automatic points and the 3.5 just given, of 13.
    await expect(midterm).toContainText('12,5/13 điểm');
    await expect(midterm).toContainText('Đạt');
    await learnerContext.close();
  });
});
