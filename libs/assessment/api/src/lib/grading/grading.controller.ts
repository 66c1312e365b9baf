import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { GradingService } from './grading.service';

/** Grading essays across the classes the caller trains (an administrator: organised in their scope). */
@ApiTags('assessment')
@Controller()
export class GradingController {
  constructor(private readonly grading: GradingService) {}

  @Get('grading/queue')
  @Can('grading.do')
  @ApiOkResponse({ description: 'GradingQueueItem[]: essay questions with responses, per quiz; waiting ones first' })
  queue(@CurrentPrincipal() principal: Principal) {
    return this.grading.queue(principal);
  }

  @Get('grading/quizzes/:quizId/questions/:questionId')
  @Can('grading.do')
  @ApiOkResponse({ description: 'GradingResponse[]: every learner’s response to one essay question' })
  responses(@CurrentPrincipal() principal: Principal, @Param('quizId', ParseIntPipe) quizId: number, @Param('questionId', ParseIntPipe) questionId: number) {
    return this.grading.responses(principal, quizId, questionId);
  }

  @Get('grading/questions/:questionId/comments')
  @Can('grading.do')
  @ApiOkResponse({ description: 'string[]: earlier comments on this question, most used first' })
  comments(@CurrentPrincipal() principal: Principal, @Param('questionId', ParseIntPipe) questionId: number) {
    return this.grading.comments(principal, questionId);
  }

  @Put('attempts/:attemptId/questions/:slot/grade')
  @Can('grading.do')
  @ApiBody({ schema: { type: 'object', description: 'GradeRequest: {points, comment, role: first | second | settle}' } })
  @ApiOkResponse({ description: 'GradingResponse after the mark (audited with before and after)' })
  grade(@CurrentPrincipal() principal: Principal, @Param('attemptId', ParseIntPipe) attemptId: number, @Param('slot', ParseIntPipe) slot: number, @Body() body: unknown) {
    return this.grading.grade(principal, attemptId, slot, body);
  }
}
