import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseBoolPipe, ParseIntPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Can, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { Lang, RequestLang, sendWorkbook } from '@cds/api/common';
import { ResultsService } from '../grading/results.service';
import { QuizService } from './quiz.service';

const QUIZ_SETTINGS_SCHEMA = {
  type: 'object',
  description: 'QuizSettings (libs/contracts assessment.ts): title, description, moduleId, classId, selection {kind: fixed, questionIds} | {kind: random, draws: [{tag, count}]}, shuffleQuestions, shuffleOptions, timeLimitMinutes, opensAt, closesAt, maxAttempts, passPercent, gradingMethod, review {score, responses, correct, feedback}, secondMarker, published',
};

/** Quizzes as their authors set them up, per-person overrides, regrades; results per class for graders. */
@ApiTags('assessment')
@Controller()
export class QuizzesController {
  constructor(
    private readonly quizzes: QuizService,
    private readonly results: ResultsService,
  ) {}

  @Get('courses/:courseId/quizzes')
  @Can('quizzes.write')
  @ApiOkResponse({ description: 'QuizDto[]: the course’s quizzes with their settings' })
  list(@Param('courseId', ParseIntPipe) courseId: number) {
    return this.quizzes.list(courseId);
  }

  @Post('courses/:courseId/quizzes')
  @Can('quizzes.write')
  @ApiBody({ schema: QUIZ_SETTINGS_SCHEMA })
  @ApiCreatedResponse({ description: 'QuizDto; 422 assessment.quiz_invalid lists every problem in words' })
  create(@CurrentPrincipal() principal: Principal, @Param('courseId', ParseIntPipe) courseId: number, @Body() body: Record<string, unknown>, @RequestLang() lang: Lang) {
    return this.quizzes.create(principal, courseId, body, lang);
  }

  @Get('quizzes/:id')
  @Can('quizzes.write')
  @ApiOkResponse({ description: 'QuizDto' })
  get(@Param('id', ParseIntPipe) id: number) {
    return this.quizzes.get(id);
  }

  @Put('quizzes/:id')
  @Can('quizzes.write')
  @ApiBody({ schema: QUIZ_SETTINGS_SCHEMA })
  @ApiOkResponse({ description: 'QuizDto; attempts already started keep their questions and deadline' })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: Record<string, unknown>, @RequestLang() lang: Lang) {
    return this.quizzes.update(principal, id, body, lang);
  }

  @Get('quizzes/:id/overrides')
  @Can('quizzes.write')
  @ApiOkResponse({ description: 'QuizOverrideDto[]' })
  overrides(@Param('id', ParseIntPipe) id: number) {
    return this.quizzes.overrides(id);
  }

  @Put('quizzes/:id/overrides/:personId')
  @Can('quizzes.write')
  @ApiBody({ schema: { type: 'object', description: 'QuizOverrideInput: extraMinutes, extraAttempts, opensAt, closesAt, reason' } })
  @ApiOkResponse({ description: 'QuizOverrideDto (audited)' })
  setOverride(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Param('personId', ParseIntPipe) personId: number, @Body() body: Record<string, unknown>, @RequestLang() lang: Lang) {
    return this.quizzes.setOverride(principal, id, personId, body, lang);
  }

  @Delete('quizzes/:id/overrides/:personId')
  @Can('quizzes.write')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Removed (audited)' })
  removeOverride(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Param('personId', ParseIntPipe) personId: number) {
    return this.quizzes.removeOverride(principal, id, personId);
  }

  @Post('quizzes/:id/regrade')
  @Can('quizzes.write')
  @HttpCode(HttpStatus.OK)
  @ApiQuery({ name: 'dryRun', type: Boolean, required: true })
  @ApiOkResponse({ description: 'RegradeReport: whose result changes; with dryRun=true nothing is written' })
  regrade(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Query('dryRun', ParseBoolPipe) dryRun: boolean) {
    return this.results.regrade(principal, id, dryRun);
  }

  @Get('quizzes/:id/results')
  @Can('grading.do')
  @ApiOkResponse({ description: 'QuizResultsDto for one class: a row per learner, the distribution, mean and pass rate' })
  classResults(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Query('classId', ParseIntPipe) classId: number) {
    return this.results.results(principal, id, classId);
  }

  @Get('quizzes/:id/results.xlsx')
  @Can('grading.do')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The results table as an Excel workbook' })
  async resultsExcel(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Query('classId', ParseIntPipe) classId: number, @RequestLang() lang: Lang, @Res() reply: FastifyReply) {
    const { workbook, fileName } = await this.results.resultsWorkbook(principal, id, classId, lang);
    await sendWorkbook(reply, workbook, fileName);
  }
}
