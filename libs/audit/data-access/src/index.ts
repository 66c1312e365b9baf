export * from './lib/audit-log-store';
