export * from './lib/dates/vn-date-adapter';
