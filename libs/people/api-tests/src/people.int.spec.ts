import { bearer, binary, createAccount, createPerson, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { OrgUnit } from '@cds/org/api';

describe('people and the scope of a unit admin (medium)', () => {
  let t: TestApp;
  let province: OrgUnit, giaoThuy: OrgUnit, giaoLac: OrgUnit, haiHau: OrgUnit;
  let unitAdmin: string, admin: string;
  let outsider: number;
  const http = () => t.http();

  beforeAll(async () => {
    t = await startTestApp();
    province = await createUnit(t.db, `Tỉnh ${uid()}`, 'province');
    giaoThuy = await createUnit(t.db, `Huyện Giao Thủy ${uid()}`, 'district', province);
    giaoLac = await createUnit(t.db, `Xã Giao Lạc ${uid()}`, 'commune', giaoThuy);
    haiHau = await createUnit(t.db, `Huyện Hải Hậu ${uid()}`, 'district', province);
    unitAdmin = (await signIn(t, (await createAccount(t.db, { unit: giaoThuy, grants: [['unit_admin', giaoThuy]] })).email, undefined, '10.40.0.1')).accessToken;
    admin = (await signIn(t, (await createAccount(t.db, { unit: province, grants: [['admin', province]] })).email, undefined, '10.40.0.2')).accessToken;
    outsider = await createPerson(t.db, haiHau, 'Phan Văn Khánh');
    for (const name of ['Nguyễn Văn Bình', 'Trần Thị An', 'Đỗ Minh Anh', 'Lê Văn Bình', 'Vũ Thị Ánh', 'Hoàng Đức Đạt']) await createPerson(t.db, giaoLac, name);
  });
  afterAll(() => t.close());

  it('lists people in Vietnamese name order, in keyset pages', async () => {
    const first = (await http().get(`/api/people?unitId=${giaoLac.id}&limit=4`).set(bearer(unitAdmin)).expect(200)).body;
    const second = (await http().get(`/api/people?unitId=${giaoLac.id}&limit=4&cursor=${first.nextCursor}`).set(bearer(unitAdmin)).expect(200)).body;
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((p: { fullName: string }) => p.fullName)).toEqual([
      'Trần Thị An',
      'Đỗ Minh Anh',
      'Vũ Thị Ánh',
      'Lê Văn Bình',
      'Nguyễn Văn Bình',
      'Hoàng Đức Đạt',
    ]);
  });

  it('finds people with or without diacritics', async () => {
    for (const q of ['đức đạt', 'duc dat', 'DUC DAT']) {
      const res = (await http().get(`/api/people?unitId=${giaoLac.id}&q=${encodeURIComponent(q)}`).set(bearer(unitAdmin)).expect(200)).body;
      expect(res.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Hoàng Đức Đạt']);
    }
  });

  it('shows a unit admin only their subtree, and refuses an id from outside it', async () => {
    const mine = (await http().get('/api/people?limit=200').set(bearer(unitAdmin)).expect(200)).body.items;
    expect(mine.map((p: { id: number }) => p.id)).not.toContain(outsider);
    expect(mine.length).toBeGreaterThanOrEqual(6);
    for (const [method, path, body] of [
      ['get', `/api/people/${outsider}`, undefined],
      ['patch', `/api/people/${outsider}`, { position: 'Chuyên viên' }],
      ['post', `/api/people/${outsider}/deactivate`, {}],
      ['get', `/api/people?unitId=${haiHau.id}`, undefined],
      ['get', `/api/org/units/${haiHau.id}`, undefined],
      ['get', `/api/core-team/coverage?unitId=${haiHau.id}`, undefined],
      ['post', '/api/people', { fullName: 'Ai Đó', orgUnitId: haiHau.id }],
    ] as const) {
      const req = http()[method](path).set(bearer(unitAdmin));
      const res = await (body ? req.send(body) : req);
      expect({ path, method, status: res.status, code: res.body.code }).toEqual({ path, method, status: 403, code: 'auth.out_of_scope' });
    }
    // Only admins reorganise the tree.
    await http().post('/api/org/merge').set(bearer(unitAdmin)).send({ sourceIds: [giaoLac.id], effectiveDate: '2025-08-01', targetId: giaoThuy.id }).expect(403);
    expect((await http().get(`/api/people/${outsider}`).set(bearer(admin)).expect(200)).body.fullName).toBe('Phan Văn Khánh');
  });

  it('refuses moving a person out of the subtree', async () => {
    const mine = await createPerson(t.db, giaoLac);
    const res = await http().patch(`/api/people/${mine}`).set(bearer(unitAdmin)).send({ orgUnitId: haiHau.id }).expect(403);
    expect(res.body.message).toBe('Đơn vị này nằm ngoài phạm vi quản lý của bạn.');
  });

  it('creates a person, opens an account, and deactivating keeps every record', async () => {
    const email = `thu-${uid()}@giaothuy.vn`;
    const created = (await http().post('/api/people').set(bearer(unitAdmin)).send({ fullName: 'Nguyễn Thị Minh Thu', orgUnitId: giaoLac.id, email, phone: '0912 345 678' }).expect(201)).body;
    const account = (await http().post(`/api/people/${created.id}/account`).set(bearer(unitAdmin)).expect(200)).body;
    expect(account.temporaryPassword).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d).{14}$/);
    const session = await signIn(t, email, account.temporaryPassword, '10.40.0.9');
    const duplicate = await http().post('/api/people').set(bearer(unitAdmin)).send({ fullName: 'Người khác', orgUnitId: giaoLac.id, email }).expect(409);
    expect(duplicate.body.code).toBe('people.email_taken');

    const after = (await http().post(`/api/people/${created.id}/deactivate`).set(bearer(unitAdmin)).expect(200)).body;
    expect(after).toMatchObject({ active: false, account: { active: false }, fullName: 'Nguyễn Thị Minh Thu' });
    await http().get('/api/auth/me').set(bearer(session.accessToken)).expect(401);
    await http().post('/api/auth/login').set('x-forwarded-for', '10.40.0.10').send({ email, password: account.temporaryPassword }).expect(401);
    const inactive = (await http().get(`/api/people?unitId=${giaoLac.id}&active=false`).set(bearer(unitAdmin)).expect(200)).body.items;
    expect(inactive.map((p: { id: number }) => p.id)).toContain(created.id);
  });

  it('exports the list to Excel with Vietnamese headers, in Vietnamese name order', async () => {
    // A commune of its own, so other tests' people cannot change the order.
    const giaoYen = await createUnit(t.db, `Xã Giao Yến ${uid()}`, 'commune', giaoThuy);
    for (const name of ['Lê Văn Bình', 'Đỗ Minh Anh', 'Trần Thị An']) await createPerson(t.db, giaoYen, name);
    const res = await http()
      .get(`/api/people/export.xlsx?unitId=${giaoYen.id}`)
      .set(bearer(unitAdmin))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Họ và tên');
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(1).value)).toEqual(['Trần Thị An', 'Đỗ Minh Anh', 'Lê Văn Bình']);
    expect(sheet.rowCount).toBe(4);
  });

  describe('role grants', () => {
    it('an admin grants and revokes a role; both are audited and take effect at once', async () => {
      const account = await createAccount(t.db, { unit: giaoLac });
      const session = await signIn(t, account.email, undefined, '10.40.1.1');
      await http().get(`/api/people?unitId=${giaoLac.id}`).set(bearer(session.accessToken)).expect(403);
      const personId = Number((await t.db.query('SELECT person_id AS id FROM account WHERE id = ?', [account.accountId]))[0].id);

      const granted = (await http().post(`/api/people/${personId}/roles`).set(bearer(admin)).send({ role: 'unit_admin', orgUnitId: giaoLac.id }).expect(200)).body;
      const grant = granted.account.roles.find((g: { role: string }) => g.role === 'unit_admin');
      expect(grant).toMatchObject({ role: 'unit_admin', orgUnitId: giaoLac.id, id: expect.any(Number), grantedAt: expect.stringMatching(/Z$/) });
      // The same access token now reaches the unit's people: grants are read on every request.
      await http().get(`/api/people?unitId=${giaoLac.id}`).set(bearer(session.accessToken)).expect(200);
      await http().post(`/api/people/${personId}/roles`).set(bearer(admin)).send({ role: 'unit_admin', orgUnitId: giaoLac.id }).expect(409);

      const revoked = (await http().delete(`/api/people/${personId}/roles/${grant.id}`).set(bearer(admin)).expect(200)).body;
      expect(revoked.account.roles.map((g: { role: string }) => g.role)).toEqual(['learner']);
      await http().get(`/api/people?unitId=${giaoLac.id}`).set(bearer(session.accessToken)).expect(403);

      const audit = await t.db.query(`SELECT action, details FROM audit_log WHERE target_type = 'account' AND target_id = ? AND action LIKE 'role.%' ORDER BY id`, [String(account.accountId)]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['role.granted', 'role.revoked']);
      expect(JSON.parse(audit[0].details)).toMatchObject({ role: 'unit_admin', orgUnitId: giaoLac.id });
    });

    it('is for admins only, within their subtree, and never removes an admin\'s own last admin grant', async () => {
      const person = await createPerson(t.db, giaoLac);
      await http().post(`/api/people/${person}/roles`).set(bearer(unitAdmin)).send({ role: 'trainer', orgUnitId: giaoLac.id }).expect(403);
      const noAccount = await http().post(`/api/people/${person}/roles`).set(bearer(admin)).send({ role: 'trainer', orgUnitId: giaoLac.id }).expect(422);
      expect(noAccount.body.code).toBe('people.no_account');
      await http().post(`/api/people/${person}/roles`).set(bearer(admin)).send({ role: 'overlord', orgUnitId: giaoLac.id }).expect(422);

      const me = await createAccount(t.db, { unit: province, grants: [['admin', province]] });
      const mySession = await signIn(t, me.email, undefined, '10.40.1.2');
      const myPerson = Number((await t.db.query('SELECT person_id AS id FROM account WHERE id = ?', [me.accountId]))[0].id);
      const mine = (await http().get(`/api/people/${myPerson}`).set(bearer(mySession.accessToken)).expect(200)).body.account.roles[0];
      const res = await http().delete(`/api/people/${myPerson}/roles/${mine.id}`).set(bearer(mySession.accessToken)).expect(409);
      expect(res.body.message).toBe('Không thể tự gỡ quyền quản trị cuối cùng của mình.');
    });
  });
});
