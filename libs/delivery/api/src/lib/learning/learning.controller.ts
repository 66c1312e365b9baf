import { Body, Controller, Get, Param, ParseIntPipe, Post, Put, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { AttendanceService } from './attendance.service';
import { sendFile } from './send-file';
import { CheckInDto, CheckInResponseDto, ClassOutlineDto, LearnerHomeDto, LessonProgressDto, LessonProgressResponse, LessonViewDto } from './learning.dto';
import { LearningService } from './learning.service';

/** The caller's own learning: every id is checked against the caller's enrolment. */
@ApiTags('learning')
@Controller('learning')
export class LearningController {
  constructor(
    private readonly learning: LearningService,
    private readonly attendance: AttendanceService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: LearnerHomeDto, description: 'Every class the caller takes part in, with progress, the next session and what to do next' })
  home(@CurrentPrincipal() principal: Principal) {
    return this.learning.home(principal);
  }

  @Get('classes/:classId')
  @Authenticated()
  @ApiOkResponse({ type: ClassOutlineDto })
  outline(@CurrentPrincipal() principal: Principal, @Param('classId', ParseIntPipe) classId: number) {
    return this.learning.outline(principal, classId);
  }

  @Get('classes/:classId/lessons/:lessonId')
  @Authenticated()
  @ApiOkResponse({ type: LessonViewDto, description: 'The lesson (remembered as where the learner left off); 403 delivery.not_enrolled, 404 delivery.lesson_not_in_class' })
  lesson(@CurrentPrincipal() principal: Principal, @Param('classId', ParseIntPipe) classId: number, @Param('lessonId', ParseIntPipe) lessonId: number) {
    return this.learning.lesson(principal, classId, lessonId);
  }

  @Put('classes/:classId/lessons/:lessonId/progress')
  @Authenticated()
  @ApiOkResponse({ type: LessonProgressResponse, description: 'The furthest position read and whether the lesson is done (never undone)' })
  progress(
    @CurrentPrincipal() principal: Principal,
    @Param('classId', ParseIntPipe) classId: number,
    @Param('lessonId', ParseIntPipe) lessonId: number,
    @Body() body: LessonProgressDto,
  ) {
    return this.learning.progress(principal, classId, lessonId, body.position, body.done);
  }

  @Get('classes/:classId/lessons/:lessonId/files/:fileId')
  @Authenticated()
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file’s bytes, with its type and name' })
  async file(
    @CurrentPrincipal() principal: Principal,
    @Param('classId', ParseIntPipe) classId: number,
    @Param('lessonId', ParseIntPipe) lessonId: number,
    @Param('fileId', ParseIntPipe) fileId: number,
    @Res() reply: FastifyReply,
  ) {
    sendFile(reply, await this.learning.file(principal, classId, lessonId, fileId));
  }

  @Post('classes/:classId/check-in')
  @Authenticated()
  @ApiCreatedResponse({
    type: CheckInResponseDto,
    description: `Checks the caller in with the code of the trainer's QR. Refusals: 422 attendance.code_invalid / code_other_class, 410 attendance.code_expired, 409 attendance.session_not_open / already_checked_in, 403 attendance.not_enrolled`,
  })
  checkIn(@CurrentPrincipal() principal: Principal, @Param('classId', ParseIntPipe) classId: number, @Body() body: CheckInDto, @Req() req: FastifyRequest) {
    return this.attendance.checkIn(principal, classId, body.code, req.ip ?? null);
  }
}
