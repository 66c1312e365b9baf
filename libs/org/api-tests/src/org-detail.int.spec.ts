import { OrgUnit } from '@cds/org/api';
import { bearer, createAccount, createPerson, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';

/** A unit's detail as of a date, and an audit log that names what each act was about. */
describe('org unit detail as of a date; audit labels (medium)', () => {
  let t: TestApp;
  let province: OrgUnit, thien: OrgUnit, huong: OrgUnit;
  let admin: string;
  const http = () => t.http();

  beforeAll(async () => {
    t = await startTestApp();
    province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    thien = await createUnit(t.db, `Xã Giao Thiện ${uid()}`, 'commune', province);
    huong = await createUnit(t.db, `Xã Giao Hương ${uid()}`, 'commune', province);
    admin = (await signIn(t, (await createAccount(t.db, { unit: province, grants: [['admin', province]] })).email, undefined, '10.62.0.1')).accessToken;
    for (const fn of ['commune_cds_specialist', 'community_tech_team_lead']) {
      await http().post('/api/core-team/seats').set(bearer(admin)).send({ orgUnitId: thien.id, function: fn, validFrom: '2022-03-01', qualifyingCourseIds: [] }).expect(201);
    }
    await createPerson(t.db, thien, 'Đoàn Văn Nam');
    await http()
      .post('/api/org/merge')
      .set(bearer(admin))
      .send({ sourceIds: [thien.id, huong.id], effectiveDate: '2025-07-01', newUnit: { name: `Xã Giao Minh ${uid()}`, kind: 'commune', parentId: province.id } })
      .expect(201);
  });
  afterAll(() => t.close());

  it('counts the posts a unit had on the chosen date, not today', async () => {
    const on = async (asOf?: string) => (await http().get(`/api/org/units/${thien.id}${asOf ? `?asOf=${asOf}` : ''}`).set(bearer(admin)).expect(200)).body;
    expect((await on('2025-06-30')).seatCount).toBe(2);
    expect((await on('2022-02-28')).seatCount).toBe(0);
    expect((await on('2025-07-01')).seatCount).toBe(0);
    expect((await on()).seatCount).toBe(0);
    // People moved to the successor with the merge.
    expect((await on('2025-06-30')).peopleCount).toBe(0);
  });

  it('refuses a date that is not a date', async () => {
    const res = await http().get(`/api/org/units/${thien.id}?asOf=30/06/2025`).set(bearer(admin)).expect(422);
    expect(res.body.errors.asOf).toBeDefined();
  });

  it('names the target of each act in the audit log', async () => {
    const renamed = `Xã Giao Hải ${uid()}`;
    const unit = await createUnit(t.db, `Xã Giao Hà ${uid()}`, 'commune', province);
    await http().post(`/api/org/units/${unit.id}/rename`).set(bearer(admin)).send({ name: renamed, effectiveDate: '2025-08-01' }).expect(201);
    const entries = (await http().get('/api/audit?limit=50').set(bearer(admin)).expect(200)).body.items as { action: string; targetId: string; targetLabel: string | null }[];
    expect(entries.find((e) => e.action === 'org.renamed' && e.targetId === String(unit.id))?.targetLabel).toBe(renamed);
    // Other suites write to the same audit log at the same time (on MariaDB) and may push this
    // suite's earlier entries out of the latest 50: read those from the log itself.
    const labels = async (action: string) => ((await t.db.query('SELECT target_label AS label FROM audit_log WHERE action = ?', [action])) as { label: string }[]).map((r) => r.label);
    expect(await labels('org.merged')).toContainEqual(expect.stringMatching(/^Xã Giao Minh/));
    expect(await labels('core_team.seat_created')).toContainEqual(expect.stringMatching(new RegExp(` · ${thien.name}$`)));
  });

  it('lets the unit admin of a merge target reach the merged unit on the next request, with the same token', async () => {
    const target = await createUnit(t.db, `Xã Giao Tiến ${uid()}`, 'commune', province);
    const merged = await createUnit(t.db, `Xã Giao Long ${uid()}`, 'commune', province);
    const other = await createUnit(t.db, `Xã Giao Hà ${uid()}`, 'commune', province);
    const unitAdmin = (await signIn(t, (await createAccount(t.db, { unit: target, grants: [['unit_admin', target]] })).email, undefined, '10.62.0.2')).accessToken;
    // Its scope is read (and kept) before the merge...
    await http().get(`/api/org/units/${target.id}`).set(bearer(unitAdmin)).expect(200);
    await http().get(`/api/org/units/${merged.id}`).set(bearer(unitAdmin)).expect(403);
    await http().post('/api/org/merge').set(bearer(admin)).send({ sourceIds: [merged.id], targetId: target.id, effectiveDate: '2025-07-01' }).expect(201);
    // ...and follows the merge at once; a unit that was not merged stays out of reach.
    await http().get(`/api/org/units/${merged.id}`).set(bearer(unitAdmin)).expect(200);
    await http().get(`/api/org/units/${other.id}`).set(bearer(unitAdmin)).expect(403);
  });
});
