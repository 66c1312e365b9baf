export * from './lib/core-team.routes';
export * from './lib/core-team-page/core-team-page';
export * from './lib/coverage-chart/coverage-chart';
export * from './lib/i18n/core-team-words';
