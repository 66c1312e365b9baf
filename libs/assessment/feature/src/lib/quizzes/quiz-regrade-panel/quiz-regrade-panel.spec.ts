import { RegradeReport } from '@cds/contracts';
import { click, refuse, render, rows, text } from '../testing/trainer-test-setup';
import { QuizRegradePanel } from './quiz-regrade-panel';

const report = (dryRun: boolean): RegradeReport => ({
  dryRun,
  attemptsChecked: 12,
  responsesRegraded: 5,
  changes: [
    { attemptId: 501, personId: 101, fullName: 'Nguyễn Văn An', number: 2, before: { percent: 45.5, passed: false }, after: { percent: 54.5, passed: true } },
    { attemptId: 502, personId: 102, fullName: 'Lê Thị Bích', number: 1, before: { percent: 80, passed: true }, after: { percent: 90, passed: true } },
  ],
});
const regrade = (method: string, url: string) => method === 'POST' && url === '/api/quizzes/3/regrade';

describe('QuizRegradePanel', () => {
  it('runs a dry run first, shows whose result would change, then regrades for real on confirmation (dryRun true, then false)', async () => {
    const { fixture, el, http } = await render(QuizRegradePanel, { quizId: 3 });
    expect(el.querySelector('[data-testid="regrade-confirm"]')).toBeNull();

    click(el, 'regrade-check');
    await fixture.whenStable();
    const dry = http.expectOne((r) => regrade(r.method, r.url));
    expect(dry.request.params.get('dryRun')).toBe('true');
    dry.flush(report(true));
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="regrade-summary"]'))).toBe(
      'Đã kiểm tra 12 bài làm: 5 câu trả lời sẽ được chấm lại, 2 kết quả sẽ thay đổi. Chưa có gì được lưu.',
    );
    expect(rows(el.querySelector('[data-testid="regrade-changes"]'))).toEqual([
      ['Nguyễn Văn An', '2', '45,5 % → 54,5 %', 'Chưa đạt → Đạt'],
      ['Lê Thị Bích', '1', '80 % → 90 %', 'Đạt → Đạt'],
    ]);
    expect(text(el.querySelector('[data-testid="regrade-changes"] caption'))).toBe('Kết quả sẽ thay đổi nếu chấm lại');

    click(el, 'regrade-confirm');
    await fixture.whenStable();
    const real = http.expectOne((r) => regrade(r.method, r.url));
    expect(real.request.params.get('dryRun')).toBe('false');
    real.flush(report(false));
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="regrade-summary"]'))).toBe('Đã chấm lại 5 câu trả lời trong 12 bài làm; 2 kết quả đã thay đổi.');
    expect(el.querySelector('[data-testid="regrade-confirm"]')).toBeNull();
    http.verify();
  });

  it("shows the API's refusal and offers no real run", async () => {
    const { fixture, el, http } = await render(QuizRegradePanel, { quizId: 3 });
    click(el, 'regrade-check');
    refuse(http.expectOne((r) => regrade(r.method, r.url)), 403, 'auth.forbidden', 'Bạn không có quyền chấm lại bài kiểm tra này.');
    await fixture.whenStable();
    expect(text(el.querySelector('[role="alert"]'))).toBe('Bạn không có quyền chấm lại bài kiểm tra này.');
    expect(el.querySelector('[data-testid="regrade-confirm"]')).toBeNull();
  });
});
