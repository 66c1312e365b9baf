import type { ClassOutline, LearnerClassCard, LearnerHome, LessonView } from '@cds/contracts';
import { bearer, binary, createUnit, startTestApp, TestApp, uid } from '@cds/api/testing';
import { FileStorage } from '@cds/api/common';
import { Attendance, Enrolment, LessonProgress } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';
import { classSession, enrol, lessonFile, publishedCourse, PublishedCourse, signedIn, trainingClass } from './learning-fixtures';

describe('delivery: learning (medium)', () => {
  let t: TestApp;
  let province: OrgUnit, commune: OrgUnit;
  let course: PublishedCourse;
  const http = () => t.http();
  const card = (home: LearnerHome, classId: number) => home.classes.find((c) => c.classId === classId) as LearnerClassCard;

  beforeAll(async () => {
    t = await startTestApp();
    province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    commune = await createUnit(t.db, `Xã Giao Minh ${uid()}`, 'commune', province);
    course = await publishedCourse(t.db, [2, 1], 'Sử dụng Cổng Dịch vụ công quốc gia và VNeID');
  });
  afterAll(() => t.close());

  it('resumes where the learner left off, moves progress when a lesson is done, and never undoes done', async () => {
    const learner = await signedIn(t, commune);
    const classId = await trainingClass(t.db, course, province);
    const enrolmentId = await enrol(t.db, classId, learner.personId);
    const [l1, l2, l3] = course.lessons;
    const home = async () => (await http().get('/api/learning').set(bearer(learner.token)).expect(200)).body as LearnerHome;

    expect(card(await home(), classId)).toMatchObject({ enrolmentId, state: 'enrolled', classState: 'running', courseTitle: 'Sử dụng Cổng Dịch vụ công quốc gia và VNeID', lessonsDone: 0, lessonCount: 3, progress: 0, nextLesson: { lessonId: l1, title: 'Bài 1.1' } });

    // Opening lesson 2 remembers it.
    const view = (await http().get(`/api/learning/classes/${classId}/lessons/${l2}`).set(bearer(learner.token)).expect(200)).body as LessonView;
    expect(view).toMatchObject({ classId, moduleTitle: 'Chuyên đề 1', done: false, position: 0, previousLessonId: l1, nextLessonId: l3, lesson: { id: l2, title: 'Bài 1.2', minutes: 10, videoUrl: null, files: [] } });
    expect(view.lesson.html).toContain('<strong>bài học</strong>');
    expect((await t.db.getRepository(Enrolment).findOneByOrFail({ id: enrolmentId })).lastLessonId).toBe(l2);

    const progress = (body: object) => http().put(`/api/learning/classes/${classId}/lessons/${l2}/progress`).set(bearer(learner.token)).send(body);
    expect((await progress({ position: 0.4, done: false }).expect(200)).body).toEqual({ done: false, position: 0.4 });
    expect((await t.db.getRepository(LessonProgress).findOneByOrFail({ enrolmentId, lessonId: l2 })).position).toBe(400);
    // The furthest point is kept.
    expect((await progress({ position: 0.2, done: false }).expect(200)).body).toEqual({ done: false, position: 0.4 });
    expect(card(await home(), classId)).toMatchObject({ lessonsDone: 0, progress: 0, nextLesson: { lessonId: l2, title: 'Bài 1.2' } });
    expect((await http().get(`/api/learning/classes/${classId}/lessons/${l2}`).set(bearer(learner.token)).expect(200)).body).toMatchObject({ done: false, position: 0.4 });

    // Done: progress moves and "next" goes to the first lesson not done.
    expect((await progress({ position: 1, done: true }).expect(200)).body).toEqual({ done: true, position: 1 });
    const completedAt = (await t.db.getRepository(LessonProgress).findOneByOrFail({ enrolmentId, lessonId: l2 })).completedAt;
    expect(completedAt).not.toBeNull();
    expect(card(await home(), classId)).toMatchObject({ lessonsDone: 1, lessonCount: 3, progress: 33, nextLesson: { lessonId: l1 } });

    // Done is never undone, and its time stays the first one.
    expect((await progress({ position: 0.1, done: false }).expect(200)).body).toEqual({ done: true, position: 1 });
    expect((await progress({ position: 1, done: true }).expect(200)).body).toEqual({ done: true, position: 1 });
    expect((await t.db.getRepository(LessonProgress).findOneByOrFail({ enrolmentId, lessonId: l2 })).completedAt).toEqual(completedAt);

    const outline = (await http().get(`/api/learning/classes/${classId}`).set(bearer(learner.token)).expect(200)).body as ClassOutline;
    expect(outline).toMatchObject({ classId, enrolmentId, courseTitle: 'Sử dụng Cổng Dịch vụ công quốc gia và VNeID', lastLessonId: l2 });
    expect(outline.modules.map((m) => m.lessons.map((l) => [l.id, l.done]))).toEqual([
      [
        [l1, false],
        [l2, true],
      ],
      [[l3, false]],
    ]);

    // Every lesson done: progress 100 and nothing left to open.
    for (const l of [l1, l3]) await http().put(`/api/learning/classes/${classId}/lessons/${l}/progress`).set(bearer(learner.token)).send({ position: 1, done: true }).expect(200);
    expect(card(await home(), classId)).toMatchObject({ lessonsDone: 3, progress: 100, nextLesson: null });
  });

  it('refuses a position outside 0–1 and unknown fields', async () => {
    const learner = await signedIn(t, commune);
    const classId = await trainingClass(t.db, course, province);
    await enrol(t.db, classId, learner.personId);
    const url = `/api/learning/classes/${classId}/lessons/${course.lessons[0]}/progress`;
    await http().put(url).set(bearer(learner.token)).send({ position: 1.5, done: false }).expect(422);
    await http().put(url).set(bearer(learner.token)).send({ position: -0.1, done: false }).expect(422);
    await http().put(url).set(bearer(learner.token)).send({ position: 0.5, done: false, personId: 1 }).expect(422);
  });

  it('shows every class the learner takes part in, with the next session and the attendance rate', async () => {
    const learner = await signedIn(t, commune);
    const running = await trainingClass(t.db, course, province);
    const enrolmentId = await enrol(t.db, running, learner.personId);
    const held1 = await classSession(t.db, running, -3 * 24 * 60, 120, 'Buổi 1');
    await classSession(t.db, running, -2 * 24 * 60, 120, 'Buổi 2');
    const current = await classSession(t.db, running, -30, 120, 'Buổi 3');
    await classSession(t.db, running, 24 * 60, 120, 'Buổi 4');
    await t.db.getRepository(Attendance).insert({ sessionId: held1.id, enrolmentId, status: 'present', method: 'roll_call', recordedBy: null, recordedAt: new Date() });

    const waiting = await trainingClass(t.db, course, province, { startDate: '2099-01-01', endDate: '2099-02-01' });
    await enrol(t.db, waiting, learner.personId, 'waitlisted');
    const finished = await trainingClass(t.db, course, province, { startDate: '2022-05-01', endDate: '2022-06-01' });
    await enrol(t.db, finished, learner.personId, 'completed');
    const left = await trainingClass(t.db, course, province);
    await enrol(t.db, left, learner.personId, 'withdrawn');
    const other = await signedIn(t, commune);
    await enrol(t.db, await trainingClass(t.db, course, province), other.personId);

    const home = (await http().get('/api/learning').set(bearer(learner.token)).expect(200)).body as LearnerHome;
    expect(home.classes.map((c) => [c.classId, c.classState, c.state])).toEqual([
      [running, 'running', 'enrolled'],
      [waiting, 'upcoming', 'waitlisted'],
      [finished, 'finished', 'completed'],
    ]);
    // The session under way ends after now: it is the next one. One of three held sessions attended.
    expect(card(home, running)).toMatchObject({ nextSession: { id: current.id, title: 'Buổi 3', startsAt: current.startsAt.toISOString() }, attendanceRate: 33 });
    expect(card(home, waiting)).toMatchObject({ nextSession: null, attendanceRate: null, lessonCount: 3 });
  });

  it('refuses a class the learner is not in (403), and a lesson of another class or version (404)', async () => {
    const learner = await signedIn(t, commune);
    const stranger = await signedIn(t, commune);
    const classId = await trainingClass(t.db, course, province);
    await enrol(t.db, classId, learner.personId);
    const otherCourse = await publishedCourse(t.db, [1]);
    const otherClass = await trainingClass(t.db, otherCourse, province);
    const lesson = course.lessons[0];

    for (const url of [`/api/learning/classes/${classId}`, `/api/learning/classes/${classId}/lessons/${lesson}`]) {
      const res = await http().get(url).set(bearer(stranger.token)).expect(403);
      expect(res.body).toMatchObject({ code: 'delivery.not_enrolled', message: 'Bạn không tham gia lớp học này.' });
    }
    const before = await t.db.getRepository(LessonProgress).count();
    await http().put(`/api/learning/classes/${classId}/lessons/${lesson}/progress`).set(bearer(stranger.token)).send({ position: 0.5, done: true }).expect(403);
    expect(await t.db.getRepository(LessonProgress).count()).toBe(before);
    const en = await http().get(`/api/learning/classes/${otherClass}/lessons/${otherCourse.lessons[0]}`).set(bearer(learner.token)).set('accept-language', 'en').expect(403);
    expect(en.body.message).toBe('You are not taking part in this class.');

    // The learner's own class, another course's lesson.
    const wrong = await http().get(`/api/learning/classes/${classId}/lessons/${otherCourse.lessons[0]}`).set(bearer(learner.token)).expect(404);
    expect(wrong.body.code).toBe('delivery.lesson_not_in_class');
    await http().put(`/api/learning/classes/${classId}/lessons/${otherCourse.lessons[0]}/progress`).set(bearer(learner.token)).send({ position: 0.5, done: true }).expect(404);
    await http().get(`/api/learning/classes/${classId}/lessons/999999999`).set(bearer(learner.token)).expect(404);

    // A newer version of the course: its lessons are not the class's.
    const v2 = await publishedCourse(t.db, [1]);
    expect((await http().get(`/api/learning/classes/${classId}/lessons/${v2.lessons[0]}`).set(bearer(learner.token)).expect(404)).body.code).toBe('delivery.lesson_not_in_class');
  });

  it('opens lessons only to enrolled or completed learners; a waiting learner sees the outline', async () => {
    const learner = await signedIn(t, commune);
    const classId = await trainingClass(t.db, course, province);
    await enrol(t.db, classId, learner.personId, 'waitlisted');
    await http().get(`/api/learning/classes/${classId}`).set(bearer(learner.token)).expect(200);
    const res = await http().get(`/api/learning/classes/${classId}/lessons/${course.lessons[0]}`).set(bearer(learner.token)).expect(403);
    expect(res.body.code).toBe('delivery.lesson_locked');
  });

  it('sends a lesson file with its type and UTF-8 name, only to the class', async () => {
    const learner = await signedIn(t, commune);
    const stranger = await signedIn(t, commune);
    const withFile = await publishedCourse(t.db, [2]);
    const bytes = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const key = await t.app.get(FileStorage).put(bytes);
    const fileId = await lessonFile(t.db, withFile.lessons[0], key, 'Bài 1 – Hướng dẫn VNeID.pdf', 'application/pdf', bytes.length);
    const classId = await trainingClass(t.db, withFile, province);
    await enrol(t.db, classId, learner.personId);

    const view = (await http().get(`/api/learning/classes/${classId}/lessons/${withFile.lessons[0]}`).set(bearer(learner.token)).expect(200)).body as LessonView;
    expect(view.lesson.files).toEqual([{ id: fileId, fileName: 'Bài 1 – Hướng dẫn VNeID.pdf', contentType: 'application/pdf', size: bytes.length }]);

    const url = `/api/learning/classes/${classId}/lessons/${withFile.lessons[0]}/files/${fileId}`;
    const res = await http().get(url).set(bearer(learner.token)).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Bai_1_Huong_dan_VNeID.pdf"; filename*=UTF-8''${encodeURIComponent('Bài 1 – Hướng dẫn VNeID.pdf')}`);
    expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);

    await http().get(url).set(bearer(stranger.token)).expect(403);
    // The file is the first lesson's, not the second's.
    await http().get(`/api/learning/classes/${classId}/lessons/${withFile.lessons[1]}/files/${fileId}`).set(bearer(learner.token)).expect(404);
  });

  it('keeps one progress row when the same lesson is saved five times at once', async () => {
    const learner = await signedIn(t, commune);
    const classId = await trainingClass(t.db, course, province);
    const enrolmentId = await enrol(t.db, classId, learner.personId);
    const lesson = course.lessons[2];
    const positions = [0.1, 0.9, 0.3, 0.5, 0.7];
    const results = await Promise.all(
      positions.map((position, i) => http().put(`/api/learning/classes/${classId}/lessons/${lesson}/progress`).set(bearer(learner.token)).send({ position, done: i === 2 })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const rows = await t.db.getRepository(LessonProgress).findBy({ enrolmentId, lessonId: lesson });
    expect(rows).toHaveLength(1);
    expect(rows[0].position).toBe(900);
    expect(rows[0].completedAt).not.toBeNull();
  });

  it('answers the home and a lesson with the same few statements however many classes the learner has', async () => {
    const one = await signedIn(t, commune);
    const many = await signedIn(t, commune);
    const firstClass = await trainingClass(t.db, course, province);
    await enrol(t.db, firstClass, one.personId);
    for (let i = 0; i < 5; i++) {
      const c = await publishedCourse(t.db, [2, 2]);
      const classId = await trainingClass(t.db, c, province);
      await enrol(t.db, classId, many.personId);
      await classSession(t.db, classId, -60 * 24, 60);
      await classSession(t.db, classId, 60 * 24, 60);
    }
    const runner = t.db.createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    const count = async (token: string, url: string) => {
      await http().get(url).set(bearer(token)).expect(200); // warm: outlines and the caller are cached
      const spy = jest.spyOn(proto, 'query');
      try {
        await http().get(url).set(bearer(token)).expect(200);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const homeOne = await count(one.token, '/api/learning');
    const homeMany = await count(many.token, '/api/learning');
    expect({ homeMany }).toEqual({ homeMany: homeOne });
    expect(homeMany).toBeLessThanOrEqual(6);
    // A lesson: one read of the enrolment with its progress, and the write of where they left off only when it moves.
    expect(await count(one.token, `/api/learning/classes/${firstClass}/lessons/${course.lessons[0]}`)).toBeLessThanOrEqual(2);
  });
});
