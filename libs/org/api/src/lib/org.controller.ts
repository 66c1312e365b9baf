import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import {
  CreateOrgUnitDto,
  EndOrgUnitDto,
  MergeOrgUnitsDto,
  MergeResultDto,
  MoveOrgUnitDto,
  OrgTreeDto,
  OrgUnitDetailDto,
  OrgUnitDto,
  RenameOrgUnitDto,
  TreeQuery,
  AsOfQuery,
} from './org.dto';
import { OrgService } from './org.service';

@ApiTags('org')
@Controller('org')
export class OrgController {
  constructor(private readonly org: OrgService) {}

  @Get('tree')
  @Can('org.read')
  @ApiOkResponse({ type: OrgTreeDto, description: 'The tree as of a date, within the caller\'s subtrees; parents before children' })
  tree(@CurrentPrincipal() principal: Principal, @Query() query: TreeQuery) {
    return this.org.tree(principal, query.asOf, query.rootId);
  }

  @Get('units/:id')
  @Can('org.read')
  @ApiOkResponse({ type: OrgUnitDetailDto })
  detail(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Query() query: AsOfQuery) {
    return this.org.detail(principal, id, query.asOf);
  }

  @Post('units')
  @Can('org.write')
  @ApiOkResponse({ type: OrgUnitDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateOrgUnitDto) {
    return this.org.create(principal, body);
  }

  @Post('units/:id/rename')
  @Can('org.write')
  @ApiOkResponse({ type: OrgUnitDto })
  rename(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: RenameOrgUnitDto) {
    return this.org.rename(principal, id, body.name, body.code, body.effectiveDate);
  }

  @Post('units/:id/move')
  @Can('org.write')
  @ApiOkResponse({ type: OrgUnitDto })
  move(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: MoveOrgUnitDto) {
    return this.org.move(principal, id, body.parentId, body.effectiveDate);
  }

  @Post('units/:id/end')
  @Can('org.write')
  @ApiOkResponse({ type: OrgUnitDto })
  end(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: EndOrgUnitDto) {
    return this.org.end(principal, id, body.effectiveDate);
  }

  @Post('merge')
  @Can('org.write')
  @ApiOkResponse({ type: MergeResultDto })
  merge(@CurrentPrincipal() principal: Principal, @Body() body: MergeOrgUnitsDto) {
    return this.org.merge(principal, body);
  }
}
