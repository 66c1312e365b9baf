import { bearer, binary, startTestApp, TestApp } from '@cds/api/testing';
import { Attempt } from '@cds/assessment/api';
import { AuditLog } from '@cds/audit/api';
import type { AttemptView, GradingQueueItem, GradingResponse, QuestionBody, QuestionDetail, QuizDto, QuizResultsDto, RegradeReport } from '@cds/contracts';
import ExcelJS from 'exceljs';
import { buildWorld, createQuiz, EVERY_TYPE, Learner, QuizWorld, RIGHT_ANSWERS } from './quiz-world';

/**
 * Quiz set-up, grading essays (one question across learners, a second marker, settling), every
 * grade change audited, results per class with Excel, and regrading after a key is corrected
 * with a dry run that writes nothing.
 */
describe('assessment: quiz set-up, grading, results and regrade (medium)', () => {
  let t: TestApp;
  let w: QuizWorld;
  const http = () => t.http();

  /** Starts, answers (the right answers, or `override` per type) and submits. */
  async function takeQuiz(quiz: QuizDto, learner: Learner, override: Partial<Record<QuestionBody['type'], unknown>> = {}): Promise<AttemptView> {
    const attempt = (await http().post(`/api/classes/${w.classId}/quizzes/${quiz.id}/attempts`).set(bearer(learner.token)).expect(201)).body as AttemptView;
    const answers = attempt.questions.map((q) => ({ slot: q.slot, seq: 1, answer: override[q.question.type] ?? RIGHT_ANSWERS[EVERY_TYPE.findIndex((e) => e.type === q.question.type)] }));
    await http().post(`/api/attempts/${attempt.id}/answers`).set(bearer(learner.token)).send({ answers }).expect(200);
    return (await http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(learner.token)).expect(200)).body as AttemptView;
  }
  const essayId = () => w.questionIds[EVERY_TYPE.findIndex((q) => q.type === 'essay')];
  const essaySlot = (a: AttemptView) => a.questions.find((q) => q.question.type === 'essay')?.slot as number;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t, 3);
  });
  afterAll(() => t.close());

  it('refuses quiz settings that do not hold, with every problem in Vietnamese', async () => {
    const bad = await http()
      .post(`/api/courses/${w.courseId}/quizzes`)
      .set(bearer(w.trainer))
      .send({ title: '', selection: { kind: 'random', draws: [{ tag: 'không-có', count: 3 }] }, timeLimitMinutes: -5, passPercent: 120, maxAttempts: 1, gradingMethod: 'best', review: {}, shuffleQuestions: true, shuffleOptions: true, secondMarker: false, published: true, opensAt: '2030-01-02T00:00:00Z', closesAt: '2030-01-01T00:00:00Z' })
      .expect(422);
    expect(bad.body.code).toBe('assessment.quiz_invalid');
    for (const words of ['Hãy đặt tên bài kiểm tra', 'Thời gian làm bài tính bằng phút', 'Điểm đạt là phần trăm', 'Thời điểm đóng phải sau thời điểm mở', '“gradingMethod”', '“review”']) expect(bad.body.message).toContain(words);
    const short = await http()
      .post(`/api/courses/${w.courseId}/quizzes`)
      .set(bearer(w.trainer))
      .send({ ...(await createQuiz(t, w)), id: undefined, selection: { kind: 'random', draws: [{ tag: 'CDS', count: 5 }, { tag: 'cds', count: 5 }] } })
      .expect(422);
    expect(short.body.message).toContain('Thẻ “cds” chỉ còn 2 câu hỏi, không đủ để rút 5 câu.');
    // Random by tag: 7 questions carry "cds"; a draw of 7 takes each once.
    const random = await createQuiz(t, w, { selection: { kind: 'random', draws: [{ tag: 'CDS', count: 7 }] }, shuffleQuestions: true });
    const attempt = (await http().post(`/api/classes/${w.classId}/quizzes/${random.id}/attempts`).set(bearer(w.learners[0].token)).expect(201)).body as AttemptView;
    expect(attempt.questions.map((q) => q.question.type).sort()).toEqual(EVERY_TYPE.map((q) => q.type).sort());
    await http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(w.learners[0].token)).expect(200);
    // Learners cannot set up quizzes.
    await http().post(`/api/courses/${w.courseId}/quizzes`).set(bearer(w.learners[0].token)).send({}).expect(403);
  });

  it('grades one essay question across learners: queue, responses, comment reuse, audited changes; the attempt leaves "awaiting grading"', async () => {
    const quiz = await createQuiz(t, w, { title: 'Bài tự luận' });
    const attempts = [await takeQuiz(quiz, w.learners[0]), await takeQuiz(quiz, w.learners[1])];
    const queue = (await http().get('/api/grading/queue').set(bearer(w.trainer)).expect(200)).body as GradingQueueItem[];
    expect(queue.find((q) => q.quizId === quiz.id)).toMatchObject({ questionId: essayId(), questionName: 'Tự luận', pending: 2, graded: 0, disagreements: 0 });
    // A trainer of another class sees none of it, and may not grade it.
    expect(((await http().get('/api/grading/queue').set(bearer(w.otherTrainer)).expect(200)).body as GradingQueueItem[]).find((q) => q.quizId === quiz.id)).toBeUndefined();
    await http().put(`/api/attempts/${attempts[0].id}/questions/${essaySlot(attempts[0])}/grade`).set(bearer(w.otherTrainer)).send({ points: 4, comment: '', role: 'first' }).expect(403);
    await http().put(`/api/attempts/${attempts[0].id}/questions/${essaySlot(attempts[0])}/grade`).set(bearer(w.learners[0].token)).send({ points: 4, comment: '', role: 'first' }).expect(403);

    const responses = (await http().get(`/api/grading/quizzes/${quiz.id}/questions/${essayId()}`).set(bearer(w.trainer)).expect(200)).body as GradingResponse[];
    expect(responses).toHaveLength(2);
    expect(responses[0]).toMatchObject({ state: 'pending', maxPoints: 4, maxWords: 300, words: 18, points: null, text: expect.stringContaining('số hóa hồ sơ') });
    expect(responses[0].rubricHtml).toContain('THANG-DIEM-BI-MAT');

    const tooMany = await http().put(`/api/attempts/${attempts[0].id}/questions/${essaySlot(attempts[0])}/grade`).set(bearer(w.trainer)).send({ points: 5, comment: '', role: 'first' }).expect(422);
    expect(tooMany.body.message).toBe('Điểm phải từ 0 đến 4.');
    const first = (await http().put(`/api/attempts/${attempts[0].id}/questions/${essaySlot(attempts[0])}/grade`).set(bearer(w.trainer)).send({ points: 3, comment: 'Đủ ý, cần ví dụ cụ thể.', role: 'first' }).expect(200)).body as GradingResponse;
    expect(first).toMatchObject({ state: 'graded', points: 3, first: { points: 3, by: 'Trần Văn Giảng', mine: true } });
    await http().put(`/api/attempts/${attempts[1].id}/questions/${essaySlot(attempts[1])}/grade`).set(bearer(w.trainer)).send({ points: 2, comment: 'Đủ ý, cần ví dụ cụ thể.', role: 'first' }).expect(200);
    // Changing a grade: audited with before and after.
    await http().put(`/api/attempts/${attempts[0].id}/questions/${essaySlot(attempts[0])}/grade`).set(bearer(w.trainer)).send({ points: 4, comment: 'Rất tốt.', role: 'first' }).expect(200);
    const audit = await t.db.getRepository(AuditLog).find({ where: { action: 'assessment.response_graded', targetId: String(attempts[0].id) }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.details)).toEqual([
      expect.objectContaining({ role: 'first', before: null, after: { points: 3, comment: 'Đủ ý, cần ví dụ cụ thể.' }, grade: { before: null, after: 3 } }),
      expect.objectContaining({ role: 'first', before: expect.objectContaining({ points: 3 }), after: { points: 4, comment: 'Rất tốt.' }, grade: { before: 3, after: 4 } }),
    ]);
    // Comments for reuse, each once (both used once: their order depends on the second they were written in).
    const comments = (await http().get(`/api/grading/questions/${essayId()}/comments`).set(bearer(w.trainer)).expect(200)).body as string[];
    expect(comments.sort()).toEqual(['Rất tốt.', 'Đủ ý, cần ví dụ cụ thể.'].sort());

    // The learner now sees a graded attempt: 7 of 7 automatic points + 4 essay points.
    const seen = (await http().get(`/api/attempts/${attempts[0].id}`).set(bearer(w.learners[0].token)).expect(200)).body as AttemptView;
    expect(seen).toMatchObject({ state: 'graded', score: 11, maxScore: 11, percent: 100, passed: true });
    expect(JSON.stringify(seen.review)).toContain('Rất tốt.');
  });

  it('with a second marker, the grade stands only when two people agree or one settles the difference', async () => {
    const quiz = await createQuiz(t, w, { title: 'Chấm hai vòng', secondMarker: true });
    const attempt = await takeQuiz(quiz, w.learners[2]);
    const url = `/api/attempts/${attempt.id}/questions/${essaySlot(attempt)}/grade`;
    await http().put(url).set(bearer(w.secondTrainer)).send({ points: 2, comment: '', role: 'second' }).expect(409);
    expect((await http().put(url).set(bearer(w.trainer)).send({ points: 2, comment: 'Vòng một', role: 'first' }).expect(200)).body).toMatchObject({ state: 'second_pending', points: null });
    const same = await http().put(url).set(bearer(w.trainer)).send({ points: 2, comment: '', role: 'second' }).expect(409);
    expect(same.body.message).toBe('Người chấm vòng hai phải khác người chấm vòng một.');
    expect((await http().put(url).set(bearer(w.secondTrainer)).send({ points: 3, comment: 'Vòng hai', role: 'second' }).expect(200)).body).toMatchObject({ state: 'disagreement', points: null });
    expect((await t.db.getRepository(Attempt).findOneByOrFail({ id: attempt.id })).state).toBe('awaiting_grading');
    const queue = (await http().get('/api/grading/queue').set(bearer(w.trainer)).expect(200)).body as GradingQueueItem[];
    expect(queue.find((q) => q.quizId === quiz.id)).toMatchObject({ disagreements: 1, pending: 0 });
    const settled = (await http().put(url).set(bearer(w.trainer)).send({ points: 2.5, comment: 'Thống nhất 2,5 điểm', role: 'settle' }).expect(200)).body as GradingResponse;
    expect(settled).toMatchObject({ state: 'graded', points: 2.5, first: { points: 2, mine: true }, second: { points: 3, by: 'Phạm Thị Chấm', mine: false } });
    expect(await t.db.getRepository(Attempt).findOneByOrFail({ id: attempt.id })).toMatchObject({ state: 'graded', score: 9.5, passed: true });
  });

  it('shows results per class with a distribution and exports them to Excel', async () => {
    const quiz = await createQuiz(t, w, { title: 'Kết quả lớp', passPercent: 60 });
    const a = await takeQuiz(quiz, w.learners[0], { essay: { type: 'essay', text: '' } });
    await takeQuiz(quiz, w.learners[1], { single_choice: { type: 'single_choice', optionId: 'b' }, multiple_choice: { type: 'multiple_choice', optionIds: ['c'] }, true_false: { type: 'true_false', value: false }, numeric: { type: 'numeric', text: '1' }, short_answer: { type: 'short_answer', text: 'sai' }, matching: { type: 'matching', matches: {} }, essay: { type: 'essay', text: '' } });
    expect(a).toMatchObject({ state: 'graded', score: 7, percent: 63.64, passed: true });
    const results = (await http().get(`/api/quizzes/${quiz.id}/results?classId=${w.classId}`).set(bearer(w.trainer)).expect(200)).body as QuizResultsDto;
    expect(results.rows.map((r) => [r.fullName, r.state, r.percent, r.passed])).toEqual([
      ['Nguyễn Thị Học 1', 'graded', 63.64, true],
      ['Nguyễn Thị Học 2', 'graded', 0, false],
      ['Nguyễn Thị Học 3', 'not_started', null, null],
    ]);
    expect(results.distribution.map((d) => d.count)).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(results).toMatchObject({ mean: 31.82, passRate: 50 });
    await http().get(`/api/quizzes/${quiz.id}/results?classId=${w.classId}`).set(bearer(w.otherTrainer)).expect(403);

    const file = await http().get(`/api/quizzes/${quiz.id}/results.xlsx?classId=${w.classId}`).set(bearer(w.trainer)).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('Kết quả');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Họ và tên', 'Đơn vị', 'Số lần làm', 'Trạng thái', 'Kết quả (%)', 'Đạt']);
    expect(sheet?.getRow(2).values).toEqual([undefined, 'Nguyễn Thị Học 1', expect.stringContaining('Xã Gia Viễn'), 1, 'Đã chấm', 63.64, 'Đạt']);
    expect(sheet?.getRow(4).getCell(4).value).toBe('Chưa làm');
  });

  it('regrades after a key is corrected: the dry run lists whose result would change and writes nothing', async () => {
    const courseQuestion = w.questionIds[0];
    const quiz = await createQuiz(t, w, { title: 'Chấm lại', selection: { kind: 'fixed', questionIds: [courseQuestion] }, passPercent: 100 });
    const right = await takeQuiz(quiz, w.learners[0]);
    const wrong = await takeQuiz(quiz, w.learners[1], { single_choice: { type: 'single_choice', optionId: 'b' } });
    expect([right.passed, wrong.passed]).toEqual([true, false]);

    // The key was wrong all along: "b" is also accepted. The author saves a new version.
    const detail = (await http().get(`/api/questions/${courseQuestion}`).set(bearer(w.trainer)).expect(200)).body as QuestionDetail;
    const fixed = { ...detail.body, options: (detail.body as { options: { id: string; weight: number }[] }).options.map((o) => (o.id === 'b' ? { ...o, weight: 100 } : o)) };
    await http().put(`/api/questions/${courseQuestion}`).set(bearer(w.trainer)).send(fixed).expect(200);

    const dry = (await http().post(`/api/quizzes/${quiz.id}/regrade?dryRun=true`).set(bearer(w.trainer)).expect(200)).body as RegradeReport;
    expect(dry).toMatchObject({ dryRun: true, attemptsChecked: 2, responsesRegraded: 2 });
    expect(dry.changes).toEqual([{ attemptId: wrong.id, personId: w.learners[1].personId, fullName: 'Nguyễn Thị Học 2', number: 1, before: { percent: 0, passed: false }, after: { percent: 100, passed: true } }]);
    expect(await t.db.getRepository(Attempt).findOneByOrFail({ id: wrong.id })).toMatchObject({ score: 0, passed: false });
    expect(await t.db.getRepository(AuditLog).countBy({ action: 'assessment.quiz_regraded', targetId: String(quiz.id) })).toBe(0);

    const done = (await http().post(`/api/quizzes/${quiz.id}/regrade?dryRun=false`).set(bearer(w.trainer)).expect(200)).body as RegradeReport;
    expect(done.changes).toEqual(dry.changes);
    expect(await t.db.getRepository(Attempt).findOneByOrFail({ id: wrong.id })).toMatchObject({ score: 1, passed: true });
    expect(await t.db.getRepository(AuditLog).countBy({ action: 'assessment.quiz_regraded', targetId: String(quiz.id) })).toBe(1);
    // Nothing left to regrade.
    expect(((await http().post(`/api/quizzes/${quiz.id}/regrade?dryRun=true`).set(bearer(w.trainer)).expect(200)).body as RegradeReport).responsesRegraded).toBe(0);
    await http().post(`/api/quizzes/${quiz.id}/regrade?dryRun=false`).set(bearer(w.learners[0].token)).expect(403);
  });
});
