import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { ConfigError, loadConfig } from './config/config';
import { DatabaseUnavailable, describeDatabase, openDatabase } from './database/open-database';
import { seedDemo } from './seed/demo-seed';

async function main() {
  const config = loadConfig(process.env);
  const dataSource = await openDatabase(config);
  if (config.seedDemo) await seedDemo(dataSource, new Logger('Seed'));
  const app = await createApp(config, dataSource);
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: config.host });
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
