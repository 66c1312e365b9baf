import { Module } from '@nestjs/common';
import './bank-messages';
import '../questions/messages';
import { CourseQuestionsController, QuestionsController } from './bank.controller';
import { BankService } from './bank.service';
import { BANK_ENTITIES } from './question.entity';
import { QUIZ_ENTITIES } from '../quizzes/quiz.entities';

export const ASSESSMENT_ENTITIES = [...BANK_ENTITIES, ...QUIZ_ENTITIES];

/** The assessment domain: for now the question bank (questions and their versions, import, export). */
@Module({
  controllers: [CourseQuestionsController, QuestionsController],
  providers: [BankService],
  exports: [BankService],
})
export class AssessmentModule {}
