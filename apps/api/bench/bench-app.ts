import { join } from 'node:path';
import { createApp } from '../src/app/create-app';
import { loadConfig } from '../src/config/config';
import { openDatabase } from '../src/database/open-database';
import { uid } from '../src/testing/test-app';

/** The whole app on a database of its own: a new SQLite file, or a new MySQL database beside DATABASE_URL's. */
export async function benchApp() {
  let url = process.env['DATABASE_URL'];
  let drop: (() => Promise<void>) | undefined;
  if (url) {
    const name = `cds_bench_${uid()}`;
    const admin = await openDatabase(loadConfig({ DATABASE_URL: url, NODE_ENV: 'test' }));
    await admin.query(`CREATE DATABASE \`${name}\``);
    drop = async () => {
      await admin.query(`DROP DATABASE \`${name}\``);
      await admin.destroy();
    };
    url = url.replace(/\/[^/]*$/, `/${name}`);
  } else {
    url = `sqlite:${join(__dirname, '../../../tmp/bench', `bench-${uid()}.sqlite`)}`;
  }
  const config = loadConfig({ DATABASE_URL: url, NODE_ENV: 'test', WEB_DIST: '/nonexistent' });
  const db = await openDatabase(config);
  const app = await createApp(config, db, false);
  return {
    app,
    db,
    close: async () => {
      await app.close();
      if (db.isInitialized) await db.destroy();
      await drop?.();
    },
  };
}
