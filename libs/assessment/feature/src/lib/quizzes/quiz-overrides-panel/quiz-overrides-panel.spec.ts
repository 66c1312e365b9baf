import { EnrolmentDto, QuizOverrideDto } from '@cds/contracts';
import { CLASSES, click, quizDto, refuse, render, rows, text, type } from '../testing/trainer-test-setup';
import { QuizOverridesPanel } from './quiz-overrides-panel';

const taker = (personId: number, fullName: string, state: EnrolmentDto['state']) => ({ personId, fullName, orgUnitName: 'Xã Giao Minh', state }) as EnrolmentDto;
const existing: QuizOverrideDto = {
  quizId: 3,
  personId: 105,
  fullName: 'Vũ Thị Lan',
  extraMinutes: 15,
  extraAttempts: 0,
  opensAt: null,
  closesAt: '2026-12-05T10:00:00.000Z',
  reason: 'Thi bù do ốm',
};

describe('QuizOverridesPanel', () => {
  it('adds an override for a learner of a chosen class, in Vietnam time', async () => {
    const { fixture, el, http } = await render(QuizOverridesPanel, { quiz: quizDto(), classes: CLASSES }, (h) => h.expectOne('/api/quizzes/3/overrides').flush([existing]));
    expect(rows(el.querySelector('[data-testid="override-table"]'))[0].slice(0, 5)).toEqual(['Vũ Thị Lan', '15', '0', '… – 05/12/2026 17:00', 'Thi bù do ốm']);

    click(el, 'override-add');
    await fixture.whenStable();
    http.expectOne('/api/classes/12/enrolments').flush([taker(101, 'Nguyễn Văn An', 'enrolled')]);
    type(el, 'override-class', '1: 13');
    await fixture.whenStable();
    http
      .expectOne('/api/classes/13/enrolments')
      .flush([taker(102, 'Lê Thị Bích', 'enrolled'), taker(103, 'Phạm Văn Cường', 'withdrawn'), taker(104, 'Đỗ Minh Đức', 'completed')]);
    await fixture.whenStable();
    const people = [...el.querySelectorAll('[data-testid="override-person"] option')].map(text);
    expect(people).toEqual(['Chọn học viên…', 'Lê Thị Bích – Xã Giao Minh', 'Đỗ Minh Đức – Xã Giao Minh']);

    type(el, 'override-person', '1: 102');
    type(el, 'override-minutes', '30');
    type(el, 'override-attempts', '1');
    type(el, 'override-closes', '2026-12-10T17:00');
    type(el, 'override-reason', ' Khiếm thị, cần đọc màn hình ');
    click(el, 'override-save');
    await fixture.whenStable();
    const req = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/quizzes/3/overrides/102');
    expect(req.request.body).toEqual({ extraMinutes: 30, extraAttempts: 1, opensAt: null, closesAt: '2026-12-10T10:00:00.000Z', reason: 'Khiếm thị, cần đọc màn hình' });
    req.flush({ quizId: 3, personId: 102, fullName: 'Lê Thị Bích', extraMinutes: 30, extraAttempts: 1, opensAt: null, closesAt: '2026-12-10T10:00:00.000Z', reason: 'Khiếm thị, cần đọc màn hình' });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="override-form"]')).toBeNull();
    expect([...el.querySelectorAll('[data-testid="override-table"] tbody th')].map(text)).toEqual(['Lê Thị Bích', 'Vũ Thị Lan']);
    expect(text(el.querySelector('[role="status"]'))).toBe('Đã lưu ngoại lệ của Lê Thị Bích.');
  });

  it("edits one person's override, shows the API's refusal, and removes it after a confirmation", async () => {
    const { fixture, el, http } = await render(QuizOverridesPanel, { quiz: quizDto({ classId: 12 }), classes: CLASSES }, (h) =>
      h.expectOne('/api/quizzes/3/overrides').flush([existing]),
    );
    click(el, `[aria-label="Sửa ngoại lệ của Vũ Thị Lan"]`);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="override-person"]')).toBeNull();
    expect((el.querySelector('[data-testid="override-closes"]') as HTMLInputElement).value).toBe('2026-12-05T17:00');
    type(el, 'override-minutes', '45');
    click(el, 'override-save');
    refuse(http.expectOne('/api/quizzes/3/overrides/105'), 403, 'auth.forbidden', 'Bạn không phụ trách lớp này.');
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="override-form"] [role="alert"]'))).toBe('Bạn không phụ trách lớp này.');

    click(el, '[aria-label="Xóa ngoại lệ của Vũ Thị Lan"]');
    await fixture.whenStable();
    expect(text(el.querySelector('#override-remove-text'))).toBe('Xóa ngoại lệ của Vũ Thị Lan? Học viên sẽ làm bài theo thiết lập chung.');
    click(el, 'override-remove-confirm');
    http.expectOne((r) => r.method === 'DELETE' && r.url === '/api/quizzes/3/overrides/105').flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="override-table"] tbody'))).toBe('Chưa có ngoại lệ nào.');
  });
});
