export * from './lib/org-tree';
export * from './lib/org-api';
export * from './lib/org-stores';
