import { bearer, startTestApp, TestApp } from '@cds/api/testing';
import { EntityColumns } from '@cds/api/database';
import { Attempt, AttemptQuestion, AttemptService, Quiz, QuizOverride } from '@cds/assessment/api';
import { AuditLog } from '@cds/audit/api';
import type { AttemptView, LearnerQuizDto, SaveAnswersResult } from '@cds/contracts';
import { buildWorld, createQuiz, EVERY_TYPE, QuizWorld, RIGHT_ANSWERS, SECRETS } from './quiz-world';

/**
 * Attempts through the API on a real database: starting and resuming, saving answers (ordered by
 * the browser's sequence numbers), the server's deadline, the auto-submit of an abandoned attempt,
 * double submit, answers across an API restart, overrides, and the key-secrecy rule for every type.
 */
describe('assessment: attempts (medium)', () => {
  let t: TestApp;
  let w: QuizWorld;
  const http = () => t.http();
  const start = async (quizId: number, token: string, classId = w.classId) =>
    (await http().post(`/api/classes/${classId}/quizzes/${quizId}/attempts`).set(bearer(token)).expect(201)).body as AttemptView;
  const saveAll = (attempt: AttemptView, token: string, seq = 1) =>
    http()
      .post(`/api/attempts/${attempt.id}/answers`)
      .set(bearer(token))
      .send({ answers: attempt.questions.map((q) => ({ slot: q.slot, seq, answer: RIGHT_ANSWERS[EVERY_TYPE.findIndex((e) => e.type === q.question.type)] })) });
  const pastDeadline = (attemptId: number) => t.db.getRepository(Attempt).update({ id: attemptId }, { deadlineAt: new Date(Date.now() - 60_000) });

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t, 4);
  });
  afterAll(() => t.close());

  it('never lets a key, a correct flag, a weight or feedback reach the learner before the review policy allows — for every type', async () => {
    const closesAt = new Date(Date.now() + 3_600_000).toISOString();
    const quiz = await createQuiz(t, w, { closesAt, review: { score: 'after_close', responses: 'after_submit', correct: 'after_close', feedback: 'after_close' }, shuffleOptions: true });
    const [learner] = w.learners;
    const list = (await http().get(`/api/classes/${w.classId}/quizzes`).set(bearer(learner.token)).expect(200)).body as LearnerQuizDto[];
    expect(list.map((q) => q.id)).toContain(quiz.id);
    const attempt = await start(quiz.id, learner.token);
    expect(attempt.questions.map((q) => q.question.type)).toEqual(EVERY_TYPE.map((q) => q.type));
    const saved = await saveAll(attempt, learner.token).expect(200);
    const reloaded = (await http().get(`/api/attempts/${attempt.id}`).set(bearer(learner.token)).expect(200)).body as AttemptView;
    const submitted = (await http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(learner.token)).expect(200)).body as AttemptView;
    const quizView = (await http().get(`/api/classes/${w.classId}/quizzes/${quiz.id}`).set(bearer(learner.token)).expect(200)).body as LearnerQuizDto;

    for (const body of [list, attempt, saved.body, reloaded, submitted, quizView]) {
      // The learner's own answers are echoed back (the right ones, here); everything else is checked.
      const text = JSON.stringify(body, (k, v) => (k === 'answer' ? undefined : v));
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/"(weight|correct|feedback|feedbackTrue|feedbackFalse|rubric|answers|tolerance|generalFeedback|fraction)"|"key":\{|"feedbackHtml":\[/);
    }
    // The learner's own answers come back (the policy shows responses after submit), scores do not.
    expect(reloaded.questions.find((q) => q.question.type === 'short_answer')?.answer).toEqual({ type: 'short_answer', text: 'cds' });
    expect(submitted).toMatchObject({ state: 'awaiting_grading', score: null, percent: null, passed: null, review: { showsScore: false, showsCorrect: false, showsFeedback: false, showsResponses: true } });
    expect(submitted.review?.questions.every((q) => q.key === null && q.feedbackHtml === null && q.points === null)).toBe(true);
    expect(quizView.result).toBeNull();

    // Once the quiz has closed, the same attempt shows scores, keys and feedback.
    await t.db.getRepository(Quiz).update({ id: quiz.id }, { closesAt: new Date(Date.now() - 1000) });
    const after = (await http().get(`/api/attempts/${attempt.id}`).set(bearer(learner.token)).expect(200)).body as AttemptView;
    expect(after.review).toMatchObject({ showsScore: true, showsCorrect: true, showsFeedback: true });
    const tf = after.review?.questions.find((q) => q.slot === after.questions.find((x) => x.question.type === 'true_false')?.slot);
    expect(tf).toMatchObject({ key: { type: 'true_false', value: true }, points: 1, state: 'answered' });
    expect(JSON.stringify(after.review)).toContain('PHAN-HOI-CHUNG');
  });

  it('grades every automatic type on submit; an essay leaves the attempt awaiting grading, never a zero or a fail', async () => {
    const quiz = await createQuiz(t, w);
    const learner = w.learners[1];
    const attempt = await start(quiz.id, learner.token);
    await saveAll(attempt, learner.token).expect(200);
    const submitted = (await http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(learner.token)).expect(200)).body as AttemptView;
    expect(submitted).toMatchObject({ state: 'awaiting_grading', score: null, passed: null, maxScore: 11 });
    const points = Object.fromEntries(submitted.questions.map((q, i) => [q.question.type, submitted.review?.questions[i].points]));
    expect(points).toEqual({ single_choice: 1, multiple_choice: 2, true_false: 1, short_answer: 1, numeric: 1, matching: 1, essay: null });
    expect(submitted.review?.questions.find((q) => q.points === null)?.state).toBe('awaiting_grading');
  });

  it('keeps the newest answer per question whatever order the saves arrive in, and refuses malformed ones with words', async () => {
    const quiz = await createQuiz(t, w);
    const learner = w.learners[2];
    const attempt = await start(quiz.id, learner.token);
    const slot = attempt.questions.find((q) => q.question.type === 'short_answer')?.slot as number;
    const send = (seq: number, text: string) => http().post(`/api/attempts/${attempt.id}/answers`).set(bearer(learner.token)).send({ answers: [{ slot, seq, answer: { type: 'short_answer', text } }] });
    expect(((await send(5, 'mới nhất').expect(200)).body as SaveAnswersResult).saved).toEqual([{ slot, seq: 5 }]);
    // A save replayed late from the browser's queue (seq 3) changes nothing.
    expect(((await send(3, 'cũ hơn').expect(200)).body as SaveAnswersResult).saved).toEqual([{ slot, seq: 5 }]);
    expect((await t.db.getRepository(AttemptQuestion).findOneByOrFail({ attemptId: attempt.id, slot })).answer).toEqual({ type: 'short_answer', text: 'mới nhất' });

    const numericSlot = attempt.questions.find((q) => q.question.type === 'numeric')?.slot as number;
    const formula = await http().post(`/api/attempts/${attempt.id}/answers`).set(bearer(learner.token)).send({ answers: [{ slot: numericSlot, seq: 1, answer: { type: 'numeric', text: '=2+2' } }] }).expect(422);
    expect(formula.body.message).toMatch(/phải là một số/);
    await http().post(`/api/attempts/${attempt.id}/answers`).set(bearer(learner.token)).send({ answers: [{ slot: numericSlot, seq: 2, answer: { type: 'numeric', text: '4 242,0' } }] }).expect(422);
    await http().post(`/api/attempts/${attempt.id}/answers`).set(bearer(learner.token)).send({ answers: [{ slot: numericSlot, seq: 3, answer: { type: 'numeric', text: '4242,0' } }] }).expect(200);
    const wrongType = await http().post(`/api/attempts/${attempt.id}/answers`).set(bearer(learner.token)).send({ answers: [{ slot: numericSlot, seq: 4, answer: { type: 'essay', text: 'x' } }] }).expect(422);
    expect(wrongType.body.message).toMatch(/không đúng loại/);
    const noSlot = await http().post(`/api/attempts/${attempt.id}/answers`).set(bearer(learner.token)).send({ answers: [{ slot: 99, seq: 1, answer: { type: 'essay', text: 'x' } }] }).expect(422);
    expect(noSlot.body.message).toMatch(/không có câu số 99/);
    // A formula-looking short answer is stored as the text typed, never evaluated; hostile HTML stays text.
    await send(6, '=HYPERLINK("http://x","<b>y</b>")').expect(200);
    expect((await t.db.getRepository(AttemptQuestion).findOneByOrFail({ attemptId: attempt.id, slot })).answer).toEqual({ type: 'short_answer', text: '=HYPERLINK("http://x","<b>y</b>")' });
  });

  it('refuses another learner’s attempt id with 403 (audited), and a class the learner is not in', async () => {
    const quiz = await createQuiz(t, w);
    const attempt = await start(quiz.id, w.learners[3].token);
    const intruder = w.outsider.token;
    for (const call of [
      http().get(`/api/attempts/${attempt.id}`),
      http().post(`/api/attempts/${attempt.id}/answers`).send({ answers: [{ slot: 1, seq: 9, answer: { type: 'single_choice', optionId: 'b' } }] }),
      http().post(`/api/attempts/${attempt.id}/submit`),
    ]) {
      const res = await call.set(bearer(intruder)).expect(403);
      expect(res.body.message).toBe('Đây không phải bài làm của bạn.');
    }
    expect(await t.db.getRepository(AuditLog).countBy({ action: 'assessment.attempt_refused', targetId: String(attempt.id) })).toBe(3);
    expect((await t.db.getRepository(Attempt).findOneByOrFail({ id: attempt.id })).state).toBe('in_progress');
    const notIn = await http().post(`/api/classes/${w.classId}/quizzes/${quiz.id}/attempts`).set(bearer(intruder)).expect(403);
    expect(notIn.body.message).toMatch(/không phải học viên của lớp/);
  });

  it('submitted twice at once, grades once and answers the same result', async () => {
    const quiz = await createQuiz(t, w, { maxAttempts: 0 });
    const learner = w.learners[0];
    const attempt = await start(quiz.id, learner.token);
    await saveAll(attempt, learner.token).expect(200);
    const results = await Promise.all([1, 2, 3].map(() => http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(learner.token))));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(results.map((r) => JSON.stringify({ ...r.body, serverNow: null }))).size).toBe(1);
    expect(await t.db.getRepository(AuditLog).countBy({ action: 'assessment.attempt_submitted', targetId: String(attempt.id) })).toBe(1);
    // A save after submit is refused and changes nothing.
    const late = await http().post(`/api/attempts/${attempt.id}/answers`).set(bearer(learner.token)).send({ answers: [{ slot: 1, seq: 99, answer: { type: 'single_choice', optionId: 'b' } }] }).expect(409);
    expect(late.body.message).toMatch(/đã nộp/);
  });

  it('enforces the deadline: a save after it is refused and the attempt is submitted with what was saved before', async () => {
    const quiz = await createQuiz(t, w, { maxAttempts: 0 });
    const learner = w.learners[1];
    const attempt = await start(quiz.id, learner.token);
    expect(new Date(attempt.deadlineAt as string).getTime() - new Date(attempt.startedAt).getTime()).toBe(30 * 60_000);
    const tf = attempt.questions.find((q) => q.question.type === 'true_false')?.slot as number;
    await http().post(`/api/attempts/${attempt.id}/answers`).set(bearer(learner.token)).send({ answers: [{ slot: tf, seq: 1, answer: { type: 'true_false', value: true } }] }).expect(200);
    await pastDeadline(attempt.id);
    const late = await http().post(`/api/attempts/${attempt.id}/answers`).set(bearer(learner.token)).send({ answers: [{ slot: 1, seq: 1, answer: { type: 'single_choice', optionId: 'a' } }] }).expect(409);
    expect(late.body.message).toMatch(/hết giờ/i);
    // Nothing was written in the essay, so it scores 0 at once and the attempt is graded.
    const row = await t.db.getRepository(Attempt).findOneByOrFail({ id: attempt.id });
    expect(row).toMatchObject({ state: 'graded', submittedBy: 'timeout', score: 1 });
    const rows = await t.db.getRepository(AttemptQuestion).find({ where: { attemptId: attempt.id }, order: { slot: 'ASC' } });
    expect(rows.find((r) => r.slot === tf)?.fraction).toBe(1);
    expect(rows.find((r) => r.slot === 1)?.answer).toBeNull();
  });

  it('submits an abandoned attempt when its time runs out, with the answers it had', async () => {
    const quiz = await createQuiz(t, w, { maxAttempts: 0 });
    const learner = w.learners[2];
    const attempt = await start(quiz.id, learner.token);
    await saveAll(attempt, learner.token).expect(200);
    // The learner closes the page. Time runs out; the sweeper (run here at once) submits it.
    await pastDeadline(attempt.id);
    expect(await t.app.get(AttemptService).sweep()).toBeGreaterThanOrEqual(1);
    const row = await t.db.getRepository(Attempt).findOneByOrFail({ id: attempt.id });
    expect(row).toMatchObject({ state: 'awaiting_grading', submittedBy: 'timeout' });
    const answered = await t.db.getRepository(AttemptQuestion).find({ where: { attemptId: attempt.id } });
    expect(answered.filter((r) => r.answer !== null)).toHaveLength(EVERY_TYPE.length);
    expect(answered.filter((r) => r.fraction === 1)).toHaveLength(6);
    // Sweeping again finds nothing of it to do.
    await t.app.get(AttemptService).sweep();
    expect(await t.db.getRepository(AuditLog).countBy({ action: 'assessment.attempt_submitted', targetId: String(attempt.id) })).toBe(1);
  });

  it('keeps saved answers across an API restart', async () => {
    const quiz = await createQuiz(t, w, { maxAttempts: 0 });
    const learner = w.learners[3];
    const attempt = await start(quiz.id, learner.token);
    await saveAll(attempt, learner.token, 7).expect(200);
    const url = t.config.db.type === 'sqlite' ? `sqlite:${t.config.db.file}` : t.config.db.url;
    await t.close();
    t = await startTestApp({ DATABASE_URL: url });
    const back = (await http().get(`/api/attempts/${attempt.id}`).set(bearer(learner.token)).expect(200)).body as AttemptView;
    expect(back.state).toBe('in_progress');
    expect(back.questions.map((q) => q.seq)).toEqual(EVERY_TYPE.map(() => 7));
    expect(back.questions.map((q) => q.answer)).toEqual(back.questions.map((q) => RIGHT_ANSWERS[EVERY_TYPE.findIndex((e) => e.type === q.question.type)]));
  });

  it('resumes the attempt under way instead of starting another, and stops at the attempts allowed', async () => {
    const quiz = await createQuiz(t, w, { maxAttempts: 1 });
    const learner = w.learners[0];
    const both = await Promise.all([1, 2].map(() => http().post(`/api/classes/${w.classId}/quizzes/${quiz.id}/attempts`).set(bearer(learner.token))));
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(both[0].body.id).toBe(both[1].body.id);
    await http().post(`/api/attempts/${both[0].body.id}/submit`).set(bearer(learner.token)).expect(200);
    const again = await http().post(`/api/classes/${w.classId}/quizzes/${quiz.id}/attempts`).set(bearer(learner.token)).expect(409);
    expect(again.body.message).toBe('Bạn đã dùng hết 1 lần làm bài.');
    expect(((await http().get(`/api/classes/${w.classId}/quizzes/${quiz.id}`).set(bearer(learner.token)).expect(200)).body as LearnerQuizDto).blocked).toBe('no_attempts_left');
  });

  it('applies a person’s override: extra time, an extra attempt and later dates for them only', async () => {
    const closed = new Date(Date.now() - 3_600_000).toISOString();
    const quiz = await createQuiz(t, w, { maxAttempts: 1, timeLimitMinutes: 20, opensAt: new Date(Date.now() - 7_200_000).toISOString(), closesAt: closed });
    const [makeUp, other] = [w.learners[1], w.learners[2]];
    const refused = await http().post(`/api/classes/${w.classId}/quizzes/${quiz.id}/attempts`).set(bearer(other.token)).expect(403);
    expect(refused.body.message).toBe('Bài kiểm tra đã đóng.');

    const closesAt = new Date(Math.floor(Date.now() / 1000) * 1000 + 86_400_000).toISOString();
    await http().put(`/api/quizzes/${quiz.id}/overrides/${makeUp.personId}`).set(bearer(w.trainer)).send({ extraMinutes: 10, extraAttempts: 1, opensAt: null, closesAt, reason: '' }).expect(422);
    const set = await http().put(`/api/quizzes/${quiz.id}/overrides/${makeUp.personId}`).set(bearer(w.trainer)).send({ extraMinutes: 10, extraAttempts: 1, opensAt: null, closesAt, reason: 'Thi bù do ốm' }).expect(200);
    expect(set.body).toMatchObject({ personId: makeUp.personId, extraMinutes: 10, extraAttempts: 1, closesAt });
    expect(await t.db.getRepository(AuditLog).countBy({ action: 'assessment.override_saved', targetId: String(quiz.id) })).toBe(1);
    // A learner may not set overrides.
    await http().put(`/api/quizzes/${quiz.id}/overrides/${makeUp.personId}`).set(bearer(makeUp.token)).send({ extraMinutes: 99, extraAttempts: 9, opensAt: null, closesAt, reason: 'tự cho mình' }).expect(403);

    const first = await start(quiz.id, makeUp.token);
    expect(new Date(first.deadlineAt as string).getTime() - new Date(first.startedAt).getTime()).toBe(30 * 60_000);
    await http().post(`/api/attempts/${first.id}/submit`).set(bearer(makeUp.token)).expect(200);
    const second = await start(quiz.id, makeUp.token);
    expect(second.number).toBe(2);
    await http().post(`/api/attempts/${second.id}/submit`).set(bearer(makeUp.token)).expect(200);
    await http().post(`/api/classes/${w.classId}/quizzes/${quiz.id}/attempts`).set(bearer(makeUp.token)).expect(409);
    await http().post(`/api/classes/${w.classId}/quizzes/${quiz.id}/attempts`).set(bearer(other.token)).expect(403);
  });

  it('refuses a quiz before it opens, saying when it opens (Vietnam time), and hides unpublished quizzes', async () => {
    const opensAt = new Date(Date.UTC(2031, 0, 15, 1, 30)).toISOString(); // 08:30 in Vietnam
    const quiz = await createQuiz(t, w, { opensAt });
    const res = await http().post(`/api/classes/${w.classId}/quizzes/${quiz.id}/attempts`).set(bearer(w.learners[0].token)).expect(403);
    expect(res.body.message).toBe('Bài kiểm tra chưa mở. Bài mở lúc 08:30 15/01/2031.');
    const draft = await createQuiz(t, w, { published: false });
    await http().post(`/api/classes/${w.classId}/quizzes/${draft.id}/attempts`).set(bearer(w.learners[0].token)).expect(404);
    const listed = (await http().get(`/api/classes/${w.classId}/quizzes`).set(bearer(w.learners[0].token)).expect(200)).body as LearnerQuizDto[];
    expect(listed.map((q) => q.id)).not.toContain(draft.id);
    // A quiz of one class is not run by another.
    const own = await createQuiz(t, w, { classId: w.otherClassId });
    await http().post(`/api/classes/${w.classId}/quizzes/${own.id}/attempts`).set(bearer(w.learners[0].token)).expect(404);
  });
  it('reads joined rows into the same entities the repositories read (the hot paths’ one-statement reads)', async () => {
    const closesAt = new Date(Date.UTC(2031, 5, 1, 10, 0, 0)).toISOString();
    const quiz = await createQuiz(t, w, { closesAt });
    const learner = w.learners[3];
    await http().put(`/api/quizzes/${quiz.id}/overrides/${learner.personId}`).set(bearer(w.trainer)).send({ extraMinutes: 7, extraAttempts: 1, opensAt: null, closesAt, reason: 'Thi bù' }).expect(200);
    const attempt = await start(quiz.id, learner.token);
    await saveAll(attempt, learner.token).expect(200);
    await http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(learner.token)).expect(200);

    const q = (n: string) => t.db.driver.escape(n);
    const cols = { a: new EntityColumns(t.db, Attempt, 'a'), q: new EntityColumns(t.db, Quiz, 'q'), o: new EntityColumns(t.db, QuizOverride, 'o'), aq: new EntityColumns(t.db, AttemptQuestion, 'aq') };
    const rows: Record<string, unknown>[] = await t.db.query(
      `SELECT ${cols.a.select}, ${cols.q.select}, ${cols.o.select}, ${cols.aq.select} FROM ${q('attempt')} a INNER JOIN ${q('quiz')} q ON q.id = a.quiz_id
       LEFT JOIN ${q('quiz_override')} o ON o.quiz_id = a.quiz_id AND o.person_id = a.person_id LEFT JOIN ${q('attempt_question')} aq ON aq.attempt_id = a.id WHERE a.id = ? ORDER BY aq.slot`,
      [attempt.id],
    );
    expect(cols.a.from(rows[0])).toEqual(await t.db.getRepository(Attempt).findOneByOrFail({ id: attempt.id }));
    expect(cols.q.from(rows[0])).toEqual(await t.db.getRepository(Quiz).findOneByOrFail({ id: quiz.id }));
    expect(cols.o.from(rows[0])).toEqual(await t.db.getRepository(QuizOverride).findOneByOrFail({ quizId: quiz.id, personId: learner.personId }));
    expect(rows.map((r) => cols.aq.from(r))).toEqual(await t.db.getRepository(AttemptQuestion).find({ where: { attemptId: attempt.id }, order: { slot: 'ASC' } }));
    // The values are typed as the entity says: dates, booleans, parsed JSON.
    const read = cols.a.from(rows[0]) as Attempt;
    expect(read.submittedAt).toBeInstanceOf(Date);
    expect(typeof read.passed === 'boolean' || read.passed === null).toBe(true);
    expect((cols.q.from(rows[0]) as Quiz).selection).toMatchObject({ kind: expect.any(String) });
    // An outer join that found nothing reads as null.
    const none: Record<string, unknown>[] = await t.db.query(`SELECT ${cols.q.select}, ${cols.o.select} FROM ${q('quiz')} q LEFT JOIN ${q('quiz_override')} o ON o.quiz_id = q.id AND o.person_id = ? WHERE q.id = ?`, [w.learners[0].personId, quiz.id]);
    expect(cols.o.from(none[0])).toBeNull();
  });
});
