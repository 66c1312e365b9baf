import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '@cds/contracts';
import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp, openAppDatabase } from '@cds/api/app';
import { hashPassword, RoleGrantEntity, nameKeys, Account, Person } from '@cds/people/api';
import { AppConfig, loadConfig } from '@cds/api/common';
import { openDatabase } from '@cds/api/database';
import { OrgUnitVersion, OrgUnit, OrgUnitKind } from '@cds/org/api';

export const TEST_PASSWORD = 'Test@Password1';
const WORKSPACE = join(__dirname, '../../../../..');

/** A short random suffix so tests sharing one MySQL database never collide. */
export const uid = () => randomBytes(4).toString('hex');

/**
 * The database the medium tests run on: `DATABASE_URL` when set (MySQL/MariaDB, shared by all
 * test files, migrated by whichever file comes first), otherwise a fresh SQLite file per file.
 */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  let url = process.env['DATABASE_URL'];
  if (!url) {
    const dir = join(WORKSPACE, 'tmp', 'api-test');
    mkdirSync(dir, { recursive: true });
    url = `sqlite:${join(dir, `${process.pid}-${uid()}.sqlite`)}`;
  }
  return loadConfig(
    {
      NODE_ENV: 'test',
      DATABASE_URL: url,
      TRUST_PROXY: 'true',
      WEB_DIST: join(WORKSPACE, 'tmp', 'no-web'),
      DATA_DIR: join(WORKSPACE, 'tmp', 'api-test', 'data'),
      LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
      ...overrides,
    },
    WORKSPACE,
  );
}

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  config: AppConfig;
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const db = await openAppDatabase(config);
  const app = await createApp(config, db, process.env["TEST_LOG"] ? ["error"] : false);
  return {
    app,
    db,
    config,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      if (db.isInitialized) await db.destroy();
    },
  };
}

let passwordHash: Promise<string> | undefined;

/**
 * The shared test password hashed with argon2id at a low cost (1 MiB, one pass): sign-in verifies
 * it with the same code as any hash, in about a millisecond instead of the production cost's tenth
 * of a second, so a test can sign in hundreds of learners. Accounts given their own password get
 * the production hash.
 */
const cheapHash = (password: string) => argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });

/** Factories: each test seeds what it needs, with unique names. */
export async function createUnit(db: DataSource, name: string, kind: OrgUnitKind = 'commune', parent?: OrgUnit): Promise<OrgUnit> {
  const { identifiers } = await db.getRepository(OrgUnit).insert({
    name,
    kind,
    code: null,
    parentId: parent?.id ?? null,
    path: '',
    validFrom: '2000-01-01',
    validTo: null,
  });
  const id = Number(identifiers[0]['id']);
  const path = `${parent?.path ?? '/'}${id}/`;
  await db.getRepository(OrgUnit).update({ id }, { path });
  await db.getRepository(OrgUnitVersion).insert({ unitId: id, name, code: null, kind, parentId: parent?.id ?? null, validFrom: '2000-01-01', validTo: null });
  return db.getRepository(OrgUnit).findOneByOrFail({ id });
}

export async function createAccount(
  db: DataSource,
  options: { unit: OrgUnit; grants?: [Role, OrgUnit][]; fullName?: string; password?: string; active?: boolean },
) {
  const email = `user-${uid()}@test.cds.vn`;
  const now = new Date();
  const hash = options.password ? await hashPassword(options.password) : await (passwordHash ??= cheapHash(TEST_PASSWORD));
  const person = await db.getRepository(Person).insert({
    fullName: options.fullName ?? 'Lê Thị Hồng',
    ...nameKeys(options.fullName ?? 'Lê Thị Hồng'),
    position: 'Chuyên viên',
    orgUnitId: options.unit.id,
    email,
    phone: null,
    active: true,
    createdAt: now,
    updatedAt: now,
  });
  const account = await db.getRepository(Account).insert({
    personId: Number(person.identifiers[0]['id']),
    email,
    passwordHash: hash,
    active: options.active ?? true,
    passwordChangedAt: null,
    lastLoginAt: null,
    createdAt: now,
  });
  const accountId = Number(account.identifiers[0]['id']);
  for (const [role, unit] of options.grants ?? [['learner', options.unit]]) {
    await db.getRepository(RoleGrantEntity).insert({ accountId, role, orgUnitId: unit.id, grantedBy: null, grantedAt: now });
  }
  return { accountId, email, password: options.password ?? TEST_PASSWORD };
}

/** Signs in through the API and returns the tokens. */
export async function signIn(t: TestApp, email: string, password = TEST_PASSWORD, ip = '10.9.0.1') {
  const res = await t.http().post('/api/auth/login').set('x-forwarded-for', ip).send({ email, password }).expect(200);
  return res.body as { accessToken: string; refreshToken: string };
}

/** A person without an account. */
export async function createPerson(db: DataSource, unit: OrgUnit, fullName = `Nguyễn Văn ${uid()}`, email: string | null = null) {
  const now = new Date();
  const { identifiers } = await db.getRepository(Person).insert({ fullName, ...nameKeys(fullName), position: 'Công chức', orgUnitId: unit.id, email, phone: null, active: true, createdAt: now, updatedAt: now });
  return Number(identifiers[0]['id']);
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A supertest parser that keeps a binary body (an Excel download) as a Buffer. */
export function binary(res: request.Response, callback: (err: Error | null, body: Buffer) => void) {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/**
 * A database of its own, for tests and benchmarks that need an empty one: a new SQLite file, or a
 * new MySQL database beside the one DATABASE_URL names. `drop` removes it again.
 */
export async function isolatedDatabaseUrl(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const shared = process.env['DATABASE_URL'];
  if (!shared) {
    const dir = join(WORKSPACE, 'tmp', 'api-test');
    mkdirSync(dir, { recursive: true });
    return { url: `sqlite:${join(dir, `${prefix}-${uid()}.sqlite`)}`, drop: async () => undefined };
  }
  const name = `cds_${prefix}_${uid()}`;
  const admin = await openDatabase(loadConfig({ DATABASE_URL: shared, NODE_ENV: 'test' }), { entities: [], migrations: [] });
  await admin.query(`CREATE DATABASE \`${name}\``);
  return {
    url: shared.replace(/\/[^/]*$/, `/${name}`),
    drop: async () => {
      await admin.query(`DROP DATABASE \`${name}\``);
      await admin.destroy();
    },
  };
}
