// The learner's side (quizzes of a class, attempts), exported through one line of the library's index.
export * from './attempt-api';
export * from './attempt-answer-cache';
export * from './attempt-answers';
export * from './attempt-handoff';
export * from './attempt-quizzes-store';
export * from './attempt-store';
