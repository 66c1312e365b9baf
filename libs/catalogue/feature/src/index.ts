export * from './lib/catalogue.routes';
export * from './lib/i18n/catalogue-words';
