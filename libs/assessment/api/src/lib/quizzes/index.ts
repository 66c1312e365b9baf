export { Quiz, QuizOverride, Attempt, AttemptQuestion, AttemptMark, QUIZ_ENTITIES } from './quiz.entities';
export { QuizService } from './quiz.service';
export * from './policy';
export { AssessmentHooks, AssessmentHooksModule, type AssessmentListener, type QuizResultChange } from './assessment-hooks';
