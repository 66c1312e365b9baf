export * from './lib/org-tree';
export * from './lib/org-api';
