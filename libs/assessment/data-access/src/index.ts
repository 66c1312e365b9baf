export * from './lib/question-bank-api';
export * from './lib/question-list-store';
export * from './lib/question-editor-store';
export * from './lib/question-import-store';
export * from './lib/attempt-exports';
