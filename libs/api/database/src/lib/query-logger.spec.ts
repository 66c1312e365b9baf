import { Logger as NestLogger } from '@nestjs/common';
import { QueryErrorLogger } from './query-logger';

describe('QueryErrorLogger', () => {
  let errors: string[];
  beforeEach(() => {
    errors = [];
    jest.spyOn(NestLogger.prototype, 'error').mockImplementation((message: unknown) => void errors.push(String(message)));
  });
  afterEach(() => jest.restoreAllMocks());

  const insert = 'INSERT INTO "account"("person_id", "email", "password_hash") VALUES (?, ?, ?)';
  const params = [13, 'lan@xuanngoc.vn', '$argon2id$v=19$m=65536,t=3,p=4$SECRET'];

  it('says nothing of a unique violation (SQLite or MariaDB): the service answers it with a 409', () => {
    const logger = new QueryErrorLogger();
    logger.logQueryError(Object.assign(new Error('UNIQUE constraint failed: account.person_id'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }), insert);
    logger.logQueryError(Object.assign(new Error("Duplicate entry 'lan@xuanngoc.vn' for key 'UQ_account_email'"), { code: 'ER_DUP_ENTRY', errno: 1062 }), insert);
    expect(errors).toEqual([]);
  });

  it('logs any other failed statement with its SQL and code, never its parameters', () => {
    const logger = new QueryErrorLogger();
    (logger.logQueryError as (e: Error, q: string, p: unknown[]) => void)(Object.assign(new Error('no such table: account'), { code: 'SQLITE_ERROR' }), insert, params);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('SQLITE_ERROR');
    expect(errors[0]).toContain('INSERT INTO "account"');
    expect(errors[0]).not.toMatch(/argon2|SECRET|xuanngoc/);
  });
});
