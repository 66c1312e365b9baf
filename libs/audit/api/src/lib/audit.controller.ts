import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '@cds/api/authz';
import { PageQuery } from '@cds/api/common';
import { AuditService } from './audit.service';
import { AuditPageDto } from './audit.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Can('audit.read')
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: PageQuery) {
    return this.audit.list(query.limit ?? 50, query.cursor);
  }
}
