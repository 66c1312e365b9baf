export * from './lib/org.routes';
export * from './lib/org-tree-page/org-tree-page';
export * from './lib/org-merge-page/org-merge-page';
export * from './lib/unit-dialog/unit-dialog';
export * from './lib/i18n/org-words';
