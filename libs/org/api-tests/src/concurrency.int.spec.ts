import { bearer, createAccount, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { OrgUnit, OrgUnitVersion } from '@cds/org/api';
import type { Response } from 'supertest';

/**
 * Changes to one unit fired at the same moment. On MariaDB the requests really overlap (SQLite's
 * single writer lines them up), so these prove that closing a unit's version is a conditional
 * update: whatever the interleaving, the history stays one chain of versions without gaps or
 * overlaps, and a change that lost the race is refused with 409 org.concurrent_change.
 */
describe('org: concurrent changes to one unit (medium)', () => {
  let t: TestApp;
  let district: OrgUnit;
  let admin: string;
  const http = () => t.http();

  beforeAll(async () => {
    t = await startTestApp();
    const province = await createUnit(t.db, `Tỉnh ${uid()}`, 'province');
    district = await createUnit(t.db, `Huyện ${uid()}`, 'district', province);
    admin = (await signIn(t, (await createAccount(t.db, { unit: province, grants: [['admin', province]] })).email, undefined, '10.21.0.1')).accessToken;
  });
  afterAll(() => t.close());

  const ok = (r: Response) => r.status === 200 || r.status === 201;

  /** Every answer succeeded, lost the race (409), or came after the unit had ended (422): never a 500. */
  function expectWonOrRefused(results: Response[]) {
    for (const r of results.filter((r) => !ok(r))) {
      expect([`${r.status} ${r.body.code}`]).toEqual([expect.stringMatching(/^(409 org\.concurrent_change|422 org\.unit_ended)$/)]);
      expect(r.body.message).toEqual(expect.any(String));
    }
  }

  /** The versions of a unit form one chain: each ends where the next starts, at most the last is open, and it is closed when the unit ended. */
  async function expectOneChain(unitId: number) {
    const unit = await t.db.getRepository(OrgUnit).findOneByOrFail({ id: unitId });
    const versions = await t.db.getRepository(OrgUnitVersion).find({ where: { unitId }, order: { validFrom: 'ASC', id: 'ASC' } });
    const periods = versions.map((v) => `${v.validFrom}→${v.validTo ?? '…'}`);
    for (let i = 0; i < versions.length - 1; i++) expect(versions[i].validTo).toBe(versions[i + 1].validFrom);
    expect(versions.filter((v) => v.validTo === null).length).toBe(unit.validTo === null ? 1 : 0);
    expect(versions[versions.length - 1].validTo).toBe(unit.validTo);
    return { unit, versions, periods };
  }

  it('of renames of one unit on the same new date fired at once, one opens the new version and the others are refused', async () => {
    const unit = await createUnit(t.db, `Xã Giao Phong ${uid()}`, 'commune', district);
    const names = [1, 2, 3, 4].map((n) => `Xã Giao Phong ${n} ${uid()}`);
    const results = await Promise.all(names.map((name) => http().post(`/api/org/units/${unit.id}/rename`).set(bearer(admin)).send({ name, effectiveDate: '2024-01-01' })));

    expectWonOrRefused(results);
    const { unit: after, versions, periods } = await expectOneChain(unit.id);
    expect(periods).toEqual(['2000-01-01→2024-01-01', '2024-01-01→…']);
    // The open version is the unit's name, and a rename that was answered with success.
    expect(versions[1].name).toBe(after.name);
    expect(results.filter(ok).map((r) => r.body.name)).toContain(after.name);
  });

  it('a rename and a merge of the same unit on the same date at once never leave the ended unit with an open version', async () => {
    const source = await createUnit(t.db, `Xã Giao Yến ${uid()}`, 'commune', district);
    const target = await createUnit(t.db, `Xã Giao Nhân ${uid()}`, 'commune', district);
    const [rename, merge] = await Promise.all([
      http().post(`/api/org/units/${source.id}/rename`).set(bearer(admin)).send({ name: `Xã Giao Yến mới ${uid()}`, effectiveDate: '2025-07-01' }),
      http().post('/api/org/merge').set(bearer(admin)).send({ sourceIds: [source.id], targetId: target.id, effectiveDate: '2025-07-01' }),
    ]);

    expectWonOrRefused([rename, merge]);
    expect(ok(rename) || ok(merge)).toBe(true);
    const { unit: after, periods } = await expectOneChain(source.id);
    expect(after.validTo).toBe(ok(merge) ? '2025-07-01' : null);
    // Renamed then ended on one day, or only one of the two: never a version open after the end.
    expect(periods.every((p) => !p.endsWith('…') || after.validTo === null)).toBe(true);
  });

  it('of two merges of one unit into different units at once, exactly one carries it over', async () => {
    const source = await createUnit(t.db, `Xã Giao Tiến ${uid()}`, 'commune', district);
    const targets = [await createUnit(t.db, `Xã Giao Hà ${uid()}`, 'commune', district), await createUnit(t.db, `Xã Giao Hải ${uid()}`, 'commune', district)];
    const results = await Promise.all(
      targets.map((target) => http().post('/api/org/merge').set(bearer(admin)).send({ sourceIds: [source.id], targetId: target.id, effectiveDate: '2025-07-01' })),
    );

    // The loser either lost the race (409 concurrent_change) or came second (422 unit_ended).
    expect(results.map((r) => r.status).filter((status) => status === 201)).toHaveLength(1);
    expectWonOrRefused(results);
    const detail = (await http().get(`/api/org/units/${source.id}`).set(bearer(admin)).expect(200)).body;
    expect(detail.successors).toHaveLength(1);
    await expectOneChain(source.id);
  });
});
