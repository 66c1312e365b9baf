export * from './lib/test-app';
