import { bearer, createAccount, createPerson, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { OrgUnit } from '@cds/org/api';

describe('core-team posts (medium)', () => {
  let t: TestApp;
  let token: string;
  let district: OrgUnit, communeA: OrgUnit, communeB: OrgUnit;
  const http = () => t.http();
  const seat = async (unit: OrgUnit, fn = 'commune_cds_specialist') =>
    (await http().post('/api/core-team/seats').set(bearer(token)).send({ orgUnitId: unit.id, function: fn, validFrom: '2022-01-01', qualifyingCourseIds: [] }).expect(201)).body;

  beforeAll(async () => {
    t = await startTestApp();
    const province = await createUnit(t.db, `Tỉnh ${uid()}`, 'province');
    district = await createUnit(t.db, 'Huyện Giao Thủy', 'district', province);
    communeA = await createUnit(t.db, 'Xã Giao Lạc', 'commune', district);
    communeB = await createUnit(t.db, 'Xã Giao An', 'commune', district);
    const unitAdmin = await createAccount(t.db, { unit: district, grants: [['unit_admin', district]] });
    token = (await signIn(t, unitAdmin.email, undefined, '10.30.0.1')).accessToken;
  });
  afterAll(() => t.close());

  it('names a new post after its function in Vietnamese', async () => {
    expect((await seat(communeA)).title).toBe('Công chức phụ trách CĐS cấp xã');
  });

  it('transfers a person from one post to another in one step, keeping history', async () => {
    const from = await seat(communeA);
    const to = await seat(communeB, 'community_tech_team_lead');
    const person = await createPerson(t.db, communeA, 'Lương Thị Quyên');
    await http().post(`/api/core-team/seats/${from.id}/assignments`).set(bearer(token)).send({ personId: person, startDate: '2022-03-01' }).expect(201);
    const res = await http().post('/api/core-team/transfer').set(bearer(token)).send({ personId: person, fromSeatId: from.id, toSeatId: to.id, date: '2024-02-01' }).expect(201);
    expect(res.body.ended).toMatchObject({ seatId: from.id, startDate: '2022-03-01', endDate: '2024-02-01', endReason: 'transfer', unitName: 'Xã Giao Lạc' });
    expect(res.body.started).toMatchObject({ seatId: to.id, startDate: '2024-02-01', endDate: null, unitName: 'Xã Giao An' });
    const seats = (await http().get(`/api/core-team/seats?unitId=${district.id}&subunits=true&asOf=2024-01-31`).set(bearer(token)).expect(200)).body;
    expect(seats.find((s: { id: number }) => s.id === from.id).holder).toMatchObject({ personId: person });
    expect(seats.find((s: { id: number }) => s.id === to.id).holder).toBeNull();
    const later = (await http().get(`/api/core-team/seats?unitId=${communeB.id}&asOf=2024-02-01`).set(bearer(token)).expect(200)).body;
    expect(later.find((s: { id: number }) => s.id === to.id).holder).toMatchObject({ personId: person, since: '2024-02-01' });
  });

  it('refuses an assignment that overlaps another in the same post, and changes nothing', async () => {
    const post = await seat(communeA);
    const first = await createPerson(t.db, communeA, 'Hồ Văn Sơn');
    const second = await createPerson(t.db, communeA, 'Mai Thị Ngân');
    await http().post(`/api/core-team/seats/${post.id}/assignments`).set(bearer(token)).send({ personId: first, startDate: '2023-01-01' }).expect(201);
    const res = await http().post(`/api/core-team/seats/${post.id}/assignments`).set(bearer(token)).send({ personId: second, startDate: '2024-06-01' }).expect(409);
    expect(res.body).toMatchObject({ code: 'core_team.assignment_overlap' });
    expect(res.body.message).toContain('Hồ Văn Sơn');
    const history = (await http().get(`/api/core-team/seats/${post.id}/assignments`).set(bearer(token)).expect(200)).body;
    expect(history).toHaveLength(1);
    // Ended first: the post is free from the end date on.
    const [current] = history;
    await http().post(`/api/core-team/assignments/${current.id}/end`).set(bearer(token)).send({ endDate: '2024-05-31', reason: 'retirement' }).expect(201);
    await http().post(`/api/core-team/seats/${post.id}/assignments`).set(bearer(token)).send({ personId: second, startDate: '2024-05-30' }).expect(409);
    await http().post(`/api/core-team/seats/${post.id}/assignments`).set(bearer(token)).send({ personId: second, startDate: '2024-06-01' }).expect(201);
  });

  it('lets exactly one of two concurrent assignments to a vacant post through', async () => {
    const post = await seat(communeB);
    const people = [await createPerson(t.db, communeB), await createPerson(t.db, communeB)];
    const results = await Promise.all(people.map((personId) => http().post(`/api/core-team/seats/${post.id}/assignments`).set(bearer(token)).send({ personId, startDate: '2024-01-01' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await http().get(`/api/core-team/seats/${post.id}/assignments`).set(bearer(token))).body).toHaveLength(1);
  });

  it('ends the posts of a person who is deactivated, so coverage shows them vacant from that day', async () => {
    const post = await seat(communeA);
    const person = await createPerson(t.db, communeA, 'Trịnh Văn Toàn');
    await http().post(`/api/core-team/seats/${post.id}/assignments`).set(bearer(token)).send({ personId: person, startDate: '2023-03-01' }).expect(201);
    const res = await http().post(`/api/people/${person}/deactivate`).set(bearer(token)).send({ date: '2025-10-01', reason: 'retirement' }).expect(200);
    expect(res.body.assignments[0]).toMatchObject({ seatId: post.id, endDate: '2025-10-01', endReason: 'retirement' });
    const state = async (asOf: string) =>
      (await http().get(`/api/core-team/coverage?unitId=${communeA.id}&asOf=${asOf}`).set(bearer(token)).expect(200)).body.seats.find((s: { seatId: number }) => s.seatId === post.id).state;
    expect(await state('2025-09-30')).toBe('unqualified');
    expect(await state('2025-10-01')).toBe('vacant');
  });
});
