import { randomBytes } from 'node:crypto';
import type { AttendanceMethod, AttendanceStatus, ClassMode, EnrolmentState, PlanTier, SeatFunction } from '@cds/contracts';
import { todayInVietnam } from '@cds/api/common';
import { Attendance, ClassSession, ClassTrainer, Enrolment, LessonProgress, PlanItem, TrainingClass, TrainingPlan } from '@cds/delivery/api';
import { Person } from '@cds/people/api';
import { EntityManager, In } from 'typeorm';
import type { SeededCourse, SeededVersion } from './catalogue-seed';

/** A post someone held from the 2022 core team on (the seed's roster). */
export interface RosterEntry {
  personId: number;
  fn: SeatFunction;
  /** The unit of the post in 2022. */
  unitName: string;
  startDate: string;
  endDate: string | null;
}

export interface DeliveryContext {
  random: () => number;
  now: Date;
  courses: Map<string, SeededCourse>;
  /** The department that ran the 2022 classes, and the one that runs them since the 2025 merger. */
  organiser2022: number;
  organiserNow: number;
  /** The seven communes of Giao Thủy since the reorganisation: the demo unit admin's subtree. */
  giaoThuyCommunes: number[];
  /** Person ids of the demo accounts, and the admin's account id (who created the classes). */
  people: { admin: number; certifier: number; trainer: number; unitAdmin: number; learner: number };
  adminAccountId: number;
  roster: RosterEntry[];
}

/** Where the seeded classes can be found (tests and the log read it). */
export interface SeededDelivery {
  finished2022: number;
  current: number;
  upcoming: number;
}

const DAY = 86_400_000;
const TEAM_FORMED = '2022-03-01';
const PARTICIPANT: EnrolmentState[] = ['enrolled', 'completed', 'failed'];

/** An instant at a Vietnam wall-clock time (UTC+7 all year) on a 'YYYY-MM-DD' day. */
const vn = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+07:00`);

/**
 * Today's all-day session, 07:30–17:00 in Vietnam, stretched to take in the moment the demo is
 * seeded (from midnight when seeded before 07:30, until 23:59 after 16:00), so the session is
 * under way and the QR check-in can be tried whenever a fresh demo starts.
 */
export function allDayAround(now: Date): { from: string; to: string } {
  const hhmm = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
  return { from: hhmm < '07:30' ? '00:00' : '07:30', to: hhmm >= '16:00' ? '23:59' : '17:00' };
}
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** The day itself when it is Monday to Friday, else the Friday before. */
const workdayOnOrBefore = (date: string) => (weekday(date) === 0 ? addDays(date, -2) : weekday(date) === 6 ? addDays(date, -1) : date);
/** The day itself when it is Monday to Friday, else the Monday after. */
const workdayOnOrAfter = (date: string) => (weekday(date) === 0 ? addDays(date, 1) : weekday(date) === 6 ? addDays(date, 2) : date);
const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);
/** A session's check-in key: never predictable, so never from the seed's deterministic random numbers. */
const checkInSecret = () => randomBytes(32).toString('hex');

interface SessionSpec {
  title: string;
  date: string;
  from: string;
  to: string;
  place: string;
  onlineUrl?: string;
}
interface ClassSpec {
  code: string;
  title: string;
  course: SeededCourse;
  version: SeededVersion;
  mode: ClassMode;
  enrolmentDeadline: string;
  place: string;
  capacity: number;
  organiserUnitId: number;
  trainers: number[];
  createdAt: Date;
  sessions: SessionSpec[];
}
interface EnrolSpec {
  personId: number;
  state: EnrolmentState;
  nominatedBy: number | null;
  decidedBy?: number | null;
  reason?: string | null;
  createdAt: Date;
  updatedAt?: Date;
  waitlistedAt?: Date | null;
  lastLessonId?: number | null;
}
interface SeededClass {
  id: number;
  spec: ClassSpec;
  sessions: { id: number; startsAt: Date; endsAt: Date }[];
  /** Enrolment id by person. */
  enrolments: Map<number, { id: number; state: EnrolmentState }>;
}

/** Inserts in slices, so no statement carries more parameters than SQLite allows. */
async function insertMany<T extends object>(tx: EntityManager, entity: new () => T, rows: object[], size = 150) {
  for (let i = 0; i < rows.length; i += size) await tx.insert(entity, rows.slice(i, i + size) as never);
}

/**
 * The 2022 plan and this year's, three finished 2022 classes, a class running today (the demo
 * learner half-way through it, a session all day today for the QR check-in) and an upcoming class
 * with nominations waiting for the certifier. Written straight into the delivery tables inside
 * the seed's transaction, keeping what the services rely on: a class runs a published version of
 * its course, `enrolledCount` counts enrolled, completed and failed people, every session has its
 * own random check-in secret.
 */
export async function seedDelivery(tx: EntityManager, ctx: DeliveryContext): Promise<SeededDelivery> {
  const { random, now, people } = ctx;
  const today = todayInVietnam(now);
  const year = Number(today.slice(0, 4));
  const course = (code: string) => ctx.courses.get(code) as SeededCourse;
  const published = (code: string) => course(code).published as SeededVersion;
  const shuffle = <T>(list: T[]) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const between = (from: Date, to: Date) => new Date(from.getTime() + Math.floor(random() * Math.max(0, to.getTime() - from.getTime())));

  // ---- plans ------------------------------------------------------------------------------
  const plan = async (planYear: number, title: string, createdAt: Date, items: [string, number, Record<PlanTier, number>, string][]) => {
    const { identifiers } = await tx.insert(TrainingPlan, { year: planYear, title, createdAt });
    const planId = Number(identifiers[0]['id']);
    await tx.insert(
      PlanItem,
      items.map(([code, plannedClasses, t, note]) => ({
        planId,
        courseId: course(code).id,
        plannedClasses,
        targetProvince: t.province,
        targetDepartment: t.department,
        targetDistrict: t.district,
        targetCommune: t.commune,
        note,
      })),
    );
  };
  const tiers = (province: number, department: number, district: number, commune: number): Record<PlanTier, number> => ({ province, department, district, commune });
  // 280 people in all: the province's core team, most of them on more than one course.
  await plan(2022, 'Kế hoạch đào tạo, bồi dưỡng đội ngũ nòng cốt chuyển đổi số tỉnh Nam Định năm 2022', vn('2022-03-15', '09:00'), [
    ['CDS-01', 1, tiers(25, 20, 10, 0), 'Thành viên Ban Chỉ đạo, Tổ công tác giúp việc và lãnh đạo các sở, ngành, huyện'],
    ['CDS-02', 2, tiers(5, 15, 20, 40), 'Ưu tiên công chức cấp xã trực tiếp tiếp nhận hồ sơ tại bộ phận một cửa'],
    ['CDS-03', 1, tiers(0, 10, 10, 10), 'Phối hợp với ngành công thương; mời hợp tác xã, hộ sản xuất tiêu biểu dự thính'],
    ['CDS-04', 1, tiers(0, 0, 5, 25), 'Tổ trưởng Tổ công nghệ số cộng đồng các xã, thị trấn'],
    ['CDS-05', 1, tiers(5, 15, 10, 10), 'Cán bộ phụ trách công nghệ thông tin, an toàn thông tin các cơ quan'],
    ['CDS-06', 1, tiers(0, 0, 5, 25), 'Công chức phụ trách chuyển đổi số cấp xã; tổ chức theo cụm huyện'],
    ['CDS-07', 1, tiers(5, 10, 0, 0), 'Tổ chức khi khóa học được biên soạn xong'],
  ]);
  // Since 1 July 2025 there is no district tier: targets are for the province, its departments and the communes.
  await plan(year, `Kế hoạch đào tạo, bồi dưỡng kỹ năng chuyển đổi số năm ${year}`, vn(`${year}-01-20`, '09:00'), [
    ['CDS-02', 2, tiers(0, 10, 0, 60), 'Công chức cấp xã sau sắp xếp đơn vị hành chính, chưa học khóa này'],
    ['CDS-05', 2, tiers(0, 10, 0, 50), 'Toàn bộ công chức bộ phận một cửa cấp xã'],
    ['CDS-04', 1, tiers(0, 0, 0, 40), 'Tổ trưởng Tổ công nghệ số cộng đồng mới được kiện toàn'],
    ['CDS-06', 1, tiers(0, 0, 0, 30), 'Học theo phiên bản cập nhật sau sắp xếp (đang biên soạn)'],
  ]);

  // ---- who is who ---------------------------------------------------------------------------
  const demo = new Set(Object.values(people));
  const holders = (fns: SeatFunction[], test: (r: RosterEntry) => boolean = () => true) => [
    ...new Set(ctx.roster.filter((r) => fns.includes(r.fn) && !demo.has(r.personId) && test(r)).map((r) => r.personId)),
  ];
  const from2022 = (r: RosterEntry) => r.startDate === TEAM_FORMED;
  const current = (r: RosterEntry) => r.endDate === null;
  const personRows = await tx.find(Person, { select: { id: true, orgUnitId: true } });
  const unitOf = new Map(personRows.map((p) => [p.id, p.orgUnitId]));
  const giaoThuy = new Set(ctx.giaoThuyCommunes);
  const inGiaoThuy = (personId: number) => giaoThuy.has(unitOf.get(personId) as number);
  // Posts in Giao Thủy's communes have no end: the merged communes carried them on.
  const giaoThuyNow = shuffle(holders(['commune_cds_specialist', 'community_tech_team_lead'], current).filter(inGiaoThuy));
  const provinceLeads = shuffle(holders(['department_cds_lead', 'working_group_member'], from2022));
  /** Who proposed a person for a class: the unit admin for Giao Thủy, the department's certifier otherwise. */
  const nominator = (personId: number, giaoThuyIn2022: boolean) => (giaoThuyIn2022 || inGiaoThuy(personId) ? people.unitAdmin : people.certifier);

  // ---- building blocks -------------------------------------------------------------------
  const addClass = async (spec: ClassSpec, enrolSpecs: EnrolSpec[]): Promise<SeededClass> => {
    const dates = spec.sessions.map((s) => s.date).sort();
    const enrolledCount = enrolSpecs.filter((e) => PARTICIPANT.includes(e.state)).length;
    const { identifiers } = await tx.insert(TrainingClass, {
      code: spec.code,
      title: spec.title,
      courseId: spec.course.id,
      courseVersionId: spec.version.id,
      mode: spec.mode,
      startDate: dates[0],
      endDate: dates[dates.length - 1],
      enrolmentDeadline: spec.enrolmentDeadline,
      place: spec.place,
      capacity: spec.capacity,
      enrolledCount,
      organiserUnitId: spec.organiserUnitId,
      cancelled: false,
      createdBy: ctx.adminAccountId,
      createdAt: spec.createdAt,
    });
    const id = Number(identifiers[0]['id']);
    await tx.insert(ClassTrainer, spec.trainers.map((personId) => ({ classId: id, personId })));
    const sessions = spec.sessions.map((s) => ({
      classId: id,
      title: s.title,
      startsAt: vn(s.date, s.from),
      endsAt: vn(s.date, s.to),
      place: s.place,
      onlineUrl: s.onlineUrl ?? null,
      checkInSecret: checkInSecret(),
    }));
    await tx.insert(ClassSession, sessions);
    const sessionRows = await tx.find(ClassSession, { select: { id: true, startsAt: true, endsAt: true }, where: { classId: id }, order: { startsAt: 'ASC', id: 'ASC' } });
    await insertMany(
      tx,
      Enrolment,
      enrolSpecs.map((e) => ({
        classId: id,
        personId: e.personId,
        state: e.state,
        nominatedBy: e.nominatedBy,
        decidedBy: e.decidedBy ?? null,
        reason: e.reason ?? null,
        waitlistedAt: e.waitlistedAt ?? null,
        lastLessonId: e.lastLessonId ?? null,
        createdAt: e.createdAt,
        updatedAt: e.updatedAt ?? e.createdAt,
      })),
    );
    const enrolmentRows = await tx.find(Enrolment, { select: { id: true, personId: true, state: true }, where: { classId: id }, order: { id: 'ASC' } });
    return { id, spec, sessions: sessionRows, enrolments: new Map(enrolmentRows.map((e) => [e.personId, { id: e.id, state: e.state }])) };
  };

  const attendance: object[] = [];
  const progress: object[] = [];
  const mark = (session: { id: number; startsAt: Date }, enrolmentId: number, status: AttendanceStatus, method: AttendanceMethod, recordedBy: number) =>
    attendance.push({ sessionId: session.id, enrolmentId, status, method, recordedBy, recordedAt: minutesAfter(session.startsAt, status === 'late' ? 35 : 10) });
  const usual = (): AttendanceStatus => {
    const r = random();
    return r < 0.86 ? 'present' : r < 0.95 ? 'late' : 'excused';
  };
  /** `done` lessons read to the end between `from` and `to`, then (optionally) one opened part-way. */
  const read = (enrolmentId: number, lessons: SeededVersion['lessons'], done: number, from: Date, to: Date, partial?: number) => {
    const times = Array.from({ length: done }, () => between(from, to)).sort((a, b) => a.getTime() - b.getTime());
    lessons.slice(0, done).forEach((l, i) => progress.push({ enrolmentId, lessonId: l.id, position: 1000, completedAt: times[i], updatedAt: times[i] }));
    if (partial !== undefined && done < lessons.length) progress.push({ enrolmentId, lessonId: lessons[done].id, position: partial, completedAt: null, updatedAt: to });
  };

  /** A finished 2022 class, in person: everyone through every lesson and roll call, a few failed. */
  const finished2022 = async (spec: Omit<ClassSpec, 'createdAt' | 'organiserUnitId' | 'trainers' | 'mode'>, persons: { personId: number; giaoThuy: boolean }[], failedCount: number, failReason: string) => {
    const failed = new Set(shuffle(persons.filter((p) => p.personId !== people.learner)).slice(0, failedCount).map((p) => p.personId));
    const firstDay = spec.sessions[0].date;
    const lastDay = spec.sessions[spec.sessions.length - 1].date;
    const closed = vn(lastDay, '17:30');
    const full: ClassSpec = { ...spec, mode: 'in_person', organiserUnitId: ctx.organiser2022, trainers: [people.trainer], createdAt: vn(addDays(spec.enrolmentDeadline, -21), '09:00') };
    const lessons = spec.version.lessons;
    const cls = await addClass(
      full,
      persons.map((p) => ({
        personId: p.personId,
        state: failed.has(p.personId) ? 'failed' : 'completed',
        nominatedBy: nominator(p.personId, p.giaoThuy),
        decidedBy: people.certifier,
        reason: failed.has(p.personId) ? failReason : null,
        createdAt: vn(addDays(spec.enrolmentDeadline, -7 + Math.floor(random() * 6)), '10:00'),
        updatedAt: closed,
        lastLessonId: failed.has(p.personId) ? lessons[Math.floor(lessons.length / 2)].id : lessons[lessons.length - 1].id,
      })),
    );
    for (const [personId, e] of cls.enrolments) {
      const failing = failed.has(personId);
      // Those who failed missed the middle sessions.
      cls.sessions.forEach((s, i) => mark(s, e.id, failing && i > 0 && i < 3 ? 'absent' : usual(), 'roll_call', people.trainer));
      read(e.id, lessons, failing ? Math.floor(lessons.length / 2) : lessons.length, vn(addDays(firstDay, -7), '08:00'), closed, failing ? 200 : undefined);
    }
    return cls;
  };

  // ---- 2022: three finished classes ------------------------------------------------------
  // Every commune of the seed is one of Giao Thủy's: the unit admin there nominated their people.
  const giaoThuy2022 = new Set(ctx.roster.filter((r) => /^(Xã|Thị trấn) /.test(r.unitName)).map((r) => r.personId));
  const roster2022 = (fns: SeatFunction[]) => holders(fns, from2022).map((personId) => ({ personId, giaoThuy: giaoThuy2022.has(personId) }));

  const hall2022 = 'Hội trường Sở Thông tin và Truyền thông tỉnh Nam Định';
  await finished2022(
    {
      code: 'CDS01-2022-01',
      title: 'Lớp bồi dưỡng tổng quan về chuyển đổi số cho thành viên Ban Chỉ đạo, Tổ công tác năm 2022',
      course: course('CDS-01'),
      version: published('CDS-01'),
      enrolmentDeadline: '2022-06-03',
      place: hall2022,
      capacity: 40,
      sessions: [
        { title: 'Chuyển đổi số là gì: khái niệm và ba trụ cột', date: '2022-06-14', from: '07:30', to: '11:30', place: hall2022 },
        { title: 'Tổ chức triển khai chuyển đổi số tại địa phương', date: '2022-06-14', from: '13:30', to: '17:00', place: hall2022 },
      ],
    },
    roster2022(['steering_committee_member', 'working_group_member', 'department_cds_lead']),
    0,
    '',
  );

  // The demo learner took CDS-02 in its first class, with 25 others.
  const cds02Class = shuffle(roster2022(['working_group_member', 'department_cds_lead', 'commune_cds_specialist'])).slice(0, 25);
  cds02Class.push({ personId: people.learner, giaoThuy: true });
  const cds02v1 = course('CDS-02').versions.find((v) => v.version === 1) as SeededVersion;
  const first = await finished2022(
    {
      code: 'CDS02-2022-01',
      title: 'Lớp bồi dưỡng kỹ năng chính quyền số cho cán bộ cấp xã – đợt 1/2022',
      course: course('CDS-02'),
      version: cds02v1,
      enrolmentDeadline: '2022-10-07',
      place: hall2022,
      capacity: 30,
      sessions: [
        { title: 'Buổi 1: Chính quyền số và dịch vụ công trực tuyến', date: '2022-10-18', from: '07:30', to: '11:30', place: hall2022 },
        { title: 'Buổi 2: Định danh và xác thực điện tử với VNeID', date: '2022-10-18', from: '13:30', to: '17:00', place: hall2022 },
        { title: 'Buổi 3: Thực hành trên Cổng Dịch vụ công quốc gia', date: '2022-10-19', from: '07:30', to: '11:30', place: hall2022 },
        { title: 'Buổi 4: Văn bản điện tử, hồ sơ điện tử và làm việc "ba không"', date: '2022-10-19', from: '13:30', to: '17:00', place: hall2022 },
      ],
    },
    cds02Class,
    2,
    'Vắng 2 trên 4 buổi học, chưa đủ điều kiện hoàn thành khóa học',
  );

  const hallGiaoThuy2022 = 'Hội trường UBND huyện Giao Thủy';
  await finished2022(
    {
      code: 'CDS06-2022-01',
      title: 'Lớp bồi dưỡng kỹ năng triển khai chuyển đổi số cấp xã – cụm huyện Giao Thủy, năm 2022',
      course: course('CDS-06'),
      version: published('CDS-06'),
      enrolmentDeadline: '2022-11-01',
      place: hallGiaoThuy2022,
      capacity: 30,
      sessions: [
        { title: 'Lập kế hoạch chuyển đổi số hằng năm của xã', date: '2022-11-09', from: '07:30', to: '11:30', place: hallGiaoThuy2022 },
        { title: 'Báo cáo định kỳ và số liệu chuyển đổi số', date: '2022-11-09', from: '13:30', to: '17:00', place: hallGiaoThuy2022 },
      ],
    },
    shuffle(roster2022(['commune_cds_specialist'])).slice(0, 18),
    1,
    'Vắng buổi thực hành, chưa nộp sản phẩm kế hoạch của xã',
  );

  // ---- now: a blended CDS-05 class running today -------------------------------------------
  const place = 'Hội trường UBND xã Giao Thủy';
  const online = 'Trực tuyến';
  const meeting = `https://meet.jit.si/cds-atdt-${year}-dot1`;
  const s1 = workdayOnOrBefore(addDays(today, -14));
  const s2 = workdayOnOrBefore(addDays(today, -7));
  const s4 = workdayOnOrAfter(addDays(today, 7));
  const s5 = workdayOnOrAfter(addDays(today, 21));
  const cds05 = published('CDS-05');
  const currentPeople = [people.learner, ...giaoThuyNow.slice(0, 13), ...provinceLeads.slice(0, 5)];
  const withdrawn = giaoThuyNow[12];
  const opened = vn(workdayOnOrBefore(addDays(s1, -7)), '16:00');
  const running = await addClass(
    {
      code: `CDS05-${year}-01`,
      title: `Lớp bồi dưỡng an toàn thông tin và bảo vệ dữ liệu cá nhân cho công chức cấp xã – đợt 1/${year}`,
      course: course('CDS-05'),
      version: cds05,
      mode: 'blended',
      enrolmentDeadline: workdayOnOrBefore(addDays(s1, -7)),
      place: `${place} và trực tuyến`,
      capacity: 30,
      organiserUnitId: ctx.organiserNow,
      trainers: [people.trainer],
      createdAt: vn(addDays(s1, -30), '09:00'),
      sessions: [
        { title: 'Khai giảng; nhận diện nguy cơ mất an toàn thông tin', date: s1, from: '07:30', to: '11:30', place },
        { title: 'Bảo vệ tài khoản và thiết bị (trực tuyến)', date: s2, from: '14:00', to: '16:30', place: online, onlineUrl: meeting },
        { title: 'Thực hành cả ngày: sao lưu dữ liệu, xử lý và báo cáo sự cố', date: today, ...allDayAround(now), place },
        { title: 'Bảo vệ dữ liệu cá nhân của người dân (trực tuyến)', date: s4, from: '14:00', to: '16:30', place: online, onlineUrl: meeting },
        { title: 'Ôn tập, tổng kết khóa học', date: s5, from: '07:30', to: '11:30', place },
      ],
    },
    currentPeople.map((personId) => {
      const asked = personId === people.learner;
      const leaving = personId === withdrawn;
      return {
        personId,
        state: leaving ? 'withdrawn' : 'enrolled',
        // The demo learner asked to join; the others were nominated.
        nominatedBy: asked ? null : nominator(personId, false),
        decidedBy: people.certifier,
        reason: leaving ? 'Được cử đi công tác dài ngày, xin học lớp sau' : null,
        createdAt: between(vn(addDays(s1, -28), '08:00'), opened),
        updatedAt: leaving ? vn(s2, '08:00') : opened,
      };
    }),
  );
  const lessons05 = cds05.lessons;
  const past = running.sessions.filter((s) => s.endsAt.getTime() < vn(today, '00:00').getTime());
  for (const [personId, e] of running.enrolments) {
    if (personId === people.learner) {
      // Half-way: the first two modules read (what the two sessions so far covered), the next lesson opened.
      mark(past[0], e.id, 'present', 'roll_call', people.trainer);
      mark(past[1], e.id, 'present', 'qr', personId);
      read(e.id, lessons05, 5, vn(s1, '12:00'), vn(addDays(today, -1), '20:15'), 350);
      continue;
    }
    if (e.state === 'withdrawn') {
      mark(past[0], e.id, 'present', 'roll_call', people.trainer);
      continue;
    }
    for (const s of past) {
      const status: AttendanceStatus = random() < 0.05 ? 'absent' : usual();
      const byCode = s === past[1] && status !== 'absent' && status !== 'excused' && random() < 0.7;
      mark(s, e.id, status, byCode ? 'qr' : 'roll_call', byCode ? personId : people.trainer);
    }
    const done = Math.floor(random() * 8);
    if (done > 0) read(e.id, lessons05, done, vn(s1, '12:00'), vn(addDays(today, -1), '21:00'), random() < 0.5 ? Math.floor(100 + random() * 700) : undefined);
  }
  // Where each learner left off: the last lesson they opened (the one read part-way, if any).
  const lastLesson = new Map<number, number>();
  for (const p of progress as { enrolmentId: number; lessonId: number }[]) lastLesson.set(p.enrolmentId, p.lessonId);
  for (const e of running.enrolments.values()) {
    const last = lastLesson.get(e.id);
    if (last !== undefined) await tx.update(Enrolment, { id: e.id }, { lastLessonId: last });
  }

  // ---- upcoming: a CDS-02 class open for nominations, nearly full -----------------------------
  const alreadyTook = new Set(cds02Class.map((p) => p.personId));
  const freeGiaoThuy = giaoThuyNow.slice(13).filter((p) => !alreadyTook.has(p));
  const freeLeads = provinceLeads.slice(5).filter((p) => !alreadyTook.has(p)).slice(0, 2);
  const approved = [...freeLeads, ...freeGiaoThuy.slice(0, 7 - freeLeads.length)];
  const waiting = freeGiaoThuy.slice(7 - freeLeads.length);
  // Waiting for the certifier: three the unit admin nominated, two who asked to join; and some left for the unit admin to nominate.
  if (waiting.length < 10) throw new Error(`seed: only ${waiting.length} people of Giao Thủy left for the upcoming class`);
  const start = workdayOnOrAfter(addDays(today, 28));
  const day2 = workdayOnOrAfter(addDays(start, 1));
  const hall = 'Hội trường UBND xã Giao Thủy';
  const asked = (days: number) => vn(addDays(today, -days), '09:30');
  const cds02 = published('CDS-02');
  const upcomingEnrolments: EnrolSpec[] = [
    ...approved.map((personId, i) => ({
      personId,
      state: 'enrolled' as const,
      nominatedBy: inGiaoThuy(personId) ? people.unitAdmin : null,
      decidedBy: people.certifier,
      createdAt: asked(12 - i),
      updatedAt: asked(5),
    })),
    ...waiting.slice(0, 3).map((personId, i) => ({ personId, state: 'nominated' as const, nominatedBy: people.unitAdmin, createdAt: asked(3 - i) })),
    ...waiting.slice(3, 5).map((personId, i) => ({ personId, state: 'requested' as const, nominatedBy: null, createdAt: asked(2 - i) })),
    {
      personId: cds02Class.find((p) => first.enrolments.get(p.personId)?.state === 'completed' && p.personId !== people.learner)?.personId as number,
      state: 'rejected',
      nominatedBy: null,
      decidedBy: people.certifier,
      reason: 'Đồng chí đã hoàn thành khóa học này tại lớp CDS02-2022-01; đề nghị đăng ký khóa An toàn thông tin và bảo vệ dữ liệu cá nhân (CDS-05).',
      createdAt: asked(9),
      updatedAt: asked(8),
    },
  ];
  const upcoming = await addClass(
    {
      code: `CDS02-${start.slice(0, 4)}-01`,
      title: 'Lớp bồi dưỡng kỹ năng chính quyền số cho công chức cấp xã sau sắp xếp đơn vị hành chính',
      course: course('CDS-02'),
      version: cds02,
      mode: 'in_person',
      enrolmentDeadline: addDays(today, 14),
      place: hall,
      // One place left: the first approval fills it, the next goes to the waiting list.
      capacity: 8,
      organiserUnitId: ctx.organiserNow,
      trainers: [people.trainer],
      createdAt: asked(20),
      sessions: [
        { title: 'Buổi 1: Chính quyền số và dịch vụ công trực tuyến', date: start, from: '07:30', to: '11:30', place: hall },
        { title: 'Buổi 2: Định danh và xác thực điện tử với VNeID', date: start, from: '13:30', to: '17:00', place: hall },
        { title: 'Buổi 3: Thực hành trên Cổng Dịch vụ công quốc gia', date: day2, from: '07:30', to: '11:30', place: hall },
        { title: 'Buổi 4: Văn bản điện tử, chữ ký số và làm việc "ba không"', date: day2, from: '13:30', to: '17:00', place: hall },
      ],
    },
    upcomingEnrolments,
  );

  await insertMany(tx, Attendance, attendance);
  await insertMany(tx, LessonProgress, progress);
  // The invariant the services keep by conditional updates, checked once here.
  for (const cls of [first, running, upcoming]) {
    const counted = await tx.count(Enrolment, { where: { classId: cls.id, state: In(PARTICIPANT) } });
    const row = await tx.findOneByOrFail(TrainingClass, { id: cls.id });
    if (row.enrolledCount !== counted) throw new Error(`seed: class ${row.code} counts ${row.enrolledCount} enrolled, has ${counted}`);
  }
  return { finished2022: first.id, current: running.id, upcoming: upcoming.id };
}
