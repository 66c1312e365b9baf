import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../authz/access.decorators';
import { PageQuery } from '../common/pagination';
import { AuditService } from './audit.service';
import { AuditPageDto } from './audit.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: PageQuery) {
    return this.audit.list(query.limit ?? 50, query.cursor);
  }
}
