import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { QuizSettings } from '@cds/contracts';
import { answerCourse, answerSavedQuiz, click, quizDto, refuse, render, text, type } from '../testing/trainer-test-setup';
import { QuizSettingsPage } from './quiz-settings-page';

const INVALID =
  'Thiết lập bài kiểm tra chưa hợp lệ: Bài kiểm tra phải có ít nhất một câu hỏi. Thẻ “an toàn thông tin” chỉ có 2 câu hỏi, không đủ rút 5 câu.';

/** The request the page sent, once. */
const sent = (http: HttpTestingController, method: string, url: string) => http.expectOne((r) => r.method === method && r.url === url);

describe('QuizSettingsPage', () => {
  it('builds the settings of a new quiz with fixed questions in the chosen order, and shows the 422 in words', async () => {
    const { fixture, el, http } = await render(QuizSettingsPage, { courseId: '5' }, answerCourse);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    type(el, 'title', '  Kiểm tra giữa khóa  ');
    type(el, 'description', 'Đọc kỹ **hướng dẫn**.');
    type(el, 'class', '1: 12');
    await fixture.whenStable();
    for (const id of ['9', '7', '8']) {
      type(el, 'pick-question', id);
      await fixture.whenStable();
      click(el, 'add-question');
      await fixture.whenStable();
    }
    expect([...el.querySelectorAll('[data-testid="chosen"] .chosen-name')].map(text)).toEqual(['Thư lừa đảo là gì?', 'Mật khẩu', 'Kế hoạch CĐS']);
    // Move "Mật khẩu" up, then drop the essay.
    (el.querySelectorAll('[data-testid="chosen"] li')[1].querySelector('button') as HTMLButtonElement).click();
    (el.querySelectorAll('[data-testid="chosen"] li')[2].querySelectorAll('button')[2] as HTMLButtonElement).click();
    await fixture.whenStable();
    expect([...el.querySelectorAll('[data-testid="chosen"] .chosen-name')].map(text)).toEqual(['Mật khẩu', 'Thư lừa đảo là gì?']);

    type(el, 'time-limit', '45');
    type(el, 'opens-at', '2026-12-01T08:00');
    type(el, 'closes-at', '2026-12-01T17:30');
    type(el, 'max-attempts', '0');
    type(el, 'pass-percent', '70');
    type(el, 'grading-method', 'average');
    type(el, 'review-correct', 'never');
    click(el, '[data-testid="shuffle-questions"] input');
    click(el, '[data-testid="second-marker"] input');
    click(el, '[data-testid="published"] input');
    await fixture.whenStable();
    click(el, 'save');
    await fixture.whenStable();

    const req = sent(http, 'POST', '/api/courses/5/quizzes');
    const expected: QuizSettings = {
      title: 'Kiểm tra giữa khóa',
      description: 'Đọc kỹ **hướng dẫn**.',
      moduleId: null,
      classId: 12,
      selection: { kind: 'fixed', questionIds: [7, 9] },
      shuffleQuestions: true,
      shuffleOptions: true,
      timeLimitMinutes: 45,
      opensAt: '2026-12-01T01:00:00.000Z',
      closesAt: '2026-12-01T10:30:00.000Z',
      maxAttempts: 0,
      passPercent: 70,
      gradingMethod: 'average',
      review: { score: 'after_submit', responses: 'after_submit', correct: 'never', feedback: 'after_close' },
      secondMarker: true,
      published: true,
    };
    expect(req.request.body).toEqual(expected);
    refuse(req, 422, 'assessment.quiz_invalid', INVALID);
    await fixture.whenStable();
    expect(text(el.querySelector('[role="alert"]'))).toBe(INVALID);
    expect(navigate).not.toHaveBeenCalled();

    click(el, 'save');
    sent(http, 'POST', '/api/courses/5/quizzes').flush(quizDto({ id: 31 }));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/assessment/quizzes', 31], { replaceUrl: true });
  });

  it('saves a quiz switched to random draws by tag, keeping its module, and says how many questions carry each tag', async () => {
    const { fixture, el, http } = await render(QuizSettingsPage, { quizId: '3' }, answerSavedQuiz);
    answerCourse(http);
    http.expectOne('/api/quizzes/3/overrides').flush([]);
    await fixture.whenStable();
    expect((el.querySelector('[data-testid="title"]') as HTMLInputElement).value).toBe('Kiểm tra cuối khóa');
    expect((el.querySelector('[data-testid="opens-at"]') as HTMLInputElement).value).toBe('2026-11-20T08:00');
    expect(text(el.querySelector('h1'))).toBe('Thiết lập bài kiểm tra: Kiểm tra cuối khóa');

    click(el, '[data-testid="kind"] input[value="random"]');
    await fixture.whenStable();
    click(el, 'add-draw');
    click(el, 'add-draw');
    await fixture.whenStable();
    const tags = el.querySelectorAll<HTMLInputElement>('[data-testid="draw-tag"]');
    const counts = el.querySelectorAll<HTMLInputElement>('[data-testid="draw-count"]');
    for (const [i, [tag, count]] of [['an toàn thông tin', '2'], [' tự luận ', '1']].entries()) {
      tags[i].value = tag;
      tags[i].dispatchEvent(new Event('input'));
      counts[i].value = count;
      counts[i].dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="draws"] mat-hint'))).toBe('Ngân hàng có 2 câu hỏi mang thẻ này.');
    expect(text(el.querySelector('[data-testid="save-status"]'))).toBe('Có thay đổi chưa lưu.');

    click(el, 'save');
    const req = sent(http, 'PUT', '/api/quizzes/3');
    expect(req.request.body).toMatchObject({
      moduleId: 40,
      classId: null,
      selection: { kind: 'random', draws: [{ tag: 'an toàn thông tin', count: 2 }, { tag: 'tự luận', count: 1 }] },
      opensAt: '2026-11-20T01:00:00.000Z',
      closesAt: null,
    });
    req.flush(quizDto({ selection: { kind: 'random', draws: [{ tag: 'an toàn thông tin', count: 2 }, { tag: 'tự luận', count: 1 }] }, questionCount: 3 }));
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="save-status"]'))).toBe('Đã lưu.');
    expect(text(el.querySelector('[data-testid="question-count"]'))).toBe('Mỗi lần làm bài có 3 câu hỏi.');
  });

  it('sends nothing while a field is wrong, and says so', async () => {
    const { fixture, el, http } = await render(QuizSettingsPage, { courseId: '5' }, answerCourse);
    type(el, 'pass-percent', '120');
    type(el, 'opens-at', '2026-12-02T08:00');
    type(el, 'closes-at', '2026-12-01T08:00');
    click(el, 'save');
    await fixture.whenStable();
    http.expectNone((r) => r.method === 'POST');
    expect(el.querySelector('[data-testid="fix-first"]')).not.toBeNull();
    expect(text(el)).toContain('Thời điểm đóng bài phải sau thời điểm mở bài.');
    expect(text(el)).toContain('Nhập số nguyên từ 0 đến 100.');
  });

  it('previews the instructions as the API renders them, and says when it cannot', async () => {
    const { fixture, el, http } = await render(QuizSettingsPage, { courseId: '5' }, answerCourse);
    type(el, 'description', 'Đọc kỹ **hướng dẫn**.');
    click(el, 'preview-description');
    const req = sent(http, 'POST', '/api/markdown/preview');
    expect(req.request.body).toEqual({ markdown: 'Đọc kỹ **hướng dẫn**.' });
    req.flush({ html: '<p>Đọc kỹ <strong>hướng dẫn</strong>.</p>' });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="description-preview"] strong')?.textContent).toBe('hướng dẫn');

    click(el, 'preview-description');
    sent(http, 'POST', '/api/markdown/preview').flush(null, { status: 0, statusText: 'Unknown Error' });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="preview-failed"]')).not.toBeNull();
  });
});
