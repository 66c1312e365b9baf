import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, Can, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { DecideDto, EnrolmentPageResponse, EnrolmentResponse, EnrolmentsQuery, NominateDto, NominateResponseDto, WithdrawDto } from './classes.dto';
import { EnrolmentService } from './enrolment.service';

@ApiTags('enrolment')
@Controller()
export class EnrolmentController {
  constructor(private readonly enrolment: EnrolmentService) {}

  @Post('classes/:id/nominations')
  @Can('enrolment.nominate')
  @ApiOkResponse({ type: NominateResponseDto, description: 'All or nothing: one person who cannot be nominated refuses the list, naming them' })
  nominate(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: NominateDto) {
    return this.enrolment.nominate(principal, id, body.personIds);
  }

  @Post('classes/:id/join')
  @Authenticated()
  @ApiOkResponse({ type: EnrolmentResponse, description: 'The caller asks to join an open class (state requested)' })
  join(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.enrolment.join(principal, id);
  }

  @Get('enrolments')
  @Can('enrolment.read')
  @ApiOkResponse({ type: EnrolmentPageResponse })
  queue(@CurrentPrincipal() principal: Principal, @Query() query: EnrolmentsQuery) {
    return this.enrolment.queue(principal, query);
  }

  @Post('enrolments/:id/decision')
  @Can('enrolment.decide')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: EnrolmentResponse })
  decide(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: DecideDto) {
    return this.enrolment.decide(principal, id, body);
  }

  @Post('enrolments/:id/withdraw')
  @Authenticated()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: EnrolmentResponse, description: 'The person themself, or staff who nominate or decide for their unit' })
  withdraw(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: WithdrawDto) {
    return this.enrolment.withdraw(principal, id, body.reason);
  }
}
