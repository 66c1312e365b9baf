import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { sendWorkbook } from '../common/excel';
import {
  AssignDto,
  AssignmentResponse,
  CourseRefDto,
  CoverageQuery,
  CoverageReportDto,
  CreateSeatDto,
  EndAssignmentDto,
  EndSeatDto,
  SeatResponse,
  SeatsQuery,
  TransferDto,
  TransferResponse,
} from './core-team.dto';
import { CoreTeamService } from './core-team.service';
import { coverageWorkbook } from './coverage-export';

@ApiTags('core-team')
@Controller('core-team')
export class CoreTeamController {
  constructor(private readonly coreTeam: CoreTeamService) {}

  @Get('seats')
  @Roles('admin', 'unit_admin', 'certifier')
  @ApiOkResponse({ type: [SeatResponse] })
  seats(@CurrentPrincipal() principal: Principal, @Query() query: SeatsQuery) {
    return this.coreTeam.seats(principal, query.unitId, query.asOf, query.subunits);
  }

  @Post('seats')
  @Roles('admin', 'unit_admin')
  @ApiOkResponse({ type: SeatResponse })
  createSeat(@CurrentPrincipal() principal: Principal, @Body() body: CreateSeatDto) {
    return this.coreTeam.createSeat(principal, body);
  }

  @Post('seats/:id/end')
  @Roles('admin', 'unit_admin')
  @ApiOkResponse({ type: SeatResponse })
  endSeat(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: EndSeatDto) {
    return this.coreTeam.endSeat(principal, id, body.effectiveDate);
  }

  @Get('seats/:id/assignments')
  @Roles('admin', 'unit_admin', 'certifier')
  @ApiOkResponse({ type: [AssignmentResponse] })
  assignments(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.coreTeam.assignments(principal, id);
  }

  @Post('seats/:id/assignments')
  @Roles('admin', 'unit_admin')
  @ApiOkResponse({ type: AssignmentResponse })
  assign(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: AssignDto) {
    return this.coreTeam.assign(principal, id, body.personId, body.startDate);
  }

  @Post('assignments/:id/end')
  @Roles('admin', 'unit_admin')
  @ApiOkResponse({ type: AssignmentResponse })
  endAssignment(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: EndAssignmentDto) {
    return this.coreTeam.endAssignment(principal, id, body.endDate, body.reason);
  }

  @Post('transfer')
  @Roles('admin', 'unit_admin')
  @ApiOkResponse({ type: TransferResponse })
  transfer(@CurrentPrincipal() principal: Principal, @Body() body: TransferDto) {
    return this.coreTeam.transfer(principal, body.personId, body.fromSeatId, body.toSeatId, body.date);
  }

  @Get('coverage')
  @Roles('admin', 'unit_admin', 'certifier')
  @ApiOkResponse({ type: CoverageReportDto })
  coverage(@CurrentPrincipal() principal: Principal, @Query() query: CoverageQuery) {
    return this.coreTeam.coverage(principal, query.unitId, query.asOf);
  }

  @Get('coverage.xlsx')
  @Roles('admin', 'unit_admin', 'certifier')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async coverageExcel(@CurrentPrincipal() principal: Principal, @Query() query: CoverageQuery, @Res() reply: FastifyReply) {
    const report = await this.coreTeam.coverage(principal, query.unitId, query.asOf);
    await sendWorkbook(reply, coverageWorkbook(report), `bao-phu-doi-nong-cot-${report.asOf}.xlsx`);
  }
}

@ApiTags('catalogue')
@Controller('courses')
export class CoursesController {
  constructor(private readonly coreTeam: CoreTeamService) {}

  @Get()
  @Roles('admin', 'unit_admin', 'certifier', 'trainer')
  @ApiOkResponse({ type: [CourseRefDto] })
  list() {
    return this.coreTeam.courses();
  }
}
