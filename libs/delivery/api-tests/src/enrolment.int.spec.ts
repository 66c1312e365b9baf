import { createPerson, createUnit, startTestApp, TestApp, uid } from '@cds/api/testing';
import { AuditLog } from '@cds/audit/api';
import { Enrolment, TrainingClass } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { In } from 'typeorm';
import { classBody, day, person, publishedCourse } from './classes-fixtures';

describe('delivery: enrolment (medium)', () => {
  let t: TestApp;
  let province: OrgUnit, district: OrgUnit, communeA: OrgUnit, communeB: OrgUnit, otherDistrict: OrgUnit;
  let admin: Awaited<ReturnType<typeof person>>;
  let unitAdmin: Awaited<ReturnType<typeof person>>;
  let certifier: Awaited<ReturnType<typeof person>>;
  let learner: Awaited<ReturnType<typeof person>>;
  let courseId: number;
  const http = () => t.http();

  const newClass = async (extra: Record<string, unknown> = {}) =>
    (await http().post('/api/classes').set(admin.auth).send({ ...classBody({ courseId, organiserUnitId: province.id }), ...extra }).expect(201)).body as { id: number; code: string };
  const nominate = (classId: number, personIds: number[], auth = unitAdmin.auth) => http().post(`/api/classes/${classId}/nominations`).set(auth).send({ personIds });
  const decide = (id: number, body: Record<string, unknown>, auth = certifier.auth) => http().post(`/api/enrolments/${id}/decision`).set(auth).send(body);
  const audits = async (targetId: number) => (await t.db.getRepository(AuditLog).find({ where: { targetType: 'enrolment', targetId: String(targetId) }, order: { id: 'ASC' } })).map((a) => a.action);

  beforeAll(async () => {
    t = await startTestApp();
    province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    district = await createUnit(t.db, `Huyện Hải Hậu ${uid()}`, 'district', province);
    communeA = await createUnit(t.db, `Xã Hải Minh ${uid()}`, 'commune', district);
    communeB = await createUnit(t.db, `Xã Hải Đường ${uid()}`, 'commune', district);
    otherDistrict = await createUnit(t.db, `Huyện Xuân Trường ${uid()}`, 'district', province);
    admin = await person(t, province, [['admin', province]], 'Phạm Quốc Huy', '10.72.0.1');
    unitAdmin = await person(t, district, [['unit_admin', district]], 'Lê Văn Bình', '10.72.0.2');
    certifier = await person(t, province, [['certifier', province]], 'Hoàng Thị Mai', '10.72.0.3');
    learner = await person(t, communeA, undefined, 'Trần Thị Lụa', '10.72.0.4');
    courseId = (await publishedCourse(t)).courseId;
  });
  afterAll(() => t.close());

  it('takes a nomination through approval to enrolled, audited at each step', async () => {
    const cls = await newClass();
    const a = await createPerson(t.db, communeA, 'Nguyễn Văn An');
    const b = await createPerson(t.db, communeB, 'Đỗ Thị Bích');
    const res = await nominate(cls.id, [a, b]).expect(201);
    expect(res.body.nominated).toEqual([
      expect.objectContaining({ personId: a, fullName: 'Nguyễn Văn An', state: 'nominated', classId: cls.id, classCode: cls.code, nominatedBy: { personId: unitAdmin.personId, fullName: 'Lê Văn Bình' } }),
      expect.objectContaining({ personId: b, state: 'nominated', orgUnitName: communeB.name }),
    ]);
    const [first, second] = res.body.nominated as { id: number }[];

    // The certifier's queue shows them.
    const queue = (await http().get(`/api/enrolments?state=nominated&classId=${cls.id}`).set(certifier.auth).expect(200)).body;
    expect(queue.items.map((e: { id: number }) => e.id)).toEqual([first.id, second.id]);

    const approved = (await decide(first.id, { decision: 'approve' }).expect(200)).body;
    expect(approved).toMatchObject({ state: 'enrolled', decidedBy: { personId: certifier.personId, fullName: 'Hoàng Thị Mai' }, waitlistPosition: null });
    expect((await http().get(`/api/classes/${cls.id}`).set(admin.auth).expect(200)).body).toMatchObject({ enrolled: 1, waitlisted: 0 });

    expect((await decide(second.id, { decision: 'reject' }).expect(422)).body.code).toBe('delivery.reason_required');
    const rejected = (await decide(second.id, { decision: 'reject', reason: 'Đã tham gia lớp tương tự năm 2024' }).expect(200)).body;
    expect(rejected).toMatchObject({ state: 'rejected', reason: 'Đã tham gia lớp tương tự năm 2024' });
    expect((await decide(second.id, { decision: 'approve' }).expect(409)).body.code).toBe('delivery.already_decided');

    expect(await audits(first.id)).toEqual(['enrolment.nominated', 'enrolment.approved', 'enrolment.enrolled']);
    expect(await audits(second.id)).toEqual(['enrolment.nominated', 'enrolment.rejected']);
    const entry = await t.db.getRepository(AuditLog).findOneByOrFail({ action: 'enrolment.approved', targetId: String(first.id) });
    expect(entry).toMatchObject({ actorId: certifier.accountId, targetLabel: `Nguyễn Văn An · ${cls.code}` });

    // Participants: all for the organiser's admin.
    const participants = (await http().get(`/api/classes/${cls.id}/enrolments`).set(admin.auth).expect(200)).body;
    expect(participants.map((e: { personId: number; state: string }) => [e.personId, e.state]).sort()).toEqual([[a, 'enrolled'], [b, 'rejected']].sort());
  });

  it('refuses a nomination reaching outside the nominator’s subtree, names the person, stores nothing and audits the refusal', async () => {
    const cls = await newClass();
    const inside = await createPerson(t.db, communeA, 'Bùi Văn Cường');
    const outside = await createPerson(t.db, otherDistrict, 'Lương Thị Duyên');
    const res = await nominate(cls.id, [inside, outside]).expect(403);
    expect(res.body.code).toBe('delivery.nominee_out_of_scope');
    expect(res.body.message).toContain('Lương Thị Duyên');
    expect(res.body.message).not.toContain('Bùi Văn Cường');
    expect(await t.db.getRepository(Enrolment).countBy({ classId: cls.id })).toBe(0);
    const refusal = await t.db.getRepository(AuditLog).findOneByOrFail({ action: 'enrolment.refused', targetType: 'training_class', targetId: String(cls.id) });
    expect(refusal).toMatchObject({ actorId: unitAdmin.accountId });
    expect(refusal.details).toMatchObject({ personIds: [outside] });

    // English on request.
    const en = await nominate(cls.id, [outside]).set('accept-language', 'en').expect(403);
    expect(en.body.message).toBe('Lương Thị Duyên is not in the part of the organisation you manage, so you cannot nominate them.');
  });

  it('refuses nominations to a closed or cancelled class, and anyone already in the class, storing nothing', async () => {
    const closed = await newClass({ startDate: day(-1), endDate: day(3), enrolmentDeadline: day(-2) });
    const a = await createPerson(t.db, communeA, 'Phan Văn Đức');
    const res = await nominate(closed.id, [a]).expect(409);
    expect(res.body).toMatchObject({ code: 'delivery.enrolment_closed' });
    expect(res.body.message).toContain(day(-2));
    expect((await http().post(`/api/classes/${closed.id}/join`).set(learner.auth).expect(409)).body.code).toBe('delivery.enrolment_closed');

    // Deadline today still takes nominations.
    const lastDay = await newClass({ enrolmentDeadline: day(0) });
    await nominate(lastDay.id, [a]).expect(201);

    const cancelled = await newClass();
    await http().patch(`/api/classes/${cancelled.id}`).set(admin.auth).send({ cancelled: true }).expect(200);
    expect((await nominate(cancelled.id, [a]).expect(409)).body.code).toBe('delivery.enrolment_closed');

    const cls = await newClass();
    const b = await createPerson(t.db, communeB, 'Tạ Thị Giang');
    await nominate(cls.id, [a]).expect(201);
    const again = await nominate(cls.id, [b, a]).expect(409);
    expect(again.body.code).toBe('delivery.already_in_class');
    expect(again.body.message).toContain('Phan Văn Đức');
    expect(await t.db.getRepository(Enrolment).countBy({ classId: cls.id })).toBe(1);

    const gone = await createPerson(t.db, communeB, 'Mai Văn Hậu');
    await t.db.getRepository(Person).update({ id: gone }, { active: false });
    expect((await nominate(cls.id, [gone]).expect(422)).body.code).toBe('delivery.nominee_inactive');
    expect((await nominate(cls.id, [999999999]).expect(422)).body.code).toBe('delivery.nominee_not_found');
    await nominate(cls.id, []).expect(422);
    await nominate(cls.id, [b, b]).expect(422);
  });

  it('a learner (no grants) cannot nominate or decide, but can ask to join an open class and withdraw themself', async () => {
    const cls = await newClass();
    const colleague = await createPerson(t.db, communeA, 'Hà Văn Khánh');
    expect((await nominate(cls.id, [colleague], learner.auth).expect(403)).body.code).toBe('auth.forbidden');
    await http().get('/api/enrolments').set(learner.auth).expect(403);

    const joined = (await http().post(`/api/classes/${cls.id}/join`).set(learner.auth).expect(201)).body;
    expect(joined).toMatchObject({ personId: learner.personId, state: 'requested', nominatedBy: null });
    expect((await http().post(`/api/classes/${cls.id}/join`).set(learner.auth).expect(409)).body.code).toBe('delivery.already_in_class');
    expect((await decide(joined.id, { decision: 'approve' }, learner.auth).expect(403)).body.code).toBe('auth.forbidden');

    // The learner's unit admin sees the request in the queue; a unit admin of elsewhere does not.
    const queue = (await http().get(`/api/enrolments?state=requested&classId=${cls.id}`).set(unitAdmin.auth).expect(200)).body;
    expect(queue.items.map((e: { id: number }) => e.id)).toEqual([joined.id]);
    const elsewhere = await person(t, otherDistrict, [['unit_admin', otherDistrict]], 'Vũ Thị Nga', '10.72.0.5');
    expect((await http().get(`/api/enrolments?classId=${cls.id}`).set(elsewhere.auth).expect(200)).body.items).toEqual([]);
    // Participants too: other staff see those of their subtree only; a learner not in the class, nobody.
    expect((await http().get(`/api/classes/${cls.id}/enrolments`).set(elsewhere.auth).expect(200)).body).toEqual([]);
    expect((await http().get(`/api/classes/${cls.id}/enrolments`).set(unitAdmin.auth).expect(200)).body.map((e: { id: number }) => e.id)).toEqual([joined.id]);
    const stranger = await person(t, communeB, undefined, 'Lý Văn Tài', '10.72.0.6');
    expect((await http().get(`/api/classes/${cls.id}/enrolments`).set(stranger.auth).expect(403)).body.code).toBe('delivery.class_forbidden');
    // …nor may they withdraw it.
    expect((await http().post(`/api/enrolments/${joined.id}/withdraw`).set(elsewhere.auth).send({ reason: '' }).expect(403)).body.code).toBe('delivery.withdraw_forbidden');

    const withdrawn = (await http().post(`/api/enrolments/${joined.id}/withdraw`).set(learner.auth).send({ reason: 'Trùng lịch công tác' }).expect(200)).body;
    expect(withdrawn).toMatchObject({ state: 'withdrawn', reason: 'Trùng lịch công tác' });
    expect((await http().post(`/api/enrolments/${joined.id}/withdraw`).set(learner.auth).send({ reason: '' }).expect(409)).body.code).toBe('delivery.cannot_withdraw');
    expect(await audits(joined.id)).toEqual(['enrolment.requested', 'enrolment.withdrawn']);

    // Having withdrawn, they may ask again (the same row, one per person and class).
    const again = (await http().post(`/api/classes/${cls.id}/join`).set(learner.auth).expect(201)).body;
    expect(again).toMatchObject({ id: joined.id, state: 'requested', reason: null });
    // A certifier cannot decide on their own enrolment.
    const own = (await http().post(`/api/classes/${cls.id}/join`).set(certifier.auth).expect(201)).body;
    expect((await decide(own.id, { decision: 'approve' }).expect(403)).body.code).toBe('delivery.own_enrolment');
  });

  it('keeps a waiting list when the class is full and moves its first person up when someone withdraws', async () => {
    const cls = await newClass({ capacity: 2 });
    const names = ['Cao Văn Lộc', 'Đinh Thị Mến', 'Kiều Văn Nam', 'Lã Thị Oanh'];
    const ids: number[] = [];
    for (const n of names) ids.push(await createPerson(t.db, communeA, n));
    const nominated = (await nominate(cls.id, ids).expect(201)).body.nominated as { id: number; personId: number }[];
    const enrolmentOf = (personId: number) => nominated.find((e) => e.personId === personId)?.id ?? 0;
    for (const pid of ids) await decide(enrolmentOf(pid), { decision: 'approve' }).expect(200);

    const lines = async () => (await http().get(`/api/classes/${cls.id}/enrolments`).set(admin.auth).expect(200)).body as { personId: number; state: string; waitlistPosition: number | null }[];
    const state = async () => Object.fromEntries((await lines()).map((l) => [l.personId, [l.state, l.waitlistPosition]]));
    expect(await state()).toEqual({ [ids[0]]: ['enrolled', null], [ids[1]]: ['enrolled', null], [ids[2]]: ['waitlisted', 1], [ids[3]]: ['waitlisted', 2] });
    expect(await audits(enrolmentOf(ids[2]))).toEqual(['enrolment.nominated', 'enrolment.approved', 'enrolment.waitlisted']);

    // The unit admin withdraws an enrolled person: the first on the waiting list takes the place.
    await http().post(`/api/enrolments/${enrolmentOf(ids[0])}/withdraw`).set(unitAdmin.auth).send({ reason: 'Chuyển công tác' }).expect(200);
    expect(await state()).toEqual({ [ids[0]]: ['withdrawn', null], [ids[1]]: ['enrolled', null], [ids[2]]: ['enrolled', null], [ids[3]]: ['waitlisted', 1] });
    expect(await audits(enrolmentOf(ids[2]))).toEqual(['enrolment.nominated', 'enrolment.approved', 'enrolment.waitlisted', 'enrolment.enrolled']);
    expect((await t.db.getRepository(TrainingClass).findOneByOrFail({ id: cls.id })).enrolledCount).toBe(2);

    // Leaving the waiting list frees no place; the count stays.
    await http().post(`/api/enrolments/${enrolmentOf(ids[3])}/withdraw`).set(certifier.auth).send({ reason: '' }).expect(200);
    await http().post(`/api/enrolments/${enrolmentOf(ids[1])}/withdraw`).set(certifier.auth).send({ reason: '' }).expect(200);
    expect((await t.db.getRepository(TrainingClass).findOneByOrFail({ id: cls.id })).enrolledCount).toBe(1);
    const states = await t.db.getRepository(Enrolment).find({ where: { id: In(nominated.map((n) => n.id)) } });
    expect(states.filter((e) => e.state === 'enrolled').map((e) => e.personId)).toEqual([ids[2]]);

    // More places move the waiting list up too.
    const more = await newClass({ capacity: 1 });
    const [x, y] = [await createPerson(t.db, communeB, 'Quách Văn Phú'), await createPerson(t.db, communeB, 'Sầm Thị Quyên')];
    const n2 = (await nominate(more.id, [x, y]).expect(201)).body.nominated as { id: number }[];
    for (const e of n2) await decide(e.id, { decision: 'approve' }).expect(200);
    expect((await http().get(`/api/classes/${more.id}`).set(admin.auth).expect(200)).body).toMatchObject({ enrolled: 1, waitlisted: 1 });
    expect((await http().patch(`/api/classes/${more.id}`).set(admin.auth).send({ capacity: 2 }).expect(200)).body).toMatchObject({ enrolled: 2, waitlisted: 0 });
  });
});
