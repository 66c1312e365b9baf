export * from './lib/vi';
export * from './lib/en';
export * from './lib/languages';
export * from './lib/translations';
export * from './lib/in-bundle-translate-loader';
export * from './lib/date-time';
export * from './lib/iso-date';
