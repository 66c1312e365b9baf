import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Can, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { AppError, contentDisposition, Lang, refuse, RequestLang, sendWorkbook, ValidationFailed, XLSX_TYPE } from '@cds/api/common';
import {
  ExternalImportQuery,
  ExternalImportReportResponse,
  ExternalTrainingQuery,
  ExternalTrainingResponse,
  IMPORT_BODY_SCHEMA,
  RECORD_BODY_SCHEMA,
  RecordExternalTrainingFields,
  SetCountsForDto,
} from './external-training.dto';
import { ExternalTrainingImportService } from './external-training-import.service';
import { externalTemplateWorkbook } from './external-training-sheet';
import { ExternalTrainingService, UploadedFile } from './external-training.service';

type Part = { type: 'file'; fieldname: string; filename: string; toBuffer(): Promise<Buffer> } | { type: 'field'; fieldname: string; value: unknown };
type MultipartRequest = FastifyRequest & { isMultipart(): boolean; parts(options?: { limits?: { files?: number } }): AsyncIterableIterator<Part> };

/** Training done elsewhere: records with their evidence, what they count for, and the Excel import. Certifiers write; certificate readers read, within their subtree. */
@ApiTags('certification')
@Controller('external-trainings')
export class ExternalTrainingController {
  constructor(
    private readonly external: ExternalTrainingService,
    private readonly importer: ExternalTrainingImportService,
  ) {}

  @Get()
  @Can('certificates.read')
  @ApiOkResponse({ type: [ExternalTrainingResponse], description: 'Records of people in the caller’s subtree, newest completion first (at most 500)' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ExternalTrainingQuery) {
    return this.external.list(principal, query);
  }

  @Get('template.xlsx')
  @Can('certificates.issue')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The import template: the sheet to fill in (Vietnamese headers, one example row) and a sheet explaining each column' })
  async template(@Res() reply: FastifyReply) {
    await sendWorkbook(reply, externalTemplateWorkbook(), 'mau-nhap-dao-tao-ben-ngoai.xlsx');
  }

  @Post()
  @Can('certificates.issue')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: RECORD_BODY_SCHEMA })
  @ApiCreatedResponse({
    type: ExternalTrainingResponse,
    description: 'Recorded, with its certificate when it counts for a course. 422: no evidence, a bad field or file, an unknown course; 403: outside the caller’s subtree or the caller’s own; 404: unknown person; 409: already recorded',
  })
  async record(@CurrentPrincipal() principal: Principal, @Req() req: FastifyRequest) {
    const form = await readForm(req as MultipartRequest, ['evidence']);
    const plain = Object.fromEntries(Object.entries(form.fields).filter(([, value]) => value.trim() !== ''));
    const fields = plainToInstance(RecordExternalTrainingFields, plain);
    const errors = await validate(fields, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw new ValidationFailed(errors);
    return this.external.record(principal, fields, form.files['evidence'] ?? null, req.ip ?? null);
  }

  @Post('import')
  @Can('certificates.issue')
  @HttpCode(HttpStatus.OK)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: IMPORT_BODY_SCHEMA })
  @ApiOkResponse({ type: ExternalImportReportResponse, description: 'Every bad row with its number and reason. dryRun (default true): nothing is written; dryRun=false: every row written in one transaction, or none when any row is bad' })
  async import(@CurrentPrincipal() principal: Principal, @Query() query: ExternalImportQuery, @Req() req: FastifyRequest, @RequestLang() lang: Lang) {
    const form = await readForm(req as MultipartRequest, ['file', 'evidence']);
    return this.importer.import(principal, form.files['file'] ?? null, form.files['evidence'] ?? null, query.dryRun ?? true, lang, req.ip ?? null);
  }

  @Put(':id/counts')
  @Can('certificates.issue')
  @ApiOkResponse({ type: ExternalTrainingResponse, description: 'A course: it counts as that course (a new certificate; the previous one superseded). null: it no longer counts (its certificate revoked, "Không còn được công nhận")' })
  setCountsFor(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: SetCountsForDto, @Req() req: FastifyRequest) {
    return this.external.setCountsFor(principal, id, body.courseId, req.ip ?? null);
  }

  @Get(':id/evidence')
  @Can('certificates.read')
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The evidence file, as an attachment (readers whose subtree holds the person’s unit)' })
  async evidence(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Res() reply: FastifyReply) {
    const file = await this.external.evidence(principal, id);
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', contentDisposition('attachment', file.fileName))
      .header('content-length', String(file.bytes.length))
      .header('cache-control', 'private, no-store')
      .send(file.bytes);
  }
}

/**
 * A multipart form read to its end: the text fields, and the named file fields (each read whole;
 * a file in another field is drained and ignored). Fastify's own limits answer 413.
 */
async function readForm(req: MultipartRequest, fileFields: string[]): Promise<{ fields: Record<string, string>; files: Record<string, UploadedFile> }> {
  if (!req.isMultipart()) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'external_training.bad_form');
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  for await (const part of req.parts({ limits: { files: fileFields.length } })) {
    if (part.type === 'field') {
      fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value ?? '');
      continue;
    }
    const bytes = await part.toBuffer().catch(() => {
      throw new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'files.too_large', { name: part.filename, limit: 20 });
    });
    // An empty file input of a browser form arrives as a nameless empty part: not given.
    if (fileFields.includes(part.fieldname) && (bytes.length > 0 || part.filename)) files[part.fieldname] = { fileName: part.filename, bytes };
  }
  return { fields, files };
}
