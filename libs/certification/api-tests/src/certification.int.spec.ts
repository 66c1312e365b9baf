import { bearer, binary, createAccount, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import type { CertificateDto, CompletionBoard, CoverageReport, CompletionRow, CourseVersionDto, DecisionSummary, ExpiringCertificate, Page, QuizDto, UploadVerification, VerificationResult } from '@cds/contracts';
import { Account } from '@cds/people/api';
import { ClassSession, ClassTrainer, Enrolment, TrainingClass } from '@cds/delivery/api';
import { addMonths, isSetForTest } from './support';

interface Actor {
  token: string;
  personId: number;
}

let t: TestApp;
let ip = 0;
const nextIp = () => `10.88.${Math.floor(++ip / 250)}.${(ip % 250) + 1}`;

async function actor(account: { accountId: number; email: string }): Promise<Actor> {
  const token = (await signIn(t, account.email, undefined, nextIp())).accessToken;
  return { token, personId: (await t.db.getRepository(Account).findOneByOrFail({ id: account.accountId })).personId };
}

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * One class run from start to certificates: lessons, sessions and a quiz, three learners, its
 * trainer, a certifier over the organiser and one elsewhere.
 */
describe('certification (medium: real database)', () => {
  let trainer: Actor;
  let certifier: Actor;
  let farCertifier: Actor;
  let learners: Actor[];
  let classId: number;
  let lessonId: number;
  let quiz: QuizDto;
  let sessions: number[];
  let enrolments: Map<number, number>;
  let admin: Actor;
  let communeId: number;
  let courseId: number;
  const http = () => t.http();

  beforeAll(async () => {
    t = await startTestApp();
    const province = await createUnit(t.db, `Tỉnh Ninh Bình ${uid()}`, 'province');
    const commune = await createUnit(t.db, `Xã Giao Hưng ${uid()}`, 'commune', province);
    const elsewhere = await createUnit(t.db, `Tỉnh Hà Tĩnh ${uid()}`, 'province');
    trainer = await actor(await createAccount(t.db, { unit: province, grants: [['trainer', province]], fullName: 'Trần Văn Giảng' }));
    certifier = await actor(await createAccount(t.db, { unit: province, grants: [['certifier', province]], fullName: 'Đỗ Thị Chứng' }));
    farCertifier = await actor(await createAccount(t.db, { unit: elsewhere, grants: [['certifier', elsewhere]], fullName: 'Lê Văn Xa' }));
    admin = await actor(await createAccount(t.db, { unit: province, grants: [['admin', province]], fullName: 'Quản Trị Viên' }));
    communeId = commune.id;
    learners = [];
    for (const name of ['Nguyễn Thị Hoàn', 'Phạm Văn Gần', 'Vũ Thị Chưa']) learners.push(await actor(await createAccount(t.db, { unit: commune, fullName: name })));

    const course = (
      await http()
        .post('/api/courses')
        .set(bearer(trainer.token))
        .send({ code: `CDS-${uid()}`, title: 'Nền tảng số cho chính quyền xã', summary: '', topicArea: 'digital_government', hours: 16, seatFunctions: [] })
        .expect(201)
    ).body as CourseVersionDto;
    courseId = course.courseId;
    const mod = (await http().post(`/api/courses/${course.courseId}/draft/modules`).set(bearer(trainer.token)).send({ title: 'Chuyên đề 1' }).expect(201)).body as { id: number };
    lessonId = ((await http().post(`/api/modules/${mod.id}/lessons`).set(bearer(trainer.token)).send({ title: 'Bài 1: Dịch vụ công trực tuyến', minutes: 20, markdown: 'Nội dung bài học.', videoUrl: null }).expect(201)).body as { id: number }).id;
    const published = (await http().post(`/api/courses/${course.courseId}/publish`).set(bearer(trainer.token)).expect(200)).body as CourseVersionDto;
    const question = (
      await http()
        .post(`/api/courses/${course.courseId}/questions`)
        .set(bearer(trainer.token))
        .send({ type: 'true_false', name: 'VNeID', text: 'VNeID là ứng dụng định danh điện tử.', generalFeedback: '', points: 1, tags: [], correct: true, feedbackTrue: '', feedbackFalse: '' })
        .expect(201)
    ).body as { id: number };
    quiz = (
      await http()
        .post(`/api/courses/${course.courseId}/quizzes`)
        .set(bearer(trainer.token))
        .send({
          title: 'Kiểm tra cuối khóa',
          description: '',
          moduleId: null,
          classId: null,
          selection: { kind: 'fixed', questionIds: [question.id] },
          shuffleQuestions: false,
          shuffleOptions: false,
          timeLimitMinutes: 0,
          opensAt: null,
          closesAt: null,
          maxAttempts: 3,
          passPercent: 100,
          gradingMethod: 'highest',
          review: { score: 'after_submit', responses: 'after_submit', correct: 'after_submit', feedback: 'after_submit' },
          secondMarker: false,
          published: true,
        })
        .expect(201)
    ).body as QuizDto;

    const now = new Date();
    const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const { identifiers } = await t.db.getRepository(TrainingClass).insert({
      code: `CDS-LOP-${uid()}`,
      title: 'Lớp nền tảng số',
      courseId: course.courseId,
      courseVersionId: published.id,
      mode: 'in_person',
      startDate: day(-10),
      endDate: day(2),
      enrolmentDeadline: day(-11),
      place: 'Hội trường UBND tỉnh',
      capacity: 40,
      enrolledCount: 3,
      organiserUnitId: province.id,
      cancelled: false,
      createdBy: null,
      createdAt: now,
    });
    classId = Number(identifiers[0]['id']);
    await t.db.getRepository(ClassTrainer).insert({ classId, personId: trainer.personId });
    sessions = [];
    for (const offset of [-9, -2]) {
      const start = new Date(now.getTime() + offset * 86_400_000);
      const res = await t.db.getRepository(ClassSession).insert({ classId, title: `Buổi ${offset}`, startsAt: start, endsAt: new Date(start.getTime() + 3 * 3_600_000), place: 'Hội trường', onlineUrl: null, checkInSecret: 'x'.repeat(64) });
      sessions.push(Number(res.identifiers[0]['id']));
    }
    enrolments = new Map();
    for (const l of learners) {
      const res = await t.db.getRepository(Enrolment).insert({ classId, personId: l.personId, state: 'enrolled', nominatedBy: null, decidedBy: null, reason: null, waitlistedAt: null, lastLessonId: null, createdAt: now, updatedAt: now });
      enrolments.set(l.personId, Number(res.identifiers[0]['id']));
    }
  }, 60_000);
  afterAll(() => t.close());

  const board = async (who = trainer) => (await http().get(`/api/classes/${classId}/completion`).set(bearer(who.token)).expect(200)).body as CompletionBoard;
  const rowOf = (b: CompletionBoard, who: Actor) => b.rows.find((r) => r.personId === who.personId) as CompletionRow;
  const takeQuiz = async (who: Actor, right: boolean) => {
    const attempt = (await http().post(`/api/classes/${classId}/quizzes/${quiz.id}/attempts`).set(bearer(who.token)).expect(201)).body as { id: number };
    await http().post(`/api/attempts/${attempt.id}/answers`).set(bearer(who.token)).send({ answers: [{ slot: 1, answer: { type: 'true_false', value: right }, seq: 1 }] }).expect(200);
    await http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(who.token)).expect(200);
  };

  it('shows every learner with what is missing, under the default rules of a class in person', async () => {
    const b = await board();
    expect(b.rules).toEqual({ allLessons: true, allQuizzes: true, minAttendance: 80, finalQuizId: null, signOff: false });
    expect(b.rows.map((r) => r.fullName).sort()).toEqual(['Nguyễn Thị Hoàn', 'Phạm Văn Gần', 'Vũ Thị Chưa']);
    expect(rowOf(b, learners[0])).toMatchObject({ lessonsDone: 0, lessonsTotal: 1, quizzesPassed: 0, quizzesTotal: 1, attendance: 0, complete: false, gaps: ['lessons', 'quizzes', 'attendance'] });
    expect(b.can).toEqual({ setRules: true, signOff: false, except: false, issue: false });
    expect((await board(certifier)).can).toMatchObject({ except: true, issue: true });
  });

  it('keeps the board from learners, from certifiers elsewhere and from trainers of other classes', async () => {
    await http().get(`/api/classes/${classId}/completion`).set(bearer(learners[0].token)).expect(403);
    await http().get(`/api/classes/${classId}/completion`).set(bearer(farCertifier.token)).expect(403);
    await http().get('/api/classes/999999/completion').set(bearer(certifier.token)).expect(404);
  });

  it('moves as things happen: a lesson done, a roll call and a passed quiz complete a learner at once, with no job in between', async () => {
    const [first, second] = learners;
    const progressed = await http().put(`/api/learning/classes/${classId}/lessons/${lessonId}/progress`).set(bearer(first.token)).send({ position: 1, done: true });
    expect([progressed.status, progressed.body.message]).toEqual([200, undefined]);
    expect(rowOf(await board(), first)).toMatchObject({ lessonsDone: 1, gaps: ['quizzes', 'attendance'] });
    for (const sessionId of sessions) {
      await http()
        .put(`/api/sessions/${sessionId}/roll-call`)
        .set(bearer(trainer.token))
        .send({ marks: [first, second].map((l) => ({ enrolmentId: enrolments.get(l.personId), status: 'present' })) })
        .expect(200);
    }
    expect(rowOf(await board(), first)).toMatchObject({ attendance: 100, gaps: ['quizzes'] });
    await takeQuiz(first, false);
    expect(rowOf(await board(), first)).toMatchObject({ quizzesPassed: 0, complete: false });
    await takeQuiz(first, true);
    const row = rowOf(await board(), first);
    expect(row).toMatchObject({ quizzesPassed: 1, complete: true, gaps: [] });
    const mine = (await http().get(`/api/classes/${classId}/completion/me`).set(bearer(first.token)).expect(200)).body;
    expect(mine.row.complete).toBe(true);
    const all = (await http().get('/api/completion/mine').set(bearer(learners[2].token)).expect(200)).body as { classCode: string; row: CompletionRow }[];
    expect(all).toEqual([expect.objectContaining({ classCode: expect.stringMatching(/^CDS-LOP-/), row: expect.objectContaining({ complete: false, gaps: ['lessons', 'quizzes', 'attendance'] }) })]);
  });

  it('lets a certifier waive the rules for a learner with a reason (audited), never for themselves, and not a trainer', async () => {
    const second = learners[1];
    await http().put(`/api/classes/${classId}/completion/${second.personId}/exception`).set(bearer(trainer.token)).send({ reason: 'Ốm' }).expect(403);
    await http().put(`/api/classes/${classId}/completion/${second.personId}/exception`).set(bearer(certifier.token)).send({ reason: 'x'.repeat(501) }).expect(422);
    const row = (await http().put(`/api/classes/${classId}/completion/${second.personId}/exception`).set(bearer(certifier.token)).send({ reason: 'Đã học bù bài kiểm tra trên giấy' }).expect(200)).body as CompletionRow;
    expect(row).toMatchObject({ complete: true, exception: { reason: 'Đã học bù bài kiểm tra trên giấy', by: 'Đỗ Thị Chứng' } });
    const audit = await t.db.query("SELECT details FROM audit_log WHERE action = 'certification.exception_set' ORDER BY id DESC");
    expect(String(audit[0].details)).toContain('Đã học bù');
  });

  it('re-evaluates everyone when the rules change', async () => {
    const b = (
      await http()
        .put(`/api/classes/${classId}/completion/rules`)
        .set(bearer(trainer.token))
        .send({ allLessons: true, allQuizzes: true, minAttendance: 50, finalQuizId: quiz.id, signOff: true })
        .expect(200)
    ).body as CompletionBoard;
    expect(rowOf(b, learners[0])).toMatchObject({ finalPassed: true, complete: false, gaps: ['sign_off'] });
    const signed = (await http().put(`/api/classes/${classId}/completion/${learners[0].personId}/sign-off`).set(bearer(trainer.token)).send({ signedOff: true }).expect(200)).body as CompletionRow;
    expect(signed).toMatchObject({ signedOff: true, complete: true });
    await http().put(`/api/classes/${classId}/completion/rules`).set(bearer(trainer.token)).send({ allLessons: true, allQuizzes: true, minAttendance: 50, finalQuizId: 999999, signOff: true }).expect(422);
  });

  let decision: DecisionSummary;
  let certificates: CertificateDto[];

  it('refuses a decision for the incomplete, for oneself, from a trainer or a certifier elsewhere, and with a bad date', async () => {
    const body = { classId, number: `12/QĐ-SKHCN-${uid()}`, decidedOn: today(), signerName: 'Nguyễn Văn Ký', signerTitle: 'PHÓ GIÁM ĐỐC', validityMonths: null };
    const refused = await http().post('/api/decisions').set(bearer(certifier.token)).send({ ...body, personIds: [learners[0].personId, learners[2].personId] }).expect(422);
    expect(refused.body.message).toContain('Vũ Thị Chưa');
    await http().post('/api/decisions').set(bearer(certifier.token)).send({ ...body, personIds: [certifier.personId] }).expect(403);
    await http().post('/api/decisions').set(bearer(trainer.token)).send({ ...body, personIds: [learners[0].personId] }).expect(403);
    await http().post('/api/decisions').set(bearer(farCertifier.token)).send({ ...body, personIds: [learners[0].personId] }).expect(403);
    await http().post('/api/decisions').set(bearer(certifier.token)).send({ ...body, decidedOn: '2026-02-30', personIds: [learners[0].personId] }).expect(422);
    expect(await t.db.query('SELECT COUNT(*) AS n FROM certification_decision WHERE class_id = ?', [classId])).toEqual([{ n: expect.anything() }]);
    expect(Number((await t.db.query('SELECT COUNT(*) AS n FROM certificate WHERE class_id = ?', [classId]))[0].n)).toBe(0);
  });

  it('issues a decision: register numbers in sequence, random codes, a signed credential each', async () => {
    // Decided 23 months ago with two years' validity: expires within the next ~30 days.
    const decidedOn = addMonths(today(), -23);
    const number = `125/QĐ-SKHCN-${uid()}`;
    decision = (
      await http()
        .post('/api/decisions')
        .set(bearer(certifier.token))
        .send({ classId, number, decidedOn, signerName: 'Nguyễn Văn Ký', signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', validityMonths: 24, personIds: [learners[0].personId, learners[1].personId] })
        .expect(201)
    ).body as DecisionSummary;
    expect(decision).toMatchObject({ number, decidedOn, certificateCount: 2 });
    const again = await http().post('/api/decisions').set(bearer(certifier.token)).send({ classId, number, decidedOn, signerName: 'A', signerTitle: 'B', validityMonths: null, personIds: [learners[0].personId] }).expect(409);
    expect(again.body.message).toMatch(/đã được dùng|Đã có chứng chỉ/);

    const page = (await http().get(`/api/certificates?q=${encodeURIComponent(decision.number.slice(0, 3))}`).set(bearer(certifier.token)).expect(200)).body as Page<CertificateDto>;
    certificates = page.items.filter((c) => c.decision.number === number).sort((a, b) => a.registerNumber.localeCompare(b.registerNumber));
    expect(certificates).toHaveLength(2);
    const [a, b] = certificates;
    const seq = (c: CertificateDto) => Number(c.registerNumber.split('/')[0]);
    expect(seq(b)).toBe(seq(a) + 1);
    expect(a.registerNumber.endsWith(`/${decidedOn.slice(0, 4)}`)).toBe(true);
    for (const c of certificates) expect(c.publicCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(a.publicCode).not.toBe(b.publicCode);
    expect(a).toMatchObject({ state: 'valid', courseTitle: 'Nền tảng số cho chính quyền xã', hours: 16, expiresOn: addMonths(decidedOn, 24), signer: { name: 'Nguyễn Văn Ký' } });
    expect((await board(certifier)).rows.filter((r) => r.certificate).length).toBe(2);
  });

  it('gives the holder their certificates, and nobody else’s', async () => {
    const mine = (await http().get('/api/certificates/mine').set(bearer(learners[0].token)).expect(200)).body as CertificateDto[];
    expect(mine.map((c) => c.holderName)).toEqual(['Nguyễn Thị Hoàn']);
    const other = certificates.find((c) => c.personId === learners[1].personId) as CertificateDto;
    await http().get(`/api/certificates/${other.id}`).set(bearer(learners[0].token)).expect(404);
    await http().get(`/api/certificates/${other.id}/pdf`).set(bearer(learners[2].token)).expect(404);
    await http().get('/api/certificates').set(bearer(learners[0].token)).expect(403);
    await http().get('/api/certificates').set(bearer(farCertifier.token)).expect(200).expect((r) => expect((r.body as Page<CertificateDto>).items.some((c) => c.id === other.id)).toBe(false));
  });

  it('verifies by code for anyone: valid with its signature, and clear answers to a malformed or unknown code', async () => {
    const [a] = certificates;
    const res = (await http().get(`/api/verify/${a.publicCode.toLowerCase().replace(/-/g, ' ')}`).expect(200)).body as VerificationResult;
    expect(res).toMatchObject({ code: a.publicCode, state: 'valid', signatureValid: true, holderName: 'Nguyễn Thị Hoàn', issuer: 'Sở Khoa học và Công nghệ tỉnh Ninh Bình' });
    const bad = await http().get('/api/verify/abc').expect(400);
    expect(bad.body.message).toContain('Mã tra cứu không đúng dạng');
    const unknown = await http().get('/api/verify/0000-0000-0000').expect(404);
    expect(unknown.body.message).toContain('0000-0000-0000');
  });

  it('says a downloaded credential is authentic, and not once a byte of it changes', async () => {
    const [a] = certificates;
    const file = (await http().get(`/api/certificates/${a.id}/credential.json`).set(bearer(learners[0].token)).expect(200)).text;
    const ok = (await http().post('/api/verify/credential').set('content-type', 'application/json').send(file).expect(200)).body as UploadVerification;
    expect(ok).toMatchObject({ authentic: true, reason: null, certificate: { code: a.publicCode, state: 'valid' } });
    const edited = file.replace('Nguyễn Thị Hoàn', 'Nguyễn Thị Hoàm');
    const bad = (await http().post('/api/verify/credential').set('content-type', 'application/json').send(edited).expect(200)).body as UploadVerification;
    expect(bad).toMatchObject({ authentic: false, certificate: null });
    expect(bad.reason).toBeTruthy();
    const jwt = JSON.parse(file).proof.jwt as string;
    const flipped = jwt.slice(0, 40) + (jwt[40] === 'A' ? 'B' : 'A') + jwt.slice(41);
    expect(((await http().post('/api/verify/credential').send({ jwt: flipped }).expect(200)).body as UploadVerification).authentic).toBe(false);
  });

  it('says the signed PDF is authentic, and not once a byte of it changes', async () => {
    const [a] = certificates;
    const pdf = (await http().get(`/api/certificates/${a.id}/pdf`).set(bearer(learners[0].token)).buffer(true).parse(binary).expect(200)).body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const ok = (await http().post('/api/verify/pdf').attach('file', pdf, 'chung-chi.pdf').expect(200)).body as UploadVerification;
    expect(ok).toMatchObject({ authentic: true, certificate: { code: a.publicCode } });
    const changed = Buffer.from(pdf);
    changed[Math.floor(changed.length / 3)] ^= 0x01;
    const bad = (await http().post('/api/verify/pdf').attach('file', changed, 'chung-chi.pdf').expect(200)).body as UploadVerification;
    expect(bad).toMatchObject({ authentic: false, certificate: null });
  });

  it('lists certificates expiring within the window, whose holders need retraining', async () => {
    const list = (await http().get('/api/certificates/expiring?days=60').set(bearer(certifier.token)).expect(200)).body as ExpiringCertificate[];
    const ours = list.filter((e) => certificates.some((c) => c.id === e.certificate.id));
    expect(ours).toHaveLength(2);
    expect(ours[0].daysLeft).toBeGreaterThan(0);
    expect(ours[0].daysLeft).toBeLessThanOrEqual(60);
    await http().get('/api/certificates/expiring?days=0').set(bearer(certifier.token)).expect(422);
  });

  it('flags in core-team coverage the holder whose certificate runs out within 90 days: covered, and to retrain', async () => {
    const holder = learners[0];
    const seat = (
      await http()
        .post('/api/core-team/seats')
        .set(bearer(admin.token))
        .send({ orgUnitId: communeId, function: 'commune_cds_specialist', validFrom: '2022-01-01', qualifyingCourseIds: [courseId] })
        .expect(201)
    ).body as { id: number };
    await http().post(`/api/core-team/seats/${seat.id}/assignments`).set(bearer(admin.token)).send({ personId: holder.personId, startDate: '2024-01-01' }).expect(201);
    const report = (await http().get(`/api/core-team/coverage?unitId=${communeId}`).set(bearer(admin.token)).expect(200)).body as CoverageReport;
    expect(report.seats.find((s) => s.seatId === seat.id)?.state).toBe('covered');
    expect(report.needTraining.find((n) => n.personId === holder.personId)).toMatchObject({ expiresOn: certificates[0].expiresOn, courses: [expect.objectContaining({ id: courseId })] });
  });

  it('revokes with a reason: the public page, the register and the status list say so', async () => {
    const b = certificates[1];
    await http().post(`/api/certificates/${b.id}/revoke`).set(bearer(certifier.token)).send({ reason: '' }).expect(422);
    await http().post(`/api/certificates/${b.id}/revoke`).set(bearer(farCertifier.token)).send({ reason: 'Sai' }).expect(404);
    const revoked = (await http().post(`/api/certificates/${b.id}/revoke`).set(bearer(certifier.token)).send({ reason: 'Hồ sơ học bù không hợp lệ' }).expect(200)).body as CertificateDto;
    expect(revoked).toMatchObject({ state: 'revoked', revokedReason: 'Hồ sơ học bù không hợp lệ' });
    await http().post(`/api/certificates/${b.id}/revoke`).set(bearer(certifier.token)).send({ reason: 'lần hai' }).expect(409);
    expect((await http().get(`/api/verify/${b.publicCode}`).expect(200)).body).toMatchObject({ state: 'revoked', revokedReason: 'Hồ sơ học bù không hợp lệ' });
    const list = (await http().get('/api/credentials/status/1').expect(200)).text;
    const payload = JSON.parse(Buffer.from(list.split('.')[1], 'base64url').toString());
    expect(isSetForTest(payload.credentialSubject.encodedList, b.id)).toBe(true);
    expect(isSetForTest(payload.credentialSubject.encodedList, certificates[0].id)).toBe(false);
  });

  it('re-issues after a correction: a new number, code and date; the old one kept as superseded and pointing to it', async () => {
    const a = certificates[0];
    const fresh = (await http().post(`/api/certificates/${a.id}/reissue`).set(bearer(certifier.token)).send({ reason: 'Sửa tên đơn vị', holderUnit: 'UBND xã Giao Hưng' }).expect(201)).body as CertificateDto;
    expect(fresh).toMatchObject({ state: 'valid', holderUnit: 'UBND xã Giao Hưng', issuedOn: today(), replaces: { id: a.id, publicCode: a.publicCode } });
    expect(fresh.publicCode).not.toBe(a.publicCode);
    expect(fresh.registerNumber).not.toBe(a.registerNumber);
    const old = (await http().get(`/api/verify/${a.publicCode}`).expect(200)).body as VerificationResult;
    expect(old).toMatchObject({ state: 'superseded', supersededBy: fresh.publicCode });
    await http().post(`/api/certificates/${a.id}/reissue`).set(bearer(certifier.token)).send({ reason: 'lần hai' }).expect(409);
  });

  it('rotates the signing key (admin only, audited): certificates issued before still verify, new ones carry the new key', async () => {
    await http().post('/api/credentials/keys/rotate').set(bearer(certifier.token)).expect(403);
    const before = (await http().get('/.well-known/did.json').expect(200)).body.assertionMethod as string[];
    const rotated = (await http().post('/api/credentials/keys/rotate').set(bearer(admin.token)).expect(200)).body as { kid: string; keys: string[] };
    const after = (await http().get('/.well-known/did.json').expect(200)).body.assertionMethod as string[];
    expect(after).toEqual(expect.arrayContaining([...before, expect.stringContaining(`#${rotated.kid}`)]));
    const old = certificates[0];
    const file = (await http().get(`/api/certificates/${old.id}/credential.json`).set(bearer(learners[0].token)).expect(200)).text;
    expect(((await http().post('/api/verify/credential').set('content-type', 'application/json').send(file).expect(200)).body as UploadVerification).authentic).toBe(true);
    const audit = await t.db.query("SELECT target_label AS label FROM audit_log WHERE action = 'certification.key_rotated' ORDER BY id DESC");
    expect(audit[0].label).toBe(rotated.kid);
  });

  it('exports the register to Excel', async () => {
    const res = await http().get('/api/certificates.xlsx').set(bearer(certifier.token)).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect((res.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('publishes the issuer’s DID document outside /api', async () => {
    const doc = (await http().get('/.well-known/did.json').expect(200)).body;
    expect(doc.id).toMatch(/^did:web:/);
    expect(doc.assertionMethod.length).toBeGreaterThan(0);
    expect(JSON.stringify(doc)).not.toContain('"d"');
  });

  it('limits how fast one address can try codes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) statuses.push((await http().get('/api/verify/0000-0000-0000')).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(60);
  });
});
