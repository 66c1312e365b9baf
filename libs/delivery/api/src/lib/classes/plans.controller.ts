import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Can, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { Lang, RequestLang, sendWorkbook } from '@cds/api/common';
import { CreatePlanDto, PlanItemBodyDto, PlanResponse, PlanSummaryResponse } from './classes.dto';
import { planFileName, planWorkbook } from './plan-export';
import { PlanService } from './plan.service';

@ApiTags('plans')
@Controller()
export class PlansController {
  constructor(private readonly plans: PlanService) {}

  @Get('plans')
  @Can('plan.read')
  @ApiOkResponse({ type: [PlanSummaryResponse] })
  list() {
    return this.plans.list();
  }

  @Get('plans/:year')
  @Can('plan.read')
  @ApiOkResponse({ type: PlanResponse })
  byYear(@Param('year', ParseIntPipe) year: number) {
    return this.plans.byYear(year);
  }

  @Get('plans/:year/export')
  @Can('plan.read')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@Param('year', ParseIntPipe) year: number, @RequestLang() lang: Lang, @Res() reply: FastifyReply) {
    const plan = await this.plans.byYear(year);
    await sendWorkbook(reply, planWorkbook(plan, lang), planFileName(plan, lang));
  }

  @Post('plans')
  @Can('plan.write')
  @ApiOkResponse({ type: PlanResponse })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreatePlanDto) {
    return this.plans.create(principal, body);
  }

  @Post('plans/:id/items')
  @Can('plan.write')
  @ApiOkResponse({ type: PlanResponse })
  addItem(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: PlanItemBodyDto) {
    return this.plans.addItem(principal, id, body);
  }

  @Put('plan-items/:id')
  @Can('plan.write')
  @ApiOkResponse({ type: PlanResponse })
  updateItem(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: PlanItemBodyDto) {
    return this.plans.updateItem(principal, id, body);
  }

  @Delete('plan-items/:id')
  @Can('plan.write')
  @ApiOkResponse({ type: PlanResponse })
  removeItem(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.plans.removeItem(principal, id);
  }
}
