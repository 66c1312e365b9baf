import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';
import { isUniqueViolation } from '@cds/api/common';

/**
 * What TypeORM may write to the log. Its own error logging prints every failed statement WITH its
 * parameters, which put a password hash and email addresses in the log whenever a unique index
 * decided a race (an expected outcome the services answer with 409). This logger drops unique
 * violations and never prints parameters: a failed statement is logged with its SQL and the
 * driver's error code only; the request's own 500 (with its correlation id) says the rest.
 */
export class QueryErrorLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQueryError(error: string | Error, query: string): void {
    if (isUniqueViolation(error)) return;
    const code = typeof error === 'object' && error && 'code' in error ? String((error as { code: unknown }).code) : 'error';
    this.logger.error(`query failed (${code}): ${query.replace(/\s+/g, ' ').slice(0, 500)}`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }

  logQuery(): void {
    /* not logged */
  }
  logQuerySlow(): void {
    /* not logged */
  }
  logSchemaBuild(): void {
    /* not logged */
  }
  logMigration(): void {
    /* not logged */
  }
}
