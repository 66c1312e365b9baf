import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import { GradingResponse } from '@cds/contracts';
import { click, gradingResponse, ME, refuse, render, text, type } from '../../quizzes/testing/trainer-test-setup';
import { GradingPage } from './grading-page';

const mark = (points: number, by: string, comment = '') => ({ points, comment, by, mine: by === ME, at: '2026-11-20T03:00:00Z' });
const OTHER = 'Lê Văn Chấm';

async function open(list: GradingResponse[], comments: string[] = []) {
  return render(GradingPage, { quizId: '3', questionId: '70' }, (http: HttpTestingController) => {
    http.expectOne('/api/grading/quizzes/3/questions/70').flush(list);
    http.expectOne('/api/grading/questions/70/comments').flush(comments);
  });
}

const heading = (el: HTMLElement) => text(el.querySelector('#mark-heading'));
const learner = (el: HTMLElement) => text(el.querySelector('#answer-heading'));
const press = async (fixture: ComponentFixture<unknown>, key: string, target: EventTarget = document.body) => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  await fixture.whenStable();
};

describe('GradingPage', () => {
  it("shows the learner's text as text — markup in it is never an element — beside the question, the rubric and the word count", async () => {
    const written = '<script>window.pwned = true</script><b>Số hóa</b> hồ sơ\n<img src=x onerror="alert(1)">';
    const { el } = await open([gradingResponse(1, { text: written, words: 7, maxWords: 5 })]);
    const essay = el.querySelector('[data-testid="essay-text"]') as HTMLElement;
    expect(essay.textContent).toBe(written);
    expect(essay.children).toHaveLength(0);
    expect(essay.querySelector('script, b, img')).toBeNull();
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
    // The question and the rubric are the server's sanitised HTML.
    expect(el.querySelector('[data-testid="question"] strong')?.textContent).toBe('CĐS');
    expect(text(el.querySelector('[data-testid="rubric"]'))).toBe('Có mục tiêu, lộ trình, nguồn lực.');
    expect(text(el.querySelector('[data-testid="words"]'))).toBe('7/5 từ – vượt giới hạn số từ');
  });

  it('chooses the role from the marks: first, second after someone else, settle when two differ (showing both)', async () => {
    const { fixture, el, http } = await open([
      gradingResponse(1, { state: 'disagreement', first: mark(6, OTHER, 'Thiếu lộ trình.'), second: mark(8, 'Phạm Thị Hai') }),
      gradingResponse(2, { state: 'second_pending', first: mark(7, OTHER) }),
      gradingResponse(3, { state: 'second_pending', first: mark(5, ME, 'Ý còn sơ sài.') }),
      gradingResponse(4),
    ]);
    expect([learner(el), heading(el)]).toEqual(['Bài làm của Học viên 1', 'Thống nhất điểm']);
    expect([...el.querySelectorAll('[data-testid="marks"] li')].map(text)).toEqual([
      'Lần một: 6/10 điểm – Lê Văn Chấm, 20/11/2026 10:00:00 Thiếu lộ trình.',
      'Lần hai: 8/10 điểm – Phạm Thị Hai, 20/11/2026 10:00:00',
    ]);
    type(el, 'points', '7');
    click(el, 'save');
    const settle = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/attempts/1/questions/2/grade');
    expect(settle.request.body).toEqual({ points: 7, comment: '', role: 'settle' });
    settle.flush(gradingResponse(1, { state: 'graded', first: mark(6, OTHER), second: mark(8, 'Phạm Thị Hai'), points: 7 }));
    await fixture.whenStable();

    // Someone else's first mark on a quiz with a second marker: the second mark, starting empty.
    expect([learner(el), heading(el)]).toEqual(['Bài làm của Học viên 2', 'Chấm lần hai']);
    expect((el.querySelector('[data-testid="points"]') as HTMLInputElement).value).toBe('');
    type(el, 'points', '7.25');
    click(el, 'save');
    const second = http.expectOne('/api/attempts/2/questions/2/grade');
    expect(second.request.body).toEqual({ points: 7.25, comment: '', role: 'second' });
    second.flush(gradingResponse(2, { state: 'graded', first: mark(7, OTHER), second: mark(7.25, ME), points: 7 }));
    await fixture.whenStable();

    // My own first mark waits for someone else: it is skipped, and the next one is a first mark.
    expect([learner(el), heading(el)]).toEqual(['Bài làm của Học viên 4', 'Chấm lần một']);
    click(el, 'previous');
    await fixture.whenStable();
    expect([learner(el), heading(el)]).toEqual(['Bài làm của Học viên 3', 'Chấm lần một']);
    expect((el.querySelector('[data-testid="points"]') as HTMLInputElement).value).toBe('5');
    expect((el.querySelector('[data-testid="comment"]') as HTMLTextAreaElement).value).toBe('Ý còn sơ sài.');
  });

  it('moves with the buttons and the arrow keys (not while typing), and reuses an earlier comment in one click', async () => {
    const { fixture, el, http } = await open([gradingResponse(1), gradingResponse(2), gradingResponse(3)], ['Bài làm đủ ý.', 'Cần nêu nguồn lực.']);
    expect(text(el.querySelector('[data-testid="position"]'))).toBe('Bài 1/3');
    expect((el.querySelector('[data-testid="previous"]') as HTMLButtonElement).disabled).toBe(true);
    click(el, 'next');
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="position"]'))).toBe('Bài 2/3');
    await press(fixture, 'ArrowRight');
    expect(learner(el)).toBe('Bài làm của Học viên 3');
    expect((el.querySelector('[data-testid="next"]') as HTMLButtonElement).disabled).toBe(true);
    await press(fixture, 'ArrowLeft');
    await press(fixture, 'ArrowLeft');
    expect(learner(el)).toBe('Bài làm của Học viên 1');
    // Arrows inside the comment field move the caret, not the learner.
    await press(fixture, 'ArrowRight', el.querySelector('[data-testid="comment"]') as HTMLElement);
    expect(learner(el)).toBe('Bài làm của Học viên 1');

    type(el, 'comment', 'Khá tốt.');
    click(el, '[aria-label="Thêm nhận xét: Cần nêu nguồn lực."]');
    await fixture.whenStable();
    expect((el.querySelector('[data-testid="comment"]') as HTMLTextAreaElement).value).toBe('Khá tốt.\nCần nêu nguồn lực.');

    type(el, 'points', '8');
    click(el, 'save');
    const req = http.expectOne('/api/attempts/1/questions/2/grade');
    expect(req.request.body).toEqual({ points: 8, comment: 'Khá tốt.\nCần nêu nguồn lực.', role: 'first' });
    req.flush(gradingResponse(1, { state: 'graded', first: mark(8, ME, 'Khá tốt.\nCần nêu nguồn lực.'), points: 8 }));
    await fixture.whenStable();
    expect(learner(el)).toBe('Bài làm của Học viên 2');
    expect(text(el.querySelector('[data-testid="saved"]'))).toBe('Đã lưu điểm bài của Học viên 1.');
    expect(text(el.querySelector('[data-testid="waiting"]'))).toBe('Còn 2 bài chờ bạn chấm.');
  });

  it("refuses points out of range before sending, and shows the API's sentence", async () => {
    const { fixture, el, http } = await open([gradingResponse(1), gradingResponse(2)]);
    type(el, 'points', '12');
    click(el, 'save');
    await fixture.whenStable();
    http.expectNone((r) => r.method === 'PUT');
    expect(text(el.querySelector('[data-testid="fix-first"]'))).toBe('Vui lòng nhập điểm hợp lệ trước khi lưu.');

    type(el, 'points', '9.5');
    click(el, 'save');
    refuse(http.expectOne('/api/attempts/1/questions/2/grade'), 409, 'assessment.response_not_submitted', 'Bài làm chưa được nộp.');
    await fixture.whenStable();
    expect(text(el.querySelector('[role="alert"]'))).toBe('Bài làm chưa được nộp.');
    expect(learner(el)).toBe('Bài làm của Học viên 1');
  });
});
