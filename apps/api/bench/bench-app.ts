import { createApp, openAppDatabase } from '@cds/api/app';
import { loadConfig } from '@cds/api/common';
import { isolatedDatabaseUrl } from '@cds/api/testing';

/** The whole app on a database of its own: a new SQLite file, or a new MySQL database beside DATABASE_URL's. */
export async function benchApp() {
  const { url, drop } = await isolatedDatabaseUrl('bench');
  const extra = Object.fromEntries(['VERIFY_PER_MINUTE', 'TRUST_PROXY'].filter((k) => process.env[k]).map((k) => [k, process.env[k] as string]));
  const config = loadConfig({ DATABASE_URL: url, NODE_ENV: 'test', WEB_DIST: '/nonexistent', ...extra });
  const db = await openAppDatabase(config);
  const app = await createApp(config, db, false);
  return {
    app,
    db,
    config,
    close: async () => {
      await app.close();
      if (db.isInitialized) await db.destroy();
      await drop();
    },
  };
}
