export * from './lib/catalogue-api';
export * from './lib/write-state';
export * from './lib/course-list-store';
export * from './lib/course-editor-store';
export * from './lib/lesson-editor-store';
