export * from './lib/layout/shell-layout';
export * from './lib/language-switch/language-switch';
export * from './lib/dashboard/dashboard-page';
export * from './lib/not-found/not-found-page';
