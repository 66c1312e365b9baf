import { bearer, startTestApp, TestApp } from '@cds/api/testing';
import { Attempt, AttemptQuestion, AttemptService } from '@cds/assessment/api';
import type { AttemptView, SaveAnswersResult } from '@cds/contracts';
import { In } from 'typeorm';
import { buildWorld, createQuiz, EVERY_TYPE, QuizWorld, RIGHT_ANSWERS } from './quiz-world';

const LEARNERS = 200;

/**
 * A class of 200 learners saving and submitting in the same seconds as the deadline passes. Every
 * save the server confirmed must be in the database, every attempt must end submitted and graded
 * once, and no save may land after its attempt was graded.
 */
describe('assessment: 200 learners at the deadline (medium)', () => {
  let t: TestApp;
  let w: QuizWorld;
  const http = () => t.http();

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t, LEARNERS);
  }, 180_000);
  afterAll(() => t.close());

  it('loses no confirmed answer and grades every attempt once', async () => {
    const quiz = await createQuiz(t, w, { title: 'Thi cuối khóa đồng loạt', timeLimitMinutes: 45, maxAttempts: 1 });
    const attempts = await Promise.all(
      w.learners.map(async (l) => ({ learner: l, view: (await http().post(`/api/classes/${w.classId}/quizzes/${quiz.id}/attempts`).set(bearer(l.token)).expect(201)).body as AttemptView })),
    );
    const answerOf = (type: string) => RIGHT_ANSWERS[EVERY_TYPE.findIndex((e) => e.type === type)];
    // Everyone answers the first four questions early.
    await Promise.all(
      attempts.map(({ learner, view }) =>
        http()
          .post(`/api/attempts/${view.id}/answers`)
          .set(bearer(learner.token))
          .send({ answers: view.questions.slice(0, 4).map((q) => ({ slot: q.slot, seq: 1, answer: answerOf(q.question.type) })) })
          .expect(200),
      ),
    );
    // The deadline comes in half a second and the grace ends three seconds later; the last three
    // answers and the submits come over five seconds, so some land in time and some do not.
    const deadline = new Date(Date.now() + 500);
    await t.db.getRepository(Attempt).update({ id: In(attempts.map((a) => a.view.id)) }, { deadlineAt: deadline });
    const confirmed = new Map<number, Set<number>>();
    attempts.forEach(({ view }) => confirmed.set(view.id, new Set(view.questions.slice(0, 4).map((q) => q.slot))));
    const lastMinute = attempts.map(async ({ learner, view }, i) => {
      await new Promise((r) => setTimeout(r, (i % 50) * 100));
      const res = await http()
        .post(`/api/attempts/${view.id}/answers`)
        .set(bearer(learner.token))
        .send({ answers: view.questions.slice(4).map((q) => ({ slot: q.slot, seq: 2, answer: answerOf(q.question.type) })) });
      if (res.status === 200) for (const s of (res.body as SaveAnswersResult).saved) confirmed.get(view.id)?.add(s.slot);
      else expect([409]).toContain(res.status);
      const submit = await http().post(`/api/attempts/${view.id}/submit`).set(bearer(learner.token));
      expect(submit.status).toBe(200);
      return res.status;
    });
    const statuses = await Promise.all(lastMinute);
    // Whoever did not come back is submitted by the sweeper.
    await t.app.get(AttemptService).sweep(new Date(Date.now() + 10_000));

    const rows = await t.db.getRepository(AttemptQuestion).find({ where: { attemptId: In(attempts.map((a) => a.view.id)) } });
    const stored = rows.filter((r) => r.answer !== null);
    const confirmedCount = [...confirmed.values()].reduce((s, set) => s + set.size, 0);
    expect(stored.length).toBe(confirmedCount);
    for (const r of stored) expect(confirmed.get(r.attemptId)?.has(r.slot)).toBe(true);
    expect(confirmedCount).toBeGreaterThanOrEqual(LEARNERS * 4);

    const finished = await t.db.getRepository(Attempt).findBy({ id: In(attempts.map((a) => a.view.id)) });
    expect(finished.filter((a) => a.state === 'in_progress' || a.state === 'submitting')).toEqual([]);
    // Every stored automatic answer was graded: the right answers score their full points.
    const autoStored = stored.filter((r) => r.answer?.type !== 'essay');
    expect(autoStored.every((r) => r.fraction === 1)).toBe(true);
    // Report what the race looked like (both outcomes are legitimate; the counts above are the test).
    console.log(`deadline crowd: ${statuses.filter((s) => s === 200).length} last saves in time, ${statuses.filter((s) => s === 409).length} refused after the deadline; ${stored.length} answers stored = ${confirmedCount} confirmed`);
  }, 180_000);
});
