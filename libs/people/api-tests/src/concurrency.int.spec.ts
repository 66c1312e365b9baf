import { IMPORT_COLUMNS } from '@cds/contracts';
import { AuditLog } from '@cds/audit/api';
import { Assignment } from '@cds/core-team/api';
import { OrgUnit } from '@cds/org/api';
import { Account, ImportJob, ImportProblem, PeopleModule, Person } from '@cds/people/api';
import { bearer, createAccount, createPerson, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { In, Like } from 'typeorm';

const HEADER = IMPORT_COLUMNS.map((c) => c.header).join(',');

/**
 * Requests about one person or one import job fired at the same moment. On MariaDB they really
 * overlap (SQLite's single writer lines them up): unique indexes and conditional updates decide,
 * never a read followed by a write.
 */
describe('people: concurrent requests (medium)', () => {
  let t: TestApp;
  let district: OrgUnit, commune: OrgUnit;
  let token: string, accountId: number;
  const http = () => t.http();

  beforeAll(async () => {
    t = await startTestApp();
    const province = await createUnit(t.db, `Tỉnh ${uid()}`, 'province');
    district = await createUnit(t.db, `Huyện Xuân Trường ${uid()}`, 'district', province);
    commune = await createUnit(t.db, `Xã Xuân Ngọc ${uid()}`, 'commune', district);
    const admin = await createAccount(t.db, { unit: district, grants: [['unit_admin', district]] });
    accountId = admin.accountId;
    token = (await signIn(t, admin.email, undefined, '10.41.0.1')).accessToken;
  });
  afterAll(() => t.close());

  /** The API's error shape for a taken email, in Vietnamese. */
  const expectEmailTaken = (body: Record<string, unknown>, email: string) =>
    expect(body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'people.email_taken', message: `Email ${email} đã được dùng cho người khác.`, correlationId: expect.any(String) });

  it('of twenty creations with one email sent at once, one creates the person and the others are told the email is taken', async () => {
    const email = `trung-${uid()}@xuanngoc.vn`;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => http().post('/api/people').set(bearer(token)).send({ fullName: `Phạm Văn Tư ${i}`, orgUnitId: commune.id, email })),
    );

    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(19).fill(409)]);
    for (const r of results.filter((r) => r.status === 409)) expectEmailTaken(r.body, email);
    expect(await t.db.getRepository(Person).countBy({ email })).toBe(1);
  });

  it('of ten people given one new email at once, one gets it and the others are told it is taken', async () => {
    const email = `moi-${uid()}@xuanngoc.vn`;
    const people: number[] = [];
    for (let i = 0; i < 10; i++) people.push(await createPerson(t.db, commune));
    const results = await Promise.all(people.map((id) => http().patch(`/api/people/${id}`).set(bearer(token)).send({ email })));

    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    for (const r of results.filter((r) => r.status === 409)) expectEmailTaken(r.body, email);
    expect(await t.db.getRepository(Person).countBy({ email })).toBe(1);
  });

  it('opens one account when it is asked for twice at once', async () => {
    const person = await createPerson(t.db, commune, `Đinh Thị Lan ${uid()}`, `lan-${uid()}@xuanngoc.vn`);
    const results = await Promise.all([1, 2].map(() => http().post(`/api/people/${person}/account`).set(bearer(token))));

    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body).toMatchObject({ code: 'people.account_exists' });
    expect(await t.db.getRepository(Account).countBy({ personId: person })).toBe(1);
  });

  it('deactivates a person once when asked twice at once: one audit entry, their post ended once', async () => {
    const person = await createPerson(t.db, commune, `Lại Văn Thắng ${uid()}`);
    const seat = (await http().post('/api/core-team/seats').set(bearer(token)).send({ orgUnitId: commune.id, function: 'commune_cds_specialist', validFrom: '2022-01-01', qualifyingCourseIds: [] }).expect(201)).body;
    await http().post(`/api/core-team/seats/${seat.id}/assignments`).set(bearer(token)).send({ personId: person, startDate: '2023-01-01' }).expect(201);

    const results = await Promise.all(
      [
        { date: '2025-10-01', reason: 'retirement' },
        { date: '2025-11-01', reason: 'other' },
      ].map((body) => http().post(`/api/people/${person}/deactivate`).set(bearer(token)).send(body)),
    );

    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const entries = await t.db.getRepository(AuditLog).findBy({ action: 'people.deactivated', targetId: String(person) });
    expect(entries).toHaveLength(1);
    // The post ended once, on the day and with the reason of the deactivation that did the work.
    const posts = await t.db.getRepository(Assignment).findBy({ personId: person });
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ endDate: entries[0].details?.['date'], endReason: entries[0].details?.['reason'] });
    for (const r of results) expect(r.body).toMatchObject({ active: false, assignments: [{ endDate: posts[0].endDate }] });
  });

  describe('an import job found stale while it runs', () => {
    /** Waits for this instance's imports to end (PeopleModule awaits them the same way at shutdown). */
    const importsIdle = () => (t.app.get(PeopleModule) as unknown as { importer: { idle(): Promise<void> } }).importer.idle();
    const makeStale = (id: number) => t.db.getRepository(ImportJob).update({ id }, { createdAt: new Date(Date.now() - 60 * 60 * 1000) });

    it('is reported failed once, and the run it stopped writes nothing', async () => {
      const tag = uid();
      const rows = Array.from({ length: 300 }, (_, i) => `Nguyễn Văn ${tag} ${i},,,${commune.name},n${i}-${tag}@xuanngoc.vn,,,`);
      const started = await http()
        .post('/api/people/import?dryRun=false')
        .set(bearer(token))
        .attach('file', Buffer.from(`${HEADER}\n${rows.join('\n')}\n`), `ton-dong-${tag}.csv`)
        .expect(202);
      await makeStale(started.body.id);
      const seen = await Promise.all(Array.from({ length: 5 }, () => http().get(`/api/people/import/${started.body.id}`).set(bearer(token)).expect(200)));
      await importsIdle();
      const after = (await http().get(`/api/people/import/${started.body.id}`).set(bearer(token)).expect(200)).body;

      // Whoever came first decided, and nobody changed it afterwards.
      for (const r of seen) expect(r.body.status).toBe('failed');
      expect(after).toMatchObject({ status: 'failed', createdPeople: 0, problems: [{ row: 0, code: 'import.failed' }] });
      expect(await t.db.getRepository(Person).countBy({ email: Like(`%-${tag}@xuanngoc.vn`) })).toBe(0);
    });

    it('of many readers finding it stale at once, one marks it failed with one problem', async () => {
      const { identifiers } = await t.db.getRepository(ImportJob).insert({
        createdBy: accountId,
        fileName: `bo-do-${uid()}.csv`,
        dryRun: false,
        status: 'importing',
        totalRows: 10,
        processedRows: 0,
        createdPeople: 0,
        createdAssignments: 0,
        createdAt: new Date(Date.now() - 60 * 60 * 1000),
        finishedAt: null,
      });
      const id = Number(identifiers[0]['id']);
      const seen = await Promise.all(Array.from({ length: 8 }, () => http().get(`/api/people/import/${id}`).set(bearer(token))));

      expect(seen.map((r) => r.status)).toEqual(Array(8).fill(200));
      for (const r of seen) expect(r.body).toMatchObject({ status: 'failed', problems: [{ row: 0, code: 'import.failed' }] });
      expect(await t.db.getRepository(ImportProblem).countBy({ jobId: In([id]) })).toBe(1);
    });
  });

  describe('role grants', () => {
    let province: OrgUnit, provinceAdmin: string, adminAccount: { accountId: number; email: string };
    beforeAll(async () => {
      province = await createUnit(t.db, `Tỉnh ${uid()}`, 'province');
      adminAccount = await createAccount(t.db, { unit: province, grants: [['admin', province]] });
      provinceAdmin = (await signIn(t, adminAccount.email, undefined, '10.41.0.9')).accessToken;
    });

    it('of five grants of one role on one unit at once, one is made and the others are told it exists (never a 500)', async () => {
      const holder = await createAccount(t.db, { unit: province });
      const personId = (await t.db.getRepository(Account).findOneByOrFail({ id: holder.accountId })).personId;
      const results = await Promise.all(
        Array.from({ length: 5 }, () => http().post(`/api/people/${personId}/roles`).set(bearer(provinceAdmin)).send({ role: 'trainer', orgUnitId: province.id })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
      for (const r of results.filter((x) => x.status === 409)) expect(r.body.code).toBe('people.role_exists');
      const audited = await t.db.getRepository(AuditLog).countBy({ action: 'role.granted', targetId: String(holder.accountId) });
      expect(audited).toBe(1);
    });

    it('never lets two revocations at once take away an admin’s own last admin grant', async () => {
      const second = await createUnit(t.db, `Huyện ${uid()}`, 'district', province);
      const self = await createAccount(t.db, { unit: province, grants: [['admin', province], ['admin', second]] });
      const selfToken = (await signIn(t, self.email, undefined, '10.41.0.10')).accessToken;
      const personId = (await t.db.getRepository(Account).findOneByOrFail({ id: self.accountId })).personId;
      const detail = (await http().get(`/api/people/${personId}`).set(bearer(selfToken)).expect(200)).body;
      const grantIds = detail.account.roles.map((g: { id: number }) => g.id);
      expect(grantIds).toHaveLength(2);
      const results = await Promise.all(grantIds.map((g: number) => http().delete(`/api/people/${personId}/roles/${g}`).set(bearer(selfToken))));
      // One goes through; the other is refused: 409 when both callers were loaded before either
      // revocation (they overlap), 403 when the first had already removed the grant covering it.
      const [ok, refused] = results.map((r) => r.status).sort();
      expect(ok).toBe(200);
      expect([403, 409]).toContain(refused);
      const left = await t.db.query('SELECT COUNT(*) AS n FROM role_grant WHERE account_id = ? AND role = ?', [self.accountId, 'admin']);
      expect(Number(left[0].n)).toBe(1);
    });
  });
});
