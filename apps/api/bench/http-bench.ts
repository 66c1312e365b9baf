/**
 * HTTP throughput of the API against a plain node:http server: `npm run bench:http` (SQLite) or
 * `DATABASE_URL=mysql://… npm run bench:http` (a database of its own beside that one, dropped at
 * the end). Builds nothing: the API runs in this process from the sources (ts-node), autocannon
 * in a child process. Not part of `npm test`.
 *
 * Options (environment): BENCH_DURATION seconds per target (5), BENCH_WARMUP seconds (1),
 * BENCH_CONNECTIONS (50), BENCH_ONLY a comma-separated list of target names (node:http, health,
 * me, people, org-tree, verify, pdf: a certificate rendered and signed per request — PDFs a minute
 * are its req/s × 60), BENCH_PROFILE=<dir> to write a CPU profile of the API (this process)
 * per target, taken during the measured load, BENCH_PAUSE=1 to wait for Enter after each target's
 * warm-up (to attach another profiler).
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { seedDemo, DEMO_PASSWORD } from '../src/seed/demo-seed';
import { DEMO_CERTIFICATE_CODE } from '../src/seed/certification-seed';

// Public verification is rate-limited per address (VERIFY_PER_MINUTE, 60 by default): its load comes
// from many addresses (X-Forwarded-For, trusted for the bench) with the limit as configured.
process.env['TRUST_PROXY'] ??= 'true';
import { benchApp } from './bench-app';
import { plainServer, startProfile } from './bench-support';

interface Target {
  name: string;
  label: string;
  url: string;
  token?: string;
  /** Compared with this target's rate in the ratio column. */
  baseline?: string;
  /** Each request from its own client address (X-Forwarded-For). */
  manyAddresses?: boolean;
}

interface Outcome {
  target: Target;
  rps: number;
  p50: number;
  p99: number;
  total: number;
  /** CPU time of this process (the API; the node:http server for that target) per request, µs: less disturbed by other load on the machine than req/s. */
  cpuPerRequest: number;
  errors: number;
  non2xx: number;
}

const env = process.env;
const DURATION = Number(env['BENCH_DURATION'] ?? 5);
const WARMUP = Number(env['BENCH_WARMUP'] ?? 1);
const CONNECTIONS = Number(env['BENCH_CONNECTIONS'] ?? 50);
const ONLY = env['BENCH_ONLY']?.split(',').map((s) => s.trim());
const PROFILE_DIR = env['BENCH_PROFILE'];

/** Lets the requests still in flight when the load generator stopped finish before the next target. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));


interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

function load(url: string, token: string | undefined, duration: number, manyAddresses = false): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // A plain child process: no ts-node, no inherited --cpu-prof.
    const child = fork(join(__dirname, 'load-worker.js'), [], { execArgv: [], env: { ...process.env, NODE_OPTIONS: '' } });
    child.send({ url, connections: CONNECTIONS, duration, manyAddresses, headers: token ? { authorization: `Bearer ${token}` } : {} });
    child.once('message', (msg: { error?: string; result?: LoadResult }) => {
      if (msg.error) reject(new Error(msg.error));
      else resolve(msg.result as LoadResult);
    });
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
  });
}

async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function check(url: string, token?: string) {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  return res.text();
}


function pause(label: string): Promise<void> {
  if (env['BENCH_PAUSE'] !== '1') return Promise.resolve();
  process.stderr.write(`[bench] ${label} warmed up (pid ${process.pid}); press Enter to measure\n`);
  return new Promise((resolve) => process.stdin.once('data', () => resolve()));
}

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

async function main() {
  const started = Date.now();
  const { app, db, close } = await benchApp();
  let plain: Server | undefined;
  try {
    const engine = db.options.type;
    await seedDemo(app as NestFastifyApplication);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const healthBody = await check(`${base}/api/health`);
    const p = await plainServer(healthBody);
    plain = p.server;

    const learner = await signIn(base, 'learner@demo.cds.vn');
    const admin = await signIn(base, 'admin@demo.cds.vn');
    const certificateId = (JSON.parse(await check(`${base}/api/certificates/mine`, learner)) as { id: number }[])[0].id;
    const targets: Target[] = [
      { name: 'node:http', label: 'node:http (same JSON)', url: p.url },
      { name: 'health', label: 'GET /api/health', url: `${base}/api/health`, baseline: 'node:http' },
      { name: 'me', label: 'GET /api/auth/me (learner)', url: `${base}/api/auth/me`, token: learner, baseline: 'health' },
      { name: 'people', label: 'GET /api/people?limit=50 (admin)', url: `${base}/api/people?limit=50`, token: admin, baseline: 'health' },
      { name: 'org-tree', label: 'GET /api/org/tree (admin)', url: `${base}/api/org/tree`, token: admin, baseline: 'health' },
      { name: 'verify', label: 'GET /api/verify/:code (public)', url: `${base}/api/verify/${DEMO_CERTIFICATE_CODE}`, baseline: 'health', manyAddresses: true },
      { name: 'pdf', label: 'GET /api/certificates/:id/pdf', url: `${base}/api/certificates/${certificateId}/pdf`, token: learner, baseline: 'health' },
    ].filter((t) => !ONLY || ONLY.includes(t.name));
    for (const t of targets) await check(t.url, t.token);

    console.error(`[bench] ${engine}: seeded and signed in after ${((Date.now() - started) / 1000).toFixed(1)} s; ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per target`);
    const outcomes: Outcome[] = [];
    for (const target of targets) {
      if (WARMUP > 0) await load(target.url, target.token, WARMUP, target.manyAddresses);
      await pause(target.name);
      const profileFile = PROFILE_DIR && join(PROFILE_DIR, `${engine}-${target.name}.cpuprofile`);
      const stopProfile = profileFile ? await startProfile() : undefined;
      const cpu = process.cpuUsage();
      const r = await load(target.url, target.token, DURATION, target.manyAddresses);
      const used = process.cpuUsage(cpu);
      if (stopProfile && profileFile) console.error(`[bench] profile: ${await stopProfile(profileFile)}`);
      await settle();
      outcomes.push({ target, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, cpuPerRequest: (used.user + used.system) / Math.max(1, r.requests.total), errors: r.errors + r.timeouts, non2xx: r.non2xx });
      console.error(`[bench] ${target.name}: ${Math.round(r.requests.average)} req/s`);
    }

    const rate = (name?: string) => outcomes.find((o) => o.target.name === name)?.rps;
    const lines = [
      `HTTP benchmark — ${engine}, node ${process.version}, ${CONNECTIONS} connections, ${DURATION} s (after ${WARMUP} s warm-up)`,
      `${pad('request', 34)} ${lpad('req/s', 8)} ${lpad('p50 ms', 7)} ${lpad('p99 ms', 7)} ${lpad('requests', 9)} ${lpad('CPU µs/req', 10)} ${lpad('err/non2xx', 11)}  ratio`,
    ];
    for (const o of outcomes) {
      const baseRate = rate(o.target.baseline);
      const ratio = baseRate ? `${(o.rps / baseRate).toFixed(2)}× ${o.target.baseline}` : '';
      lines.push(
        `${pad(o.target.label, 34)} ${lpad(Math.round(o.rps).toString(), 8)} ${lpad(o.p50.toString(), 7)} ${lpad(o.p99.toString(), 7)} ${lpad(o.total.toString(), 9)} ${lpad(Math.round(o.cpuPerRequest).toString(), 10)} ${lpad(`${o.errors}/${o.non2xx}`, 11)}  ${ratio}`,
      );
    }
    console.log(lines.join('\n'));
    if (outcomes.some((o) => o.errors > 0 || o.non2xx > 0)) process.exitCode = 1;
  } finally {
    plain?.close();
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
