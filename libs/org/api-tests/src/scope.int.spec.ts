import { AppError } from '@cds/api/common';
import { AuthService, PrincipalLoader } from '@cds/auth/api';
import { OrgUnit, ScopeService } from '@cds/org/api';
import { createAccount, createUnit, startTestApp, TestApp, uid } from '@cds/api/testing';
import { Principal } from '@cds/api/authz';

describe('unit scope of a caller (medium)', () => {
  let t: TestApp;
  let scope: ScopeService;
  let giaoThuy: OrgUnit, giaoThien: OrgUnit, haiHau: OrgUnit, haiAn: OrgUnit;
  let unitAdmin: Principal;

  beforeAll(async () => {
    t = await startTestApp();
    scope = t.app.get(ScopeService);
    const province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    giaoThuy = await createUnit(t.db, 'Huyện Giao Thủy', 'district', province);
    giaoThien = await createUnit(t.db, 'Xã Giao Thiện', 'commune', giaoThuy);
    haiHau = await createUnit(t.db, 'Huyện Hải Hậu', 'district', province);
    haiAn = await createUnit(t.db, 'Xã Hải An', 'commune', haiHau);
    const { email } = await createAccount(t.db, { unit: giaoThuy, grants: [['unit_admin', giaoThuy]] });
    const session = await t.app.get(AuthService).login(email, 'Test@Password1', { ip: null });
    const sid = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()).sid;
    const loaded = await t.app.get(PrincipalLoader).load(session.user.id, sid);
    if (!loaded) throw new Error('the unit admin should load');
    unitAdmin = loaded;
  });
  afterAll(() => t.close());

  it('lets a unit admin reach units inside their subtree', async () => {
    await expect(scope.assertUnitInScope(unitAdmin, ['unit_admin'], giaoThien.id)).resolves.toMatchObject({ id: giaoThien.id });
    await expect(scope.assertUnitInScope(unitAdmin, ['unit_admin'], giaoThuy.id)).resolves.toBeTruthy();
  });

  it('refuses units outside the subtree with 403, and unknown ids with 404', async () => {
    await expect(scope.assertUnitInScope(unitAdmin, ['unit_admin'], haiAn.id)).rejects.toMatchObject({ code: 'auth.out_of_scope', status: 403 });
    await expect(scope.assertUnitInScope(unitAdmin, ['certifier'], giaoThien.id)).rejects.toBeInstanceOf(AppError);
    await expect(scope.assertUnitInScope(unitAdmin, ['unit_admin'], 987654321)).rejects.toMatchObject({ status: 404 });
  });

  it('filters lists in SQL to the subtree', async () => {
    const { sql, params } = scope.subtreeCondition(unitAdmin, ['unit_admin'], 'u.path');
    const ids = (await t.db.getRepository(OrgUnit).createQueryBuilder('u').select('u.id', 'id').where(sql, params).getRawMany()).map((r) => Number(r.id));
    expect(ids.sort()).toEqual([giaoThuy.id, giaoThien.id].sort());
    const none = scope.subtreeCondition(unitAdmin, ['admin'], 'u.path');
    expect(await t.db.getRepository(OrgUnit).createQueryBuilder('u').where(none.sql, none.params).getCount()).toBe(0);
  });
});
