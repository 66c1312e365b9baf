import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * `db.transaction(work)`, except that on SQLite these transactions run one after another.
 * TypeORM gives SQLite one connection: a second transaction started while one is open becomes a
 * SAVEPOINT inside it, and its rollback would undo the other's statements made after that point.
 * SQLite has one writer anyway; MariaDB transactions run side by side as usual and are decided by
 * the conditional updates and the row locks they take.
 */
export function inTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return db.transaction(work);
  const previous = queues.get(db) ?? Promise.resolve();
  const run = previous.then(() => db.transaction(work));
  queues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}
