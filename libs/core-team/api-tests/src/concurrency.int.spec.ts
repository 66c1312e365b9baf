import { bearer, createAccount, createPerson, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { Assignment, Seat } from '@cds/core-team/api';
import { OrgUnit } from '@cds/org/api';
import type { Response } from 'supertest';

/**
 * Changes to posts fired at the same moment. On MariaDB they really overlap (SQLite's single
 * writer lines them up): every change to a seat moves its version with a conditional update, so
 * of two changes at once one wins and the other is refused, and no assignment is left running on
 * a post that ended.
 */
describe('core-team: concurrent changes to posts (medium)', () => {
  let t: TestApp;
  let district: OrgUnit;
  let token: string;
  const http = () => t.http();
  const seat = async (unit: OrgUnit) =>
    (await http().post('/api/core-team/seats').set(bearer(token)).send({ orgUnitId: unit.id, function: 'commune_cds_specialist', validFrom: '2022-01-01', qualifyingCourseIds: [] }).expect(201)).body as {
      id: number;
    };
  const ok = (r: Response) => r.status === 200 || r.status === 201;

  beforeAll(async () => {
    t = await startTestApp();
    const province = await createUnit(t.db, `Tỉnh ${uid()}`, 'province');
    district = await createUnit(t.db, `Huyện Nghĩa Hưng ${uid()}`, 'district', province);
    token = (await signIn(t, (await createAccount(t.db, { unit: province, grants: [['admin', province]] })).email, undefined, '10.31.0.1')).accessToken;
  });
  afterAll(() => t.close());

  /** Nothing runs on a seat past its end, and a refusal is the 409 of a lost race or of a post that had already ended. */
  async function expectConsistent(seatIds: number[], results: Response[]) {
    for (const r of results.filter((r) => !ok(r))) expect(`${r.status} ${r.body.code}`).toMatch(/^409 core_team\.(concurrent_change|seat_ended)$/);
    for (const id of seatIds) {
      const s = await t.db.getRepository(Seat).findOneByOrFail({ id });
      for (const a of await t.db.getRepository(Assignment).findBy({ seatId: id })) {
        if (s.validTo !== null) expect({ seat: id, end: a.endDate }).toEqual({ seat: id, end: s.validTo });
      }
    }
  }

  it('of five assignments to one vacant post at once, exactly one goes through', async () => {
    const unit = await createUnit(t.db, `Xã Nghĩa Lâm ${uid()}`, 'commune', district);
    const post = await seat(unit);
    const people: number[] = [];
    for (let i = 0; i < 5; i++) people.push(await createPerson(t.db, unit));
    const results = await Promise.all(people.map((personId) => http().post(`/api/core-team/seats/${post.id}/assignments`).set(bearer(token)).send({ personId, startDate: '2024-01-01' })));

    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(4).fill(expect.stringMatching(/^core_team\.(concurrent_change|assignment_overlap)$/)));
    expect(await t.db.getRepository(Assignment).countBy({ seatId: post.id })).toBe(1);
  });

  it('posts filled while their unit merges away are carried over with their holders, or one side is refused', async () => {
    const source = await createUnit(t.db, `Xã Nghĩa Hùng ${uid()}`, 'commune', district);
    const target = await createUnit(t.db, `Xã Nghĩa Phú ${uid()}`, 'commune', district);
    // The holders work elsewhere, so only the posts tie them to the merging unit.
    const home = await createUnit(t.db, `Xã Nghĩa Thành ${uid()}`, 'commune', district);
    const posts = [await seat(source), await seat(source), await seat(source)];
    const people = [await createPerson(t.db, home), await createPerson(t.db, home), await createPerson(t.db, home)];

    const [merge, ...assigned] = await Promise.all([
      http().post('/api/org/merge').set(bearer(token)).send({ sourceIds: [source.id], targetId: target.id, effectiveDate: '2025-07-01' }),
      ...posts.map((p, i) => http().post(`/api/core-team/seats/${p.id}/assignments`).set(bearer(token)).send({ personId: people[i], startDate: '2024-01-01' })),
    ]);

    await expectConsistent(
      posts.map((p) => p.id),
      [merge, ...assigned],
    );
    if (ok(merge)) {
      // Every holder the merge let in continues in the target's successor post.
      const carried = await t.db.getRepository(Assignment).findBy({ unitId: target.id });
      const heldBefore = (await t.db.getRepository(Assignment).findBy({ unitId: source.id })).map((a) => a.personId).sort();
      expect(carried.map((a) => a.personId).sort()).toEqual(heldBefore);
      expect(merge.body.carriedAssignments).toBe(heldBefore.length);
    }
  });

  it('posts filled while their unit ends are ended with their holders, or one side is refused', async () => {
    const unit = await createUnit(t.db, `Xã Nghĩa Sơn ${uid()}`, 'commune', district);
    const home = await createUnit(t.db, `Xã Nghĩa Lạc ${uid()}`, 'commune', district);
    const posts = [await seat(unit), await seat(unit), await seat(unit)];
    const people = [await createPerson(t.db, home), await createPerson(t.db, home), await createPerson(t.db, home)];

    const results = await Promise.all([
      http().post(`/api/org/units/${unit.id}/end`).set(bearer(token)).send({ effectiveDate: '2025-07-01' }),
      ...posts.map((p, i) => http().post(`/api/core-team/seats/${p.id}/assignments`).set(bearer(token)).send({ personId: people[i], startDate: '2024-01-01' })),
    ]);

    await expectConsistent(
      posts.map((p) => p.id),
      results,
    );
  });
});
