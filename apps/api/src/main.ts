import { Logger } from '@nestjs/common';
import { createApp, openAppDatabase } from '@cds/api/app';
import { ConfigError, loadConfig } from '@cds/api/common';
import { DatabaseUnavailable, describeDatabase } from '@cds/api/database';
import { seedDemo } from './seed/demo-seed';

async function main() {
  const config = loadConfig(process.env);
  const dataSource = await openAppDatabase(config);
  const app = await createApp(config, dataSource);
  if (config.seedDemo) await seedDemo(app, new Logger('Seed'));
  app.enableShutdownHooks();
  // Node's default backlog (511) overflows when a province opens a quiz in the same seconds: the
  // kernel then drops new connections and browsers retry after 1 s, 3 s, 7 s (see issue 8's bench).
  await app.listen({ port: config.port, host: config.host, backlog: config.listenBacklog });
  new Logger('Main').log(`cds-training is serving http://localhost:${config.port} (${describeDatabase(config)})`);
}

main().catch((e: unknown) => {
  // One clear line for the operator, no stack dump, for the failures they can fix.
  if (e instanceof ConfigError || e instanceof DatabaseUnavailable) {
    console.error(`cds-training cannot start. ${e.message}`);
  } else {
    console.error('cds-training cannot start:', e);
  }
  process.exit(1);
});
