import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { AuthService, PrincipalLoader } from '@cds/auth/api';
import { CoreTeamService } from '@cds/core-team/api';
import { OrgService } from '@cds/org/api';
import { uid } from '@cds/api/testing';
import { seedDemo } from '../src/seed/demo-seed';
import { benchApp } from './bench-app';

/**
 * How long coverage takes: for the demo province, then for a synthetic tree of 10,000 units
 * (1 province → 100 districts → 99 communes each; 2 posts a commune, 90 % held, half the
 * holders certified). Prints median and spread of repeated runs; asserts only correctness.
 */
const RUNS = 7;

async function time<T>(label: string, fn: () => Promise<T>, describeResult: (r: T) => string) {
  await fn(); // warm-up
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(RUNS / 2)];
  console.log(`${label}: median ${median.toFixed(1)} ms (min ${samples[0].toFixed(1)}, max ${samples[RUNS - 1].toFixed(1)}) — ${describeResult(result)}`);
  return result;
}

async function insertRows(db: DataSource, table: string, columns: string[], rows: unknown[][]) {
  for (let i = 0; i < rows.length; i += 400) {
    const chunk = rows.slice(i, i + 400);
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`, chunk.flat());
  }
}

describe('coverage benchmark', () => {
  it('demo province', async () => {
    const { app, db, close } = await benchApp();
    try {
      await seedDemo(app);
      const session = await app.get(AuthService).login('admin@demo.cds.vn', 'Demo@12345', { ip: null });
      const sid = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()).sid;
      const principal = await app.get(PrincipalLoader).load(session.user.id, sid);
      if (!principal) throw new Error('no principal');
      const root = (await app.get(OrgService).tree(principal)).units[0];
      const report = await time(`[${db.options.type}] demo province coverage (today)`, () => app.get(CoreTeamService).coverage(principal, root.id), (r) => `${r.seats.length} seats ${JSON.stringify(r.totals)}`);
      expect(report.seats.length).toBeGreaterThan(40);
      await time(`[${db.options.type}] demo province tree (2024-06-01)`, () => app.get(OrgService).tree(principal, '2024-06-01'), (r) => `${r.units.length} units`);
    } finally {
      await close();
    }
  });

  it('10,000 units', async () => {
    const { app, db, close } = await benchApp();
    try {
      const started = performance.now();
      const tag = uid();
      const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
      const [{ id: firstId }] = await db.query('SELECT COALESCE(MAX(id), 0) + 1 AS id FROM org_unit');
      let next = Number(firstId);
      const units: unknown[][] = [];
      const versions: unknown[][] = [];
      const communes: number[] = [];
      const provinceId = next++;
      units.push([provinceId, `Tỉnh Bench ${tag}`, 'province', null, `/${provinceId}/`, '2000-01-01']);
      for (let d = 0; d < 100; d++) {
        const districtId = next++;
        units.push([districtId, `Huyện ${d} ${tag}`, 'district', provinceId, `/${provinceId}/${districtId}/`, '2000-01-01']);
        for (let c = 0; c < 99; c++) {
          const communeId = next++;
          communes.push(communeId);
          units.push([communeId, `Xã ${d}-${c} ${tag}`, 'commune', districtId, `/${provinceId}/${districtId}/${communeId}/`, '2000-01-01']);
        }
      }
      for (const u of units) versions.push([u[0], u[1], u[2], u[3], u[5]]);
      await insertRows(db, 'org_unit', ['id', 'name', 'kind', 'parent_id', 'path', 'valid_from'], units);
      await insertRows(db, 'org_unit_version', ['unit_id', 'name', 'kind', 'parent_id', 'valid_from'], versions);
      const [{ id: courseId }] = await db.query('SELECT COALESCE(MAX(id), 0) + 1 AS id FROM course');
      await insertRows(db, 'course', ['id', 'code', 'title', 'topic_area', 'created_at'], [[Number(courseId), `B-${tag}`, 'Kỹ năng CĐS cấp xã', 'deployment_skills', now]]);
      const [{ id: firstSeat }] = await db.query('SELECT COALESCE(MAX(id), 0) + 1 AS id FROM seat');
      const [{ id: firstPerson }] = await db.query('SELECT COALESCE(MAX(id), 0) + 1 AS id FROM person');
      let seatId = Number(firstSeat);
      let personId = Number(firstPerson);
      const seats: unknown[][] = [], seatCourses: unknown[][] = [], people: unknown[][] = [], assignments: unknown[][] = [], certificates: unknown[][] = [];
      let n = 0;
      for (const communeId of communes) {
        for (const fn of ['commune_cds_specialist', 'community_tech_team_lead']) {
          const s = seatId++;
          seats.push([s, communeId, fn, fn, '2022-03-01', 1, now]);
          seatCourses.push([s, Number(courseId)]);
          if (n++ % 10 === 9) continue; // 10 % vacant
          const p = personId++;
          people.push([p, `Người ${p}`, communeId, 1, now, now]);
          assignments.push([s, p, communeId, 'Xã', '2022-03-01', now]);
          if (p % 2 === 0) certificates.push([p, Number(courseId), '2024-01-10', '2027-01-10', 'valid', now]);
        }
      }
      await insertRows(db, 'seat', ['id', 'org_unit_id', 'function', 'title', 'valid_from', 'version', 'created_at'], seats);
      await insertRows(db, 'seat_course', ['seat_id', 'course_id'], seatCourses);
      await insertRows(db, 'person', ['id', 'full_name', 'org_unit_id', 'active', 'created_at', 'updated_at'], people);
      await insertRows(db, 'assignment', ['seat_id', 'person_id', 'unit_id', 'unit_name', 'start_date', 'created_at'], assignments);
      await insertRows(db, 'certificate', ['person_id', 'course_id', 'issued_on', 'expires_on', 'status', 'created_at'], certificates);
      console.log(`[${db.options.type}] built ${units.length} units, ${seats.length} seats, ${assignments.length} holders, ${certificates.length} certificates in ${((performance.now() - started) / 1000).toFixed(1)} s`);

      const principal = { accountId: 0, personId: 0, email: 'bench', fullName: 'bench', sessionId: 'bench', grants: [{ role: 'admin' as const, orgUnitId: provinceId, orgUnitName: 'bench', orgUnitPath: `/${provinceId}/` }] };
      const whole = await time(`[${db.options.type}] 10,000-unit province coverage`, () => app.get(CoreTeamService).coverage(principal, provinceId), (r) => `${r.seats.length} seats ${JSON.stringify(r.totals)}`);
      expect(whole.totals).toEqual({ covered: expect.any(Number), unqualified: expect.any(Number), vacant: 1980 });
      await time(`[${db.options.type}] one district (99 communes) coverage`, () => app.get(CoreTeamService).coverage(principal, provinceId + 1), (r) => `${r.seats.length} seats`);
      await time(`[${db.options.type}] 10,000-unit tree as of today`, () => app.get(OrgService).tree(principal), (r) => `${r.units.length} units`);
    } finally {
      await close();
    }
  });
});
