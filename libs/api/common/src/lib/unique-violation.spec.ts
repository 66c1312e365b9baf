import { isUniqueViolation } from './unique-violation';

/** Shaped like TypeORM's QueryFailedError: the driver's fields copied, the original kept. */
const wrapped = (driverError: Record<string, unknown>) => Object.assign(new Error(String(driverError['message'])), driverError, { driverError });

describe('isUniqueViolation', () => {
  const mariadb = wrapped({ code: 'ER_DUP_ENTRY', errno: 1062, sqlMessage: "Duplicate entry 'a@b.vn' for key 'UQ_person_email'", message: "Duplicate entry 'a@b.vn' for key 'UQ_person_email'" });
  const sqlite = wrapped({ code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: person.email' });

  it('recognises both engines, wrapped or not', () => {
    expect(isUniqueViolation(mariadb)).toBe(true);
    expect(isUniqueViolation(sqlite)).toBe(true);
    expect(isUniqueViolation(mariadb.driverError)).toBe(true);
    expect(isUniqueViolation({ driverError: { errno: 1062 } })).toBe(true);
  });

  it('names the constraint when asked: the index on MariaDB, table.column on SQLite', () => {
    expect(isUniqueViolation(mariadb, 'UQ_person_email', 'person.email')).toBe(true);
    expect(isUniqueViolation(sqlite, 'UQ_person_email', 'person.email')).toBe(true);
    expect(isUniqueViolation(mariadb, 'UQ_account_email', 'account.email')).toBe(false);
    expect(isUniqueViolation(sqlite, 'UQ_account_email', 'account.email')).toBe(false);
    expect(isUniqueViolation(wrapped({ code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: account.person_id' }), 'account.person')).toBe(false);
  });

  it('leaves every other error alone', () => {
    expect(isUniqueViolation(new Error('boom'))).toBe(false);
    expect(isUniqueViolation(wrapped({ code: 'ER_LOCK_DEADLOCK', errno: 1213, message: 'Deadlock found' }))).toBe(false);
    expect(isUniqueViolation(wrapped({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'FOREIGN KEY constraint failed' }))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
    expect(isUniqueViolation('ER_DUP_ENTRY')).toBe(false);
  });
});
