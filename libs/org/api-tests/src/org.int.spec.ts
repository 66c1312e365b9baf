import { Certificate } from '@cds/certification/api';
import { Course } from '@cds/catalogue/api';
import { Person } from '@cds/people/api';
import { bearer, binary, createAccount, createPerson, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { OrgUnit } from '@cds/org/api';

/**
 * The 2025 case on a small tree: three Giao Thủy communes merged into Xã Giao Minh on
 * 2025-07-01, with their people, posts, holders and certificates.
 */
describe('org tree with history (medium)', () => {
  let t: TestApp;
  let admin: string;
  let province: OrgUnit, district: OrgUnit, thien: OrgUnit, huong: OrgUnit, thanh: OrgUnit;
  let thienHolder: number, huongHolder: number;
  let courseId: number;

  const http = () => t.http();
  const tree = async (asOf: string, rootId = province.id) =>
    (await http().get(`/api/org/tree?asOf=${asOf}&rootId=${rootId}`).set(bearer(admin)).expect(200)).body.units as { id: number; name: string; parentId: number }[];

  beforeAll(async () => {
    t = await startTestApp();
    province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    district = await createUnit(t.db, 'Huyện Giao Thủy', 'district', province);
    thien = await createUnit(t.db, 'Xã Giao Thiện', 'commune', district);
    huong = await createUnit(t.db, 'Xã Giao Hương', 'commune', district);
    thanh = await createUnit(t.db, 'Xã Giao Thanh', 'commune', district);
    const account = await createAccount(t.db, { unit: province, grants: [['admin', province]] });
    admin = (await signIn(t, account.email, undefined, '10.20.0.1')).accessToken;
    thienHolder = await createPerson(t.db, thien, 'Đoàn Văn Nam');
    huongHolder = await createPerson(t.db, huong, 'Bùi Thị Hạnh');
    await createPerson(t.db, thanh, 'Cao Minh Tuấn');
    courseId = Number((await t.db.getRepository(Course).insert({ code: `CDS-${uid()}`, title: 'Kỹ năng triển khai CĐS cấp xã', topicArea: 'deployment_skills', createdAt: new Date() })).identifiers[0]['id']);
    for (const [unit, holder] of [[thien, thienHolder], [huong, huongHolder]] as const) {
      const seat = await http()
        .post('/api/core-team/seats')
        .set(bearer(admin))
        .send({ orgUnitId: unit.id, function: 'commune_cds_specialist', validFrom: '2022-03-01', qualifyingCourseIds: [courseId] })
        .expect(201);
      await http().post(`/api/core-team/seats/${seat.body.id}/assignments`).set(bearer(admin)).send({ personId: holder, startDate: '2022-03-01' }).expect(201);
    }
    await t.db.getRepository(Certificate).insert({ personId: thienHolder, courseId, issuedOn: '2024-05-20', expiresOn: '2027-05-20', status: 'valid', createdAt: new Date() });
  });
  afterAll(() => t.close());

  /** The merge every test below reads; done once, before them, so no test depends on another having run. */
  let merged: { status: number; body: { target: { id: number } } & Record<string, unknown> };
  beforeAll(async () => {
    const res = await http()
      .post('/api/org/merge')
      .set(bearer(admin))
      .send({ sourceIds: [thien.id, huong.id, thanh.id], effectiveDate: '2025-07-01', newUnit: { name: 'Xã Giao Minh', kind: 'commune', parentId: province.id } });
    merged = { status: res.status, body: res.body };
  });

  it('merges the communes into a new Xã Giao Minh, carrying people, posts and holders over', async () => {
    expect(merged.status).toBe(201);
    expect(merged.body).toMatchObject({ endedUnitIds: [thien.id, huong.id, thanh.id], movedPeople: 3, carriedSeats: 2, carriedAssignments: 2, movedChildren: 0 });
    const minh = merged.body.target;
    expect(minh).toMatchObject({ name: 'Xã Giao Minh', parentId: province.id, validFrom: '2025-07-01', validTo: null });

    // The tree the day before, and on the day.
    const before = await tree('2025-06-30');
    expect(before.map((u) => u.name)).toEqual(expect.arrayContaining(['Huyện Giao Thủy', 'Xã Giao Thiện', 'Xã Giao Hương', 'Xã Giao Thanh']));
    expect(before.find((u) => u.name === 'Xã Giao Thiện')?.parentId).toBe(district.id);
    expect(before.map((u) => u.name)).not.toContain('Xã Giao Minh');
    const after = await tree('2025-07-01');
    expect(after.map((u) => u.name)).toContain('Xã Giao Minh');
    expect(after.map((u) => u.name)).not.toContain('Xã Giao Thiện');

    // Successor links both ways.
    const detail = (await http().get(`/api/org/units/${minh.id}`).set(bearer(admin)).expect(200)).body;
    expect(detail.predecessors.map((p: { unitName: string }) => p.unitName).sort()).toEqual(['Xã Giao Hương', 'Xã Giao Thanh', 'Xã Giao Thiện']);
    expect(detail.peopleCount).toBe(3);
    expect(detail.seatCount).toBe(2);
    const old = (await http().get(`/api/org/units/${thien.id}`).set(bearer(admin)).expect(200)).body;
    expect(old).toMatchObject({ validTo: '2025-07-01', successors: [{ unitId: minh.id, unitName: 'Xã Giao Minh', effectiveDate: '2025-07-01', reason: 'merge' }] });

    // People now belong to the new commune.
    expect((await t.db.getRepository(Person).findOneByOrFail({ id: thienHolder })).orgUnitId).toBe(minh.id);

    // The holder's history: the old post ended by the reorganisation, the new one from the same day.
    const person = (await http().get(`/api/people/${thienHolder}`).set(bearer(admin)).expect(200)).body;
    expect(person.assignments.map((a: { unitName: string; startDate: string; endDate: string | null; endReason: string | null }) => [a.unitName, a.startDate, a.endDate, a.endReason])).toEqual([
      ['Xã Giao Minh', '2025-07-01', null, null],
      ['Xã Giao Thiện', '2022-03-01', '2025-07-01', 'reorganisation'],
    ]);
  });

  it('computes coverage as the tree stood on each side of the merge', async () => {
    const before = (await http().get(`/api/core-team/coverage?unitId=${district.id}&asOf=2025-06-30`).set(bearer(admin)).expect(200)).body;
    expect(before.seats.map((s: { orgUnitName: string; state: string }) => [s.orgUnitName, s.state])).toEqual([
      ['Xã Giao Hương', 'unqualified'],
      ['Xã Giao Thiện', 'covered'],
    ]);
    expect(before.needTraining).toEqual([expect.objectContaining({ fullName: 'Bùi Thị Hạnh', courses: [expect.objectContaining({ id: courseId })] })]);
    const after = (await http().get(`/api/core-team/coverage?unitId=${province.id}&asOf=2025-07-01`).set(bearer(admin)).expect(200)).body;
    expect(after.totals).toEqual({ covered: 1, unqualified: 1, vacant: 0 });
    expect(after.seats.every((s: { orgUnitName: string }) => s.orgUnitName === 'Xã Giao Minh')).toBe(true);
    const district2025 = (await http().get(`/api/core-team/coverage?unitId=${district.id}&asOf=2025-07-01`).set(bearer(admin)).expect(200)).body;
    expect(district2025.seats).toEqual([]);
  });

  it('exports coverage to Excel', async () => {
    const res = await http().get(`/api/core-team/coverage.xlsx?unitId=${province.id}&asOf=2025-07-01`).set(bearer(admin)).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, 'Đơn vị', 'Vị trí', 'Người đảm nhiệm', 'Tình trạng']);
    expect(wb.worksheets[0].rowCount).toBe(3);
  });

  describe('refuses bad operations and changes nothing', () => {
    it('a merge dated before a source began or after it ended', async () => {
      const a = await createUnit(t.db, `Xã A ${uid()}`, 'commune', district);
      const b = await createUnit(t.db, `Xã B ${uid()}`, 'commune', district);
      await http().post(`/api/org/units/${a.id}/rename`).set(bearer(admin)).send({ name: 'Xã A mới', effectiveDate: '2024-01-01' }).expect(201);
      const overlapping = await http().post('/api/org/merge').set(bearer(admin)).send({ sourceIds: [a.id, b.id], effectiveDate: '2023-06-01', targetId: district.id }).expect(422);
      expect(overlapping.body.code).toBe('org.date_overlaps');
      expect(overlapping.body.message).toContain('2024-01-01');
      const gone = await createUnit(t.db, `Xã E ${uid()}`, 'commune', district);
      await http().post(`/api/org/units/${gone.id}/end`).set(bearer(admin)).send({ effectiveDate: '2025-01-01' }).expect(201);
      const ended = await http().post('/api/org/merge').set(bearer(admin)).send({ sourceIds: [gone.id, b.id], effectiveDate: '2025-08-01', targetId: district.id }).expect(422);
      expect(ended.body.code).toBe('org.unit_ended');
      expect((await t.db.getRepository(OrgUnit).findOneByOrFail({ id: b.id })).validTo).toBeNull();
      expect(await t.db.getRepository(OrgUnit).countBy({ id: a.id, name: 'Xã A mới' })).toBe(1);
    });

    it('a merge into itself, into nothing, or of one unit into a new one', async () => {
      const a = await createUnit(t.db, `Xã C ${uid()}`, 'commune', district);
      await http().post('/api/org/merge').set(bearer(admin)).send({ sourceIds: [a.id], effectiveDate: '2025-08-01', targetId: a.id }).expect(422);
      await http().post('/api/org/merge').set(bearer(admin)).send({ sourceIds: [a.id], effectiveDate: '2025-08-01' }).expect(422);
      const single = await http().post('/api/org/merge').set(bearer(admin)).send({ sourceIds: [a.id], effectiveDate: '2025-08-01', newUnit: { name: 'X', kind: 'commune', parentId: district.id } }).expect(422);
      expect(single.body.message).toBe('Cần ít nhất hai đơn vị để sáp nhập thành đơn vị mới.');
    });

    it('a cycle: a unit moved under its own sub-unit, or merged into it', async () => {
      const parent = await createUnit(t.db, `Huyện ${uid()}`, 'district', province);
      const child = await createUnit(t.db, `Xã ${uid()}`, 'commune', parent);
      const res = await http().post(`/api/org/units/${parent.id}/move`).set(bearer(admin)).send({ parentId: child.id, effectiveDate: '2025-08-01' }).expect(422);
      expect(res.body).toMatchObject({ code: 'org.cycle' });
      await http().post('/api/org/merge').set(bearer(admin)).send({ sourceIds: [parent.id], effectiveDate: '2025-08-01', targetId: child.id }).expect(422);
      expect((await t.db.getRepository(OrgUnit).findOneByOrFail({ id: parent.id })).parentId).toBe(province.id);
      expect((await t.db.getRepository(OrgUnit).findOneByOrFail({ id: parent.id })).validTo).toBeNull();
    });

    it('ending a unit that still has people', async () => {
      const unit = await createUnit(t.db, `Xã D ${uid()}`, 'commune', district);
      await createPerson(t.db, unit);
      const res = await http().post(`/api/org/units/${unit.id}/end`).set(bearer(admin)).send({ effectiveDate: '2025-08-01' }).expect(409);
      expect(res.body.message).toBe('Đơn vị còn 1 người đang công tác; hãy chuyển họ trước.');
    });

    it('a date that does not exist', async () => {
      const res = await http().post(`/api/org/units/${district.id}/rename`).set(bearer(admin)).send({ name: 'X', effectiveDate: '2025-02-30' }).expect(422);
      expect(res.body.errors.effectiveDate).toEqual(['Ngày không hợp lệ (YYYY-MM-DD).']);
    });
  });

  it('moves a unit with its subtree and keeps where it was', async () => {
    const from = await createUnit(t.db, `Huyện Xuân Trường ${uid()}`, 'district', province);
    const to = await createUnit(t.db, `Huyện Hải Hậu ${uid()}`, 'district', province);
    const unit = await createUnit(t.db, `Xã Xuân Hồng ${uid()}`, 'commune', from);
    const village = await createUnit(t.db, `Tổ CNS ${uid()}`, 'agency', unit);
    await http().post(`/api/org/units/${unit.id}/move`).set(bearer(admin)).send({ parentId: to.id, effectiveDate: '2025-01-01' }).expect(201);
    expect((await tree('2024-12-31', from.id)).map((u) => u.id)).toEqual([from.id, unit.id, village.id]);
    expect((await tree('2025-01-01', to.id)).map((u) => u.id)).toEqual([to.id, unit.id, village.id]);
    expect((await t.db.getRepository(OrgUnit).findOneByOrFail({ id: village.id })).path).toBe(`${to.path}${unit.id}/${village.id}/`);
  });
});
