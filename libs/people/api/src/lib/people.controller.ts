import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Can, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { AppError, Lang, RequestLang, sendWorkbook, XLSX_TYPE } from '@cds/api/common';
import { templateCsv, templateWorkbook } from './import/import-file';
import { peopleWorkbook } from './people-export';
import { PeopleImportService } from './import/people-import.service';
import { CreateAccountResponseDto, CreatePersonDto, DeactivatePersonDto, GrantRoleDto, PeoplePageDto, PeopleQueryDto, PersonDetailDto, UpdatePersonDto } from './people.dto';
import { PeopleService } from './people.service';
import type { ImportJobDto, ImportJobStatus, ImportRowProblem } from '@cds/contracts';

class ImportQuery {
  @ApiPropertyOptional({ default: true, description: 'true: check only, write nothing' })
  @IsOptional()
  @Transform(({ value }) => value !== 'false' && value !== false)
  @IsBoolean()
  dryRun?: boolean;
}

class ImportProblemDto implements ImportRowProblem {
  @ApiProperty() row!: number;
  @ApiProperty({ type: String, nullable: true }) column!: ImportRowProblem['column'];
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
}

class ImportJobResponse implements ImportJobDto {
  @ApiProperty() id!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ enum: ['validating', 'invalid', 'importing', 'done', 'failed'] }) status!: ImportJobStatus;
  @ApiProperty() totalRows!: number;
  @ApiProperty() processedRows!: number;
  @ApiProperty({ type: [ImportProblemDto] }) problems!: ImportProblemDto[];
  @ApiProperty() createdPeople!: number;
  @ApiProperty() createdAssignments!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) finishedAt!: string | null;
}

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly importer: PeopleImportService,
  ) {}

  @Get()
  @Can('people.read')
  @ApiOkResponse({ type: PeoplePageDto, description: 'Vietnamese name order, keyset pages' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PeopleQueryDto) {
    return this.people.list(principal, query);
  }

  @Get('export.xlsx')
  @Can('people.read')
  @ApiProduces(XLSX_TYPE)
  async export(@CurrentPrincipal() principal: Principal, @Query() query: PeopleQueryDto, @RequestLang() lang: Lang, @Res() reply: FastifyReply) {
    const { workbook, fileName } = peopleWorkbook(await this.people.all(principal, query), lang);
    await sendWorkbook(reply, workbook, fileName);
  }

  @Get('import/template.xlsx')
  @Can('people.write')
  @ApiProduces(XLSX_TYPE)
  async templateXlsx(@Res() reply: FastifyReply) {
    await sendWorkbook(reply, templateWorkbook(), 'mau-nhap-nhan-su.xlsx');
  }

  @Get('import/template.csv')
  @Can('people.write')
  @ApiProduces('text/csv')
  templateCsv(@Res() reply: FastifyReply) {
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="mau-nhap-nhan-su.csv"').send(templateCsv());
  }

  @Post('import')
  @Can('people.write')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiAcceptedResponse({ type: ImportJobResponse, description: 'Poll GET /api/people/import/{id} for progress' })
  async import(@CurrentPrincipal() principal: Principal, @Query() query: ImportQuery, @Req() req: FastifyRequest, @RequestLang() lang: Lang) {
    const file = await (req as FastifyRequest & { file(): Promise<{ filename: string; toBuffer(): Promise<Buffer> } | undefined> }).file().catch(() => undefined);
    if (!file) throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'import.no_file');
    const buffer = await file.toBuffer().catch(() => {
      throw new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'http.too_large');
    });
    return this.importer.start(principal, { buffer, fileName: file.filename }, query.dryRun ?? true, lang);
  }

  @Get('import/:id')
  @Can('people.write')
  @ApiOkResponse({ type: ImportJobResponse })
  importJob(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @RequestLang() lang: Lang) {
    return this.importer.get(principal, id, lang);
  }

  @Get(':id')
  @Can('people.read')
  @ApiOkResponse({ type: PersonDetailDto })
  detail(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.people.detail(principal, id);
  }

  @Post()
  @Can('people.write')
  @ApiOkResponse({ type: PersonDetailDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreatePersonDto) {
    return this.people.create(principal, body);
  }

  @Patch(':id')
  @Can('people.write')
  @ApiOkResponse({ type: PersonDetailDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: UpdatePersonDto) {
    return this.people.update(principal, id, body);
  }

  @Post(':id/deactivate')
  @Can('people.write')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: PersonDetailDto })
  deactivate(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: DeactivatePersonDto) {
    return this.people.deactivate(principal, id, body?.date, body?.reason);
  }

  @Post(':id/account')
  @Can('people.write')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: CreateAccountResponseDto })
  createAccount(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.people.createAccount(principal, id);
  }

  @Post(':id/roles')
  @Can('people.grant')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: PersonDetailDto })
  grantRole(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: GrantRoleDto) {
    return this.people.grantRole(principal, id, body.role, body.orgUnitId);
  }

  @Delete(':id/roles/:grantId')
  @Can('people.grant')
  @ApiOkResponse({ type: PersonDetailDto })
  revokeRole(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Param('grantId', ParseIntPipe) grantId: number) {
    return this.people.revokeRole(principal, id, grantId);
  }
}
