export * from './lib/questions';
export * from './lib/import';
export * from './lib/bank';
export * from './lib/quizzes';
export * from './lib/attempts';
export * from './lib/grading';
