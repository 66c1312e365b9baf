import { DataSource, DataSourceOptions } from 'typeorm';
import type { AppConfig } from '@cds/api/common';
import { dataSourceOptions, Schema } from './data-source-options';

/** Where the database is, without credentials, for log lines. */
export function describeDatabase(config: Pick<AppConfig, 'db'>): string {
  if (config.db.type === 'sqlite') return `SQLite file ${config.db.file}`;
  const url = new URL(config.db.url);
  return `MySQL ${url.hostname}:${url.port || 3306}/${config.db.database}`;
}

export class DatabaseUnavailable extends Error {}

/** Connects and brings the schema up to date (migrations run at every start). */
export async function openDatabase(config: Pick<AppConfig, 'db'>, schema: Schema): Promise<DataSource> {
  let dataSource = await connect(config, dataSourceOptions(config, schema));
  if (dataSource.options.type === 'mysql') {
    // TypeORM reads MariaDB's catalogue differently (column defaults): tell it which server it has.
    const [row] = await dataSource.query('SELECT VERSION() AS v');
    if (/mariadb/i.test(String(row.v))) {
      await dataSource.destroy();
      dataSource = await connect(config, { ...dataSourceOptions(config, schema), type: 'mariadb' } as DataSourceOptions);
    }
  }
  try {
    await migrate(dataSource);
  } catch (e) {
    await dataSource.destroy();
    throw e;
  }
  return dataSource;
}

/**
 * Runs the pending migrations. On MySQL/MariaDB several processes may start on one database at
 * once (API replicas, parallel test runs): a named lock, held by one session for the duration,
 * lets one of them migrate while the others wait, then find nothing left to do.
 */
async function migrate(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'mysql' && dataSource.options.type !== 'mariadb') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const session = dataSource.createQueryRunner();
  try {
    const [{ got }] = await session.query("SELECT GET_LOCK(CONCAT('cds_migrations_', DATABASE()), 300) AS got");
    if (Number(got) !== 1) throw new Error('Timed out waiting for another process to finish migrating the database');
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await session.query("SELECT RELEASE_LOCK(CONCAT('cds_migrations_', DATABASE()))");
    }
  } finally {
    await session.release();
  }
}

async function connect(config: Pick<AppConfig, 'db'>, options: DataSourceOptions): Promise<DataSource> {
  try {
    return await new DataSource(options).initialize();
  } catch (e) {
    throw new DatabaseUnavailable(`Cannot connect to ${describeDatabase(config)}: ${(e as Error).message.split('\n')[0]}`);
  }
}
