export { AppModule } from './lib/app.module';
export { createApp } from './lib/create-app';
export { APP_SCHEMA, openAppDatabase } from './lib/schema';
