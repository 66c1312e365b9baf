export * from './lib/certification.routes';
export * from './lib/verify/verify.routes';
export * from './lib/i18n/certification-words';
