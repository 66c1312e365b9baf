export * from './lib/assessment.routes';
export * from './lib/i18n/assessment-words';
export * from './lib/quizzes/quiz.routes';
export * from './lib/grading/grading.routes';
