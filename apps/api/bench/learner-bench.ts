/**
 * The learner's two busiest requests under many learners at once: `npm run bench:learners`
 * (SQLite) or `DATABASE_URL=mysql://… npm run bench:learners` (a database of its own beside that
 * one, dropped at the end). The demo province is seeded, BENCH_LEARNERS (200) more learners are
 * enrolled in the demo's current class and signed in, and autocannon opens one connection per
 * learner, each with that learner's token, against:
 *   - GET /api/learning (the learner's home),
 *   - GET /api/learning/classes/:classId/lessons/:lessonId (a lesson),
 *   - PUT …/progress (saving the reading position),
 * next to a plain node:http server and /api/health at the same concurrency, so the figures read
 * as ratios on this machine. Options: BENCH_DURATION (10 s), BENCH_WARMUP (2 s), BENCH_LEARNERS,
 * BENCH_ONLY (node:http, health, home, lesson, progress), BENCH_PROFILE=<dir> (CPU profile of the
 * API per target). Not part of `npm test`.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuthService } from '@cds/auth/api';
import { CourseModule, Lesson } from '@cds/catalogue/api';
import { Enrolment, TrainingClass } from '@cds/delivery/api';
import { Account, nameKeys, Person } from '@cds/people/api';
import { In } from 'typeorm';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo-seed';
import { benchApp } from './bench-app';
import { plainServer, startProfile } from './bench-support';

const env = process.env;
const DURATION = Number(env['BENCH_DURATION'] ?? 10);
const WARMUP = Number(env['BENCH_WARMUP'] ?? 2);
const LEARNERS = Number(env['BENCH_LEARNERS'] ?? 200);
const ONLY = env['BENCH_ONLY']?.split(',').map((s) => s.trim());
const PROFILE_DIR = env['BENCH_PROFILE'];

interface Target {
  name: string;
  label: string;
  url: string;
  tokens: string[];
  method?: 'GET' | 'PUT';
  body?: string;
  baseline?: string;
}
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

function load(t: Target, duration: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'learner-load-worker.js'), [], { execArgv: [], env: { ...process.env, NODE_OPTIONS: '' } });
    child.send({ url: t.url, connections: LEARNERS, duration, tokens: t.tokens.length ? t.tokens : [''], method: t.method, body: t.body });
    child.once('message', (msg: { error?: string; result?: LoadResult }) => (msg.error ? reject(new Error(msg.error)) : resolve(msg.result as LoadResult)));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
  });
}



async function check(t: Target) {
  const res = await fetch(t.url, { method: t.method ?? 'GET', body: t.body, headers: { ...(t.tokens[0] ? { authorization: `Bearer ${t.tokens[0]}` } : {}), ...(t.body ? { 'content-type': 'application/json' } : {}) } });
  if (res.status !== 200) throw new Error(`${t.url} answered ${res.status}: ${await res.text()}`);
  return res.text();
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

async function main() {
  const started = Date.now();
  const { app, db, close } = await benchApp();
  let plain: Server | undefined;
  try {
    const engine = db.options.type;
    await seedDemo(app as NestFastifyApplication);

    // The demo learner's current class, and its lessons.
    const demo = await db.getRepository(Person).findOneByOrFail({ email: 'learner@demo.cds.vn' });
    const demoAccount = await db.getRepository(Account).findOneByOrFail({ personId: demo.id });
    const current = await db
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .innerJoin(TrainingClass, 'c', 'c.id = e.classId')
      .where('e.personId = :p AND e.state = :s', { p: demo.id, s: 'enrolled' })
      .orderBy('c.startDate', 'DESC')
      .select(['e.classId AS "classId"', 'c.courseVersionId AS "versionId"'])
      .getRawOne<{ classId: number; versionId: number }>();
    if (!current) throw new Error('the demo learner has no current class');
    const classId = Number(current.classId);
    const modules = await db.getRepository(CourseModule).findBy({ versionId: Number(current.versionId) });
    const lessons = await db.getRepository(Lesson).find({ where: { moduleId: In(modules.map((m) => m.id)) }, order: { id: 'ASC' } });
    const lessonId = lessons[Math.floor(lessons.length / 2)].id;

    // LEARNERS more learners in the demo learner's unit, enrolled in that class (same password hash).
    const now = new Date();
    const emails: string[] = [];
    await db.transaction(async (tx) => {
      for (let i = 0; i < LEARNERS; i++) {
        const fullName = `Học viên Thử Tải ${i + 1}`;
        const email = `bench-learner-${i + 1}@demo.cds.vn`;
        const { identifiers } = await tx.insert(Person, { fullName, position: 'Công chức cấp xã', orgUnitId: demo.orgUnitId, email, phone: null, active: true, ...nameKeys(fullName), createdAt: now, updatedAt: now });
        const personId = Number(identifiers[0]['id']);
        await tx.insert(Account, { personId, email, passwordHash: demoAccount.passwordHash, active: true, passwordChangedAt: now, lastLoginAt: null, createdAt: now });
        await tx.insert(Enrolment, { classId, personId, state: 'enrolled', nominatedBy: null, decidedBy: null, reason: null, waitlistedAt: null, lastLessonId: null, createdAt: now, updatedAt: now });
        emails.push(email);
      }
      await tx.query('UPDATE training_class SET capacity = capacity + ?, enrolled_count = enrolled_count + ? WHERE id = ?', [LEARNERS, LEARNERS, classId]);
    });
    const auth = app.get(AuthService);
    const tokens: string[] = [];
    for (const email of emails) tokens.push((await auth.login(email, DEMO_PASSWORD, { ip: null })).accessToken);

    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const healthBody = await (await fetch(`${base}/api/health`)).text();
    const p = await plainServer(healthBody, '/');
    plain = p.server;
    const lessonUrl = `${base}/api/learning/classes/${classId}/lessons/${lessonId}`;
    const targets: Target[] = (
      [
        { name: 'node:http', label: 'node:http (same JSON)', url: p.url, tokens: [] },
        { name: 'health', label: 'GET /api/health', url: `${base}/api/health`, tokens: [], baseline: 'node:http' },
        { name: 'home', label: 'GET /api/learning (home)', url: `${base}/api/learning`, tokens, baseline: 'health' },
        { name: 'lesson', label: 'GET …/lessons/:id (lesson)', url: lessonUrl, tokens, baseline: 'health' },
        { name: 'progress', label: 'PUT …/lessons/:id/progress', url: `${lessonUrl}/progress`, tokens, method: 'PUT', body: JSON.stringify({ position: 0.5, done: false }), baseline: 'health' },
      ] as Target[]
    ).filter((t) => !ONLY || ONLY.includes(t.name));
    for (const t of targets) await check(t);
    console.error(`[bench] ${engine}: seeded, ${LEARNERS} learners enrolled and signed in after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const rows: { t: Target; r: LoadResult; cpu: number }[] = [];
    for (const t of targets) {
      if (WARMUP > 0) await load(t, WARMUP);
      const profileFile = PROFILE_DIR && join(PROFILE_DIR, `${engine}-learner-${t.name}.cpuprofile`);
      const stop = profileFile ? await startProfile() : undefined;
      const cpu = process.cpuUsage();
      const r = await load(t, DURATION);
      const used = process.cpuUsage(cpu);
      if (stop && profileFile) console.error(`[bench] profile: ${await stop(profileFile)}`);
      await settle();
      rows.push({ t, r, cpu: (used.user + used.system) / Math.max(1, r.requests.total) });
      console.error(`[bench] ${t.name}: ${Math.round(r.requests.average)} req/s`);
    }
    const rate = (name?: string) => rows.find((x) => x.t.name === name)?.r.requests.average;
    const lines = [
      `Learner benchmark — ${engine}, node ${process.version}, ${LEARNERS} learners at once (one connection each), ${DURATION} s after ${WARMUP} s warm-up`,
      `${pad('request', 30)} ${lpad('req/s', 7)} ${lpad('p50 ms', 7)} ${lpad('p90 ms', 7)} ${lpad('p99 ms', 7)} ${lpad('max ms', 7)} ${lpad('CPU µs/req', 10)} ${lpad('err/non2xx', 10)}  ratio`,
    ];
    for (const { t, r, cpu } of rows) {
      const b = rate(t.baseline);
      lines.push(
        `${pad(t.label, 30)} ${lpad(Math.round(r.requests.average), 7)} ${lpad(r.latency.p50, 7)} ${lpad(r.latency.p90, 7)} ${lpad(r.latency.p99, 7)} ${lpad(r.latency.max, 7)} ${lpad(Math.round(cpu), 10)} ${lpad(`${r.errors + r.timeouts}/${r.non2xx}`, 10)}  ${b ? `${(r.requests.average / b).toFixed(2)}× ${t.baseline}` : ''}`,
      );
    }
    console.log(lines.join('\n'));
    if (rows.some(({ r }) => r.errors + r.timeouts > 0 || r.non2xx > 0)) process.exitCode = 1;
  } finally {
    plain?.close();
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
