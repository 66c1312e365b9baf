export * from './lib/audit.routes';
export * from './lib/audit-log/audit-log-page';
export * from './lib/i18n/audit-words';
