import { HttpRequest, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { EnrolmentDto, GradingResponse, QuizOverrideDto, QuizOverrideInput, QuizSettings, RegradeReport } from '@cds/contracts';
import { GradingApi } from './grading-api';
import { GradingSessionStore, markFor, markRoleFor, waitsFor } from './grading-store';
import { QuizApi } from './quiz-api';
import { QuizOverridesStore, QuizRegradeStore } from './quiz-stores';

const settings: QuizSettings = {
  title: 'Kiểm tra cuối khóa',
  description: 'Làm trong **30 phút**.',
  moduleId: null,
  classId: 12,
  selection: { kind: 'random', draws: [{ tag: 'an toàn thông tin', count: 5 }] },
  shuffleQuestions: true,
  shuffleOptions: true,
  timeLimitMinutes: 30,
  opensAt: '2026-11-20T01:00:00.000Z',
  closesAt: null,
  maxAttempts: 2,
  passPercent: 50,
  gradingMethod: 'highest',
  review: { score: 'after_submit', responses: 'after_submit', correct: 'after_close', feedback: 'never' },
  secondMarker: false,
  published: true,
};

const override: QuizOverrideInput = { extraMinutes: 15, extraAttempts: 1, opensAt: null, closesAt: null, reason: 'Khiếm thị' };
const overrideDto = (personId: number, fullName: string): QuizOverrideDto => ({ ...override, quizId: 3, personId, fullName });

const enrolment = (personId: number, state: EnrolmentDto['state']): EnrolmentDto => ({
  id: personId,
  classId: 12,
  classCode: 'ATTT-01',
  classTitle: 'An toàn thông tin',
  personId,
  fullName: `Học viên ${personId}`,
  orgUnitName: 'Xã Giao Minh',
  state,
  nominatedBy: null,
  decidedBy: null,
  reason: null,
  waitlistPosition: null,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
});

/** A mark by `by`; the API says whether it is the caller's (here: 'Giảng viên A'). */
const mark = (points: number, by: string) => ({ points, comment: '', by, mine: by === 'Giảng viên A', at: '2026-11-20T02:00:00Z' });
const response = (attemptId: number, over: Partial<GradingResponse> = {}): GradingResponse => ({
  attemptId,
  slot: 2,
  personId: attemptId,
  fullName: `Học viên ${attemptId}`,
  classCode: 'ATTT-01',
  submittedAt: '2026-11-20T01:00:00Z',
  questionHtml: '<p>Trình bày…</p>',
  rubricHtml: '<p>Mục tiêu…</p>',
  maxPoints: 10,
  maxWords: 300,
  text: 'Bài làm',
  words: 2,
  first: null,
  second: null,
  points: null,
  state: 'pending',
  ...over,
});

const refuse = (req: TestRequest, status: number, code: string, message: string) =>
  req.flush({ statusCode: status, error: 'Refused', message, code }, { status, statusText: 'Refused' });
const to = (method: string, path: string) => (req: HttpRequest<unknown>) => req.method === method && req.url === path;
const query = (req: TestRequest) =>
  req.request.params
    .keys()
    .map((k) => `${k}=${req.request.params.get(k)}`)
    .join('&');

describe('quiz and grading data access', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), QuizOverridesStore, QuizRegradeStore, GradingSessionStore],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('QuizApi and GradingApi call the agreed routes with the agreed methods, queries and bodies', () => {
    const quizzes = TestBed.inject(QuizApi);
    const grading = TestBed.inject(GradingApi);
    const calls: [() => { subscribe: () => unknown }, string, string, string, unknown][] = [
      [() => quizzes.list(5), 'GET', '/api/courses/5/quizzes', '', null],
      [() => quizzes.quiz(3), 'GET', '/api/quizzes/3', '', null],
      [() => quizzes.create(5, settings), 'POST', '/api/courses/5/quizzes', '', settings],
      [() => quizzes.update(3, settings), 'PUT', '/api/quizzes/3', '', settings],
      [() => quizzes.overrides(3), 'GET', '/api/quizzes/3/overrides', '', null],
      [() => quizzes.setOverride(3, 41, override), 'PUT', '/api/quizzes/3/overrides/41', '', override],
      [() => quizzes.removeOverride(3, 41), 'DELETE', '/api/quizzes/3/overrides/41', '', null],
      [() => quizzes.regrade(3, true), 'POST', '/api/quizzes/3/regrade', 'dryRun=true', null],
      [() => quizzes.regrade(3, false), 'POST', '/api/quizzes/3/regrade', 'dryRun=false', null],
      [() => quizzes.results(3, 12), 'GET', '/api/quizzes/3/results', 'classId=12', null],
      [() => quizzes.courseQuestions(5), 'GET', '/api/courses/5/questions', '', null],
      [() => quizzes.renderMarkdown('**đậm**'), 'POST', '/api/markdown/preview', '', { markdown: '**đậm**' }],
      [() => grading.queue(), 'GET', '/api/grading/queue', '', null],
      [() => grading.responses(3, 70), 'GET', '/api/grading/quizzes/3/questions/70', '', null],
      [() => grading.comments(70), 'GET', '/api/grading/questions/70/comments', '', null],
      [() => grading.grade(88, 2, { points: 7.5, comment: 'Tốt', role: 'second' }), 'PUT', '/api/attempts/88/questions/2/grade', '', { points: 7.5, comment: 'Tốt', role: 'second' }],
    ];
    for (const [call, method, url, q, body] of calls) {
      call().subscribe();
      const req = http.expectOne(to(method, url));
      expect([req.request.method, req.request.url, query(req), req.request.body]).toEqual([method, url, q, body]);
      req.flush(url.endsWith('preview') ? { html: '' } : null);
    }
  });

  it('downloads the results workbook as a blob with its file name', () => {
    let name: string | null = null;
    TestBed.inject(QuizApi)
      .resultsXlsx(3, 12)
      .subscribe((f) => (name = f.disposition));
    const req = http.expectOne(to('GET', '/api/quizzes/3/results.xlsx'));
    expect([query(req), req.request.responseType]).toEqual(['classId=12', 'blob']);
    req.flush(new Blob(['x']), { headers: { 'Content-Disposition': "attachment; filename*=UTF-8''ket-qua.xlsx" } });
    expect(name).toBe("attachment; filename*=UTF-8''ket-qua.xlsx");
  });

  it("lists a course's classes (one large page) and the class's quiz takers only", () => {
    const api = TestBed.inject(QuizApi);
    let codes: string[] = [];
    api.courseClasses(5).subscribe((cs) => (codes = cs.map((c) => c.code)));
    const req = http.expectOne(to('GET', '/api/classes'));
    expect(query(req)).toBe('courseId=5&limit=200');
    req.flush({ items: [{ id: 12, code: 'ATTT-01' }], nextCursor: null });
    expect(codes).toEqual(['ATTT-01']);

    let people: number[] = [];
    api.quizTakers(12).subscribe((es) => (people = es.map((e) => e.personId)));
    http
      .expectOne('/api/classes/12/enrolments')
      .flush([enrolment(1, 'enrolled'), enrolment(2, 'withdrawn'), enrolment(3, 'completed'), enrolment(4, 'nominated'), enrolment(5, 'failed')]);
    expect(people).toEqual([1, 3, 5]);
  });

  describe('QuizRegradeStore', () => {
    const report = (dryRun: boolean, responsesRegraded = 2): RegradeReport => ({ dryRun, attemptsChecked: 4, responsesRegraded, changes: [] });

    it('runs for real only after a dry run that found something, with dryRun=true then false', () => {
      const store = TestBed.inject(QuizRegradeStore);
      store.confirm(3);
      http.expectNone(to('POST', '/api/quizzes/3/regrade'));
      expect(store.canConfirm()).toBe(false);

      store.check(3);
      expect(store.step()).toBe('checking');
      const dry = http.expectOne(to('POST', '/api/quizzes/3/regrade'));
      expect(query(dry)).toBe('dryRun=true');
      dry.flush(report(true));
      expect([store.step(), store.canConfirm(), store.report()?.dryRun]).toEqual(['checked', true, true]);

      store.confirm(3);
      const real = http.expectOne(to('POST', '/api/quizzes/3/regrade'));
      expect(query(real)).toBe('dryRun=false');
      real.flush(report(false));
      expect([store.step(), store.canConfirm(), store.report()?.dryRun]).toEqual(['done', false, false]);
    });

    it('offers no real run when the dry run found nothing, and keeps a refusal', () => {
      const store = TestBed.inject(QuizRegradeStore);
      store.check(3);
      http.expectOne(to('POST', '/api/quizzes/3/regrade')).flush(report(true, 0));
      expect(store.canConfirm()).toBe(false);

      store.check(3);
      refuse(http.expectOne(to('POST', '/api/quizzes/3/regrade')), 404, 'assessment.quiz_not_found', 'Không tìm thấy bài kiểm tra 3.');
      expect([store.step(), store.refusal()?.text]).toEqual(['checked', 'Không tìm thấy bài kiểm tra 3.']);
    });
  });

  describe('QuizOverridesStore', () => {
    it('lists overrides by name, replaces a saved one, removes one, and keeps a refusal', () => {
      const store = TestBed.inject(QuizOverridesStore);
      store.load(3);
      http.expectOne('/api/quizzes/3/overrides').flush([overrideDto(2, 'Trần Văn Bình'), overrideDto(1, 'Nguyễn Thị An')]);
      expect(store.overrides().map((o) => o.personId)).toEqual([1, 2]);

      store.save(2, { ...override, extraMinutes: 30 }).subscribe();
      http.expectOne(to('PUT', '/api/quizzes/3/overrides/2')).flush({ ...overrideDto(2, 'Trần Văn Bình'), extraMinutes: 30 });
      expect(store.overrides().map((o) => [o.personId, o.extraMinutes])).toEqual([
        [1, 15],
        [2, 30],
      ]);

      store.remove(1).subscribe();
      http.expectOne(to('DELETE', '/api/quizzes/3/overrides/1')).flush(null, { status: 204, statusText: 'No Content' });
      expect(store.overrides().map((o) => o.personId)).toEqual([2]);

      store.save(2, { ...override, reason: '' }).subscribe();
      refuse(http.expectOne(to('PUT', '/api/quizzes/3/overrides/2')), 422, 'assessment.quiz_invalid', 'Hãy ghi lý do của ngoại lệ.');
      expect(store.refusal()?.text).toBe('Hãy ghi lý do của ngoại lệ.');
      expect(store.overrides()).toHaveLength(1);
    });
  });

  describe('marking roles', () => {
    const me = 'Giảng viên A';
    const other = 'Giảng viên B';
    it.each<[string, string, Partial<GradingResponse>]>([
      ['no mark yet', 'first', {}],
      ["someone else's first mark, second marker wanted", 'second', { state: 'second_pending', first: mark(6, other) }],
      ['my own first mark, second marker wanted', 'first', { state: 'second_pending', first: mark(6, me) }],
      ['two marks that differ', 'settle', { state: 'disagreement', first: mark(6, other), second: mark(8, me) }],
      ['graded by one marker (no second marker)', 'first', { state: 'graded', first: mark(6, other), points: 6 }],
      ['graded after settling', 'settle', { state: 'graded', first: mark(6, other), second: mark(8, 'Giảng viên C'), points: 7 }],
      ['graded, two marks agree, I was second', 'second', { state: 'graded', first: mark(6, other), second: mark(6, me), points: 6 }],
      ['graded, two marks agree, I was first', 'first', { state: 'graded', first: mark(6, me), second: mark(6, other), points: 6 }],
    ])('%s → %s', (_, role, over) => {
      expect(markRoleFor(response(1, over))).toBe(role);
    });

    it('start the form from the mark the role changes, and know what waits for me', () => {
      const r = response(1, { state: 'second_pending', first: { ...mark(6, other), comment: 'Khá' } });
      expect(markFor(r, 'first')).toEqual({ points: 6, comment: 'Khá' });
      expect(markFor(r, 'second')).toEqual({ points: null, comment: '' });
      expect(markFor(response(1, { state: 'graded', points: 7 }), 'settle')).toEqual({ points: 7, comment: '' });
      expect(waitsFor(r)).toBe(true);
      expect(waitsFor({ ...r, first: r.first && { ...r.first, mine: true } })).toBe(false);
      expect(waitsFor(response(1, { state: 'graded' }))).toBe(false);
    });
  });

  describe('GradingSessionStore', () => {
    const me = 'Giảng viên A';
    const load = (store: GradingSessionStore, list: GradingResponse[]) => {
      store.load(3, 70);
      http.expectOne('/api/grading/quizzes/3/questions/70').flush(list);
      http.expectOne('/api/grading/questions/70/comments').flush(['Đủ ý.']);
    };

    it('opens on the first response waiting for me, steps next/previous within the list', () => {
      const store = TestBed.inject(GradingSessionStore);
      load(store, [response(1, { state: 'second_pending', first: mark(5, me) }), response(2), response(3, { state: 'graded', first: mark(4, me), points: 4 })]);
      expect([store.index(), store.current()?.attemptId, store.role(), store.waiting()]).toEqual([1, 2, 'first', 1]);
      store.next();
      store.next();
      expect(store.index()).toBe(2);
      store.previous();
      store.previous();
      store.previous();
      expect(store.index()).toBe(0);
    });

    it('saves a mark, replaces the response, keeps the new comment, and moves to the next waiting one', () => {
      const store = TestBed.inject(GradingSessionStore);
      load(store, [response(1), response(2, { state: 'graded', first: mark(4, me), points: 4 }), response(3)]);
      store.save({ points: 7.25, comment: 'Lập luận tốt.', role: 'first' }).subscribe();
      const req = http.expectOne(to('PUT', '/api/attempts/1/questions/2/grade'));
      expect(req.request.body).toEqual({ points: 7.25, comment: 'Lập luận tốt.', role: 'first' });
      req.flush(response(1, { state: 'graded', first: mark(7.25, me), points: 7.25 }));
      expect([store.index(), store.responses()[0].points, store.comments()]).toEqual([2, 7.25, ['Đủ ý.', 'Lập luận tốt.']]);

      store.save({ points: 11, comment: '', role: 'first' }).subscribe();
      refuse(http.expectOne(to('PUT', '/api/attempts/3/questions/2/grade')), 422, 'assessment.grade_points', 'Điểm phải từ 0 đến 10.');
      expect([store.index(), store.refusal()?.text]).toEqual([2, 'Điểm phải từ 0 đến 10.']);

      store.save({ points: 10, comment: '', role: 'first' }).subscribe();
      http.expectOne(to('PUT', '/api/attempts/3/questions/2/grade')).flush(response(3, { state: 'graded', first: mark(10, me), points: 10 }));
      expect([store.index(), store.waiting()]).toEqual([2, 0]);
    });
  });
});
