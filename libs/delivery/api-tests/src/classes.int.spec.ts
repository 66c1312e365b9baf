import { createUnit, startTestApp, TestApp, uid } from '@cds/api/testing';
import { AuditLog } from '@cds/audit/api';
import { ClassSession } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';
import { addVersion, classBody, day, person, publishedCourse } from './classes-fixtures';

describe('delivery: classes and sessions (medium)', () => {
  let t: TestApp;
  let province: OrgUnit, district: OrgUnit, commune: OrgUnit;
  let admin: Awaited<ReturnType<typeof person>>;
  let trainer: Awaited<ReturnType<typeof person>>;
  let communeTrainer: Awaited<ReturnType<typeof person>>;
  let learner: Awaited<ReturnType<typeof person>>;
  const http = () => t.http();

  beforeAll(async () => {
    t = await startTestApp();
    province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    district = await createUnit(t.db, `Huyện Giao Thủy ${uid()}`, 'district', province);
    commune = await createUnit(t.db, `Xã Giao Lạc ${uid()}`, 'commune', district);
    admin = await person(t, province, [['admin', province]], 'Phạm Quốc Huy', '10.71.0.1');
    trainer = await person(t, province, [['trainer', province]], 'Đặng Thị Thu Hương', '10.71.0.2');
    communeTrainer = await person(t, commune, [['trainer', commune]], 'Vũ Văn Khải', '10.71.0.3');
    learner = await person(t, commune, undefined, 'Trần Thị Lụa', '10.71.0.4');
  });
  afterAll(() => t.close());

  it('creates a class on the course’s published version, keeps it when the course is published again, and audits it', async () => {
    const course = await publishedCourse(t);
    const body = classBody({ courseId: course.courseId, organiserUnitId: province.id, trainerIds: [trainer.personId] });
    const created = (await http().post('/api/classes').set(admin.auth).send(body).expect(201)).body;
    expect(created).toMatchObject({
      code: body.code,
      courseId: course.courseId,
      courseVersionId: course.versionId,
      state: 'upcoming',
      open: true,
      enrolled: 0,
      waitlisted: 0,
      organiserUnitName: province.name,
      trainers: [{ personId: trainer.personId, fullName: 'Đặng Thị Thu Hương' }],
      sessions: [],
    });

    const v2 = await addVersion(t, course.courseId, 2, `${course.title} (cập nhật)`);
    expect((await http().get(`/api/classes/${created.id}`).set(admin.auth).expect(200)).body.courseVersionId).toBe(course.versionId);
    const later = (await http().post('/api/classes').set(admin.auth).send(classBody({ courseId: course.courseId, organiserUnitId: province.id })).expect(201)).body;
    expect(later.courseVersionId).toBe(v2);

    const audit = await t.db.getRepository(AuditLog).findOneByOrFail({ action: 'class.created', targetId: String(created.id) });
    expect(audit).toMatchObject({ targetType: 'training_class', actorId: admin.accountId });
  });

  it('refuses classes that cannot run: unpublished course, taken code, dates out of order, a trainer without the role, an organiser outside one’s scope', async () => {
    const course = await publishedCourse(t);
    const draft = await publishedCourse(t);
    await t.db.query('UPDATE course SET published_version_id = NULL WHERE id = ?', [draft.courseId]);
    const body = classBody({ courseId: course.courseId, organiserUnitId: province.id });

    const unpublished = await http().post('/api/classes').set(admin.auth).send({ ...body, courseId: draft.courseId }).expect(422);
    expect(unpublished.body.code).toBe('delivery.course_not_published');

    await http().post('/api/classes').set(admin.auth).send(body).expect(201);
    const taken = await http().post('/api/classes').set(admin.auth).send({ ...body, title: 'Lớp khác' }).expect(409);
    expect(taken.body).toMatchObject({ code: 'delivery.class_code_taken' });
    expect(taken.body.message).toContain(body.code);

    const fresh = () => ({ ...body, code: `LOP-${uid()}` });
    expect((await http().post('/api/classes').set(admin.auth).send({ ...fresh(), startDate: day(20), endDate: day(19) }).expect(422)).body.code).toBe('delivery.end_before_start');
    expect((await http().post('/api/classes').set(admin.auth).send({ ...fresh(), enrolmentDeadline: day(15) }).expect(422)).body.code).toBe('delivery.deadline_after_start');
    expect((await http().post('/api/classes').set(admin.auth).send({ ...fresh(), capacity: 0 }).expect(422)).body.code).toBe('validation.failed');

    const notTrainer = await http().post('/api/classes').set(admin.auth).send({ ...fresh(), trainerIds: [learner.personId] }).expect(422);
    expect(notTrainer.body.code).toBe('delivery.not_a_trainer');
    expect(notTrainer.body.message).toContain('Trần Thị Lụa');

    // A trainer of a commune may organise classes there, not for the province.
    await http().post('/api/classes').set(communeTrainer.auth).send({ ...fresh(), organiserUnitId: province.id }).expect(403);
    await http().post('/api/classes').set(communeTrainer.auth).send({ ...fresh(), organiserUnitId: commune.id, trainerIds: [communeTrainer.personId] }).expect(201);
    // A learner holds no classes.write at all.
    await http().post('/api/classes').set(learner.auth).send(fresh()).expect(403);
    // Unknown fields are refused.
    await http().post('/api/classes').set(admin.auth).send({ ...fresh(), enrolledCount: 5 }).expect(422);
  });

  it('schedules sessions within the class’s dates; its trainers may change them, others outside the organiser’s scope may not', async () => {
    const course = await publishedCourse(t);
    const cls = (await http().post('/api/classes').set(admin.auth).send(classBody({ courseId: course.courseId, organiserUnitId: province.id, trainerIds: [communeTrainer.personId] })).expect(201)).body;
    const at = (d: string, hhmm: string) => `${d}T${hhmm}:00+07:00`;
    const session = { title: 'Buổi 1: Khai giảng', startsAt: at(cls.startDate, '08:00'), endsAt: at(cls.startDate, '11:30'), place: 'Phòng họp tầng 3', onlineUrl: null };

    // The commune trainer trains this province class: they may schedule its sessions.
    const added = (await http().post(`/api/classes/${cls.id}/sessions`).set(communeTrainer.auth).send(session).expect(201)).body;
    expect(added).toMatchObject({ classId: cls.id, title: 'Buổi 1: Khai giảng', place: 'Phòng họp tầng 3', onlineUrl: null });
    expect(added.startsAt).toBe(new Date(session.startsAt).toISOString());
    const stored = await t.db.getRepository(ClassSession).findOneByOrFail({ id: added.id });
    expect(stored.checkInSecret).toMatch(/^[0-9a-f]{64}$/);

    expect((await http().post(`/api/classes/${cls.id}/sessions`).set(admin.auth).send({ ...session, endsAt: session.startsAt }).expect(422)).body.code).toBe('delivery.session_ends_before_start');
    expect((await http().post(`/api/classes/${cls.id}/sessions`).set(admin.auth).send({ ...session, startsAt: at(day(13), '08:00'), endsAt: at(day(13), '10:00') }).expect(422)).body.code).toBe(
      'delivery.session_outside_class',
    );
    // Late on the last day (Vietnam time) is within the class; running past its midnight is not.
    await http().post(`/api/classes/${cls.id}/sessions`).set(admin.auth).send({ ...session, startsAt: at(cls.endDate, '22:00'), endsAt: at(cls.endDate, '23:30') }).expect(201);
    await http().post(`/api/classes/${cls.id}/sessions`).set(admin.auth).send({ ...session, startsAt: at(cls.endDate, '23:00'), endsAt: `${day(19)}T00:30:00+07:00` }).expect(422);
    expect((await http().post(`/api/classes/${cls.id}/sessions`).set(admin.auth).send({ ...session, startsAt: '2026-01-01T08:00:00' }).expect(422)).body.code).toBe('validation.failed');
    await http().post(`/api/classes/${cls.id}/sessions`).set(admin.auth).send({ ...session, onlineUrl: 'javascript:alert(1)' }).expect(422);

    // Another trainer, not of this class and without scope over the province, may not.
    const other = await person(t, commune, [['trainer', commune]], 'Ngô Văn Lâm', '10.71.0.5');
    expect((await http().post(`/api/classes/${cls.id}/sessions`).set(other.auth).send(session).expect(403)).body.code).toBe('delivery.class_not_writable');
    await http().patch(`/api/sessions/${added.id}`).set(other.auth).send({ title: 'Đổi tên' }).expect(403);

    const patched = (await http().patch(`/api/sessions/${added.id}`).set(communeTrainer.auth).send({ title: 'Buổi 1: Khai giảng và giới thiệu', onlineUrl: 'https://meet.example.vn/cds-01' }).expect(200)).body;
    expect(patched).toMatchObject({ title: 'Buổi 1: Khai giảng và giới thiệu', onlineUrl: 'https://meet.example.vn/cds-01', startsAt: added.startsAt });
    await http().patch(`/api/sessions/${added.id}`).set(admin.auth).send({ endsAt: session.startsAt }).expect(422);

    // Moving the class away from its sessions is refused; the sessions go first.
    expect((await http().patch(`/api/classes/${cls.id}`).set(admin.auth).send({ startDate: day(15) }).expect(422)).body.code).toBe('delivery.sessions_outside_dates');
    await http().delete(`/api/sessions/${added.id}`).set(communeTrainer.auth).expect(204);
    await http().delete(`/api/sessions/${added.id}`).set(admin.auth).expect(404);
    const detail = (await http().get(`/api/classes/${cls.id}`).set(admin.auth).expect(200)).body;
    expect(detail.sessions).toHaveLength(1);
    const changes = await t.db.getRepository(AuditLog).findBy({ action: 'class.changed', targetType: 'class_session', targetId: String(added.id) });
    expect(changes.map((a) => (a.details as { session: string }).session).sort()).toEqual(['added', 'changed', 'deleted']);
  });

  it('changes a class: capacity never below the enrolled count; cancelling closes it', async () => {
    const course = await publishedCourse(t);
    const cls = (await http().post('/api/classes').set(admin.auth).send(classBody({ courseId: course.courseId, organiserUnitId: province.id, capacity: 5 })).expect(201)).body;
    await t.db.query('UPDATE training_class SET enrolled_count = 3 WHERE id = ?', [cls.id]);
    const low = await http().patch(`/api/classes/${cls.id}`).set(admin.auth).send({ capacity: 2 }).expect(409);
    expect(low.body).toMatchObject({ code: 'delivery.capacity_below_enrolled' });
    expect(low.body.message).toContain('3');
    const changed = (await http().patch(`/api/classes/${cls.id}`).set(admin.auth).send({ capacity: 3, title: 'Lớp kỹ năng số – đợt 2', trainerIds: [trainer.personId] }).expect(200)).body;
    expect(changed).toMatchObject({ capacity: 3, title: 'Lớp kỹ năng số – đợt 2', trainers: [{ personId: trainer.personId }] });
    await http().patch(`/api/classes/${cls.id}`).set(admin.auth).send({ courseId: course.courseId }).expect(422);
    await http().patch(`/api/classes/${cls.id}`).set(communeTrainer.auth).send({ title: 'x' }).expect(403);
    const cancelled = (await http().patch(`/api/classes/${cls.id}`).set(admin.auth).send({ cancelled: true }).expect(200)).body;
    expect(cancelled).toMatchObject({ state: 'cancelled', open: false });
    expect(await t.db.getRepository(AuditLog).countBy({ action: 'class.changed', targetType: 'training_class', targetId: String(cls.id) })).toBe(2);
  });

  it('lists classes a page at a time, by state and course; open classes and the next one of a course for everyone who may see them', async () => {
    const course = await publishedCourse(t);
    const make = (startDate: string, endDate: string, deadline: string, extra = {}) =>
      http()
        .post('/api/classes')
        .set(admin.auth)
        .send({ ...classBody({ courseId: course.courseId, organiserUnitId: province.id, startDate, endDate, enrolmentDeadline: deadline }), ...extra })
        .expect(201)
        .then((r) => r.body);
    const finished = await make(day(-30), day(-25), day(-35));
    const running = await make(day(-2), day(3), day(-3));
    const soon = await make(day(7), day(9), day(5));
    const later = await make(day(40), day(45), day(30));
    const cancelled = await make(day(20), day(22), day(15));
    await http().patch(`/api/classes/${cancelled.id}`).set(admin.auth).send({ cancelled: true }).expect(200);

    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: number }[]; nextCursor: string | null } = (
        await http()
          .get(`/api/classes?courseId=${course.courseId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
          .set(trainer.auth)
          .expect(200)
      ).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([later.id, cancelled.id, soon.id, running.id, finished.id]);

    const state = async (s: string) => (await http().get(`/api/classes?courseId=${course.courseId}&state=${s}`).set(admin.auth).expect(200)).body.items.map((c: { id: number }) => c.id);
    expect(await state('running')).toEqual([running.id]);
    expect(await state('finished')).toEqual([finished.id]);
    expect(await state('upcoming')).toEqual([later.id, soon.id]);
    expect(await state('cancelled')).toEqual([cancelled.id]);
    expect((await http().get(`/api/classes?q=${encodeURIComponent(soon.code)}`).set(admin.auth).expect(200)).body.items.map((c: { id: number }) => c.id)).toEqual([soon.id]);
    await http().get('/api/classes?cursor=bm90LWEtY3Vyc29y').set(admin.auth).expect(400);
    await http().get('/api/classes').set(learner.auth).expect(403);

    const open = (await http().get(`/api/classes/open?courseId=${course.courseId}`).set(learner.auth).expect(200)).body;
    expect(open.map((c: { id: number }) => c.id)).toEqual([soon.id, later.id]);
    const next = await http().get(`/api/classes/next?courseId=${course.courseId}`).set(admin.auth).expect(200);
    expect(next.body).toMatchObject({ id: soon.id, open: true });
    const none = await publishedCourse(t);
    const nothing = await http().get(`/api/classes/next?courseId=${none.courseId}`).set(admin.auth).expect(200);
    expect(nothing.text).toBe('null');
    await http().get(`/api/classes/next?courseId=${course.courseId}`).set(learner.auth).expect(403);

    // A learner reads an open class, not a running one they are not in.
    await http().get(`/api/classes/${soon.id}`).set(learner.auth).expect(200);
    expect((await http().get(`/api/classes/${running.id}`).set(learner.auth).expect(403)).body.code).toBe('delivery.class_forbidden');
    await http().get('/api/classes/999999999').set(admin.auth).expect(404);
  });

  it('describes every route in the OpenAPI document', async () => {
    const doc = (await http().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    for (const route of [
      'GET /api/plans',
      'POST /api/plans',
      'GET /api/plans/{year}',
      'GET /api/plans/{year}/export',
      'POST /api/plans/{id}/items',
      'PUT /api/plan-items/{id}',
      'DELETE /api/plan-items/{id}',
      'GET /api/classes',
      'GET /api/classes/open',
      'GET /api/classes/next',
      'GET /api/classes/{id}',
      'POST /api/classes',
      'PATCH /api/classes/{id}',
      'POST /api/classes/{id}/sessions',
      'PATCH /api/sessions/{id}',
      'DELETE /api/sessions/{id}',
      'GET /api/classes/{id}/calendar.ics',
      'GET /api/classes/{id}/enrolments',
      'POST /api/classes/{id}/nominations',
      'POST /api/classes/{id}/join',
      'GET /api/enrolments',
      'POST /api/enrolments/{id}/decision',
      'POST /api/enrolments/{id}/withdraw',
    ]) {
      expect(routes).toContain(route);
    }
  });

  it('gives a phone calendar (.ics) with every session in UTC, Vietnamese text intact', async () => {
    const course = await publishedCourse(t, 'An toàn thông tin cho cán bộ, công chức cấp xã');
    const cls = (
      await http()
        .post('/api/classes')
        .set(admin.auth)
        .send(classBody({ courseId: course.courseId, organiserUnitId: province.id, title: 'Lớp An toàn thông tin – Huyện Giao Thủy', trainerIds: [trainer.personId] }))
        .expect(201)
    ).body;
    const sessions = [
      { title: 'Buổi 1: Nhận diện lừa đảo trực tuyến', startsAt: `${cls.startDate}T08:00:00+07:00`, endsAt: `${cls.startDate}T11:00:00+07:00`, place: 'Hội trường UBND huyện Giao Thủy', onlineUrl: null },
      { title: 'Buổi 2: Bảo vệ tài khoản và chữ ký số', startsAt: `${cls.endDate}T13:30:00+07:00`, endsAt: `${cls.endDate}T16:30:00+07:00`, place: '', onlineUrl: 'https://meet.example.vn/attt-02' },
    ];
    for (const s of sessions) await http().post(`/api/classes/${cls.id}/sessions`).set(trainer.auth).send(s).expect(201);

    const res = await http().get(`/api/classes/${cls.id}/calendar.ics`).set(trainer.auth).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('.ics');
    const text = res.text.replace(/\r\n[ \t]/g, '');
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('SUMMARY:Lớp An toàn thông tin – Huyện Giao Thủy – Buổi 1: Nhận diện lừa đảo trực tuyến');
    expect(text).toContain('SUMMARY:Lớp An toàn thông tin – Huyện Giao Thủy – Buổi 2: Bảo vệ tài khoản và chữ ký số');
    expect(text).toContain('LOCATION:Hội trường UBND huyện Giao Thủy');
    expect(text).toContain('LOCATION:https://meet.example.vn/attt-02');
    const utc = (local: string) => new Date(local).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(text).toContain(`DTSTART:${utc(sessions[0].startsAt)}`);
    expect(text).toContain(`DTEND:${utc(sessions[1].endsAt)}`);

    // Someone outside the class (and it closed for enrolment) does not get it.
    await t.db.query('UPDATE training_class SET enrolment_deadline = ? WHERE id = ?', [day(-1), cls.id]);
    await http().get(`/api/classes/${cls.id}/calendar.ics`).set(learner.auth).expect(403);
    await http().get(`/api/classes/${cls.id}/calendar.ics`).expect(401);
  });
});
