import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from '@cds/contracts';
import { Assignment } from '@cds/core-team/api';
import { OrgUnit } from '@cds/org/api';
import { bearer, createAccount, createPerson, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { Person, ImportJob } from '@cds/people/api';

const HEADER = IMPORT_COLUMNS.map((c) => c.header).join(',');

describe('people import (medium)', () => {
  let t: TestApp;
  let token: string;
  let district: OrgUnit, commune: OrgUnit, outside: OrgUnit;
  const http = () => t.http();

  /** Uploads and polls the job until it settles, recording the progress seen. */
  async function runImport(content: Buffer | string, fileName: string, dryRun: boolean) {
    const started = await http().post(`/api/people/import?dryRun=${dryRun}`).set(bearer(token)).attach('file', Buffer.from(content), fileName).expect(202);
    const seen: number[] = [];
    for (let i = 0; i < 600; i++) {
      const job = (await http().get(`/api/people/import/${started.body.id}`).set(bearer(token)).expect(200)).body;
      seen.push(job.processedRows);
      if (!['validating', 'importing'].includes(job.status)) return { job, seen };
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the import never finished');
  }

  beforeAll(async () => {
    t = await startTestApp();
    const province = await createUnit(t.db, `Tỉnh ${uid()}`, 'province');
    district = await createUnit(t.db, `Huyện Giao Thủy ${uid()}`, 'district', province);
    commune = await createUnit(t.db, `Xã Giao Minh ${uid()}`, 'commune', district);
    outside = await createUnit(t.db, `Xã Hải An ${uid()}`, 'commune', province);
    token = (await signIn(t, (await createAccount(t.db, { unit: district, grants: [['unit_admin', district]] })).email, undefined, '10.50.0.1')).accessToken;
  });
  afterAll(() => t.close());

  it('refuses a file with a wrong column before looking at any row', async () => {
    const csv = `Họ và tên,Đơn vị công tác,Email\nNguyễn Văn A,${commune.name},a@x.vn\n`;
    const { job } = await runImport(csv, 'sai-cot.csv', true);
    expect(job.status).toBe('invalid');
    expect(job.problems[0]).toMatchObject({ row: 1, code: 'import.unknown_column' });
    expect(job.problems[0].message).toContain('Cột "Đơn vị công tác" không có trong mẫu');
  });

  it('reports every bad row and imports nothing, even when asked to import for real', async () => {
    const existing = `da-co-${uid()}@x.vn`;
    await createPerson(t.db, commune, 'Người Đã Có', existing);
    const dup = `trung-${uid()}@x.vn`;
    const rows = [
      `Trần Thị Hoa,,,${commune.name},hoa-${uid()}@x.vn,,,`, // valid
      `,,,${commune.name},,,,`, // no name
      `Lê Văn Bảo,,,Xã Không Có,,,,`, // unknown unit
      `Vũ Thị Cúc,,,${outside.name},,,,`, // outside the subtree
      `Đỗ Văn Dũng,,,${commune.name},${dup},,,`,
      `Ngô Thị Én,,,${commune.name},${dup},,,`, // duplicate email in the file
      `Phan Văn Giang,,,${commune.name},${existing},,,`, // email already in the system
      `Hồ Thị Hạnh,,,${commune.name},,,Công chức phụ trách CĐS cấp xã,31/02/2024`, // date that does not exist
      `Mai Văn Khoa,,,${commune.name},,,Trưởng thôn,01/03/2024`, // unknown post
    ];
    const before = await t.db.getRepository(Person).countBy({ orgUnitId: commune.id });
    const { job } = await runImport(`\uFEFF${HEADER}\n${rows.join('\n')}\n`, 'co-loi.csv', false);
    expect(job.status).toBe('invalid');
    expect(job.problems.map((p: { row: number; column: string; code: string }) => [p.row, p.column, p.code])).toEqual([
      [3, 'fullName', 'import.required'],
      [4, 'unitName', 'import.unknown_unit'],
      [5, 'unitName', 'import.out_of_scope'],
      [7, 'email', 'import.duplicate_email'],
      [8, 'email', 'import.email_exists'],
      [9, 'startDate', 'import.bad_date'],
      [10, 'seatFunction', 'import.unknown_function'],
    ]);
    expect(job.problems[3].message).toBe(`Email "${dup}" trùng với dòng 6.`);
    expect(await t.db.getRepository(Person).countBy({ orgUnitId: commune.id })).toBe(before);
  });

  it('imports a valid 2,000-row workbook in one go, with its posts, reporting progress', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(IMPORT_COLUMNS.map((c) => c.header));
    const tag = uid();
    for (let i = 0; i < 2000; i++) {
      const post = i % 10 === 0 ? ['Công chức phụ trách CĐS cấp xã', new Date(Date.UTC(2024, 0, 15))] : ['', ''];
      sheet.addRow([`Nguyễn Văn Nhập ${tag} ${i}`, 'Công chức', '', commune.name, `nhap-${tag}-${i}@x.vn`, '0912 000 000', ...post]);
    }
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const preview = await runImport(buffer, 'danh-sach.xlsx', true);
    expect(preview.job).toMatchObject({ status: 'done', dryRun: true, totalRows: 2000, processedRows: 2000, problems: [], createdPeople: 0 });
    expect(await t.db.getRepository(Person).createQueryBuilder('p').where('p.full_name LIKE :n', { n: `%${tag}%` }).getCount()).toBe(0);

    const { job, seen } = await runImport(buffer, 'danh-sach.xlsx', false);
    expect(job).toMatchObject({ status: 'done', dryRun: false, totalRows: 2000, processedRows: 2000, createdPeople: 2000, createdAssignments: 200 });
    expect(seen[seen.length - 1]).toBe(2000);
    expect(await t.db.getRepository(Person).createQueryBuilder('p').where('p.full_name LIKE :n', { n: `%${tag}%` }).getCount()).toBe(2000);
    const assignments = await t.db.getRepository(Assignment).createQueryBuilder('a').innerJoin('a.person', 'p').where('p.full_name LIKE :n', { n: `%${tag}%` }).getMany();
    expect(assignments).toHaveLength(200);
    expect(assignments.every((a) => a.startDate === '2024-01-15' && a.unitName === commune.name)).toBe(true);
    // The same file again: every email is now taken, so nothing more is written.
    const again = await runImport(buffer, 'danh-sach.xlsx', false);
    expect(again.job.status).toBe('invalid');
    expect(again.job.problems).toHaveLength(2000);
  });

  it('serves the template, whose header the importer accepts', async () => {
    const csv = await http().get('/api/people/import/template.csv').set(bearer(token)).expect(200);
    expect(csv.text.split(/\r?\n/)[0].replace(/^\uFEFF/, '')).toBe(HEADER);
    await http().get('/api/people/import/template.xlsx').set(bearer(token)).expect(200).expect('content-type', /spreadsheetml/);
  });

  it('keeps a job to its author', async () => {
    const { job } = await runImport(`${HEADER}\nA,,,${commune.name},,,,\n`, 'a.csv', true);
    const other = (await signIn(t, (await createAccount(t.db, { unit: district, grants: [['unit_admin', district]] })).email, undefined, '10.50.0.2')).accessToken;
    await http().get(`/api/people/import/${job.id}`).set(bearer(other)).expect(404);
  });

  it('reports a job whose instance stopped mid-way as failed, with nothing imported', async () => {
    const { job } = await runImport(`${HEADER}\nA,,,${commune.name},,,,\n`, 'b.csv', true);
    await t.db.getRepository(ImportJob).update({ id: job.id }, { status: 'importing', finishedAt: null, createdAt: new Date(Date.now() - 16 * 60 * 1000) });
    const stale = (await http().get(`/api/people/import/${job.id}`).set(bearer(token)).expect(200)).body;
    expect(stale).toMatchObject({ status: 'failed', problems: [{ code: 'import.failed', message: 'Nhập dữ liệu thất bại; không có dữ liệu nào được ghi.' }] });
  });
});
