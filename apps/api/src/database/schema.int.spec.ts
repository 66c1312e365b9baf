import { openAppDatabase } from '@cds/api/app';
import { loadConfig } from '@cds/api/common';
import { isolatedDatabaseUrl, startTestApp, TestApp, uid, createUnit } from '@cds/api/testing';
import { OrgUnit } from '@cds/org/api';
import { isMysqlFamily } from '@cds/api/database';

describe('schema (medium: real database)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('has applied every migration', async () => {
    expect(await t.db.showMigrations()).toBe(false);
  });

  it('agrees with the entities: the schema builder wants no change', async () => {
    const sql = await t.db.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('stores and returns Vietnamese text exactly', async () => {
    const name = `Xã Giao Hương – Đội CĐS ${uid()} ỹ ở ữ`;
    const unit = await createUnit(t.db, name);
    expect((await t.db.getRepository(OrgUnit).findOneByOrFail({ id: unit.id })).name).toBe(name);
  });

  it('uses utf8mb4 with Vietnamese collation on MySQL', async () => {
    if (!isMysqlFamily(t.db.options)) return expect(t.db.options.type).toBe('better-sqlite3');
    const [row] = await t.db.query(
      "SELECT TABLE_COLLATION AS c FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'person'",
    );
    expect(row.c).toBe('utf8mb4_vietnamese_ci');
  });

  // Several processes on one MySQL/MariaDB database (API replicas, parallel test runs) start at
  // once; an embedded SQLite file has one process, so this concerns MySQL/MariaDB only.
  if (process.env['DATABASE_URL']) {
    it('lets four starts on one empty database run at once: one migrates, the others wait and find it done', async () => {
      const { url, drop } = await isolatedDatabaseUrl('migrate');
      try {
        const opened = await Promise.allSettled(Array.from({ length: 4 }, () => openAppDatabase(loadConfig({ DATABASE_URL: url, NODE_ENV: 'test' }))));
        expect(opened.map((o) => (o.status === 'rejected' ? String(o.reason) : o.status))).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
        for (const o of opened) if (o.status === 'fulfilled') await o.value.destroy();
      } finally {
        await drop();
      }
    }, 60000);
  }
});
