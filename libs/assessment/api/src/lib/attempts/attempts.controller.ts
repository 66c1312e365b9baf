import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { AttemptService } from './attempt.service';

/** A learner's quizzes and attempts: always their own (another learner's attempt is a 403, audited). */
@ApiTags('assessment')
@Controller()
export class AttemptsController {
  constructor(private readonly attempts: AttemptService) {}

  @Get('classes/:classId/quizzes')
  @Authenticated()
  @ApiOkResponse({ description: 'LearnerQuizDto[]: the published quizzes of a class the caller is enrolled in, with their own settings and attempts' })
  classQuizzes(@CurrentPrincipal() principal: Principal, @Param('classId', ParseIntPipe) classId: number) {
    return this.attempts.classQuizzes(principal, classId);
  }

  @Get('classes/:classId/quizzes/:quizId')
  @Authenticated()
  @ApiOkResponse({ description: 'LearnerQuizDto' })
  quiz(@CurrentPrincipal() principal: Principal, @Param('classId', ParseIntPipe) classId: number, @Param('quizId', ParseIntPipe) quizId: number) {
    return this.attempts.learnerQuiz(principal, quizId, classId);
  }

  @Post('classes/:classId/quizzes/:quizId/attempts')
  @Authenticated()
  @ApiOkResponse({ description: 'AttemptView of the new attempt, or of the one under way. 403 assessment.quiz_not_open / quiz_closed; 409 assessment.no_attempts_left' })
  start(@CurrentPrincipal() principal: Principal, @Param('classId', ParseIntPipe) classId: number, @Param('quizId', ParseIntPipe) quizId: number) {
    return this.attempts.start(principal, quizId, classId);
  }

  @Get('attempts/:id')
  @Authenticated()
  @ApiOkResponse({ description: 'AttemptView: questions without keys, saved answers, serverNow and deadlineAt for the timer; the review the policy opens once submitted' })
  view(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.attempts.view(principal, id);
  }

  @Post('attempts/:id/answers')
  @Authenticated()
  @HttpCode(HttpStatus.OK)
  @ApiBody({ schema: { type: 'object', description: 'SaveAnswersRequest: {answers: [{slot, answer, seq}]}; an older seq never overwrites a newer one' } })
  @ApiOkResponse({ description: 'SaveAnswersResult. 409 assessment.time_up after the deadline, assessment.attempt_closed once submitted' })
  save(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: unknown) {
    return this.attempts.save(principal, id, body);
  }

  @Post('attempts/:id/submit')
  @Authenticated()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'AttemptView after grading; sent twice, it grades once and answers the same' })
  submit(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.attempts.submit(principal, id);
  }
}
