export * from './lib/catalogue.routes';
