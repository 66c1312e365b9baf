import { Module } from '@nestjs/common';
import './bank-messages';
import '../questions/messages';
import '../quizzes/quiz-messages';
import { AttemptService } from '../attempts/attempt.service';
import { AttemptSweeper } from '../attempts/attempt-sweeper';
import { AttemptsController } from '../attempts/attempts.controller';
import { GradingController } from '../grading/grading.controller';
import { GradingService } from '../grading/grading.service';
import { ResultsService } from '../grading/results.service';
import { AssessmentHooksModule } from '../quizzes/assessment-hooks';
import { QUIZ_ENTITIES } from '../quizzes/quiz.entities';
import { QuizService } from '../quizzes/quiz.service';
import { QuizzesController } from '../quizzes/quizzes.controller';
import { CourseQuestionsController, QuestionsController } from './bank.controller';
import { BankService } from './bank.service';
import { BANK_ENTITIES } from './question.entity';

export const ASSESSMENT_ENTITIES = [...BANK_ENTITIES, ...QUIZ_ENTITIES];

/** The assessment domain: the question bank, quizzes, attempts, grading and results. */
@Module({
  imports: [AssessmentHooksModule],
  controllers: [CourseQuestionsController, QuestionsController, QuizzesController, AttemptsController, GradingController],
  providers: [BankService, QuizService, AttemptService, AttemptSweeper, GradingService, ResultsService],
  exports: [BankService, AttemptService, AssessmentHooksModule],
})
export class AssessmentModule {}
