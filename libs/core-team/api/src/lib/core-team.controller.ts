import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Can, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { Lang, RequestLang, sendWorkbook } from '@cds/api/common';
import {
  AssignDto,
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
import { AssignmentResponse } from '@cds/people/api';
import { CoreTeamService } from './core-team.service';
import { coverageFileName, coverageWorkbook } from './coverage-export';

@ApiTags('core-team')
@Controller('core-team')
export class CoreTeamController {
  constructor(private readonly coreTeam: CoreTeamService) {}

  @Get('seats')
  @Can('coreTeam.read')
  @ApiOkResponse({ type: [SeatResponse] })
  seats(@CurrentPrincipal() principal: Principal, @Query() query: SeatsQuery) {
    return this.coreTeam.seats(principal, query.unitId, query.asOf, query.subunits);
  }

  @Post('seats')
  @Can('coreTeam.write')
  @ApiOkResponse({ type: SeatResponse })
  createSeat(@CurrentPrincipal() principal: Principal, @Body() body: CreateSeatDto) {
    return this.coreTeam.createSeat(principal, body);
  }

  @Post('seats/:id/end')
  @Can('coreTeam.write')
  @ApiOkResponse({ type: SeatResponse })
  endSeat(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: EndSeatDto) {
    return this.coreTeam.endSeat(principal, id, body.effectiveDate);
  }

  @Get('seats/:id/assignments')
  @Can('coreTeam.read')
  @ApiOkResponse({ type: [AssignmentResponse] })
  assignments(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.coreTeam.assignments(principal, id);
  }

  @Post('seats/:id/assignments')
  @Can('coreTeam.write')
  @ApiOkResponse({ type: AssignmentResponse })
  assign(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: AssignDto) {
    return this.coreTeam.assign(principal, id, body.personId, body.startDate);
  }

  @Post('assignments/:id/end')
  @Can('coreTeam.write')
  @ApiOkResponse({ type: AssignmentResponse })
  endAssignment(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: EndAssignmentDto) {
    return this.coreTeam.endAssignment(principal, id, body.endDate, body.reason);
  }

  @Post('transfer')
  @Can('coreTeam.write')
  @ApiOkResponse({ type: TransferResponse })
  transfer(@CurrentPrincipal() principal: Principal, @Body() body: TransferDto) {
    return this.coreTeam.transfer(principal, body.personId, body.fromSeatId, body.toSeatId, body.date);
  }

  @Get('coverage')
  @Can('coreTeam.read')
  @ApiOkResponse({ type: CoverageReportDto })
  coverage(@CurrentPrincipal() principal: Principal, @Query() query: CoverageQuery) {
    return this.coreTeam.coverage(principal, query.unitId, query.asOf);
  }

  @Get('coverage.xlsx')
  @Can('coreTeam.read')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async coverageExcel(@CurrentPrincipal() principal: Principal, @Query() query: CoverageQuery, @RequestLang() lang: Lang, @Res() reply: FastifyReply) {
    const report = await this.coreTeam.coverage(principal, query.unitId, query.asOf);
    await sendWorkbook(reply, coverageWorkbook(report, lang), coverageFileName(report, lang));
  }
}
