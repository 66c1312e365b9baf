import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { QuizResultsDto } from '@cds/contracts';
import { CLASSES, click, quizDto, render, rows, text, type } from '../testing/trainer-test-setup';
import { QuizResultsPage } from './quiz-results-page';
import { scoreBars } from './score-chart';

const distribution = [0, 0, 0, 1, 0, 0, 0, 2, 0, 1].map((count, i) => ({ from: i * 10, to: (i + 1) * 10, count }));

const results = (classId = 12, classCode = 'ATTT-01'): QuizResultsDto => ({
  quizId: 3,
  quizTitle: 'Kiểm tra cuối khóa',
  classId,
  classCode,
  passPercent: 50,
  rows: [
    { personId: 1, fullName: 'Bùi Thị Hà', unitName: 'Xã Giao Minh', attempts: 1, state: 'awaiting_grading', percent: null, passed: null },
    { personId: 2, fullName: 'Đặng Văn Hùng', unitName: 'Xã Giao Lạc', attempts: 2, state: 'graded', percent: 72.5, passed: true },
    { personId: 3, fullName: 'Lê Thị Bích', unitName: 'Xã Giao Hải', attempts: 1, state: 'graded', percent: 35, passed: false },
    { personId: 4, fullName: 'Ngô Văn Nam', unitName: 'Xã Giao Xuân', attempts: 1, state: 'in_progress', percent: null, passed: null },
    { personId: 5, fullName: 'Phạm Thu Trang', unitName: 'Xã Giao Thiện', attempts: 0, state: 'not_started', percent: null, passed: null },
    { personId: 6, fullName: 'Trần Văn Tú', unitName: 'Xã Giao Long', attempts: 1, state: 'graded', percent: 100, passed: true },
    { personId: 7, fullName: 'Vũ Minh Anh', unitName: 'Xã Giao Tân', attempts: 1, state: 'graded', percent: 78, passed: true },
  ],
  distribution,
  mean: 71.38,
  passRate: 75,
});

/** The quiz (every class of the course), then the course's classes, then the first class's results. */
function answer(http: HttpTestingController): void {
  http.expectOne('/api/quizzes/3').flush(quizDto());
}

describe('QuizResultsPage', () => {
  it("reads the course's first class, shows each learner (awaiting grading never as 0), the mean, the pass rate and the chart", async () => {
    const { fixture, el, http } = await render(QuizResultsPage, { quizId: '3' }, answer);
    http.expectOne((r) => r.url === '/api/classes').flush({ items: CLASSES, nextCursor: null });
    await fixture.whenStable();
    http.expectOne('/api/quizzes/3/results?classId=12').flush(results());
    await fixture.whenStable();

    expect(rows(el.querySelector('[data-testid="results"]'))).toEqual([
      ['Bùi Thị Hà', 'Xã Giao Minh', '1', 'Chờ chấm', 'Chờ chấm', 'Chờ chấm'],
      ['Đặng Văn Hùng', 'Xã Giao Lạc', '2', 'Đã chấm', '72,5 %', 'Đạt'],
      ['Lê Thị Bích', 'Xã Giao Hải', '1', 'Đã chấm', '35 %', 'Chưa đạt'],
      ['Ngô Văn Nam', 'Xã Giao Xuân', '1', 'Đang làm', '—', '—'],
      ['Phạm Thu Trang', 'Xã Giao Thiện', '0', 'Chưa làm', '—', '—'],
      ['Trần Văn Tú', 'Xã Giao Long', '1', 'Đã chấm', '100 %', 'Đạt'],
      ['Vũ Minh Anh', 'Xã Giao Tân', '1', 'Đã chấm', '78 %', 'Đạt'],
    ]);
    // An essay waiting for its grade is neither a zero nor a fail.
    const awaiting = el.querySelector('tr[data-state="awaiting_grading"]');
    expect([text(awaiting?.querySelector('[data-testid="percent"]')), text(awaiting?.querySelector('[data-testid="result"]'))]).toEqual(['Chờ chấm', 'Chờ chấm']);
    expect(text(el.querySelector('[data-testid="mean"]'))).toBe('71,38 %');
    expect(text(el.querySelector('[data-testid="pass-rate"]'))).toBe('75 %');
    expect(text(el.querySelector('[data-testid="stats"]'))).toContain('4/7 học viên');

    const chart = el.querySelector('[data-testid="score-chart"]') as HTMLElement;
    expect(text(chart.querySelector('figcaption'))).toBe('Phân bố điểm của lớp ATTT-01');
    const columns = [...chart.querySelectorAll('.column')];
    expect(columns).toHaveLength(10);
    expect(columns.map((c) => text(c.querySelector('.count')))).toEqual(['0', '0', '0', '1', '0', '0', '0', '2', '0', '1']);
    expect(text(columns[7].querySelector('.vh'))).toBe('Từ 70 đến 80 %: 2 học viên');
    expect(columns.map((c) => (c.querySelector('.bar') as HTMLElement).style.height)).toEqual(['0%', '0%', '0%', '50%', '0%', '0%', '0%', '100%', '0%', '50%']);
    expect(columns.map((c) => c.querySelector('.bar')?.classList.contains('passing'))).toEqual([false, false, false, false, false, true, true, true, true, true]);
  });

  it('switches class from the picker, and exports the shown class as Excel', async () => {
    const { fixture, el, http } = await render(QuizResultsPage, { quizId: '3', classId: '12' }, answer);
    http.expectOne('/api/quizzes/3/results?classId=12').flush(results());
    http.expectOne((r) => r.url === '/api/classes').flush({ items: CLASSES, nextCursor: null });
    await fixture.whenStable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    type(el, 'class-picker', '13');
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { classId: 13 }, replaceUrl: true }));
    http.expectOne('/api/quizzes/3/results?classId=13').flush({ ...results(13, 'ATTT-02'), rows: [], distribution: distribution.map((d) => ({ ...d, count: 0 })), mean: null, passRate: null });
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="mean"]'))).toBe('—');
    expect(text(el.querySelector('[data-testid="results"] tbody'))).toBe('Lớp chưa có học viên.');

    const created = jest.fn(() => 'blob:results');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const names: string[] = [];
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    click(el, 'export');
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="export"]'))).toBe('Đang xuất…');
    http
      .expectOne('/api/quizzes/3/results.xlsx?classId=13')
      .flush(new Blob(['xlsx']), { headers: { 'Content-Disposition': "attachment; filename=\"ket-qua.xlsx\"; filename*=UTF-8''k%E1%BA%BFt-qu%E1%BA%A3-ATTT-02.xlsx" } });
    await fixture.whenStable();
    expect([created.mock.calls.length, names, text(el.querySelector('[data-testid="export"]'))]).toEqual([1, ['kết-quả-ATTT-02.xlsx'], 'Xuất Excel']);
    clicked.mockRestore();
  });
});

describe('scoreBars', () => {
  it('scales the buckets to the fullest one and marks those at or above the pass mark', () => {
    const bars = scoreBars(distribution, 70);
    expect(bars.map((b) => [b.height, b.passing])).toEqual([
      [0, false],
      [0, false],
      [0, false],
      [50, false],
      [0, false],
      [0, false],
      [0, false],
      [100, true],
      [0, true],
      [50, true],
    ]);
    expect(scoreBars(distribution.map((d) => ({ ...d, count: 0 })), 50).every((b) => b.height === 0)).toBe(true);
  });
});
