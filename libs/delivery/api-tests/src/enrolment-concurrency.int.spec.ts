import { createPerson, createUnit, startTestApp, TestApp, uid } from '@cds/api/testing';
import { AuditLog } from '@cds/audit/api';
import { Enrolment, TrainingClass } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';
import { In } from 'typeorm';
import { classBody, person, publishedCourse } from './classes-fixtures';

/**
 * Decisions fired at the same moment. On MariaDB they really overlap: each approval takes a place
 * with `UPDATE training_class SET enrolled_count = enrolled_count + 1 WHERE id = ? AND
 * enrolled_count < capacity` and looks at the affected rows, so the row decides who gets the last
 * place. A read of the count followed by a write would let all eight approvals see a free place
 * (under REPEATABLE READ each reads the committed count, 0, before any of them commits) and enrol
 * more people than the class holds. SQLite's single writer lines them up.
 */
describe('delivery: concurrent enrolment decisions (medium)', () => {
  let t: TestApp;
  let province: OrgUnit, commune: OrgUnit;
  let admin: Awaited<ReturnType<typeof person>>;
  let certifiers: Awaited<ReturnType<typeof person>>[];
  let courseId: number;
  const http = () => t.http();

  const nominated = async (capacity: number, count: number) => {
    const cls = (await http().post('/api/classes').set(admin.auth).send(classBody({ courseId, organiserUnitId: province.id, capacity })).expect(201)).body as { id: number };
    const people: number[] = [];
    for (let i = 0; i < count; i++) people.push(await createPerson(t.db, commune));
    const res = await http().post(`/api/classes/${cls.id}/nominations`).set(admin.auth).send({ personIds: people }).expect(201);
    return { classId: cls.id, enrolmentIds: (res.body.nominated as { id: number }[]).map((e) => e.id) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    commune = await createUnit(t.db, `Xã Nghĩa Lâm ${uid()}`, 'commune', province);
    admin = await person(t, province, [['admin', province]], 'Phạm Quốc Huy', '10.73.0.1');
    certifiers = [];
    for (let i = 0; i < 4; i++) certifiers.push(await person(t, province, [['certifier', province]], `Cán bộ Sở ${i + 1}`, `10.73.0.${10 + i}`));
    courseId = (await publishedCourse(t)).courseId;
  });
  afterAll(() => t.close());

  it('of eight approvals at once into a class of three, exactly three are enrolled and five wait, in the order they were put on the list', async () => {
    const { classId, enrolmentIds } = await nominated(3, 8);
    const results = await Promise.all(enrolmentIds.map((id, i) => http().post(`/api/enrolments/${id}/decision`).set(certifiers[i % certifiers.length].auth).send({ decision: 'approve' })));

    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    const states = results.map((r) => r.body.state as string);
    expect(states.filter((s) => s === 'enrolled')).toHaveLength(3);
    expect(states.filter((s) => s === 'waitlisted')).toHaveLength(5);
    expect((await t.db.getRepository(TrainingClass).findOneByOrFail({ id: classId })).enrolledCount).toBe(3);
    const rows = await t.db.getRepository(Enrolment).findBy({ id: In(enrolmentIds) });
    expect(rows.filter((e) => e.state === 'enrolled')).toHaveLength(3);
    expect(rows.filter((e) => e.state === 'waitlisted').every((e) => e.waitlistedAt !== null)).toBe(true);
    const detail = (await http().get(`/api/classes/${classId}`).set(admin.auth).expect(200)).body;
    expect(detail).toMatchObject({ capacity: 3, enrolled: 3, waitlisted: 5 });
    const positions = ((await http().get(`/api/enrolments?state=waitlisted&classId=${classId}`).set(admin.auth).expect(200)).body.items as { waitlistPosition: number }[]).map((e) => e.waitlistPosition);
    expect(positions.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(await t.db.getRepository(AuditLog).countBy({ action: 'enrolment.enrolled', targetId: In(enrolmentIds.map(String)) })).toBe(3);
    expect(await t.db.getRepository(AuditLog).countBy({ action: 'enrolment.waitlisted', targetId: In(enrolmentIds.map(String)) })).toBe(5);
  });

  it('of two decisions on one nomination at once, one wins and the other is a 409; the class counts one place', async () => {
    for (let round = 0; round < 3; round++) {
      const { classId, enrolmentIds } = await nominated(5, 1);
      const [id] = enrolmentIds;
      const results = await Promise.all([
        http().post(`/api/enrolments/${id}/decision`).set(certifiers[0].auth).send({ decision: 'approve' }),
        http().post(`/api/enrolments/${id}/decision`).set(certifiers[1].auth).send({ decision: 'approve' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(results.find((r) => r.status === 409)?.body.code).toBe('delivery.already_decided');
      expect((await t.db.getRepository(TrainingClass).findOneByOrFail({ id: classId })).enrolledCount).toBe(1);
      expect(await t.db.getRepository(AuditLog).countBy({ action: 'enrolment.approved', targetId: String(id) })).toBe(1);

      // An approval and a rejection at once: one of them, never both.
      const other = (await nominated(5, 1)).enrolmentIds[0];
      const mixed = await Promise.all([
        http().post(`/api/enrolments/${other}/decision`).set(certifiers[2].auth).send({ decision: 'approve' }),
        http().post(`/api/enrolments/${other}/decision`).set(certifiers[3].auth).send({ decision: 'reject', reason: 'Không thuộc đối tượng' }),
      ]);
      expect(mixed.map((r) => r.status).sort()).toEqual([200, 409]);
      const final = await t.db.getRepository(Enrolment).findOneByOrFail({ id: other });
      const winner = mixed.find((r) => r.status === 200)?.body.state;
      expect(final.state).toBe(winner);
      const cls = await t.db.getRepository(TrainingClass).findOneByOrFail({ id: final.classId });
      expect(cls.enrolledCount).toBe(winner === 'enrolled' ? 1 : 0);
    }
  });

  it('withdrawals and approvals at once keep the count equal to the people enrolled, never above capacity', async () => {
    const { classId, enrolmentIds } = await nominated(2, 6);
    for (const id of enrolmentIds.slice(0, 4)) await http().post(`/api/enrolments/${id}/decision`).set(certifiers[0].auth).send({ decision: 'approve' }).expect(200);
    // Two enrolled, two waiting; now both enrolled leave while the last two are approved.
    const results = await Promise.all([
      http().post(`/api/enrolments/${enrolmentIds[0]}/withdraw`).set(admin.auth).send({ reason: '' }),
      http().post(`/api/enrolments/${enrolmentIds[1]}/withdraw`).set(admin.auth).send({ reason: '' }),
      http().post(`/api/enrolments/${enrolmentIds[4]}/decision`).set(certifiers[1].auth).send({ decision: 'approve' }),
      http().post(`/api/enrolments/${enrolmentIds[5]}/decision`).set(certifiers[2].auth).send({ decision: 'approve' }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const rows = await t.db.getRepository(Enrolment).findBy({ id: In(enrolmentIds) });
    const enrolled = rows.filter((e) => e.state === 'enrolled');
    expect(enrolled).toHaveLength(2);
    expect((await t.db.getRepository(TrainingClass).findOneByOrFail({ id: classId })).enrolledCount).toBe(2);
    // The two who waited first got the places.
    expect(enrolled.map((e) => e.id).sort((a, b) => a - b)).toEqual([enrolmentIds[2], enrolmentIds[3]]);
  });
});
