export { AssessmentModule, ASSESSMENT_ENTITIES } from './assessment.module';
export { BankService, MAX_IMPORT_QUESTIONS, MAX_IMPORT_BYTES, IMPORT_FORMATS, type ImportFormat } from './bank.service';
export { Question, QuestionVersion } from './question.entity';
export { readQuestion, QuestionShapeError, QUESTION_LIMITS } from './read-question';
