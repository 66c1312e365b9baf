import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from '@cds/contracts';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { bearer, binary, createAccount, createPerson, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';

const HEADER = IMPORT_COLUMNS.map((c) => c.header).join(',');

/** Rules found when the app was tried as a new user would; each test failed before its fix. */
describe('people: cursors, accounts beyond one’s reach, plain-text names, leaving the same day (medium)', () => {
  let t: TestApp;
  let province: OrgUnit, district: OrgUnit, commune: OrgUnit;
  let unitAdmin: string, admin: string;
  const http = () => t.http();

  beforeAll(async () => {
    t = await startTestApp();
    province = await createUnit(t.db, `Tỉnh ${uid()}`, 'province');
    district = await createUnit(t.db, `Huyện Giao Thủy ${uid()}`, 'district', province);
    commune = await createUnit(t.db, `Xã Giao Phong ${uid()}`, 'commune', district);
    unitAdmin = (await signIn(t, (await createAccount(t.db, { unit: district, grants: [['unit_admin', district]] })).email, undefined, '10.61.0.1')).accessToken;
    admin = (await signIn(t, (await createAccount(t.db, { unit: province, grants: [['admin', province]] })).email, undefined, '10.61.0.2')).accessToken;
  });
  afterAll(() => t.close());

  it('answers a well-formed but foreign cursor with a 400 in the usual error shape, on the people list and the audit log', async () => {
    for (const [path, token] of [
      ['/api/people?cursor=eyJ4IjoxfQ', unitAdmin],
      ['/api/audit?cursor=eyJ4IjoxfQ', admin],
      ['/api/audit?cursor=eyJpZCI6Ik5hTiJ9', admin],
    ]) {
      const res = await http().get(path).set(bearer(token)).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'http.bad_cursor', correlationId: expect.any(String) });
      expect(res.body.message).toMatch(/không hợp lệ/);
      expect(JSON.stringify(res.body)).not.toMatch(/NaN|column|SQL/i);
    }
  });

  it('refuses to let a unit admin deactivate or re-address a person whose grants reach beyond theirs; allows it for a learner', async () => {
    const provinceAdmin = await createAccount(t.db, { unit: commune, grants: [['admin', province]], fullName: 'Trịnh Văn Quyền' });
    const certifier = await createAccount(t.db, { unit: commune, grants: [['certifier', province]], fullName: 'Lưu Thị Chứng' });
    const learner = await createAccount(t.db, { unit: commune, fullName: 'Mai Văn Học' });
    const personOf = async (email: string) => (await t.db.getRepository(Person).findOneByOrFail({ email })).id;
    for (const email of [provinceAdmin.email, certifier.email]) {
      const id = await personOf(email);
      const refused = await http().post(`/api/people/${id}/deactivate`).set(bearer(unitAdmin)).send({ date: '2025-08-01', reason: 'transfer' }).expect(403);
      expect(refused.body.code).toBe('people.grants_beyond_yours');
      await http().patch(`/api/people/${id}`).set(bearer(unitAdmin)).send({ email: `taken-over-${uid()}@test.cds.vn` }).expect(403);
      const person = await t.db.getRepository(Person).findOneByOrFail({ id });
      expect(person).toMatchObject({ active: true, email });
    }
    // The account still signs in: nobody was locked out.
    await signIn(t, provinceAdmin.email, undefined, '10.61.0.3');
    // The province admin may act on them; the unit admin may act on a learner.
    await http().patch(`/api/people/${await personOf(certifier.email)}`).set(bearer(admin)).send({ position: 'Chuyên viên Sở' }).expect(200);
    await http().post(`/api/people/${await personOf(learner.email)}/deactivate`).set(bearer(unitAdmin)).send({ date: '2025-08-01', reason: 'transfer' }).expect(200);
  });

  it('refuses formula-looking names and names with control characters, by form and by import, and keeps names in NFC', async () => {
    for (const fullName of ['=HYPERLINK("http://x.vn","Bấm")', '+84 Nguyễn', '-Nguyễn Văn A', '@Trần', 'Nguyễn\u0000Văn', 'Nguyễn \u202eVăn']) {
      const res = await http().post('/api/people').set(bearer(unitAdmin)).send({ fullName, orgUnitId: commune.id }).expect(422);
      expect(res.body.errors.fullName).toEqual([expect.stringMatching(/ký tự điều khiển|=, \+, -, @/)]);
    }
    const combining = `Nguye\u0302\u0303n Thi\u0323 Hoa ${uid()}`;
    const created = await http().post('/api/people').set(bearer(unitAdmin)).send({ fullName: combining, orgUnitId: commune.id }).expect(201);
    expect(created.body.fullName).toBe(combining.normalize('NFC'));

    const rows = [
      `=1+2,Chuyên viên,,${commune.name},,,,`,
      `Trần Văn Đúng,@SUM(A1),,${commune.name},,,,`,
      `"Lê\u202eThị",Chuyên viên,,${commune.name},,,,`,
      `Phạm Văn Tốt,Chuyên viên,,${commune.name},,,,`,
    ];
    const started = await http().post('/api/people/import?dryRun=false').set(bearer(unitAdmin)).attach('file', Buffer.from(`${HEADER}\n${rows.join('\n')}\n`), 'nguoi.csv').expect(202);
    let job = started.body;
    for (let i = 0; i < 200 && ['validating', 'importing'].includes(job.status); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await http().get(`/api/people/import/${started.body.id}`).set(bearer(unitAdmin)).expect(200)).body;
    }
    expect(job.status).toBe('invalid');
    expect(job.problems.map((p: { row: number; column: string; code: string }) => [p.row, p.column, p.code])).toEqual([
      [2, 'fullName', 'import.formula'],
      [3, 'position', 'import.formula'],
      [4, 'fullName', 'import.control_chars'],
    ]);
    expect(await t.db.getRepository(Person).countBy({ fullName: 'Phạm Văn Tốt' })).toBe(0);
  });

  it('leaves no post to a person assigned and deactivated on the same day', async () => {
    const personId = await createPerson(t.db, commune, `Đinh Văn Cùng ${uid()}`);
    const seat = await http().post('/api/core-team/seats').set(bearer(unitAdmin)).send({ orgUnitId: commune.id, function: 'commune_cds_specialist', validFrom: '2025-08-01', qualifyingCourseIds: [] }).expect(201);
    await http().post(`/api/core-team/seats/${seat.body.id}/assignments`).set(bearer(unitAdmin)).send({ personId, startDate: '2025-08-01' }).expect(201);
    await http().post(`/api/people/${personId}/deactivate`).set(bearer(unitAdmin)).send({ date: '2025-08-01', reason: 'resignation' }).expect(200);
    for (const asOf of ['2025-08-01', '2025-09-01']) {
      const seats = (await http().get(`/api/core-team/seats?unitId=${commune.id}&asOf=${asOf}`).set(bearer(unitAdmin)).expect(200)).body;
      expect(seats.find((s: { id: number }) => s.id === seat.body.id).holder).toBeNull();
    }
    const detail = (await http().get(`/api/people/${personId}`).set(bearer(unitAdmin)).expect(200)).body;
    expect(detail.currentSeats).toEqual([]);
    expect(detail.assignments[0]).toMatchObject({ endDate: '2025-08-01', endReason: 'resignation' });
  });

  it('exports the people list in the person’s language', async () => {
    await createPerson(t.db, commune, `Quách Thị Xuất ${uid()}`);
    const headerOf = async (lang: string) => {
      const res = await http().get(`/api/people/export.xlsx?unitId=${commune.id}`).set(bearer(unitAdmin)).set('accept-language', lang).buffer(true).parse(binary).expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body);
      return { sheet: book.worksheets[0].name, header: (book.worksheets[0].getRow(1).values as string[]).filter(Boolean), file: res.headers['content-disposition'] };
    };
    expect(await headerOf('vi')).toMatchObject({ sheet: 'Nhân sự', header: expect.arrayContaining(['Họ và tên', 'Trạng thái']), file: expect.stringContaining('nhan-su.xlsx') });
    expect(await headerOf('en')).toMatchObject({ sheet: 'People', header: expect.arrayContaining(['Full name', 'Status']), file: expect.stringContaining('people.xlsx') });
  });
});
