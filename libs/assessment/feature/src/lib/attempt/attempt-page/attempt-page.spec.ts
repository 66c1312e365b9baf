import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { AttemptView, SaveAnswersRequest } from '@cds/contracts';
import { attemptTestProviders, attemptView, refuse, text } from '../testing/attempt-test-setup';
import { AttemptPage } from './attempt-page';

const ANSWERS = '/api/attempts/1/answers';

async function render(view: AttemptView = attemptView()) {
  TestBed.configureTestingModule({ imports: [AttemptPage], providers: attemptTestProviders() });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(AttemptPage);
  fixture.componentRef.setInput('attemptId', 1);
  await fixture.whenStable();
  http.expectOne({ method: 'GET', url: '/api/attempts/1' }).flush(view);
  await fixture.whenStable();
  const el: HTMLElement = fixture.nativeElement;
  const $ = <T extends Element = HTMLElement>(selector: string) => el.querySelector<T & Element>(selector) as T | null;
  const $$ = <T extends Element = HTMLElement>(selector: string) => [...el.querySelectorAll(selector)] as T[];
  const mapStatuses = () => $$('[data-testid="map"] button').map((b) => b.getAttribute('data-status'));
  const goTo = async (n: number) => {
    $$<HTMLButtonElement>('[data-testid="map"] button')[n - 1].click();
    await fixture.whenStable();
  };
  const saved = (req: ReturnType<HttpTestingController['expectOne']>) =>
    req.flush({ saved: (req.request.body as SaveAnswersRequest).answers.map(({ slot, seq }) => ({ slot, seq })), deadlineAt: view.deadlineAt, serverNow: new Date().toISOString() });
  return { fixture, http, el, $, $$, mapStatuses, goTo, saved };
}

describe('AttemptPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('opens at the first unanswered question, with the timer, the save state and the map', async () => {
    const { $, $$, mapStatuses } = await render();
    expect(text($('h1'))).toBe('Kiểm tra an toàn thông tin');
    expect(text($('#question-heading'))).toBe('Câu 2/7');
    expect(text($('[data-testid="timer"] .clock'))).toMatch(/^(30:00|29:5\d)$/);
    expect($('[data-testid="timer"]')?.getAttribute('role')).toBe('timer');
    expect(text($('[data-testid="save-state"]'))).toBe('Đã lưu');
    expect(mapStatuses()).toEqual(['answered', 'unanswered', 'unanswered', 'unanswered', 'unanswered', 'unanswered', 'unanswered']);
    expect($$('[data-testid="map"] button').map((b) => b.getAttribute('aria-label'))[0]).toBe('Câu 1: đã trả lời');
    expect($('[data-testid="map"] button[aria-current="step"]')?.textContent?.trim()).toBe('2');
    // Nothing is announced while more than 5 minutes are left.
    expect(text($('[data-testid="timer-announcement"]'))).toBe('');
  });

  it('renders the input of every question type', async () => {
    const { $, $$, goTo } = await render();
    await goTo(1);
    const radios = $$<HTMLInputElement>('input[type="radio"]');
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect($('.question-text')?.innerHTML).toContain('<strong>mạnh</strong>');
    expect(text($('label.option:nth-of-type(2)'))).toBe('Gi@oThuy-2025!x');

    await goTo(2);
    expect($$<HTMLInputElement>('input[type="checkbox"]').map((c) => c.value)).toEqual(['a', 'b', 'c']);
    expect(text($('legend'))).toBe('Chọn một hoặc nhiều đáp án');

    await goTo(3);
    expect($$('label.option').map(text)).toEqual(['Đúng', 'Sai']);

    await goTo(4);
    const short = $<HTMLInputElement>('input[type="text"]');
    expect(short?.getAttribute('inputmode')).toBeNull();
    expect(text($(`label[for="${short?.id}"]`))).toBe('Câu trả lời của bạn');

    await goTo(5);
    const numeric = $<HTMLInputElement>('input[type="text"]');
    expect(numeric?.getAttribute('inputmode')).toBe('decimal');
    expect(text($('.hint'))).toBe('Nhập một số, ví dụ 12 hoặc 3,5');

    await goTo(6);
    const selects = $$<HTMLSelectElement>('select');
    expect(selects.length).toBe(2);
    expect([...selects[0].options].map((o) => o.textContent?.trim())).toEqual(['— Chọn —', 'Hướng dẫn người dân', 'Quản lý nhà nước về CĐS', 'Thu thuế']);
    expect(text($(`#${selects[0].getAttribute('aria-labelledby')}`))).toBe('Sở KH&CN');

    await goTo(7);
    expect($('textarea')).not.toBeNull();
    expect(text($('[data-testid="word-count"]'))).toBe('0/5 từ');
    expect($('[data-testid="submit-last"]')).not.toBeNull();
  });

  it('shows an answer as unsaved until the server has it, and says so plainly when the link is down', async () => {
    const { fixture, http, $, $$, mapStatuses, goTo, saved } = await render();
    $$<HTMLInputElement>('input[type="checkbox"]')[1].click();
    await fixture.whenStable();
    const req = http.expectOne({ method: 'POST', url: ANSWERS });
    expect((req.request.body as SaveAnswersRequest).answers).toEqual([{ slot: 2, answer: { type: 'multiple_choice', optionIds: ['b'] }, seq: 4 }]);
    expect(mapStatuses()[1]).toBe('unsaved');
    expect($$('[data-testid="map"] button')[1].getAttribute('aria-label')).toBe('Câu 2: chưa lưu');
    expect(text($('[data-testid="save-state"]'))).toBe('Đang lưu…');
    saved(req);
    await fixture.whenStable();
    expect(mapStatuses()[1]).toBe('answered');
    expect(text($('[data-testid="save-state"]'))).toBe('Đã lưu');

    await goTo(3);
    $$<HTMLInputElement>('input[type="radio"]')[1].click();
    await fixture.whenStable();
    http.expectOne(ANSWERS).error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await fixture.whenStable();
    expect(text($('[data-testid="save-state"]'))).toBe('Chưa lưu — mất kết nối, câu trả lời được giữ trên máy');
    expect(text($('[data-testid="connection-announcement"]'))).toBe('Mất kết nối. Câu trả lời được giữ trên máy và sẽ được gửi khi có mạng.');
    expect(mapStatuses()[2]).toBe('unsaved');
    window.dispatchEvent(new Event('online'));
    saved(http.expectOne(ANSWERS));
    await fixture.whenStable();
    expect(mapStatuses()[2]).toBe('answered');
    expect(text($('[data-testid="connection-announcement"]'))).toBe('');
  });

  it('shows the server’s refusal under a numeric answer that is not a number', async () => {
    const { fixture, http, $, goTo, mapStatuses } = await render();
    await goTo(5);
    const input = $<HTMLInputElement>('input[type="text"]');
    if (!input) throw new Error('no input');
    input.value = 'mười hai';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    refuse(http.expectOne(ANSWERS), 422, 'assessment.answer_not_a_number', 'Câu 5: câu trả lời phải là một số, ví dụ 12 hoặc 3,5 (không nhập biểu thức hay chữ).');
    await fixture.whenStable();
    expect(text($('[data-testid="answer-refusal"]'))).toBe('Câu 5: câu trả lời phải là một số, ví dụ 12 hoặc 3,5 (không nhập biểu thức hay chữ).');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain($('[data-testid="answer-refusal"]')?.id);
    expect(mapStatuses()[4]).toBe('unsaved');
    expect(text($('[data-testid="save-state"]'))).toBe('Có câu trả lời chưa lưu được — xem thông báo dưới câu hỏi');
  });

  it('counts the words of an essay as the learner types, against the limit', async () => {
    const { fixture, $, goTo } = await render();
    await goTo(7);
    const area = $<HTMLTextAreaElement>('textarea');
    if (!area) throw new Error('no textarea');
    area.value = 'Mục tiêu, lộ trình và nguồn lực';
    area.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text($('[data-testid="word-count"]'))).toBe('7/5 từ — Vượt quá giới hạn 5 từ.');
  });

  it('asks before submitting, naming the unanswered questions, then shows the review', async () => {
    const { fixture, http, $ } = await render();
    $<HTMLButtonElement>('[data-testid="submit"]')?.click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(text(dialog.querySelector('h2'))).toBe('Nộp bài?');
    expect(text(dialog)).toContain('Còn 6 câu chưa trả lời:');
    expect([...dialog.querySelectorAll('[data-testid="unanswered"] li')].map(text)).toEqual(['Câu 2', 'Câu 3', 'Câu 4', 'Câu 5', 'Câu 6', 'Câu 7']);
    expect(text(dialog)).toContain('Sau khi nộp, bạn không thể sửa câu trả lời.');
    dialog.querySelector<HTMLButtonElement>('[data-testid="dialog-submit"]')?.click();
    await fixture.whenStable();
    const done = attemptView({
      state: 'graded',
      submittedAt: new Date().toISOString(),
      score: 2,
      percent: 11.76,
      passed: false,
      review: { showsScore: true, showsResponses: true, showsCorrect: false, showsFeedback: false, questions: [] },
    });
    http.expectOne({ method: 'POST', url: '/api/attempts/1/submit' }).flush(done);
    await fixture.whenStable();
    expect($('[data-testid="status-bar"]')).toBeNull();
    expect(text($('[data-testid="result"]'))).toBe('Điểm: 2/17 (11,76%) Không đạt');
    expect(document.querySelector('mat-dialog-container')).toBeNull();
  });

  it('when time runs out under the learner, shows the server’s sentence and the review', async () => {
    const { fixture, http, $, $$ } = await render();
    $$<HTMLInputElement>('input[type="checkbox"]')[0].click();
    await fixture.whenStable();
    refuse(http.expectOne(ANSWERS), 409, 'assessment.time_up', 'Đã hết giờ làm bài. Bài đã được nộp với các câu trả lời đã lưu trước giờ kết thúc.');
    await fixture.whenStable();
    http.expectOne('/api/attempts/1').flush(attemptView({ state: 'graded', submittedAt: new Date().toISOString(), review: { showsScore: false, showsResponses: false, showsCorrect: false, showsFeedback: false, questions: [] } }));
    await fixture.whenStable();
    expect(text($('[data-testid="closed-message"]'))).toBe('Đã hết giờ làm bài. Bài đã được nộp với các câu trả lời đã lưu trước giờ kết thúc.');
    expect(text($('[data-testid="lost-answers"]'))).toContain('các câu 2 chưa kịp lưu');
    expect(text($('[data-testid="result"]'))).toBe('Điểm chưa được công bố.');
  });

  it('announces when less than 5 minutes are left, by the server’s clock', async () => {
    // The device is 20 minutes behind the server; 4½ minutes are left by the server's clock.
    const serverNow = Date.now() + 20 * 60_000;
    const { $ } = await render(attemptView({ deadlineAt: new Date(serverNow + 270_000).toISOString() }, serverNow));
    expect(text($('[data-testid="timer"] .clock'))).toMatch(/^04:(30|29)$/);
    expect($('[data-testid="timer"]')?.classList).toContain('warning');
    expect(text($('[data-testid="timer-announcement"]'))).toBe('Còn dưới 5 phút làm bài.');
  });
});

describe('AttemptPage review', () => {
  beforeEach(() => localStorage.clear());

  const graded = (over: Partial<AttemptView>) =>
    attemptView({
      state: 'graded',
      submittedAt: '2026-11-30T02:30:00Z',
      ...over,
    });

  it('shows the score, the learner’s answers, the key with the right options marked, and the feedback', async () => {
    const base = attemptView();
    const { $, $$ } = await render(
      graded({
        score: 2,
        maxScore: 17,
        percent: 11.76,
        passed: false,
        questions: base.questions.map((q) => (q.slot === 4 ? { ...q, answer: { type: 'short_answer', text: 'Nam Dinh <b>' } } : q)),
        review: {
          showsScore: true,
          showsResponses: true,
          showsCorrect: true,
          showsFeedback: true,
          questions: [
            { slot: 1, points: 2, maxPoints: 2, state: 'answered', key: { type: 'single_choice', optionIds: ['b'] }, feedbackHtml: ['<p>Mật khẩu dài, nhiều loại ký tự.</p>'] },
            { slot: 2, points: 0, maxPoints: 1, state: 'not_answered', key: { type: 'multiple_choice', optionIds: ['a', 'b'] }, feedbackHtml: [] },
            { slot: 3, points: 0, maxPoints: 1, state: 'not_answered', key: { type: 'true_false', value: false }, feedbackHtml: [] },
            { slot: 4, points: 0, maxPoints: 1, state: 'answered', key: { type: 'short_answer', answers: ['Nam Định', 'TP Nam Định'] }, feedbackHtml: [] },
            { slot: 5, points: 0, maxPoints: 1, state: 'not_answered', key: { type: 'numeric', answers: ['22'] }, feedbackHtml: [] },
            { slot: 6, points: 0, maxPoints: 3, state: 'not_answered', key: { type: 'matching', matches: { a: 'Quản lý nhà nước về CĐS', b: 'Hướng dẫn người dân' } }, feedbackHtml: [] },
            { slot: 7, points: 0, maxPoints: 8, state: 'not_answered', key: { type: 'essay' }, feedbackHtml: [] },
          ],
        },
      }),
    );
    expect(text($('[data-testid="result"]'))).toBe('Điểm: 2/17 (11,76%) Không đạt');
    const questions = $$('[data-testid="review-question"]');
    expect(questions.length).toBe(7);
    const first = questions[0];
    expect(text(first.querySelector('[data-testid="question-points"]'))).toBe('2/2 điểm');
    expect([...first.querySelectorAll('[data-testid="review-choice"]')].map(text)).toEqual(['123456', 'Gi@oThuy-2025!x Bạn chọn Đáp án đúng']);
    expect([...first.querySelectorAll('[data-testid="feedback"] .feedback-item')].map((f) => f.innerHTML)).toEqual(['<p>Mật khẩu dài, nhiều loại ký tự.</p>']);
    expect([...questions[1].querySelectorAll('.choice.right')].map(text)).toEqual(['Cổng quốc gia Đáp án đúng', 'Cổng của tỉnh Đáp án đúng']);
    expect(text(questions[1].querySelector('[data-testid="not-answered"]'))).toBe('Không trả lời');
    expect(text(questions[2].querySelector('.choice.right'))).toBe('Sai Đáp án đúng');
    // The learner's own text stays text.
    expect(questions[3].querySelector('[data-testid="learner-text"]')?.textContent).toBe('Nam Dinh <b>');
    expect([...questions[3].querySelectorAll('[data-testid="accepted"] li')].map(text)).toEqual(['Nam Định', 'TP Nam Định']);
    expect([...questions[5].querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text))).toEqual([
      ['Sở KH&CN', '—', 'Quản lý nhà nước về CĐS'],
      ['Tổ công nghệ số cộng đồng', '—', 'Hướng dẫn người dân'],
    ]);
  });

  it('says "Đang chờ chấm" for an essay awaiting its grade — never a 0 or a fail', async () => {
    const base = attemptView();
    const { $, $$, el } = await render(
      graded({
        state: 'awaiting_grading',
        score: null,
        percent: null,
        passed: null,
        questions: base.questions.map((q) => (q.slot === 7 ? { ...q, answer: { type: 'essay', text: 'Kế hoạch\nba năm' } } : q)),
        review: {
          showsScore: true,
          showsResponses: true,
          showsCorrect: false,
          showsFeedback: false,
          questions: base.questions.map((q) => ({
            slot: q.slot,
            points: q.slot === 7 ? null : q.slot === 1 ? 2 : 0,
            maxPoints: q.question.points,
            state: q.slot === 7 ? 'awaiting_grading' : q.slot === 1 ? 'answered' : 'not_answered',
            key: null,
            feedbackHtml: null,
          })),
        },
      }),
    );
    expect(text($('[data-testid="result"]'))).toBe('Đang chờ chấm Bài có câu tự luận đang chờ giảng viên chấm; kết quả có sau khi chấm xong.');
    const essay = $$('[data-testid="review-question"]')[6];
    expect(text(essay.querySelector('[data-testid="question-awaiting"]'))).toBe('Đang chờ chấm');
    expect(essay.querySelector('[data-testid="question-points"]')).toBeNull();
    expect(essay.querySelector('[data-testid="learner-text"]')?.textContent).toBe('Kế hoạch\nba năm');
    expect(text(el)).not.toContain('Không đạt');
    expect(text(el)).not.toContain('0/8');
    expect(el.querySelectorAll('[data-testid="feedback"]').length).toBe(0);
  });
});
