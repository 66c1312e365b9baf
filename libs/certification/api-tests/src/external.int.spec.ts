import { bearer, binary, createAccount, createPerson, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';
import { AuditLog } from '@cds/audit/api';
import { Course } from '@cds/catalogue/api';
import { Certificate, ExternalTraining } from '@cds/certification/api';
import type { ExternalTrainingDto } from '@cds/contracts';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';
import ExcelJS from 'exceljs';
import { In } from 'typeorm';

/** A small PDF, as a scanned certificate would be (recognised by its content). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/**
 * Training done elsewhere, as a certifier records it: with its evidence, counting as a platform
 * course so the person's core-team post becomes covered, changing or withdrawing what it counts
 * for, reading the evidence within scope, and the Excel import (all rows or none).
 */
describe('certification: training done elsewhere (medium)', () => {
  let t: TestApp;
  let district: OrgUnit, communeA: OrgUnit, communeB: OrgUnit, otherCommune: OrgUnit;
  let certifier: string, certifierPersonId: number, certifierEmail: string;
  let otherCertifier: string, unitAdmin: string, learner: string;
  let course1: Course, course2: Course;
  const http = () => t.http();

  const newCourse = async (title: string) => {
    const { identifiers } = await t.db.getRepository(Course).insert({ code: `NGOAI-${uid()}`, title, topicArea: 'digital_government', hours: 24, publishedVersionId: null, draftVersionId: null, createdAt: new Date() });
    return t.db.getRepository(Course).findOneByOrFail({ id: Number(identifiers[0]['id']) });
  };
  const personEmail = async (email: string) => (await t.db.getRepository(Person).findOneByOrFail({ email })).id;

  /** A post of the unit held by the person, qualified by these courses. */
  const heldPost = async (unit: OrgUnit, personId: number, courses: Course[]) => {
    const seat = (
      await http()
        .post('/api/core-team/seats')
        .set(bearer(unitAdmin))
        .send({ orgUnitId: unit.id, function: 'commune_cds_specialist', validFrom: '2022-01-01', qualifyingCourseIds: courses.map((c) => c.id) })
        .expect(201)
    ).body as { id: number };
    await http().post(`/api/core-team/seats/${seat.id}/assignments`).set(bearer(unitAdmin)).send({ personId, startDate: '2024-01-01' }).expect(201);
    return seat.id;
  };
  const coverage = async (unit: OrgUnit, seatId: number) =>
    ((await http().get(`/api/core-team/coverage?unitId=${unit.id}`).set(bearer(certifier)).expect(200)).body.seats as { seatId: number; state: string }[]).find((s) => s.seatId === seatId)?.state;

  const record = (token: string, fields: Record<string, string | number | undefined>, evidence: { bytes: Buffer; name: string } | null = { bytes: PDF, name: 'giay-chung-nhan.pdf' }) => {
    const req = http().post('/api/external-trainings').set(bearer(token));
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) void req.field(name, String(value));
    return evidence ? req.attach('evidence', evidence.bytes, evidence.name) : req;
  };
  const fieldsFor = (personId: number, extra: Record<string, string | number | undefined> = {}) => ({
    personId,
    title: 'Bồi dưỡng kỹ năng chuyển đổi số cấp xã',
    issuingBody: 'Bộ Thông tin và Truyền thông',
    completedOn: '2025-03-10',
    hours: 24,
    note: 'Lớp tại Hà Nội',
    ...extra,
  });
  const stored = (personId: number) =>
    Promise.all([t.db.getRepository(ExternalTraining).countBy({ personId }), t.db.getRepository(Certificate).countBy({ personId, source: 'external' })]);

  beforeAll(async () => {
    t = await startTestApp();
    const province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    district = await createUnit(t.db, 'Huyện Giao Thủy', 'district', province);
    communeA = await createUnit(t.db, 'Xã Giao Lạc', 'commune', district);
    communeB = await createUnit(t.db, 'Xã Giao An', 'commune', district);
    const otherDistrict = await createUnit(t.db, 'Huyện Hải Hậu', 'district', province);
    otherCommune = await createUnit(t.db, 'Xã Hải Anh', 'commune', otherDistrict);
    const c = await createAccount(t.db, { unit: district, grants: [['certifier', district]], fullName: 'Phạm Văn Chứng' });
    certifierEmail = c.email;
    certifierPersonId = await personEmail(c.email);
    certifier = (await signIn(t, c.email, undefined, '10.91.0.1')).accessToken;
    otherCertifier = (await signIn(t, (await createAccount(t.db, { unit: otherDistrict, grants: [['certifier', otherDistrict]] })).email, undefined, '10.91.0.2')).accessToken;
    unitAdmin = (await signIn(t, (await createAccount(t.db, { unit: district, grants: [['unit_admin', district]] })).email, undefined, '10.91.0.3')).accessToken;
    learner = (await signIn(t, (await createAccount(t.db, { unit: communeA, grants: [] })).email, undefined, '10.91.0.4')).accessToken;
    course1 = await newCourse('Chuyển đổi số cho cán bộ cấp xã');
    course2 = await newCourse('An toàn thông tin cơ bản');
  });
  afterAll(() => t.close());

  it('records training with its evidence that counts for a course: a certificate row, the person’s post covered, audited, listed', async () => {
    const personId = await createPerson(t.db, communeA, 'Nguyễn Thị Lan', `lan-${uid()}@test.cds.vn`);
    const seatId = await heldPost(communeA, personId, [course1]);
    expect(await coverage(communeA, seatId)).toBe('unqualified');

    const res = await record(certifier, fieldsFor(personId, { countsForCourseId: course1.id })).expect(201);
    const dto = res.body as ExternalTrainingDto;
    expect(dto).toMatchObject({
      personId,
      fullName: 'Nguyễn Thị Lan',
      unitName: 'Xã Giao Lạc',
      title: 'Bồi dưỡng kỹ năng chuyển đổi số cấp xã',
      issuingBody: 'Bộ Thông tin và Truyền thông',
      completedOn: '2025-03-10',
      hours: 24,
      evidenceName: 'giay-chung-nhan.pdf',
      countsFor: { id: course1.id, code: course1.code, title: course1.title },
      note: 'Lớp tại Hà Nội',
    });
    expect(await coverage(communeA, seatId)).toBe('covered');

    const row = await t.db.getRepository(ExternalTraining).findOneByOrFail({ id: dto.id });
    const certificate = await t.db.getRepository(Certificate).findOneByOrFail({ id: row.certificateId as number });
    expect(certificate).toMatchObject({ personId, courseId: course1.id, source: 'external', status: 'valid', issuedOn: '2025-03-10', expiresOn: null, publicCode: null });
    const audit = await t.db.getRepository(AuditLog).findOneByOrFail({ action: 'certification.external_recorded', targetId: String(dto.id) });
    expect(audit).toMatchObject({ actorEmail: certifierEmail, targetType: 'external_training' });
    expect(audit.details).toMatchObject({ personId, countsForCourseId: course1.id, certificateId: certificate.id });

    // Listed for readers in scope, found by the name without diacritics; not for a certifier elsewhere.
    const listed = (await http().get(`/api/external-trainings?personId=${personId}`).set(bearer(unitAdmin)).expect(200)).body as ExternalTrainingDto[];
    expect(listed.map((r) => r.id)).toEqual([dto.id]);
    const found = (await http().get('/api/external-trainings').query({ q: 'nguyen thi lan' }).set(bearer(certifier)).expect(200)).body as ExternalTrainingDto[];
    expect(found.map((r) => r.id)).toContain(dto.id);
    expect((await http().get(`/api/external-trainings?personId=${personId}`).set(bearer(otherCertifier)).expect(200)).body).toEqual([]);
    await http().get('/api/external-trainings').set(bearer(learner)).expect(403);

    // The same course and date again: refused, nothing more written.
    const again = await record(certifier, fieldsFor(personId)).expect(409);
    expect(again.body.code).toBe('external_training.duplicate');
    expect(await stored(personId)).toEqual([1, 1]);
  });

  it('refuses a record without evidence with a Vietnamese reason, and writes nothing', async () => {
    const personId = await createPerson(t.db, communeA, 'Trần Văn Minh');
    const res = await record(certifier, fieldsFor(personId, { countsForCourseId: course1.id }), null).expect(422);
    expect(res.body.code).toBe('external_training.evidence_required');
    expect(res.body.message).toContain('Cần đính kèm minh chứng');
    // Evidence that is not a PDF or an image, a date in the future, a missing field: refused too.
    const text = await record(certifier, fieldsFor(personId), { bytes: Buffer.from('không phải minh chứng'), name: 'ghi-chu.txt' }).expect(422);
    expect(text.body.code).toBe('files.not_allowed');
    const future = await record(certifier, fieldsFor(personId, { completedOn: '2099-01-01' })).expect(422);
    expect(future.body.code).toBe('external_training.future_date');
    const missing = await record(certifier, fieldsFor(personId, { hours: 0, title: '' })).expect(422);
    expect(missing.body.code).toBe('validation.failed');
    expect(Object.keys(missing.body.errors).sort()).toEqual(['hours', 'title']);
    const unknownCourse = await record(certifier, fieldsFor(personId, { countsForCourseId: 987654321 })).expect(422);
    expect(unknownCourse.body.code).toBe('external_training.unknown_course');
    await record(certifier, fieldsFor(987654321)).expect(404);
    expect(await stored(personId)).toEqual([0, 0]);
  });

  it('refuses a person outside the certifier’s subtree, and the certifier’s own training (403), writing nothing', async () => {
    const elsewhere = await createPerson(t.db, otherCommune, 'Đỗ Thị Hằng');
    const outside = await record(certifier, fieldsFor(elsewhere, { countsForCourseId: course1.id })).expect(403);
    expect(outside.body.code).toBe('external_training.outside_scope');
    expect(await stored(elsewhere)).toEqual([0, 0]);

    const own = await record(certifier, fieldsFor(certifierPersonId, { countsForCourseId: course1.id })).expect(403);
    expect(own.body.code).toBe('external_training.own_record');
    expect(own.body.message).toContain('chính mình');
    expect(await stored(certifierPersonId)).toEqual([0, 0]);
    // A unit admin reads certificates but does not record them.
    await record(unitAdmin, fieldsFor(elsewhere)).expect(403);
  });

  it('changes what a record counts for and withdraws it: certificates superseded and revoked, coverage following, audited', async () => {
    const personId = await createPerson(t.db, communeB, 'Lê Văn Hùng');
    const seatId = await heldPost(communeB, personId, [course1]);
    const created = (await record(certifier, fieldsFor(personId)).expect(201)).body as ExternalTrainingDto;
    expect(created.countsFor).toBeNull();
    expect(await stored(personId)).toEqual([1, 0]);
    expect(await coverage(communeB, seatId)).toBe('unqualified');

    const counted = (await http().put(`/api/external-trainings/${created.id}/counts`).set(bearer(certifier)).send({ courseId: course1.id }).expect(200)).body as ExternalTrainingDto;
    expect(counted.countsFor).toMatchObject({ id: course1.id, code: course1.code });
    expect(await coverage(communeB, seatId)).toBe('covered');
    const first = (await t.db.getRepository(ExternalTraining).findOneByOrFail({ id: created.id })).certificateId as number;

    const changed = (await http().put(`/api/external-trainings/${created.id}/counts`).set(bearer(certifier)).send({ courseId: course2.id }).expect(200)).body as ExternalTrainingDto;
    expect(changed.countsFor).toMatchObject({ id: course2.id });
    const second = (await t.db.getRepository(ExternalTraining).findOneByOrFail({ id: created.id })).certificateId as number;
    expect(second).not.toBe(first);
    expect(await t.db.getRepository(Certificate).findOneByOrFail({ id: first })).toMatchObject({ status: 'superseded', supersededBy: second });
    expect(await t.db.getRepository(Certificate).findOneByOrFail({ id: second })).toMatchObject({ status: 'valid', courseId: course2.id, source: 'external', issuedOn: '2025-03-10' });
    // The post asks for course 1, which it no longer counts as.
    expect(await coverage(communeB, seatId)).toBe('unqualified');

    const withdrawn = (await http().put(`/api/external-trainings/${created.id}/counts`).set(bearer(certifier)).send({ courseId: null }).expect(200)).body as ExternalTrainingDto;
    expect(withdrawn.countsFor).toBeNull();
    expect(await t.db.getRepository(Certificate).findOneByOrFail({ id: second })).toMatchObject({ status: 'revoked', revokedReason: 'Không còn được công nhận', revokedBy: certifierPersonId });
    // Withdrawn again: nothing to do, nothing audited.
    await http().put(`/api/external-trainings/${created.id}/counts`).set(bearer(certifier)).send({ courseId: null }).expect(200);
    const audits = await t.db.getRepository(AuditLog).find({ where: { action: 'certification.external_counted', targetId: String(created.id) }, order: { id: 'ASC' } });
    expect(audits.map((a) => a.details?.['toCourseId'] ?? null)).toEqual([course1.id, course2.id, null]);

    // Counting it again for course 1: a new valid certificate; the post is covered again.
    await http().put(`/api/external-trainings/${created.id}/counts`).set(bearer(certifier)).send({ courseId: course1.id }).expect(200);
    expect(await coverage(communeB, seatId)).toBe('covered');
    expect(await t.db.getRepository(Certificate).countBy({ personId, status: 'valid' })).toBe(1);

    // Refusals: another subtree, an unknown course, an unknown record, a missing body field.
    await http().put(`/api/external-trainings/${created.id}/counts`).set(bearer(otherCertifier)).send({ courseId: null }).expect(403);
    expect((await http().put(`/api/external-trainings/${created.id}/counts`).set(bearer(certifier)).send({ courseId: 987654321 }).expect(422)).body.code).toBe('external_training.unknown_course');
    await http().put('/api/external-trainings/987654321/counts').set(bearer(certifier)).send({ courseId: null }).expect(404);
    await http().put(`/api/external-trainings/${created.id}/counts`).set(bearer(certifier)).send({}).expect(422);
  });

  it('gives the evidence to readers in scope only', async () => {
    const personId = await createPerson(t.db, communeA, 'Vũ Thị Mai');
    const dto = (await record(certifier, fieldsFor(personId), { bytes: PDF, name: 'quyết-định-công-nhận.pdf' }).expect(201)).body as ExternalTrainingDto;
    expect(dto.evidenceName).toBe('quyết-định-công-nhận.pdf');
    for (const token of [certifier, unitAdmin]) {
      const res = await http().get(`/api/external-trainings/${dto.id}/evidence`).set(bearer(token)).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('quyết-định-công-nhận.pdf')}`);
      expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
    }
    expect((await http().get(`/api/external-trainings/${dto.id}/evidence`).set(bearer(otherCertifier)).expect(403)).body.code).toBe('external_training.outside_scope');
    await http().get(`/api/external-trainings/${dto.id}/evidence`).set(bearer(learner)).expect(403);
    await http().get('/api/external-trainings/987654321/evidence').set(bearer(certifier)).expect(404);
  });

  describe('Excel import', () => {
    const template = async () => {
      const res = await http().get('/api/external-trainings/template.xlsx').set(bearer(certifier)).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toContain('mau-nhap-dao-tao-ben-ngoai.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as ArrayBuffer);
      return workbook;
    };
    /** The template with its example row replaced by these rows (cell values by header), saved as Excel would. */
    const filled = async (rows: Record<string, ExcelJS.CellValue>[]) => {
      const workbook = await template();
      const sheet = workbook.worksheets[0];
      const headers = (sheet.getRow(1).values as string[]).slice(1);
      sheet.spliceRows(2, 1);
      rows.forEach((row, i) => {
        for (const [header, value] of Object.entries(row)) {
          const column = headers.indexOf(header);
          if (column < 0) throw new Error(`no column ${header}`);
          sheet.getRow(i + 2).getCell(column + 1).value = value;
        }
      });
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const upload = (bytes: Buffer, dryRun?: boolean, evidence: Buffer | null = PDF) => {
      const req = http()
        .post(`/api/external-trainings/import${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`)
        .set(bearer(certifier))
        .attach('file', bytes, 'danh-sach-hoan-thanh.xlsx');
      return evidence ? req.attach('evidence', evidence, 'danh-sach-cua-bo.pdf') : req;
    };
    const course = 'Kỹ năng số cho cán bộ xã';
    const ministry = 'Bộ Thông tin và Truyền thông';

    it('gives a template with the Vietnamese headers', async () => {
      const workbook = await template();
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Đào tạo bên ngoài', 'Hướng dẫn']);
      expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual([
        'Họ và tên',
        'Thư điện tử',
        'Tên khóa học',
        'Đơn vị tổ chức',
        'Ngày hoàn thành',
        'Số giờ',
        'Mã khóa học tương đương',
        'Ghi chú',
      ]);
    });

    it('imports nothing from a half-valid sheet and reports every bad row with its number and reason', async () => {
      const suffix = uid();
      const ok = await createPerson(t.db, communeA, `Hoàng Văn Tú ${suffix}`, `tu-${suffix}@test.cds.vn`);
      const twinA = await createPerson(t.db, communeA, `Bùi Thị Hoa ${suffix}`);
      const twinB = await createPerson(t.db, communeB, `Bùi Thị Hoa ${suffix}`);
      const outside = await createPerson(t.db, otherCommune, `Ngô Văn Xa ${suffix}`, `xa-${suffix}@test.cds.vn`);
      const base = { 'Tên khóa học': course, 'Đơn vị tổ chức': ministry, 'Ngày hoàn thành': '15/09/2025', 'Số giờ': 24 };
      const bytes = await filled([
        /* 2 */ { ...base, 'Họ và tên': `Hoàng Văn Tú ${suffix}`, 'Thư điện tử': `TU-${suffix}@test.cds.vn`, 'Mã khóa học tương đương': course1.code },
        /* 3 */ { ...base, 'Thư điện tử': `xa-${suffix}@test.cds.vn` },
        /* 4 */ { ...base, 'Họ và tên': `Bùi Thị Hoa ${suffix}` },
        /* 5 */ { ...base, 'Thư điện tử': `tu-${suffix}@test.cds.vn`, 'Ngày hoàn thành': '31/02/2025' },
        /* 6 */ { ...base, 'Thư điện tử': `tu-${suffix}@test.cds.vn`, 'Tên khóa học': 'Khóa khác', 'Số giờ': 0, 'Mã khóa học tương đương': 'KHONG-CO' },
        /* 7 */ { ...base, 'Họ và tên': `Hoàng Văn Tú ${suffix}`, 'Tên khóa học': null },
        /* 8 */ { ...base, 'Thư điện tử': `tu-${suffix}@test.cds.vn`, 'Mã khóa học tương đương': course1.code },
        /* 9 */ { ...base, 'Thư điện tử': certifierEmail },
        /* 10 */ { ...base, 'Thư điện tử': `tu-${suffix}@test.cds.vn`, 'Tên khóa học': 'Khóa tương lai', 'Ngày hoàn thành': '01/01/2099' },
      ]);
      const res = await upload(bytes, false).expect(200);
      const report = res.body as { dryRun: boolean; totalRows: number; imported: number; rows: unknown[]; problems: { row: number; column: string | null; code: string; message: string }[] };
      expect(report).toMatchObject({ dryRun: false, totalRows: 9, imported: 0, rows: [] });
      const byRow = (row: number) => report.problems.filter((p) => p.row === row);
      expect([...new Set(report.problems.map((p) => p.row))]).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
      expect(byRow(3)).toEqual([expect.objectContaining({ column: 'Thư điện tử', code: 'external_training.import_unknown_email' })]);
      expect(byRow(4)[0]).toMatchObject({ column: 'Họ và tên', code: 'external_training.import_ambiguous_name' });
      expect(byRow(4)[0].message).toContain('hãy ghi thêm thư điện tử');
      expect(byRow(5)).toEqual([expect.objectContaining({ column: 'Ngày hoàn thành', code: 'import.bad_date' })]);
      expect(byRow(6).map((p) => p.code).sort()).toEqual(['external_training.import_bad_hours', 'external_training.import_unknown_course']);
      expect(byRow(7)).toEqual([expect.objectContaining({ column: 'Tên khóa học', code: 'import.required' })]);
      expect(byRow(8)).toEqual([expect.objectContaining({ code: 'external_training.import_duplicate_row', message: expect.stringContaining('dòng 2') })]);
      expect(byRow(9)).toEqual([expect.objectContaining({ code: 'external_training.import_own' })]);
      expect(byRow(10)).toEqual([expect.objectContaining({ code: 'external_training.future_date' })]);

      const people = [ok, twinA, twinB, outside, certifierPersonId];
      expect(await t.db.getRepository(ExternalTraining).countBy({ personId: In(people) })).toBe(0);
      expect(await t.db.getRepository(Certificate).countBy({ personId: In(people), source: 'external' })).toBe(0);

      // The evidence is required with the sheet.
      expect((await upload(bytes, false, null).expect(422)).body.code).toBe('external_training.evidence_required');
    });

    it('previews a valid sheet without writing, then writes every row with the one evidence file', async () => {
      const suffix = uid();
      const first = await createPerson(t.db, communeA, `Đặng Văn Khoa ${suffix}`, `khoa-${suffix}@test.cds.vn`);
      const second = await createPerson(t.db, communeB, `Phan Thị Yến ${suffix}`);
      const seatId = await heldPost(communeA, first, [course1]);
      const bytes = await filled([
        { 'Thư điện tử': `khoa-${suffix}@test.cds.vn`, 'Tên khóa học': course, 'Đơn vị tổ chức': ministry, 'Ngày hoàn thành': '15/09/2025', 'Số giờ': 24, 'Mã khóa học tương đương': course1.code.toLowerCase(), 'Ghi chú': 'Đợt 1' },
        { 'Họ và tên': `phan thị yến ${suffix}`, 'Tên khóa học': course, 'Đơn vị tổ chức': ministry, 'Ngày hoàn thành': new Date(Date.UTC(2025, 8, 16)), 'Số giờ': '16' },
      ]);

      const preview = (await upload(bytes).expect(200)).body as { dryRun: boolean; imported: number; problems: unknown[]; rows: { row: number; personId: number; completedOn: string; countsFor: { id: number } | null }[] };
      expect(preview).toMatchObject({ dryRun: true, imported: 0, problems: [] });
      expect(preview.rows.map((r) => [r.row, r.personId, r.completedOn, r.countsFor?.id ?? null])).toEqual([
        [2, first, '2025-09-15', course1.id],
        [3, second, '2025-09-16', null],
      ]);
      expect(await t.db.getRepository(ExternalTraining).countBy({ personId: In([first, second]) })).toBe(0);
      expect(await coverage(communeA, seatId)).toBe('unqualified');

      const done = (await upload(bytes, false).expect(200)).body as { imported: number; counted: number; problems: unknown[] };
      expect(done).toMatchObject({ imported: 2, counted: 1, problems: [] });
      const records = await t.db.getRepository(ExternalTraining).find({ where: { personId: In([first, second]) }, order: { id: 'ASC' } });
      expect(records.map((r) => [r.personId, r.hours, r.note, r.evidenceName])).toEqual([
        [first, 24, 'Đợt 1', 'danh-sach-cua-bo.pdf'],
        [second, 16, '', 'danh-sach-cua-bo.pdf'],
      ]);
      expect(new Set(records.map((r) => r.evidenceKey)).size).toBe(1);
      expect(await t.db.getRepository(Certificate).findOneByOrFail({ id: records[0].certificateId as number })).toMatchObject({ source: 'external', status: 'valid', courseId: course1.id, issuedOn: '2025-09-15' });
      expect(records[1].certificateId).toBeNull();
      expect(await coverage(communeA, seatId)).toBe('covered');
      const evidence = await http().get(`/api/external-trainings/${records[1].id}/evidence`).set(bearer(certifier)).buffer(true).parse(binary).expect(200);
      expect(Buffer.compare(evidence.body as Buffer, PDF)).toBe(0);
      const audit = await t.db.getRepository(AuditLog).findOneByOrFail({ action: 'certification.external_recorded', targetType: 'external_training_import', targetLabel: 'danh-sach-hoan-thanh.xlsx', actorEmail: certifierEmail });
      expect(audit.details).toMatchObject({ imported: 2, counted: 1, ids: records.map((r) => r.id) });

      // The same sheet again: every row is already on record, nothing more is written.
      const repeat = (await upload(bytes, false).expect(200)).body as { imported: number; problems: { row: number; code: string }[] };
      expect(repeat.imported).toBe(0);
      expect(repeat.problems.map((p) => [p.row, p.code])).toEqual([
        [2, 'external_training.import_exists'],
        [3, 'external_training.import_exists'],
      ]);
      expect(await t.db.getRepository(ExternalTraining).countBy({ personId: In([first, second]) })).toBe(2);
    });
  });
});
