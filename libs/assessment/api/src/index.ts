export * from './lib/questions';
