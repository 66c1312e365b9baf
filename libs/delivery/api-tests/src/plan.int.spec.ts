import { binary, createPerson, createUnit, startTestApp, TestApp, uid } from '@cds/api/testing';
import { AuditLog } from '@cds/audit/api';
import { Enrolment, PlanItem, TrainingPlan } from '@cds/delivery/api';
import type { OrgUnitKind } from '@cds/org/api';
import { OrgUnit } from '@cds/org/api';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { classBody, person, publishedCourse } from './classes-fixtures';

describe('delivery: the yearly training plan (medium)', () => {
  let t: TestApp;
  let province: OrgUnit;
  let admin: Awaited<ReturnType<typeof person>>;
  let certifier: Awaited<ReturnType<typeof person>>;
  let unitAdmin: Awaited<ReturnType<typeof person>>;
  let learner: Awaited<ReturnType<typeof person>>;
  let year: number;
  let created: Response;
  const planIds: number[] = [];
  const http = () => t.http();

  /** A past year no plan has yet (the MariaDB database is shared between runs). */
  async function freeYear(): Promise<number> {
    const taken = new Set(((await http().get('/api/plans').set(admin.auth).expect(200)).body as { year: number }[]).map((p) => p.year));
    const free = Array.from({ length: 21 }, (_, i) => 2000 + i).filter((y) => !taken.has(y));
    if (!free.length) throw new Error('no free plan year left in 2000–2020: drop the test database');
    return free[Math.floor(Math.random() * free.length)];
  }

  beforeAll(async () => {
    t = await startTestApp();
    province = await createUnit(t.db, `Tỉnh Nam Định ${uid()}`, 'province');
    const district = await createUnit(t.db, `Huyện Trực Ninh ${uid()}`, 'district', province);
    admin = await person(t, province, [['admin', province]], 'Phạm Quốc Huy', '10.74.0.1');
    certifier = await person(t, province, [['certifier', province]], 'Hoàng Thị Mai', '10.74.0.2');
    unitAdmin = await person(t, district, [['unit_admin', district]], 'Lê Văn Bình', '10.74.0.3');
    learner = await person(t, district, undefined, 'Trần Thị Lụa', '10.74.0.4');
    year = await freeYear();
    created = await http().post('/api/plans').set(certifier.auth).send({ year, title: `Kế hoạch bồi dưỡng chuyển đổi số năm ${year}` });
    if (created.body?.id) planIds.push(created.body.id);
  });
  afterAll(async () => {
    // Frees the year for the next run on a shared database.
    for (const id of planIds) {
      await t.db.getRepository(PlanItem).delete({ planId: id });
      await t.db.getRepository(TrainingPlan).delete({ id });
    }
    await t.close();
  });

  it('creates one plan per year, lists it, and reads it by year; only plan writers may change it', async () => {
    await http().get('/api/plans').set(learner.auth).expect(403);
    await http().post('/api/plans').set(unitAdmin.auth).send({ year: year + 1, title: 'x' }).expect(403);
    expect(created.status).toBe(201);
    const plan = created.body;
    expect(plan).toEqual({ id: expect.any(Number), year, title: `Kế hoạch bồi dưỡng chuyển đổi số năm ${year}`, items: [] });
    const again = await http().post('/api/plans').set(admin.auth).send({ year, title: 'Trùng năm' }).expect(409);
    expect(again.body.code).toBe('delivery.plan_exists');
    expect(again.body.message).toContain(String(year));
    expect((await http().get('/api/plans').set(unitAdmin.auth).expect(200)).body).toContainEqual({ id: plan.id, year, title: plan.title });
    expect((await http().get(`/api/plans/${year}`).set(unitAdmin.auth).expect(200)).body.id).toBe(plan.id);
    expect((await http().get('/api/plans/1999').set(admin.auth).expect(404)).body.code).toBe('delivery.plan_not_found');
    await http().post('/api/plans').set(admin.auth).send({ year: 1800, title: 'x' }).expect(422);
    await http().post('/api/plans').set(admin.auth).send({ year: 2030, title: '=HYPERLINK("x")' }).expect(422);
    expect(await t.db.getRepository(AuditLog).countBy({ action: 'plan.created', targetType: 'training_plan', targetId: String(plan.id) })).toBe(1);
  });

  it('shows delivered against planned: classes started in the year (not cancelled), completions per tier of the person’s unit', async () => {
    const plan = (await http().get(`/api/plans/${year}`).set(admin.auth).expect(200)).body;
    const course = await publishedCourse(t, 'Văn bản điện tử, chữ ký số và hồ sơ điện tử');
    const quiet = await publishedCourse(t, 'Kinh tế số cơ bản');
    const targets = { province: 10, department: 40, district: 20, commune: 200 };
    const item = { courseId: course.courseId, plannedClasses: 3, targets, note: 'Ưu tiên cán bộ cấp xã' };
    const withItem = (await http().post(`/api/plans/${plan.id}/items`).set(certifier.auth).send(item).expect(201)).body;
    expect(withItem.items.map((i: { courseId: number }) => i.courseId)).toContain(course.courseId);
    await http().post(`/api/plans/${plan.id}/items`).set(certifier.auth).send({ ...item, courseId: quiet.courseId, plannedClasses: 1, note: '' }).expect(201);
    const dup = await http().post(`/api/plans/${plan.id}/items`).set(certifier.auth).send(item).expect(409);
    expect(dup.body.code).toBe('delivery.plan_item_exists');
    expect(dup.body.message).toContain('Văn bản điện tử, chữ ký số và hồ sơ điện tử');
    await http().post(`/api/plans/${plan.id}/items`).set(certifier.auth).send({ ...item, courseId: 999999999 }).expect(422);
    await http().post(`/api/plans/${plan.id}/items`).set(certifier.auth).send({ ...item, targets: { ...targets, commune: -1 } }).expect(422);
    await http().post(`/api/plans/${plan.id}/items`).set(certifier.auth).send({ courseId: course.courseId, plannedClasses: 1, note: '' }).expect(422);

    const newClass = async (start: string, end: string) =>
      (
        await http()
          .post('/api/classes')
          .set(admin.auth)
          .send(classBody({ courseId: course.courseId, organiserUnitId: province.id, startDate: start, endDate: end, enrolmentDeadline: start }))
          .expect(201)
      ).body.id as number;
    const spring = await newClass(`${year}-03-02`, `${year}-03-06`);
    const autumn = await newClass(`${year}-09-10`, `${year}-09-12`);
    const cancelled = await newClass(`${year}-05-04`, `${year}-05-08`);
    await http().patch(`/api/classes/${cancelled}`).set(admin.auth).send({ cancelled: true }).expect(200);
    const nextYear = await newClass(`${year + 1}-01-10`, `${year + 1}-01-12`);
    const lastYear = await newClass(`${year - 1}-12-28`, `${year}-01-03`);

    const unit = async (kind: OrgUnitKind) => createUnit(t.db, `Đơn vị ${kind} ${uid()}`, kind, province);
    const done = async (classId: number, kind: OrgUnitKind, state: Enrolment['state'] = 'completed') => {
      const personId = await createPerson(t.db, await unit(kind));
      const now = new Date();
      await t.db.getRepository(Enrolment).insert({ classId, personId, state, nominatedBy: null, decidedBy: null, reason: null, waitlistedAt: null, lastLessonId: null, createdAt: now, updatedAt: now });
    };
    await done(spring, 'province');
    await done(spring, 'department');
    await done(autumn, 'agency');
    await done(spring, 'district');
    await done(spring, 'commune');
    await done(autumn, 'commune');
    await done(autumn, 'ward');
    await done(spring, 'commune', 'enrolled');
    await done(spring, 'district', 'failed');
    await done(cancelled, 'commune');
    await done(nextYear, 'province');
    await done(lastYear, 'district');

    const read = (await http().get(`/api/plans/${year}`).set(unitAdmin.auth).expect(200)).body;
    const byCourse = Object.fromEntries((read.items as { courseId: number }[]).map((i) => [i.courseId, i]));
    expect(byCourse[course.courseId]).toEqual({
      id: expect.any(Number),
      courseId: course.courseId,
      courseCode: course.code,
      courseTitle: 'Văn bản điện tử, chữ ký số và hồ sơ điện tử',
      topicArea: 'digital_government',
      plannedClasses: 3,
      targets,
      // Spring and autumn; not the cancelled one, nor those starting in the years around.
      deliveredClasses: 2,
      // Department and agency count as departments; commune and ward as communes.
      completed: { province: 1, department: 2, district: 1, commune: 3 },
      note: 'Ưu tiên cán bộ cấp xã',
    });
    expect(byCourse[quiet.courseId]).toMatchObject({ plannedClasses: 1, deliveredClasses: 0, completed: { province: 0, department: 0, district: 0, commune: 0 } });
    // Excel: planned against delivered, Vietnamese headers.
    const res = await http().get(`/api/plans/${year}/export`).set(admin.auth).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`ke-hoach-dao-tao-${year}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe(`Kế hoạch ${year}`);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Mã khóa học',
      'Khóa học',
      'Lĩnh vực',
      'Số lớp theo kế hoạch',
      'Số lớp đã tổ chức',
      'Chỉ tiêu cấp tỉnh',
      'Đã hoàn thành cấp tỉnh',
      'Chỉ tiêu cấp sở, ngành',
      'Đã hoàn thành cấp sở, ngành',
      'Chỉ tiêu cấp huyện',
      'Đã hoàn thành cấp huyện',
      'Chỉ tiêu cấp xã',
      'Đã hoàn thành cấp xã',
      'Ghi chú',
    ]);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
    const line = rows.find((r) => r[0] === course.code);
    expect(line).toEqual([course.code, 'Văn bản điện tử, chữ ký số và hồ sơ điện tử', 'Nền tảng chính quyền số', 3, 2, 10, 1, 40, 2, 20, 1, 200, 3, 'Ưu tiên cán bộ cấp xã']);
    const en = await http().get(`/api/plans/${year}/export`).set(admin.auth).set('accept-language', 'en').buffer(true).parse(binary).expect(200);
    const enBook = new ExcelJS.Workbook();
    await enBook.xlsx.load(en.body);
    expect(enBook.worksheets[0].getRow(1).getCell(5).value).toBe('Classes delivered');
    await http().get(`/api/plans/${year}/export`).set(learner.auth).expect(403);
  });

  it('changes and removes a plan’s items, audited', async () => {
    const plan = (await http().get(`/api/plans/${year}`).set(admin.auth).expect(200)).body;
    const changes = () => t.db.getRepository(AuditLog).countBy({ action: 'plan.changed', targetType: 'training_plan', targetId: String(plan.id) });
    const before = await changes();
    const add = async (title: string) => {
      const { courseId } = await publishedCourse(t, title);
      const items = (await http().post(`/api/plans/${plan.id}/items`).set(admin.auth).send({ courseId, plannedClasses: 2, targets: { province: 0, department: 5, district: 0, commune: 50 }, note: '' }).expect(201)).body.items;
      return items.find((i: { courseId: number }) => i.courseId === courseId) as { id: number; courseId: number };
    };
    const first = await add('Xã hội số và kỹ năng số cho người dân');
    const second = await add('Triển khai chuyển đổi số tại cấp xã');
    const changed = (await http().put(`/api/plan-items/${first.id}`).set(admin.auth).send({ courseId: first.courseId, plannedClasses: 4, targets: { province: 1, department: 2, district: 3, commune: 4 }, note: 'Điều chỉnh quý III' }).expect(200)).body;
    expect(changed.items.find((i: { id: number }) => i.id === first.id)).toMatchObject({ plannedClasses: 4, targets: { province: 1, department: 2, district: 3, commune: 4 }, note: 'Điều chỉnh quý III' });
    // Moving an item onto a course already in the plan is refused.
    await http().put(`/api/plan-items/${first.id}`).set(admin.auth).send({ courseId: second.courseId, plannedClasses: 1, targets: { province: 0, department: 0, district: 0, commune: 0 }, note: '' }).expect(409);
    await http().put(`/api/plan-items/${first.id}`).set(unitAdmin.auth).send({ courseId: first.courseId, plannedClasses: 1, targets: { province: 0, department: 0, district: 0, commune: 0 }, note: '' }).expect(403);
    const removed = (await http().delete(`/api/plan-items/${second.id}`).set(admin.auth).expect(200)).body;
    expect(removed.items.map((i: { id: number }) => i.id)).toContain(first.id);
    expect(removed.items.map((i: { id: number }) => i.id)).not.toContain(second.id);
    await http().delete(`/api/plan-items/${second.id}`).set(admin.auth).expect(404);
    // Two added, one changed, one removed; refusals change nothing.
    expect((await changes()) - before).toBe(4);
  });
});
