export * from './lib/core-team-api';
