import { DataSource, In, LessThan } from 'typeorm';
import request from 'supertest';

import type { AttemptView, CertificateDto, ClassSummary, Page, VerificationResult, EnrolmentDto, GradingQueueItem, GradingResponse, LearnerHome, LearnerQuizDto, PlanDto, QuizResultsDto } from '@cds/contracts';
import { AuthService, PrincipalLoader } from '@cds/auth/api';
import { OrgService } from '@cds/org/api';
import { CoreTeamService } from '@cds/core-team/api';
import { Course, CourseModule, CourseVersion, Lesson } from '@cds/catalogue/api';
import { Attendance, ClassSession, Enrolment, LessonProgress, TrainingClass, TrainingPlan } from '@cds/delivery/api';
import { Person } from '@cds/people/api';
import { createApp, openAppDatabase } from '@cds/api/app';
import { loadConfig, renderMarkdown, todayInVietnam } from '@cds/api/common';
import { isolatedDatabaseUrl } from '@cds/api/testing';
import { DEMO_PASSWORD, seedDemo } from './demo-seed';
import { allDayAround } from './delivery-seed';
import { DEMO_CERTIFICATE_CODE } from './certification-seed';

/**
 * The demo province on a database of its own (a fresh SQLite file, or a new MySQL database
 * next to the one DATABASE_URL names): the 2022 tree and the 2025 one, linked.
 */
describe('demo seed (medium)', () => {
  let db: DataSource;
  let close: () => Promise<void>;
  let app: Awaited<ReturnType<typeof createApp>>;
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const { url, drop } = await isolatedDatabaseUrl('seed');
    dropDatabase = drop;
    const config = loadConfig({ DATABASE_URL: url, NODE_ENV: 'test', WEB_DIST: '/nonexistent' });
    db = await openAppDatabase(config);
    app = await createApp(config, db, false);
    expect(await seedDemo(app)).toBe(true);
    close = async () => {
      await app.close();
      if (db.isInitialized) await db.destroy();
      await dropDatabase?.();
    };
  }, 60000);
  afterAll(() => close());

  const signIn = async (email: string) => {
    const session = await app.get(AuthService).login(email, DEMO_PASSWORD, { ip: null });
    const sid = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()).sid;
    const principal = await app.get(PrincipalLoader).load(session.user.id, sid);
    if (!principal) throw new Error('no principal');
    return { principal, user: session.user, token: session.accessToken };
  };
  const api = async (email: string) => {
    const { token } = await signIn(email);
    const http = () => request(app.getHttpServer());
    return {
      get: (url: string) => http().get(url).set('authorization', `Bearer ${token}`),
      post: (url: string, body: object) => http().post(url).set('authorization', `Bearer ${token}`).send(body),
    };
  };
  const words = (html: string) => html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const today = () => todayInVietnam();

  it('runs once: a second run finds data and does nothing', async () => {
    expect(await seedDemo(app)).toBe(false);
  });

  it('has the 2022 communes of Giao Thủy the day before the reorganisation, and their successors on the day', async () => {
    const { principal } = await signIn('admin@demo.cds.vn');
    const before = (await app.get(OrgService).tree(principal, '2025-06-30')).units.map((u) => u.name);
    expect(before).toEqual(expect.arrayContaining(['Tỉnh Nam Định', 'Huyện Giao Thủy', 'Xã Giao Thiện', 'Xã Giao Hương', 'Thị trấn Giao Thủy', 'Sở Khoa học và Công nghệ tỉnh Nam Định']));
    expect(before).not.toContain('Xã Giao Minh');
    expect(before).not.toContain('Thị trấn Ngô Đồng');
    const in2022 = (await app.get(OrgService).tree(principal, '2022-06-01')).units.map((u) => u.name);
    expect(in2022).toEqual(expect.arrayContaining(['Thị trấn Ngô Đồng', 'Huyện Mỹ Lộc', 'Sở Thông tin và Truyền thông tỉnh Nam Định']));
    expect(in2022.filter((n) => n.startsWith('Huyện') || n === 'Thành phố Nam Định')).toHaveLength(10);
    const after = (await app.get(OrgService).tree(principal, '2025-07-01')).units;
    const names = after.map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(['Tỉnh Ninh Bình', 'Xã Giao Minh', 'Xã Giao Hòa', 'Xã Giao Thủy', 'Xã Giao Phúc', 'Xã Giao Hưng', 'Xã Giao Bình', 'Xã Giao Ninh']));
    expect(names.filter((n) => n.startsWith('Huyện'))).toEqual([]);
    expect(names).not.toContain('Tỉnh Nam Định');
    const ninhBinh = after.find((u) => u.name === 'Tỉnh Ninh Bình');
    expect(after.find((u) => u.name === 'Xã Giao Minh')?.parentId).toBe(ninhBinh?.id);
    const minh = await app.get(OrgService).detail(principal, after.find((u) => u.name === 'Xã Giao Minh')?.id as number);
    expect(minh.predecessors.map((p) => p.unitName).sort()).toEqual(['Xã Giao Hương', 'Xã Giao Thanh', 'Xã Giao Thiện']);
  });

  it('moved the demo learner with the merger and kept their post and certificate', async () => {
    const { user } = await signIn('learner@demo.cds.vn');
    expect(user.orgUnitName).toBe('Xã Giao Minh');
    const { principal } = await signIn('admin@demo.cds.vn');
    const minhId = (await app.get(OrgService).tree(principal)).units.find((u) => u.name === 'Xã Giao Minh')?.id as number;
    const coverage = await app.get(CoreTeamService).coverage(principal, minhId);
    expect(coverage.seats.find((s) => s.holder?.fullName === 'Đoàn Văn Nam')?.state).toBe('covered');
    expect(coverage.seats.length).toBe(6);
  });

  it('gives the unit admin the successor communes and the history of the old district', async () => {
    const { principal } = await signIn('unitadmin@demo.cds.vn');
    expect((await app.get(OrgService).tree(principal)).units.map((u) => u.name).sort()).toEqual(
      ['Xã Giao Bình', 'Xã Giao Hòa', 'Xã Giao Hưng', 'Xã Giao Minh', 'Xã Giao Ninh', 'Xã Giao Phúc', 'Xã Giao Thủy'].sort((a, b) => a.localeCompare(b, 'vi')),
    );
    expect((await app.get(OrgService).tree(principal, '2024-01-01')).units.map((u) => u.name)).toContain('Xã Giao Thiện');
  });

  it('gives the demo learner a class running today, half-way through, and the 2022 class completed', async () => {
    const learner = await api('learner@demo.cds.vn');
    const home: LearnerHome = (await learner.get('/api/learning').expect(200)).body;
    const running = home.classes.find((c) => c.classState === 'running');
    expect(running).toMatchObject({ state: 'enrolled', mode: 'blended' });
    expect(running?.lessonsDone).toBeGreaterThan(0);
    expect(running?.lessonsDone).toBeLessThan(running?.lessonCount as number);
    expect(Math.abs((running?.lessonsDone as number) * 2 - (running?.lessonCount as number))).toBeLessThanOrEqual(2);
    expect(running?.nextLesson).not.toBeNull();
    // Present at both sessions held before today (today's counts as held once it starts, until they check in).
    expect(running?.attendanceRate).toBeGreaterThanOrEqual(66);
    expect(home.classes.find((c) => c.classState === 'finished')).toMatchObject({ classCode: 'CDS02-2022-01', state: 'completed' });
    // The lesson it resumes at is where the learner left off, read part-way.
    const enrolment = await db.getRepository(Enrolment).findOneByOrFail({ id: running?.enrolmentId });
    expect(running?.nextLesson?.lessonId).toBe(enrolment.lastLessonId);
    const left = await db.getRepository(LessonProgress).findOneByOrFail({ enrolmentId: enrolment.id, lessonId: enrolment.lastLessonId as number });
    expect(left.completedAt).toBeNull();
    expect(left.position).toBeGreaterThan(0);

    // Two sessions held, one all working day today (07:30–17:00 in Vietnam, stretched to take in
    // the moment of seeding) for the QR check-in, more to come.
    const sessions = await db.getRepository(ClassSession).find({ where: { classId: running?.classId }, order: { startsAt: 'ASC' } });
    const day = today();
    expect(sessions.filter((s) => s.endsAt < new Date(`${day}T00:00:00+07:00`))).toHaveLength(2);
    const todays = sessions.find((s) => s.startsAt <= new Date(`${day}T08:00:00+07:00`) && s.endsAt >= new Date(`${day}T16:30:00+07:00`));
    expect(todays).toBeDefined();
    expect(todays!.startsAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(todays!.endsAt.getTime()).toBeGreaterThan(Date.now());
    expect(sessions.filter((s) => s.startsAt > new Date(`${day}T23:59:59+07:00`)).length).toBeGreaterThanOrEqual(2);
    // The class's trainer is the demo trainer.
    const trainer = await api('trainer@demo.cds.vn');
    const detail: ClassSummary = (await trainer.get(`/api/classes/${running?.classId}`).expect(200)).body;
    expect(detail.trainers.map((t) => t.fullName)).toEqual(['Phạm Minh Đức']);
  });

  it('has two complete courses of real lessons, every lesson rendered safely from its Markdown', async () => {
    const courses = await db.getRepository(Course).find({ order: { code: 'ASC' } });
    expect(courses.map((c) => c.code)).toEqual(['CDS-01', 'CDS-02', 'CDS-03', 'CDS-04', 'CDS-05', 'CDS-06', 'CDS-07']);
    const versions = await db.getRepository(CourseVersion).find();
    const lessons = await db.getRepository(Lesson).createQueryBuilder('l').innerJoinAndSelect('l.module', 'm').getMany();
    const complete = courses.filter((c) => {
      const own = lessons.filter((l) => l.module?.versionId === c.publishedVersionId);
      return own.length >= 6 && own.every((l) => words(l.html) >= 150);
    });
    expect(complete.map((c) => c.code)).toEqual(['CDS-02', 'CDS-05']);
    for (const l of lessons) {
      expect(l.html).toBe(renderMarkdown(l.markdown));
      expect(l.html).not.toMatch(/<script/i);
    }
    // Each course points at its published and draft versions; at least one course is a draft only.
    for (const c of courses) {
      const own = versions.filter((v) => v.courseId === c.id);
      expect(own.find((v) => v.state === 'published')?.id ?? null).toBe(c.publishedVersionId);
      expect(own.find((v) => v.state === 'draft')?.id ?? null).toBe(c.draftVersionId);
    }
    expect(courses.filter((c) => c.publishedVersionId === null).map((c) => c.code)).toEqual(['CDS-07']);
    expect(await db.getRepository(CourseModule).count({ where: { versionId: In(courses.map((c) => c.draftVersionId).filter((id) => id !== null)) } })).toBeGreaterThan(0);
  });

  it('plans 2022 with the seven courses for the core team, and this year with a few', async () => {
    const admin = await api('admin@demo.cds.vn');
    const plan2022: PlanDto = (await admin.get('/api/plans/2022').expect(200)).body;
    expect(plan2022.items).toHaveLength(7);
    const target = plan2022.items.reduce((sum, i) => sum + i.targets.province + i.targets.department + i.targets.district + i.targets.commune, 0);
    expect(target).toBeGreaterThanOrEqual(250);
    expect(target).toBeLessThanOrEqual(310);
    expect(plan2022.items.find((i) => i.courseCode === 'CDS-02')?.deliveredClasses).toBe(1);
    const year = Number(today().slice(0, 4));
    const thisYear: PlanDto = (await admin.get(`/api/plans/${year}`).expect(200)).body;
    expect(thisYear.items.length).toBeGreaterThanOrEqual(3);
    expect(await db.getRepository(TrainingPlan).count()).toBe(2);
  });

  it('keeps every class on a published version of its course, counting its places right, with secret check-in keys', async () => {
    const classes = await db.getRepository(TrainingClass).find();
    expect(classes.length).toBeGreaterThanOrEqual(5);
    for (const c of classes) {
      const version = await db.getRepository(CourseVersion).findOneByOrFail({ id: c.courseVersionId });
      expect(version.courseId).toBe(c.courseId);
      expect(version.state).not.toBe('draft');
      const placed = await db.getRepository(Enrolment).count({ where: { classId: c.id, state: In(['enrolled', 'completed', 'failed']) } });
      expect(c.enrolledCount).toBe(placed);
      expect(c.enrolledCount).toBeLessThanOrEqual(c.capacity);
    }
    // Every session held before today has a mark for everyone who took part.
    const held = await db.getRepository(ClassSession).find({ where: { endsAt: LessThan(new Date(`${today()}T00:00:00+07:00`)) } });
    expect(held.length).toBeGreaterThanOrEqual(10);
    const marks = await db.getRepository(Attendance).find();
    const taking = await db.getRepository(Enrolment).find({ where: { state: In(['enrolled', 'completed', 'failed']) } });
    for (const session of held) {
      const people = taking.filter((e) => e.classId === session.classId).map((e) => e.id);
      const markedIds = marks.filter((a) => a.sessionId === session.id).map((a) => a.enrolmentId);
      expect(people.filter((id) => !markedIds.includes(id))).toEqual([]);
    }
    const secrets = (await db.getRepository(ClassSession).find()).map((s) => s.checkInSecret);
    for (const secret of secrets) expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it('opens the upcoming class for nominations: the unit admin nominates, the certifier fills the last place and then the waiting list', async () => {
    const unitAdmin = await api('unitadmin@demo.cds.vn');
    const open: ClassSummary[] = (await unitAdmin.get('/api/classes/open').expect(200)).body;
    const upcoming = open.find((c) => c.state === 'upcoming') as ClassSummary;
    expect(upcoming).toBeDefined();
    expect(upcoming.enrolmentDeadline >= today()).toBe(true);
    expect(upcoming.capacity - upcoming.enrolled).toBe(1);
    const certifier = await api('certifier@demo.cds.vn');
    const waiting: EnrolmentDto[] = [
      ...(await certifier.get(`/api/enrolments?state=nominated&classId=${upcoming.id}`).expect(200)).body.items,
      ...(await certifier.get(`/api/enrolments?state=requested&classId=${upcoming.id}`).expect(200)).body.items,
    ];
    expect(waiting.length).toBeGreaterThanOrEqual(4);

    // Someone of the unit admin's communes, not yet in the class.
    const { principal } = await signIn('unitadmin@demo.cds.vn');
    const communes = (await app.get(OrgService).tree(principal)).units.map((u) => u.id);
    const inClass = (await db.getRepository(Enrolment).find({ where: { classId: upcoming.id } })).map((e) => e.personId);
    const free = (await db.getRepository(Person).find({ where: { orgUnitId: In(communes) }, order: { id: 'ASC' } })).filter((p) => !inClass.includes(p.id) && !p.email);
    expect(free.length).toBeGreaterThanOrEqual(5);
    const nominated: EnrolmentDto[] = (await unitAdmin.post(`/api/classes/${upcoming.id}/nominations`, { personIds: [free[0].id] }).expect(201)).body.nominated;
    expect(nominated[0].state).toBe('nominated');

    const first = (await certifier.post(`/api/enrolments/${waiting[0].id}/decision`, { decision: 'approve' }).expect(200)).body as EnrolmentDto;
    expect(first.state).toBe('enrolled');
    const second = (await certifier.post(`/api/enrolments/${nominated[0].id}/decision`, { decision: 'approve' }).expect(200)).body as EnrolmentDto;
    expect(second).toMatchObject({ state: 'waitlisted', waitlistPosition: 1 });
  });
  it('gives the running class three quizzes: the demo learner has a finished attempt and an essay awaiting the demo trainer', async () => {
    const learner = await api('learner@demo.cds.vn');
    const home = (await learner.get('/api/learning').expect(200)).body as LearnerHome;
    const running = home.classes.find((c) => c.classCode.startsWith('CDS05-')) as LearnerHome['classes'][number];
    const quizzes = (await learner.get(`/api/classes/${running.classId}/quizzes`).expect(200)).body as LearnerQuizDto[];
    expect(quizzes.map((q) => q.title)).toEqual(['Kiểm tra nhanh: nhận diện nguy cơ và bảo vệ tài khoản', 'Kiểm tra giữa khóa', 'Luyện tập: 5 câu ngẫu nhiên trong 5 phút']);
    const [quick, midterm, practice] = quizzes;
    expect(quick).toMatchObject({ attempts: [{ state: 'graded', score: 4, maxScore: 7, passed: false }], blocked: null, result: { state: 'graded', passed: false } });
    expect(midterm).toMatchObject({ attempts: [{ state: 'awaiting_grading', score: null, passed: null }], blocked: 'no_attempts_left', result: { state: 'awaiting_grading' } });
    expect(practice).toMatchObject({ attempts: [], blocked: null, timeLimitMinutes: 5 });
    // The practice quiz draws five questions; the learner can take it now.
    const attempt = (await learner.post(`/api/classes/${running.classId}/quizzes/${practice.id}/attempts`, {}).expect(201)).body as AttemptView;
    expect(attempt.questions).toHaveLength(5);

    const trainer = await api('trainer@demo.cds.vn');
    const queue = (await trainer.get('/api/grading/queue').expect(200)).body as GradingQueueItem[];
    expect(queue).toEqual([expect.objectContaining({ quizTitle: 'Kiểm tra giữa khóa', questionName: 'Bảo vệ dữ liệu cá nhân ở xã', pending: 4, graded: 6, disagreements: 0 })]);
    const responses = (await trainer.get(`/api/grading/quizzes/${midterm.id}/questions/${queue[0].questionId}`).expect(200)).body as GradingResponse[];
    expect(responses.find((r) => r.fullName === 'Đoàn Văn Nam')).toMatchObject({ state: 'pending', text: expect.stringContaining('phân quyền') });
    const results = (await trainer.get(`/api/quizzes/${quick.id}/results?classId=${running.classId}`).expect(200)).body as QuizResultsDto;
    expect(results.rows.filter((r) => r.state === 'graded')).toHaveLength(15);
    expect(results.distribution.reduce((s, d) => s + d.count, 0)).toBe(15);
  });

  it('certifies the 2022 class: two decisions, the demo learner’s certificate verifiable by its code, one revoked and one expired', async () => {
    const anyone = request(app.getHttpServer());
    const mine = (await anyone.get(`/api/verify/${DEMO_CERTIFICATE_CODE}`).expect(200)).body as VerificationResult;
    expect(mine).toMatchObject({ state: 'valid', signatureValid: true, issuer: 'Sở Thông tin và Truyền thông tỉnh Nam Định', decision: { number: '86/QĐ-STTTT' }, expiresOn: null });
    const certifier = await api('certifier@demo.cds.vn');
    const register = (await certifier.get('/api/certificates?limit=200').expect(200)).body as Page<CertificateDto>;
    expect(register.items.filter((c) => c.state === 'revoked')).toHaveLength(1);
    expect(register.items.filter((c) => c.state === 'expired')).toHaveLength(1);
    expect(register.items.find((c) => c.publicCode === DEMO_CERTIFICATE_CODE)?.holderName).toBe(mine.holderName);
    const learner = await api('learner@demo.cds.vn');
    expect(((await learner.get('/api/certificates/mine').expect(200)).body as CertificateDto[]).map((c) => c.publicCode)).toEqual([DEMO_CERTIFICATE_CODE]);
  });
});

describe('allDayAround', () => {
  it('is 07:30–17:00 in Vietnam during the working day, and takes in the night on either side (so it is under way when seeded)', () => {
    expect(allDayAround(new Date('2026-11-30T03:00:00Z'))).toEqual({ from: '07:30', to: '17:00' }); // 10:00 in Vietnam
    expect(allDayAround(new Date('2026-11-29T19:40:00Z'))).toEqual({ from: '00:00', to: '17:00' }); // 02:40
    expect(allDayAround(new Date('2026-11-30T00:26:00Z'))).toEqual({ from: '00:00', to: '17:00' }); // 07:26, before the session's usual start
    expect(allDayAround(new Date('2026-11-30T12:30:00Z'))).toEqual({ from: '07:30', to: '23:59' }); // 19:30
  });
});

