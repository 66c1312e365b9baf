import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * `db.transaction(work)`, except that on SQLite these transactions run one after another.
 * TypeORM gives SQLite one connection: a second transaction started while one is open becomes a
 * SAVEPOINT inside it, and its rollback would undo the other's statements made after that point.
 * Today better-sqlite3 answers synchronously, so a transaction that waits on nothing else runs to
 * its end before another request gets a turn; this keeps it so if one ever waits on real I/O.
 * MariaDB transactions run side by side as usual, decided by conditional updates and row locks.
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
