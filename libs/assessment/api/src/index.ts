export * from './lib/questions';
export * from './lib/import';
export * from './lib/bank';
