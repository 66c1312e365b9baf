import type { AttendanceSummary, CheckInCode, RollCall, SignInSheetDto } from '@cds/contracts';
import ExcelJS from 'exceljs';
import { createHmac } from 'node:crypto';
import QRCode from 'qrcode';
import { bearer, binary, createUnit, startTestApp, TestApp, uid } from '@cds/api/testing';
import { AuditLog } from '@cds/audit/api';
import { Attendance, SignInSheet } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';
import { addTrainer, classSession, enrol, publishedCourse, PublishedCourse, signedIn, trainingClass } from './learning-fixtures';

type Session = Awaited<ReturnType<typeof classSession>>;
type Person = Awaited<ReturnType<typeof signedIn>>;

/** The code the trainer's screen would show for a window (by the documented recipe, not the API's code). */
function codeFor(session: Session, windowOffset = 0, now = Date.now()) {
  const window = Math.floor(now / 1000 / 45) + windowOffset;
  const mac = createHmac('sha256', session.checkInSecret).update(`${session.id}.${window}`).digest('base64url').slice(0, 16);
  return `${session.id}.${window}.${mac}`;
}

describe('delivery: attendance (medium)', () => {
  let t: TestApp;
  let province: OrgUnit, department: OrgUnit, commune: OrgUnit, elsewhere: OrgUnit;
  let course: PublishedCourse;
  let classA: number, classB: number;
  let trainerA: Person, trainerB: Person, admin: Person, farAdmin: Person;
  let learners: Person[];
  let enrolments: number[];
  let open: Session;
  const http = () => t.http();
  const checkIn = (who: Person, classId: number, code: string) => http().post(`/api/learning/classes/${classId}/check-in`).set(bearer(who.token)).send({ code });
  const refusals = (accountId: number) => t.db.getRepository(AuditLog).find({ where: { action: 'attendance.check_in_refused', actorId: accountId }, order: { id: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp();
    province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    department = await createUnit(t.db, `Sở Khoa học và Công nghệ ${uid()}`, 'department', province);
    commune = await createUnit(t.db, `Xã Giao Hải ${uid()}`, 'commune', province);
    elsewhere = await createUnit(t.db, `Tỉnh Thái Bình ${uid()}`, 'province');
    course = await publishedCourse(t.db, [1]);
    classA = await trainingClass(t.db, course, department, { title: 'Lớp An toàn thông tin cho cán bộ xã' });
    classB = await trainingClass(t.db, course, department);
    trainerA = await signedIn(t, department, [['trainer', province]], 'Phạm Minh Tuấn');
    trainerB = await signedIn(t, department, [['trainer', province]], 'Đỗ Thu Hà');
    admin = await signedIn(t, province, [['admin', province]], 'Trần Quốc Bảo');
    farAdmin = await signedIn(t, elsewhere, [['admin', elsewhere]], 'Vũ Văn Nam');
    await addTrainer(t.db, classA, trainerA.personId);
    await addTrainer(t.db, classB, trainerB.personId);
    learners = [];
    enrolments = [];
    for (const name of ['Nguyễn Thị Lan', 'Trần Văn Bình', 'Lê Thị Cúc', 'Hoàng Văn Dũng', 'Phan Thị Én']) {
      const p = await signedIn(t, commune, undefined, name);
      learners.push(p);
      enrolments.push(await enrol(t.db, classA, p.personId));
    }
    // Started five minutes ago: open, and still "present".
    open = await classSession(t.db, classA, -5, 120, 'Buổi 1: Tổng quan');
  });
  afterAll(() => t.close());

  describe('QR check-in', () => {
    it('shows a rotating code with its link and QR, and checks an enrolled learner in once', async () => {
      const res = await http().get(`/api/sessions/${open.id}/check-in-code`).set(bearer(trainerA.token)).expect(200);
      const code = res.body as CheckInCode;
      expect(res.headers['cache-control']).toBe('no-store');
      expect(code).toMatchObject({ sessionId: open.id, periodSeconds: 45, checkedIn: 0, enrolled: 5 });
      expect(code.code).toMatch(new RegExp(`^${open.id}\\.\\d+\\.[A-Za-z0-9_-]{16}$`));
      expect(code.url).toMatch(new RegExp(`^http://[^/]+/learn/classes/${classA}/check-in\\?code=${code.code.replace(/\./g, '\\.')}$`));
      expect(code.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const refreshIn = new Date(code.refreshAt).getTime() - Date.now();
      expect(refreshIn).toBeGreaterThan(-1000);
      expect(refreshIn).toBeLessThanOrEqual(45_000);
      expect(new Date(code.refreshAt).getTime() % 45_000).toBe(0);
      // The recipe is the documented one (window of 45 s, HMAC-SHA256 of the session's secret).
      expect([codeFor(open), codeFor(open, -1)]).toContain(code.code);

      const first = await checkIn(learners[0], classA, code.code).expect(201);
      expect(first.body).toMatchObject({ sessionId: open.id, sessionTitle: 'Buổi 1: Tổng quan', status: 'present' });
      const again = await checkIn(learners[0], classA, code.code).expect(409);
      expect(again.body).toMatchObject({ code: 'attendance.already_checked_in', message: 'Bạn đã được ghi nhận điểm danh cho buổi học này.' });
      expect(await t.db.getRepository(Attendance).findBy({ sessionId: open.id, enrolmentId: enrolments[0] })).toEqual([
        expect.objectContaining({ status: 'present', method: 'qr', recordedBy: learners[0].personId }),
      ]);
      expect((await http().get(`/api/sessions/${open.id}/check-in-code`).set(bearer(trainerA.token)).expect(200)).body.checkedIn).toBe(1);
    });

    it('accepts the previous window and refuses older codes, forged macs and garbage', async () => {
      await checkIn(learners[1], classA, codeFor(open, -1)).expect(201);
      const expired = await checkIn(learners[2], classA, codeFor(open, -2)).expect(410);
      expect(expired.body).toMatchObject({ code: 'attendance.code_expired' });
      const future = await checkIn(learners[2], classA, codeFor(open, 3)).expect(410);
      expect(future.body.code).toBe('attendance.code_expired');

      const real = codeFor(open);
      const forged = `${real.slice(0, -16)}${real.slice(-16, -1)}${real.endsWith('A') ? 'B' : 'A'}`;
      expect((await checkIn(learners[2], classA, forged).expect(422)).body.code).toBe('attendance.code_invalid');
      // A mac made with a guessed secret for the right session and window.
      const window = Math.floor(Date.now() / 1000 / 45);
      const guessed = `${open.id}.${window}.${createHmac('sha256', 'guess').update(`${open.id}.${window}`).digest('base64url').slice(0, 16)}`;
      expect((await checkIn(learners[2], classA, guessed).expect(422)).body.code).toBe('attendance.code_invalid');
      for (const garbage of ['', 'hello', `${open.id}.${window}`, `999999999.${window}.AAAAAAAAAAAAAAAA`]) {
        expect((await checkIn(learners[2], classA, garbage).expect(422)).body.code).toBe('attendance.code_invalid');
      }
      expect(await t.db.getRepository(Attendance).countBy({ sessionId: open.id, enrolmentId: enrolments[2] })).toBe(0);
    });

    it('refuses another class’s code, a person not enrolled and a session that is not open; each refusal is audited without the code', async () => {
      const sessionB = await classSession(t.db, classB, -5, 60);
      const outsider = await signedIn(t, commune, undefined, 'Bùi Văn Khách');
      const waiting = await signedIn(t, commune, undefined, 'Đinh Thị Chờ');
      await enrol(t.db, classA, waiting.personId, 'waitlisted');
      const later = await classSession(t.db, classA, 31, 60, 'Buổi sau');
      const soon = await classSession(t.db, classA, 29, 60, 'Buổi sắp tới');
      const over = await classSession(t.db, classA, -120, 60, 'Buổi đã xong');

      const other = await checkIn(learners[3], classA, codeFor(sessionB)).expect(422);
      expect(other.body).toMatchObject({ code: 'attendance.code_other_class', message: 'Mã điểm danh này thuộc một lớp học khác.' });
      expect((await checkIn(outsider, classA, codeFor(open)).expect(403)).body.code).toBe('attendance.not_enrolled');
      expect((await checkIn(waiting, classA, codeFor(open)).expect(403)).body.code).toBe('attendance.not_enrolled');
      expect((await checkIn(learners[3], classA, codeFor(later)).expect(409)).body.code).toBe('attendance.session_not_open');
      expect((await checkIn(learners[3], classA, codeFor(over)).expect(409)).body.code).toBe('attendance.session_not_open');
      const en = await checkIn(learners[3], classA, codeFor(over)).set('accept-language', 'en').expect(409);
      expect(en.body.message).toBe('Check-in is open only from 30 minutes before the session starts until it ends.');
      // From 30 minutes before the start, check-in is open.
      await checkIn(learners[3], classA, codeFor(soon)).expect(201);

      const audited = await refusals(learners[3].accountId);
      expect(audited.map((a) => [a.targetType, a.targetId, (a.details as { reason: string }).reason])).toEqual([
        ['class_session', String(sessionB.id), 'attendance.code_other_class'],
        ['class_session', String(later.id), 'attendance.session_not_open'],
        ['class_session', String(over.id), 'attendance.session_not_open'],
        ['class_session', String(over.id), 'attendance.session_not_open'],
      ]);
      expect((await refusals(outsider.accountId)).map((a) => (a.details as { reason: string }).reason)).toEqual(['attendance.not_enrolled']);
      // The log names the session and the reason, never the code.
      for (const a of [...audited, ...(await refusals(learners[2].accountId))]) expect(Object.keys(a.details ?? {}).sort()).toEqual(['classId', 'reason']);
      // The refusals of the previous test were audited too.
      expect((await refusals(learners[2].accountId)).map((a) => (a.details as { reason: string }).reason)).toEqual([
        'attendance.code_expired',
        'attendance.code_expired',
        'attendance.code_invalid',
        'attendance.code_invalid',
        'attendance.code_invalid',
        'attendance.code_invalid',
        'attendance.code_invalid',
        'attendance.code_invalid',
      ]);
    });

    it('marks a learner late after the first 15 minutes', async () => {
      const started = await classSession(t.db, classA, -20, 120, 'Buổi muộn');
      expect((await checkIn(learners[4], classA, codeFor(started)).expect(201)).body.status).toBe('late');
    });

    it('lets the same learner check in exactly once when five scans arrive at once', async () => {
      const session = await classSession(t.db, classA, -1, 60, 'Buổi đồng thời');
      const code = codeFor(session);
      const results = await Promise.all(Array.from({ length: 5 }, () => checkIn(learners[4], classA, code)));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(4).fill('attendance.already_checked_in'));
      expect(await t.db.getRepository(Attendance).countBy({ sessionId: session.id })).toBe(1);
    });

    it('shows the code only to the class’s trainers and admins in scope', async () => {
      await http().get(`/api/sessions/${open.id}/check-in-code`).set(bearer(trainerB.token)).expect(403);
      await http().get(`/api/sessions/${open.id}/check-in-code`).set(bearer(farAdmin.token)).expect(403);
      await http().get(`/api/sessions/${open.id}/check-in-code`).set(bearer(learners[0].token)).expect(403);
      await http().get(`/api/sessions/${open.id}/check-in-code`).set(bearer(admin.token)).expect(200);
    });
  });

  describe('roll call', () => {
    it('lets a trainer of the class mark everyone, audited once; a QR scan after it is refused', async () => {
      const session = await classSession(t.db, classA, -10, 120, 'Buổi điểm danh');
      const before = (await http().get(`/api/sessions/${session.id}/roll-call`).set(bearer(trainerA.token)).expect(200)).body as RollCall;
      expect(before.session).toMatchObject({ id: session.id, classId: classA, title: 'Buổi điểm danh' });
      // Vietnamese name order: by given name (Bình, Cúc, Dũng, Én, Lan), then the waiting learner is not listed.
      expect(before.lines.map((l) => l.fullName)).toEqual(['Trần Văn Bình', 'Lê Thị Cúc', 'Hoàng Văn Dũng', 'Phan Thị Én', 'Nguyễn Thị Lan']);
      expect(before.lines.every((l) => l.status === null && l.method === null && l.at === null)).toBe(true);

      const marks = [
        { enrolmentId: enrolments[0], status: 'present' },
        { enrolmentId: enrolments[1], status: 'late' },
        { enrolmentId: enrolments[2], status: 'absent' },
        { enrolmentId: enrolments[3], status: 'excused' },
      ];
      const after = (await http().put(`/api/sessions/${session.id}/roll-call`).set(bearer(trainerA.token)).send({ marks }).expect(200)).body as RollCall;
      const byEnrolment = new Map(after.lines.map((l) => [l.enrolmentId, l]));
      expect(byEnrolment.get(enrolments[0])).toMatchObject({ status: 'present', method: 'roll_call', fullName: 'Nguyễn Thị Lan' });
      expect(byEnrolment.get(enrolments[1])).toMatchObject({ status: 'late', method: 'roll_call' });
      expect(byEnrolment.get(enrolments[4])).toMatchObject({ status: null });
      const audit = await t.db.getRepository(AuditLog).find({ where: { action: 'attendance.marked', targetId: String(session.id) } });
      expect(audit).toHaveLength(1);
      expect(audit[0].details).toMatchObject({ method: 'roll_call', marked: 4, present: 1, late: 1, absent: 1, excused: 1 });

      // Marked by the trainer already: the learner's own scan does not add a second record.
      expect((await checkIn(learners[2], classA, codeFor(session)).expect(409)).body.code).toBe('attendance.already_checked_in');
      // A correction changes the mark.
      await http().put(`/api/sessions/${session.id}/roll-call`).set(bearer(trainerA.token)).send({ marks: [{ enrolmentId: enrolments[2], status: 'present' }] }).expect(200);
      expect(await t.db.getRepository(Attendance).findOneByOrFail({ sessionId: session.id, enrolmentId: enrolments[2] })).toMatchObject({ status: 'present', method: 'roll_call' });
    });

    it('refuses a trainer of another class, an admin out of scope, and people who are not participants', async () => {
      const session = await classSession(t.db, classA, -10, 120);
      const marks = [{ enrolmentId: enrolments[0], status: 'present' }];
      const res = await http().put(`/api/sessions/${session.id}/roll-call`).set(bearer(trainerB.token)).send({ marks }).expect(403);
      expect(res.body.code).toBe('attendance.not_trainer');
      await http().get(`/api/sessions/${session.id}/roll-call`).set(bearer(trainerB.token)).expect(403);
      await http().put(`/api/sessions/${session.id}/roll-call`).set(bearer(farAdmin.token)).send({ marks }).expect(403);
      await http().put(`/api/sessions/${session.id}/roll-call`).set(bearer(learners[0].token)).send({ marks }).expect(403);
      expect(await t.db.getRepository(Attendance).countBy({ sessionId: session.id })).toBe(0);
      await http().put(`/api/sessions/${session.id}/roll-call`).set(bearer(admin.token)).send({ marks }).expect(200);

      // An enrolment of another class, a waiting one, a repeated one: refused, nothing stored.
      const stranger = await signedIn(t, commune);
      const elsewhereEnrolment = await enrol(t.db, classB, stranger.personId);
      const waitingEnrolment = await enrol(t.db, classA, (await signedIn(t, commune)).personId, 'waitlisted');
      for (const bad of [
        [{ enrolmentId: elsewhereEnrolment, status: 'present' }],
        [{ enrolmentId: waitingEnrolment, status: 'present' }],
        [
          { enrolmentId: enrolments[1], status: 'present' },
          { enrolmentId: enrolments[1], status: 'late' },
        ],
        [{ enrolmentId: enrolments[1], status: 'asleep' }],
      ]) {
        await http().put(`/api/sessions/${session.id}/roll-call`).set(bearer(trainerA.token)).send({ marks: bad }).expect(422);
      }
      expect(await t.db.getRepository(Attendance).countBy({ sessionId: session.id })).toBe(1);
      await http().get('/api/sessions/999999999/roll-call').set(bearer(trainerA.token)).expect(404);
    });
  });

  describe('sign-in sheets', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

    it('refuses a PNG renamed .pdf, stores a real PDF, and confirming marks the listed people present', async () => {
      const session = await classSession(t.db, classA, -60, 120, 'Buổi ký danh');
      const png = await QRCode.toBuffer('sign-in');
      const renamed = await http().post(`/api/sessions/${session.id}/sign-in-sheets`).set(bearer(trainerA.token)).attach('file', png, 'bang-ky-danh.pdf').expect(422);
      expect(renamed.body.code).toBe('files.mismatch');
      await http().post(`/api/sessions/${session.id}/sign-in-sheets`).set(bearer(trainerA.token)).attach('file', Buffer.from('just text'), 'ghi-chu.txt').expect(422);
      await http().post(`/api/sessions/${session.id}/sign-in-sheets`).set(bearer(trainerB.token)).attach('file', pdf, 'bang.pdf').expect(403);
      expect(await t.db.getRepository(SignInSheet).countBy({ sessionId: session.id })).toBe(0);

      const stored = (await http().post(`/api/sessions/${session.id}/sign-in-sheets`).set(bearer(trainerA.token)).attach('file', pdf, 'Bảng ký danh buổi 1.pdf').expect(201)).body as SignInSheetDto;
      expect(stored).toMatchObject({ sessionId: session.id, fileName: 'Bảng ký danh buổi 1.pdf', contentType: 'application/pdf', size: pdf.length, uploadedBy: { personId: trainerA.personId, fullName: 'Phạm Minh Tuấn' }, confirmedBy: null, confirmedAt: null });
      const image = (await http().post(`/api/sessions/${session.id}/sign-in-sheets`).set(bearer(trainerA.token)).attach('file', png, 'anh-chup.png').expect(201)).body as SignInSheetDto;
      expect(image.contentType).toBe('image/png');

      const list = (await http().get(`/api/sessions/${session.id}/sign-in-sheets`).set(bearer(trainerA.token)).expect(200)).body as SignInSheetDto[];
      expect(list.map((s) => s.id)).toEqual([stored.id, image.id]);
      const file = await http().get(`/api/sign-in-sheets/${stored.id}/file`).set(bearer(trainerA.token)).buffer(true).parse(binary).expect(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Bảng ký danh buổi 1.pdf')}`);
      expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
      await http().get(`/api/sign-in-sheets/${stored.id}/file`).set(bearer(trainerB.token)).expect(403);

      // One learner had already checked in late by QR: the sheet makes them present.
      await t.db.getRepository(Attendance).insert({ sessionId: session.id, enrolmentId: enrolments[1], status: 'late', method: 'qr', recordedBy: learners[1].personId, recordedAt: new Date() });
      const confirmed = (await http().post(`/api/sign-in-sheets/${stored.id}/confirm`).set(bearer(trainerA.token)).send({ presentEnrolmentIds: [enrolments[0], enrolments[1]] }).expect(200)).body as RollCall;
      const present = confirmed.lines.filter((l) => l.status !== null).map((l) => [l.enrolmentId, l.status, l.method]);
      expect(present.sort()).toEqual(
        [
          [enrolments[0], 'present', 'sheet'],
          [enrolments[1], 'present', 'sheet'],
        ].sort(),
      );
      const sheet = await t.db.getRepository(SignInSheet).findOneByOrFail({ id: stored.id });
      expect(sheet.confirmedBy).toBe(trainerA.personId);
      expect(sheet.confirmedAt).not.toBeNull();
      const audit = await t.db.getRepository(AuditLog).find({ where: { targetType: 'class_session', targetId: String(session.id) }, order: { id: 'ASC' } });
      expect(audit.map((a) => a.action)).toEqual(['attendance.sheet_uploaded', 'attendance.sheet_uploaded', 'attendance.sheet_confirmed']);
      expect(audit[2].details).toMatchObject({ sheetId: stored.id, present: 2 });

      // Someone not in the class cannot be confirmed.
      const stranger = await enrol(t.db, classB, (await signedIn(t, commune)).personId);
      await http().post(`/api/sign-in-sheets/${stored.id}/confirm`).set(bearer(trainerA.token)).send({ presentEnrolmentIds: [stranger] }).expect(422);
    });
  });

  describe('summary and export', () => {
    it('rates each participant over the sessions held so far and exports them with durations', async () => {
      const classC = await trainingClass(t.db, course, department, { title: 'Lớp kinh tế số' });
      await addTrainer(t.db, classC, trainerA.personId);
      const people = [];
      for (const name of ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Văn Cường']) {
        const p = await signedIn(t, commune, undefined, name);
        people.push(await enrol(t.db, classC, p.personId));
      }
      const s1 = await classSession(t.db, classC, -2 * 24 * 60, 90, 'Buổi 1');
      const s2 = await classSession(t.db, classC, -24 * 60, 150, 'Buổi 2');
      await classSession(t.db, classC, 24 * 60, 120, 'Buổi 3');
      const mark = (sessionId: number, enrolmentId: number, status: 'present' | 'late' | 'absent') =>
        t.db.getRepository(Attendance).insert({ sessionId, enrolmentId, status, method: 'roll_call', recordedBy: trainerA.personId, recordedAt: new Date() });
      await mark(s1.id, people[0], 'present');
      await mark(s2.id, people[0], 'late');
      await mark(s1.id, people[1], 'absent');
      await mark(s1.id, people[2], 'present');

      const summary = (await http().get(`/api/classes/${classC}/attendance`).set(bearer(trainerA.token)).expect(200)).body as AttendanceSummary;
      expect(summary.sessions.map((s) => s.id)).toEqual([s1.id, s2.id]);
      expect(summary.lines.map((l) => [l.fullName, l.marks, l.rate])).toEqual([
        ['Nguyễn Văn An', ['present', 'late'], 100],
        ['Trần Thị Bích', ['absent', null], 0],
        ['Lê Văn Cường', ['present', null], 50],
      ]);
      await http().get(`/api/classes/${classC}/attendance`).set(bearer(admin.token)).expect(200);
      await http().get(`/api/classes/${classC}/attendance`).set(bearer(trainerB.token)).expect(200); // a trainer in scope reads classes
      await http().get(`/api/classes/${classC}/attendance`).set(bearer(farAdmin.token)).expect(403);
      await http().get(`/api/classes/${classC}/attendance`).set(bearer(learners[0].token)).expect(403);

      const xlsx = await http().get(`/api/classes/${classC}/attendance.xlsx`).set(bearer(trainerA.token)).buffer(true).parse(binary).expect(200);
      expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(xlsx.headers['content-disposition']).toContain('diem-danh-LOP-');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body);
      const sheet = workbook.getWorksheet('Điểm danh')!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header[0]).toBe('Họ và tên');
      expect(header[1]).toBe('Đơn vị');
      expect(header[2]).toMatch(/^Buổi 1: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(1,5 giờ\)$/);
      expect(header[3]).toMatch(/^Buổi 2: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(2,5 giờ\)$/);
      expect(header[4]).toBe('Tỷ lệ chuyên cần (%)');
      expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['Nguyễn Văn An', commune.name, 'Có mặt', 'Đi muộn', 100]);
      expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['Trần Thị Bích', commune.name, 'Vắng', undefined, 0]);
      const sessions = workbook.getWorksheet('Buổi học')!;
      expect([sessions.getRow(2).getCell(6).value, sessions.getRow(3).getCell(6).value]).toEqual([1.5, 2.5]);

      const en = await http().get(`/api/classes/${classC}/attendance.xlsx`).set(bearer(trainerA.token)).set('accept-language', 'en').buffer(true).parse(binary).expect(200);
      const english = new ExcelJS.Workbook();
      await english.xlsx.load(en.body);
      const enHeader = (english.getWorksheet('Attendance')!.getRow(1).values as unknown[]).slice(1);
      expect(enHeader[0]).toBe('Full name');
      expect(enHeader[2]).toMatch(/^Session 1: \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(1\.5 h\)$/);
      expect(enHeader[4]).toBe('Attendance rate (%)');
    });
  });
});
