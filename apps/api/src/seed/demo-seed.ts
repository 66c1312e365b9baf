import { INestApplicationContext, Logger } from '@nestjs/common';
import type { Role, SeatFunction } from '@cds/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword, RoleGrantEntity, Account, nameKeys, Person } from '@cds/people/api';
import type { Principal } from '@cds/api/authz';
import { OrgUnit, OrgUnitKind, OrgService } from '@cds/org/api';
import { Certificate, SigningService } from '@cds/certification/api';
import { Assignment, Seat, SeatCourse } from '@cds/core-team/api';
import { SEAT_FUNCTION_LABELS } from '@cds/contracts';
import { NAM_DINH, NAME_PARTS } from './nam-dinh.data';
import { seedCatalogue, type SeededCourse } from './catalogue-seed';
import { seedDelivery, type RosterEntry } from './delivery-seed';
import { seedAssessment } from './assessment-seed';
import { seedCertification } from './certification-seed';

export const DEMO_PASSWORD = 'Demo@12345';

export const DEMO_ACCOUNTS: { email: string; fullName: string; position: string; unit: string; roles: Role[] }[] = [
  { email: 'admin@demo.cds.vn', fullName: 'Nguyễn Văn Hùng', position: 'Quản trị hệ thống', unit: NAM_DINH.departmentIct, roles: ['admin'] },
  { email: 'certifier@demo.cds.vn', fullName: 'Trần Thị Thu Hà', position: 'Phó Trưởng phòng Chuyển đổi số', unit: NAM_DINH.departmentIct, roles: ['certifier'] },
  { email: 'trainer@demo.cds.vn', fullName: 'Phạm Minh Đức', position: 'Chuyên viên, báo cáo viên', unit: NAM_DINH.departmentIct, roles: ['trainer'] },
  { email: 'unitadmin@demo.cds.vn', fullName: 'Vũ Thị Lan', position: 'Chuyên viên Văn phòng HĐND-UBND huyện', unit: 'Huyện Giao Thủy', roles: ['unit_admin'] },
  { email: 'learner@demo.cds.vn', fullName: 'Đoàn Văn Nam', position: 'Công chức Văn hóa - Xã hội, phụ trách CĐS', unit: 'Xã Giao Thiện', roles: [] },
];

const START = '2000-01-01';
const TEAM_FORMED = '2022-03-01';

/** The seed acts as a system administrator over the whole tree, through the same services as people do. */
const SYSTEM: Principal = {
  accountId: 0,
  personId: 0,
  email: 'seed@system',
  fullName: 'Seed',
  sessionId: 'seed',
  grants: [{ role: 'admin', orgUnitId: 0, orgUnitName: 'system', orgUnitPath: '/' }],
};

/** Deterministic pseudo-random numbers, so every fresh demo database is the same. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Seeds a small Nam Định-like province once, on an empty database: the 2022 tree, one account per
 * role, the course catalogue, the core-team posts and holders with certificates, then the
 * 2024–2025 reorganisation replayed through the org service (Mỹ Lộc into Nam Định city, Sở TT&TT
 * into Sở KH&CN, the Giao Thủy commune mergers, the end of the districts, Nam Định into Ninh Bình),
 * and last the training plans and classes (see delivery-seed.ts).
 */
export async function seedDemo(app: INestApplicationContext, logger?: Logger): Promise<boolean> {
  const db = app.get(DataSource);
  if ((await db.getRepository(OrgUnit).count()) > 0) return false;
  // The app's own org service: its hooks carry people, posts and grants through the reorganisation.
  const org = app.get(OrgService);
  const random = mulberry32(20220301);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const usedNames = new Set<string>();
  const randomName = () => {
    for (;;) {
      const sex = random() < 0.5 ? NAME_PARTS.male : NAME_PARTS.female;
      const name = `${pick(NAME_PARTS.families)} ${pick(sex.middle)} ${pick(sex.given)}`;
      if (!usedNames.has(name)) return usedNames.add(name), name;
    }
  };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const units = new Map<string, OrgUnit>();
  const unit = (name: string) => units.get(name) as OrgUnit;
  const addUnit = async (name: string, kind: OrgUnitKind, parent: OrgUnit | null, code: string | null = null, validFrom = START) => {
    const dto = await org.create(SYSTEM, { name, kind, code, parentId: parent?.id ?? null, validFrom });
    const created = await db.getRepository(OrgUnit).findOneByOrFail({ id: dto.id });
    units.set(name, created);
    return created;
  };

  // ---- 2022: the tree -------------------------------------------------------------------
  const province = await addUnit(NAM_DINH.province.name, 'province', null, NAM_DINH.province.code);
  await addUnit(NAM_DINH.ninhBinh.name, 'province', null, NAM_DINH.ninhBinh.code);
  await addUnit(NAM_DINH.steeringCommittee, 'agency', province);
  await addUnit(NAM_DINH.departmentIct, 'department', province);
  await addUnit(NAM_DINH.departmentSt, 'department', province);
  for (const name of NAM_DINH.districts) await addUnit(name, 'district', province);
  for (const name of NAM_DINH.communesOfGiaoThuy) await addUnit(name, name.startsWith('Thị trấn') ? 'ward' : 'commune', unit('Huyện Giao Thủy'));

  const now = new Date();
  // The posts each course qualifies for (the first is the one the seeded certificates are for).
  const QUALIFYING: Record<SeatFunction, string[]> = {
    steering_committee_member: ['CDS-01'],
    working_group_member: ['CDS-01', 'CDS-02'],
    department_cds_lead: ['CDS-02', 'CDS-05'],
    commune_cds_specialist: ['CDS-06', 'CDS-02', 'CDS-05'],
    community_tech_team_lead: ['CDS-04', 'CDS-03'],
  };

  const accountPeople = new Map<string, number>();
  const accountIds = new Map<string, number>();
  /** Every post held, from 2022 on: who the classes draw their learners from. */
  const roster: RosterEntry[] = [];
  let catalogue = new Map<string, SeededCourse>();
  await db.transaction(async (tx) => {
    const addPerson = async (fullName: string, position: string, unitName: string, email: string | null = null) => {
      const { identifiers } = await tx.insert(Person, { fullName, position, orgUnitId: unit(unitName).id, email, phone: null, active: true, ...nameKeys(fullName), createdAt: now, updatedAt: now });
      return Number(identifiers[0]['id']);
    };
    for (const demo of DEMO_ACCOUNTS) accountPeople.set(demo.email, await addPerson(demo.fullName, demo.position, demo.unit, demo.email));
    for (const demo of DEMO_ACCOUNTS) {
      const { identifiers } = await tx.insert(Account, { personId: accountPeople.get(demo.email) as number, email: demo.email, passwordHash, active: true, passwordChangedAt: null, lastLoginAt: null, createdAt: now });
      const accountId = Number(identifiers[0]['id']);
      accountIds.set(demo.email, accountId);
      // Admins, certifiers and trainers act province-wide; everyone is a learner in their own unit.
      const grants: [Role, OrgUnit][] = demo.roles.map((r) => [r, r === 'unit_admin' ? unit(demo.unit) : province]);
      grants.push(['learner', unit(demo.unit)]);
      for (const [role, on] of grants) await tx.insert(RoleGrantEntity, { accountId, role, orgUnitId: on.id, grantedBy: null, grantedAt: now });
    }
    // The catalogue, written by the demo trainer.
    catalogue = await seedCatalogue(tx, { authorId: accountIds.get('trainer@demo.cds.vn') as number, now });
    const courses = new Map([...catalogue].map(([code, c]) => [code, c.id]));
    const seatFunctions = new Map<number, SeatFunction>();

    const addSeat = async (unitName: string, fn: SeatFunction, title = SEAT_FUNCTION_LABELS[fn]) => {
      const { identifiers } = await tx.insert(Seat, { orgUnitId: unit(unitName).id, function: fn, title, validFrom: TEAM_FORMED, validTo: null, predecessorSeatId: null, version: 1, createdAt: now });
      const seatId = Number(identifiers[0]['id']);
      await tx.insert(SeatCourse, QUALIFYING[fn].map((code) => ({ seatId, courseId: courses.get(code) as number })));
      seatFunctions.set(seatId, fn);
      return seatId;
    };
    const hold = async (seatId: number, personId: number, unitName: string, startDate: string, end?: { date: string; reason: Assignment['endReason'] }) => {
      await tx.insert(Assignment, { seatId, personId, unitId: unit(unitName).id, unitName, startDate, endDate: end?.date ?? null, endReason: end?.reason ?? null, createdBy: null, createdAt: now });
      roster.push({ personId, fn: seatFunctions.get(seatId) as SeatFunction, unitName, startDate, endDate: end?.date ?? null });
    };
    const certify = async (personId: number, fn: SeatFunction, issuedOn: string) => {
      const expires = `${Number(issuedOn.slice(0, 4)) + 3}${issuedOn.slice(4)}`;
      await insertCertificate(tx, personId, courses.get(QUALIFYING[fn][0]) as number, issuedOn, expires, now);
    };
    // Certificates from the 2022–2024 classes, valid three years: some have expired by now.
    const maybeCertify = async (personId: number, fn: SeatFunction) => {
      const r = random();
      if (r < 0.3) return;
      await certify(personId, fn, r < 0.55 ? '2022-11-25' : r < 0.8 ? '2023-10-20' : '2024-09-27');
    };
    const staff = async (unitName: string, fn: SeatFunction, position: string, count = 1) => {
      for (let i = 0; i < count; i++) {
        const seatId = await addSeat(unitName, fn);
        const personId = await addPerson(randomName(), position, unitName);
        // About one post in six changed hands in 2023–2024 (staff rotation).
        if (random() < 0.17) {
          await hold(seatId, personId, unitName, TEAM_FORMED, { date: '2023-09-01', reason: 'transfer' });
          await maybeCertify(personId, fn);
          // A third of the posts left that way were not filled again: vacant.
          if (random() < 0.67) {
            const successor = await addPerson(randomName(), position, unitName);
            await hold(seatId, successor, unitName, '2023-09-01');
            await maybeCertify(successor, fn);
          }
        } else {
          await hold(seatId, personId, unitName, TEAM_FORMED);
          await maybeCertify(personId, fn);
        }
      }
    };

    await staff(NAM_DINH.steeringCommittee, 'steering_committee_member', 'Thành viên Ban Chỉ đạo', 5);
    await staff(NAM_DINH.departmentIct, 'working_group_member', 'Chuyên viên Sở', 4);
    await staff(NAM_DINH.departmentIct, 'department_cds_lead', 'Phó Giám đốc Sở');
    for (const district of NAM_DINH.districts) await staff(district, 'department_cds_lead', 'Trưởng phòng Văn hóa - Thông tin');
    for (const commune of NAM_DINH.communesOfGiaoThuy) {
      if (commune === 'Xã Giao Thiện') {
        // The demo learner holds this post, certified in 2024.
        const seatId = await addSeat(commune, 'commune_cds_specialist');
        await hold(seatId, accountPeople.get('learner@demo.cds.vn') as number, commune, TEAM_FORMED);
        await certify(accountPeople.get('learner@demo.cds.vn') as number, 'commune_cds_specialist', '2024-05-20');
      } else {
        await staff(commune, 'commune_cds_specialist', 'Công chức Văn hóa - Xã hội');
      }
      await staff(commune, 'community_tech_team_lead', 'Tổ trưởng Tổ công nghệ số cộng đồng');
    }

  });

  // ---- 2024–2025: the reorganisation, through the org service ---------------------------
  const merge = async (date: string, from: string[], into: string | { name: string; kind: OrgUnitKind; parent: string }) => {
    const result = await org.merge(SYSTEM, {
      sourceIds: from.map((n) => unit(n).id),
      effectiveDate: date,
      ...(typeof into === 'string' ? { targetId: unit(into).id } : { newUnit: { name: into.name, kind: into.kind, parentId: unit(into.parent).id } }),
    });
    units.set(typeof into === 'string' ? into : into.name, await db.getRepository(OrgUnit).findOneByOrFail({ id: result.target.id }));
  };
  await merge(NAM_DINH.myLocMerger.date, [NAM_DINH.myLocMerger.from], NAM_DINH.myLocMerger.into);
  await merge(NAM_DINH.townshipGiaoThuy.date, NAM_DINH.townshipGiaoThuy.from, { name: NAM_DINH.townshipGiaoThuy.name, kind: 'ward', parent: 'Huyện Giao Thủy' });
  await merge(NAM_DINH.departmentMerger, [NAM_DINH.departmentIct], NAM_DINH.departmentSt);
  const day = NAM_DINH.reorganisation;
  for (const m of NAM_DINH.giaoThuyMergers) await merge(day, m.from, { name: m.new, kind: 'commune', parent: NAM_DINH.province.name });
  // The district tier ends: its staff move to the province, its posts end.
  const unitAdmin = accountPeople.get('unitadmin@demo.cds.vn') as number;
  await db.getRepository(Person).update({ id: unitAdmin }, { orgUnitId: unit('Xã Giao Thủy').id, position: 'Công chức Văn phòng - Thống kê, phụ trách CĐS' });
  for (const district of NAM_DINH.districts.filter((d) => d !== NAM_DINH.myLocMerger.from)) {
    await db.getRepository(Person).update({ orgUnitId: unit(district).id }, { orgUnitId: province.id });
    await org.end(SYSTEM, unit(district).id, day);
  }
  await merge(day, [NAM_DINH.province.name], NAM_DINH.ninhBinh.name);
  // The unit admin of Giao Thủy district now administers its seven successor communes (and keeps the district's history).
  const unitAdminAccount = await db.getRepository(Account).findOneByOrFail({ personId: unitAdmin });
  for (const m of NAM_DINH.giaoThuyMergers) {
    await db.getRepository(RoleGrantEntity).insert({ accountId: unitAdminAccount.id, role: 'unit_admin', orgUnitId: unit(m.new).id, grantedBy: null, grantedAt: now });
  }

  // ---- courses delivered: the plans, the 2022 classes, one running today, one open -----------
  const person = (email: string) => accountPeople.get(email) as number;
  const delivered = await db.transaction((tx) =>
    seedDelivery(tx, {
      random,
      now,
      courses: catalogue,
      // The 2022 classes were run by Sở TT&TT; since the 2025 merger its successor runs them.
      organiser2022: unit(NAM_DINH.departmentIct).id,
      organiserNow: unit(NAM_DINH.departmentSt).id,
      giaoThuyCommunes: NAM_DINH.giaoThuyMergers.map((m) => unit(m.new).id),
      people: {
        admin: person('admin@demo.cds.vn'),
        certifier: person('certifier@demo.cds.vn'),
        trainer: person('trainer@demo.cds.vn'),
        unitAdmin: person('unitadmin@demo.cds.vn'),
        learner: person('learner@demo.cds.vn'),
      },
      adminAccountId: accountIds.get('admin@demo.cds.vn') as number,
      roster,
    }),
  );

  // ---- quizzes of the running class: a finished attempt and an essay awaiting the demo trainer ----
  await db.transaction((tx) =>
    seedAssessment(tx, {
      random,
      now,
      courseId: (catalogue.get('CDS-05') as SeededCourse).id,
      classId: delivered.current,
      trainerPersonId: person('trainer@demo.cds.vn'),
      trainerAccountId: accountIds.get('trainer@demo.cds.vn') as number,
      learnerPersonId: person('learner@demo.cds.vn'),
    }),
  );

  // ---- the 2022 class certified: two decisions, one certificate revoked, one expired -------------
  await db.transaction((tx) =>
    seedCertification(tx, {
      now,
      classId: delivered.finished2022,
      learnerPersonId: person('learner@demo.cds.vn'),
      certifierPersonId: person('certifier@demo.cds.vn'),
      unitIn2022: new Map(roster.map((r) => [r.personId, r.unitName])),
      department2022: NAM_DINH.departmentIct,
      signing: app.get(SigningService),
    }),
  );

  logger?.log(`Seeded the demo province; sign in as ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')} with password ${DEMO_PASSWORD}`);
  return true;
}

async function insertCertificate(tx: EntityManager, personId: number, courseId: number, issuedOn: string, expiresOn: string, now: Date) {
  await tx.insert(Certificate, { personId, courseId, issuedOn, expiresOn, status: 'valid', createdAt: now });
}
