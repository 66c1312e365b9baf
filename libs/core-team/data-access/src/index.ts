export * from './lib/core-team-api';
export * from './lib/core-team-store';
