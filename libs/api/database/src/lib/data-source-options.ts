import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '@cds/api/common';
import { QueryErrorLogger } from './query-logger';

/** The entity and migration classes of the composed app (class arrays, not globs, so a bundle carries them). */
export interface Schema {
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
}

/** One place that turns the configuration into TypeORM options, for the app, tests and tools. */
export function dataSourceOptions(config: Pick<AppConfig, 'db'>, schema: Schema): DataSourceOptions {
  const common = {
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsRun: false,
    synchronize: false,
    logging: ['error', 'warn'] as ('error' | 'warn')[],
    logger: new QueryErrorLogger(),
  };
  if (config.db.type === 'mysql') {
    return {
      ...common,
      type: 'mysql',
      url: config.db.url,
      charset: 'utf8mb4_vietnamese_ci',
      timezone: 'Z',
      dateStrings: ['DATE'],
      supportBigNumbers: true,
      connectTimeout: 5000,
      // Requests wait for a connection when all are busy: a whole class starting a quiz at once
      // wants more than ten (npm run bench:quiz); MariaDB's default allows 151.
      extra: { connectionLimit: 30 },
    };
  }
  if (config.db.file !== ':memory:') mkdirSync(dirname(config.db.file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.db.file,
    // WAL lets readers go on while a writer commits; foreign keys are on in TypeORM's driver.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
    },
  };
}
