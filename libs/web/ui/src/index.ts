export * from './lib/dates/vn-date-adapter';
export * from './lib/dialog-shell/dialog-shell';
export * from './lib/refusal-banner/refusal-banner';
export * from './lib/load-more/load-more';
export * from './lib/as-of-date/as-of-date';
