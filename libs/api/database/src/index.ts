export * from './lib/data-source-options';
export * from './lib/engine';
export * from './lib/open-database';
export * from './lib/entity-columns';
