export * from './lib/audit.routes';
export * from './lib/audit-log/audit-log-page';
