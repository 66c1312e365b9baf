export * from './lib/people-api';
export * from './lib/people-list-store';
export * from './lib/person-store';
