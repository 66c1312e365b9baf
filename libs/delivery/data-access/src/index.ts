export * from './lib/classes';
export * from './lib/learning';
