/**
 * A whole province in the same minute: `npm run bench:quiz` (SQLite) or
 * `DATABASE_URL=mysql://… npm run bench:quiz` (a database of its own beside that one, dropped at
 * the end). The demo province is seeded and BENCH_QUIZ_SIZES' largest number of learners (500,
 * 1000, 3000) are enrolled in the demo's running class and signed in. For each size a new timed
 * quiz (the CDS-05 bank's nine questions, one minute) is published and a forked driver
 * (quiz-load-worker.js) takes each learner through it as the browser does: start within
 * BENCH_RAMP seconds (5) (the start answers with the questions), save an answer every
 * BENCH_SAVE_EVERY seconds (10), and submit in the last ten seconds before the deadline —
 * BENCH_RELOAD (20 %) reload the page once on the way ("load"), BENCH_ABANDON (5 %) close it
 * instead of submitting and the server's sweeper submits them. It reports p50/p95/p99 per request kind, errors, and
 * counts the rows afterwards: every confirmed answer stored, no attempt left open. Before that,
 * node:http and /api/health under autocannon give this machine's reference. Options:
 * BENCH_PROFILE=<dir> writes a CPU profile of the API per size. Not part of `npm test`.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as argon2 from 'argon2';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Attempt, AttemptQuestion, Question, Quiz } from '@cds/assessment/api';
import { AuthService } from '@cds/auth/api';
import { Course } from '@cds/catalogue/api';
import { Enrolment, TrainingClass } from '@cds/delivery/api';
import { Account, nameKeys, Person } from '@cds/people/api';
import { In } from 'typeorm';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo-seed';
import { benchApp } from './bench-app';
import { plainServer, startProfile } from './bench-support';

const env = process.env;
const SIZES = (env['BENCH_QUIZ_SIZES'] ?? '500,1000,3000').split(',').map(Number);
const RAMP = Number(env['BENCH_RAMP'] ?? 5);
const SAVE_EVERY = Number(env['BENCH_SAVE_EVERY'] ?? 10);
const ABANDON = Number(env['BENCH_ABANDON'] ?? 0.05);
const RELOAD = Number(env['BENCH_RELOAD'] ?? 0.2);
const PROFILE_DIR = env['BENCH_PROFILE'];
const KINDS = ['connect', 'firstOnNew', 'open', 'start', 'load', 'save', 'submit'] as const;

interface DriveResult {
  kinds: Record<(typeof KINDS)[number], { count: number; p50: number | null; p95: number | null; p99: number | null; max: number | null; errors: number }>;
  statuses: Record<string, number>;
  confirmed: number;
  lateRefused: number;
  seconds: number;
  driverCpu: number;
}
interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
}

function fork1<T>(file: string, job: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, file), [], { execArgv: [], env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2048' } });
    child.send(job);
    child.once('message', (msg: T & { error?: string }) => (msg.error ? reject(new Error(msg.error)) : resolve(msg)));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`${file} exited with ${code}`)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const lpad = (s: string | number | null, n: number) => String(s ?? '–').padStart(n);

async function main() {
  const started = Date.now();
  const { app, db, config, close } = await benchApp();
  try {
    const engine = db.options.type;
    await seedDemo(app as NestFastifyApplication);
    const demo = await db.getRepository(Person).findOneByOrFail({ email: 'learner@demo.cds.vn' });
    const cls = await db.getRepository(TrainingClass).createQueryBuilder('c').where("c.code LIKE 'CDS05-%'").orderBy('c.startDate', 'DESC').getOneOrFail();
    const course = await db.getRepository(Course).findOneByOrFail({ id: cls.courseId });
    const questionIds = (await db.getRepository(Question).find({ where: { courseId: course.id }, order: { id: 'ASC' } })).map((q) => q.id);
    const trainer = await db.getRepository(Account).findOneByOrFail({ email: 'trainer@demo.cds.vn' });

    // The largest number of learners, enrolled in the running class. Their password hash is cheap
    // (argon2id at 1 MiB) so that signing in thousands takes seconds; sign-in itself is not measured.
    const max = Math.max(...SIZES);
    const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
    const now = new Date();
    const emails: string[] = [];
    await db.transaction(async (tx) => {
      for (let i = 0; i < max; i++) {
        const fullName = `Học viên Thi Thử ${i + 1}`;
        const email = `quiz-bench-${i + 1}@demo.cds.vn`;
        const { identifiers } = await tx.insert(Person, { fullName, position: 'Công chức cấp xã', orgUnitId: demo.orgUnitId, email, phone: null, active: true, ...nameKeys(fullName), createdAt: now, updatedAt: now });
        const personId = Number(identifiers[0]['id']);
        await tx.insert(Account, { personId, email, passwordHash: hash, active: true, passwordChangedAt: now, lastLoginAt: null, createdAt: now });
        await tx.insert(Enrolment, { classId: cls.id, personId, state: 'enrolled', nominatedBy: null, decidedBy: null, reason: null, waitlistedAt: null, lastLessonId: null, createdAt: now, updatedAt: now });
        emails.push(email);
      }
      await tx.query('UPDATE training_class SET capacity = capacity + ?, enrolled_count = enrolled_count + ? WHERE id = ?', [max, max, cls.id]);
    });
    const auth = app.get(AuthService);
    const tokens: string[] = [];
    for (const email of emails) tokens.push((await auth.login(email, DEMO_PASSWORD, { ip: null })).accessToken);

    // The API's own listen backlog (LISTEN_BACKLOG), as main.ts listens.
    await app.listen({ port: 0, host: '127.0.0.1', backlog: Number(env['BENCH_BACKLOG'] ?? config.listenBacklog) });
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const healthBody = await (await fetch(`${base}/api/health`)).text();
    const plain = await plainServer(healthBody, '/');
    console.error(`[bench] ${engine}: seeded, ${max} learners enrolled and signed in after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const reference: string[] = [];
    for (const [label, url] of [
      ['node:http (same JSON)', plain.url],
      ['GET /api/health', `${base}/api/health`],
    ]) {
      const r = await fork1<{ result: CannonResult }>('learner-load-worker.js', { url, connections: 100, duration: 5, tokens: [''] });
      reference.push(`${label.padEnd(24)} ${lpad(Math.round(r.result.requests.average), 7)} req/s  p50 ${r.result.latency.p50} ms  p99 ${r.result.latency.p99} ms  (100 connections, 5 s)`);
    }
    plain.server.close();

    const lines: string[] = [];
    for (const size of SIZES) {
      const { identifiers } = await db.getRepository(Quiz).insert({
        courseId: course.id,
        moduleId: null,
        classId: null,
        title: `Thi thử tải ${size} học viên`,
        description: '',
        selection: { kind: 'fixed', questionIds },
        shuffleQuestions: true,
        shuffleOptions: true,
        timeLimitMinutes: 1,
        opensAt: null,
        closesAt: null,
        maxAttempts: 1,
        passPercent: 50,
        gradingMethod: 'highest',
        review: { score: 'after_submit', responses: 'after_submit', correct: 'after_close', feedback: 'after_close' },
        secondMarker: false,
        published: true,
        createdBy: trainer.id,
        updatedAt: new Date(),
      });
      const quizId = Number(identifiers[0]['id']);
      const stop = PROFILE_DIR ? await startProfile() : undefined;
      const cpu = process.cpuUsage();
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const r = await fork1<DriveResult>('quiz-load-worker.js', { base, classId: cls.id, quizId, learners: tokens.slice(0, size), rampMs: RAMP * 1000, saveEveryMs: SAVE_EVERY * 1000, abandonShare: ABANDON, reloadShare: RELOAD });
      const used = process.cpuUsage(cpu);
      loop.disable();
      if (stop && PROFILE_DIR) console.error(`[bench] profile: ${await stop(join(PROFILE_DIR, `${engine}-quiz-${size}.cpuprofile`))}`);
      // The abandoned attempts: the sweeper submits them within its 15 s round after deadline + grace.
      const attemptIds = (await db.getRepository(Attempt).find({ select: { id: true }, where: { quizId } })).map((a) => a.id);
      let open = -1;
      for (let waited = 0; waited < 40 && open !== 0; waited++) {
        open = await db.getRepository(Attempt).countBy({ quizId, state: In(['in_progress', 'submitting']) });
        if (open) await sleep(1000);
      }
      const storedAnswers = attemptIds.length ? await db.getRepository(AttemptQuestion).createQueryBuilder('aq').where('aq.attemptId IN (:...ids)', { ids: attemptIds }).andWhere('aq.answer IS NOT NULL').getCount() : 0;
      const timedOut = await db.getRepository(Attempt).countBy({ quizId, submittedBy: 'timeout' });
      const apiCpu = ((used.user + used.system) / 1e6 / r.seconds) * 100;
      lines.push(`\n${size} learners — ${attemptIds.length} attempts, ${r.seconds.toFixed(0)} s, API process CPU ${apiCpu.toFixed(0)} % of one core, driver ${((r.driverCpu / r.seconds) * 100).toFixed(0)} %; API event-loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms, max ${(loop.max / 1e6).toFixed(0)} ms`);
      lines.push(`  ${'request'.padEnd(10)} ${lpad('count', 7)} ${lpad('p50 ms', 8)} ${lpad('p95 ms', 8)} ${lpad('p99 ms', 8)} ${lpad('max ms', 8)} ${lpad('errors', 7)}`);
      for (const k of KINDS) {
        const x = r.kinds[k];
        lines.push(`  ${k.padEnd(10)} ${lpad(x.count, 7)} ${lpad(x.p50, 8)} ${lpad(x.p95, 8)} ${lpad(x.p99, 8)} ${lpad(x.max, 8)} ${lpad(x.errors, 7)}`);
      }
      const odd = Object.entries(r.statuses).filter(([k]) => !/ (200|201)$/.test(k));
      lines.push(`  statuses other than 200/201: ${odd.length ? odd.map(([k, v]) => `${k}×${v}`).join(', ') : 'none'}; saves refused after the deadline: ${r.lateRefused}`);
      lines.push(`  answers: ${r.confirmed} confirmed to the browser, ${storedAnswers} stored; attempts left open: ${open}; submitted by the sweeper: ${timedOut}`);
      console.error(`[bench] ${size} done`);
    }
    console.log(
      [
        `Quiz benchmark — ${engine}, node ${process.version}, 2 cores; one-minute quiz of 9 questions, start within ${RAMP} s, a save every ${SAVE_EVERY} s, submit in the last 10 s (${RELOAD * 100} % reload once, ${ABANDON * 100} % abandon)`,
        'Reference on this machine:',
        ...reference.map((l) => `  ${l}`),
        ...lines,
      ].join('\n'),
    );
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
