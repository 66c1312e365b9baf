export * from './lib/questions';
export * from './lib/import';
