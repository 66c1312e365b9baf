/**
 * Unique constraints decide races the application cannot see (two requests creating the same
 * email at once both pass a friendly pre-check). The engines report the loser differently:
 * MariaDB/MySQL as ER_DUP_ENTRY (errno 1062, "Duplicate entry '…' for key 'UQ_person_email'"),
 * SQLite as SQLITE_CONSTRAINT_UNIQUE ("UNIQUE constraint failed: person.email"). TypeORM wraps
 * both in a QueryFailedError that copies the driver's fields and keeps it as `driverError`.
 */
interface DriverErrorLike {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
  sqlMessage?: unknown;
  driverError?: DriverErrorLike;
}

/**
 * True when `e` is a unique-constraint violation. With `keys`, only when the error names one of
 * them: give the index name (MariaDB names it) and `table.column` (SQLite names the columns),
 * e.g. `isUniqueViolation(e, 'UQ_account_email', 'account.email')`.
 */
export function isUniqueViolation(e: unknown, ...keys: string[]): boolean {
  const errors = [e as DriverErrorLike | undefined, (e as DriverErrorLike | undefined)?.driverError].filter((x): x is DriverErrorLike => !!x && typeof x === 'object');
  const unique = errors.some((x) => x.code === 'ER_DUP_ENTRY' || x.errno === 1062 || x.code === 'SQLITE_CONSTRAINT_UNIQUE' || x.code === 'SQLITE_CONSTRAINT_PRIMARYKEY');
  if (!unique || keys.length === 0) return unique;
  const text = errors.map((x) => `${String(x.sqlMessage ?? '')} ${String(x.message ?? '')}`).join(' ');
  return keys.some((key) => new RegExp(`['\`:\\s.]${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:['\`,\\s]|$)`).test(text));
}
