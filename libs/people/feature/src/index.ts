export * from './lib/people.routes';
export * from './lib/people-list-page/people-list-page';
export * from './lib/people-import-page/people-import-page';
export * from './lib/person-page/person-page';
export * from './lib/i18n/people-words';
