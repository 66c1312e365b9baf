import { DatabaseUnavailable, describeDatabase, openDatabase } from './open-database';

describe('openDatabase', () => {
  it('turns an unreachable MySQL into one clear line without credentials', async () => {
    const config = { db: { type: 'mysql' as const, url: 'mysql://cds:s3cret@127.0.0.1:1/cds', database: 'cds' } };
    const error = await openDatabase(config, { entities: [], migrations: [] }).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailable);
    expect(error.message).toMatch(/^Cannot connect to MySQL 127\.0\.0\.1:1\/cds: .*ECONNREFUSED/);
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain('s3cret');
  });

  it('describes the SQLite file it uses', () => {
    expect(describeDatabase({ db: { type: 'sqlite', file: '/data/cds.sqlite' } })).toBe('SQLite file /data/cds.sqlite');
  });
});
