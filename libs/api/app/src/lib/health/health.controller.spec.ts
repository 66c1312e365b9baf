import { DataSource } from 'typeorm';
import { HealthController } from './health.controller';

describe('HealthController', () => {
  let db: DataSource;
  beforeEach(async () => {
    db = await new DataSource({ type: 'better-sqlite3', database: ':memory:' }).initialize();
  });
  afterEach(async () => {
    if (db.isInitialized) await db.destroy();
  });

  it('answers a crowd arriving together with one database check, and checks again for the next caller', async () => {
    const health = new HealthController(db);
    const query = jest.spyOn(db, 'query');
    const answers = await Promise.all(Array.from({ length: 20 }, () => health.health()));
    expect(answers.every((a) => a.status === 'ok' && a.db === 'sqlite')).toBe(true);
    expect(query).toHaveBeenCalledTimes(1);
    await health.health();
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('answers 503 when the database does not, and ok again once it does', async () => {
    const health = new HealthController(db);
    await db.destroy();
    await expect(health.health()).rejects.toMatchObject({ status: 503, code: 'db.unavailable' });
    await db.initialize();
    await expect(health.health()).resolves.toMatchObject({ status: 'ok' });
  });
});
