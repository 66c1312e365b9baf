import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated, Can, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { contentDisposition } from '@cds/api/common';
import {
  ClassDetailResponse,
  ClassesQuery,
  ClassPageResponse,
  ClassSummaryResponse,
  CreateClassDto,
  EnrolmentResponse,
  NextClassQuery,
  OpenClassesQuery,
  SessionBodyDto,
  SessionResponse,
  UpdateClassDto,
  UpdateSessionDto,
} from './classes.dto';
import { ClassesService } from './classes.service';
import { EnrolmentService } from './enrolment.service';

@ApiTags('classes')
@Controller()
export class ClassesController {
  constructor(
    private readonly classes: ClassesService,
    private readonly enrolment: EnrolmentService,
  ) {}

  @Get('classes')
  @Can('classes.read')
  @ApiOkResponse({ type: ClassPageResponse })
  list(@Query() query: ClassesQuery) {
    return this.classes.list(query);
  }

  @Get('classes/open')
  @Authenticated()
  @ApiOkResponse({ type: [ClassSummaryResponse], description: 'Classes taking nominations and requests to join' })
  open(@Query() query: OpenClassesQuery) {
    return this.classes.open(query.courseId);
  }

  @Get('classes/next')
  @Can('enrolment.nominate')
  @ApiOkResponse({ type: ClassSummaryResponse, description: 'The next open class of the course, or null' })
  async next(@Query() query: NextClassQuery, @Res() reply: FastifyReply) {
    // Sent by hand so that "none" is the JSON `null`, not an empty body.
    void reply.header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(await this.classes.next(query.courseId)));
  }

  @Get('classes/:id')
  @Authenticated()
  @ApiOkResponse({ type: ClassDetailResponse })
  detail(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.classes.detail(principal, id);
  }

  @Get('classes/:id/calendar.ics')
  @Authenticated()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'Every session of the class as an iCalendar file' })
  async calendar(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Res() reply: FastifyReply) {
    const { code, ics } = await this.classes.calendar(principal, id);
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', contentDisposition('attachment', `${code}.ics`))
      .send(ics);
  }

  @Post('classes')
  @Can('classes.write')
  @ApiOkResponse({ type: ClassDetailResponse })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateClassDto) {
    return this.classes.create(principal, body);
  }

  @Patch('classes/:id')
  @Can('classes.write')
  @ApiOkResponse({ type: ClassDetailResponse })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateClassDto) {
    return this.classes.update(principal, id, body);
  }

  @Post('classes/:id/sessions')
  @Can('classes.write')
  @ApiOkResponse({ type: SessionResponse })
  addSession(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: SessionBodyDto) {
    return this.classes.addSession(principal, id, body);
  }

  @Patch('sessions/:id')
  @Can('classes.write')
  @ApiOkResponse({ type: SessionResponse })
  updateSession(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateSessionDto) {
    return this.classes.updateSession(principal, id, body);
  }

  @Delete('sessions/:id')
  @Can('classes.write')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async deleteSession(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    await this.classes.deleteSession(principal, id);
  }

  @Get('classes/:id/enrolments')
  @Authenticated()
  @ApiOkResponse({ type: [EnrolmentResponse], description: 'Participants: all for the class’s trainers and organisers, those of your subtree for other staff' })
  participants(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.enrolment.participants(principal, id);
  }
}
