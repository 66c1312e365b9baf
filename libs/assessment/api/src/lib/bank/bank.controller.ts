import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Can, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { AppError, contentDisposition, Lang, refuse, RequestLang, sendWorkbook, XLSX_TYPE } from '@cds/api/common';
import {
  ImportQuery,
  QUESTION_BODY_SCHEMA,
  QuestionDetailResponse,
  QuestionImportPreviewResponse,
  QuestionImportResultResponse,
  QuestionListQuery,
  QuestionSummaryResponse,
  QuestionUpdateQuery,
} from './bank.dto';
import { BankService, ImportUpload, MAX_IMPORT_BYTES } from './bank.service';

type MultipartRequest = FastifyRequest & { isMultipart(): boolean; file(): Promise<{ filename: string; toBuffer(): Promise<Buffer> } | undefined> };

/** A course's question bank: list, author, import (preview, then confirm) and export. Trainers and admins only. */
@ApiTags('assessment')
@Controller('courses/:courseId/questions')
export class CourseQuestionsController {
  constructor(private readonly bank: BankService) {}

  @Get()
  @Can('questions.read')
  @ApiOkResponse({ type: [QuestionSummaryResponse], description: 'The current version of every question of the course, without keys' })
  list(@Param('courseId', ParseIntPipe) courseId: number, @Query() query: QuestionListQuery) {
    return this.bank.list(courseId, query.tag);
  }

  @Post()
  @Can('questions.write')
  @ApiBody({ schema: QUESTION_BODY_SCHEMA })
  @ApiCreatedResponse({ type: QuestionDetailResponse, description: '422 assessment.question_invalid with every problem in words; assessment.question_shape for a malformed body' })
  create(@CurrentPrincipal() principal: Principal, @Param('courseId', ParseIntPipe) courseId: number, @Body() body: Record<string, unknown>, @RequestLang() lang: Lang) {
    return this.bank.create(principal, courseId, body, lang);
  }

  @Get('export.gift')
  @Can('questions.read')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The current questions in GIFT (UTF-8), keys included' })
  async export(@Param('courseId', ParseIntPipe) courseId: number, @Res() reply: FastifyReply) {
    const file = await this.bank.exportGift(courseId);
    void reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('content-disposition', contentDisposition('attachment', file.fileName))
      .header('cache-control', 'private, no-store')
      .send(file.text);
  }

  @Get('import-template.xlsx')
  @Can('questions.write')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The Excel template of an import: the sheet "Câu hỏi" to fill in (one row per question, Vietnamese headers, a type drop-down) and the sheet "Hướng dẫn" (every column, one example row per type)' })
  async importTemplate(@Param('courseId', ParseIntPipe) courseId: number, @Res() reply: FastifyReply) {
    await sendWorkbook(reply, await this.bank.importTemplate(courseId), 'mau-nhap-cau-hoi.xlsx');
  }

  @Post('import')
  @Can('questions.write')
  @HttpCode(HttpStatus.OK)
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, text: { type: 'string' } }, description: 'A multipart `file` (GIFT, Aiken or, with format=xlsx, an .xlsx workbook from the template), or JSON {"text": "…"} for GIFT and Aiken' } })
  @ApiOkResponse({ type: QuestionImportPreviewResponse, description: 'What the file holds and every line (for Excel: every sheet row) that could not be read; NOTHING is saved' })
  async preview(@Param('courseId', ParseIntPipe) courseId: number, @Query() query: ImportQuery, @Req() req: FastifyRequest, @RequestLang() lang: Lang) {
    return this.bank.preview(courseId, query.format, await importUpload(req as MultipartRequest), lang);
  }

  @Post('import/confirm')
  @Can('questions.write')
  @ApiBody({ schema: { type: 'object', properties: { questions: { type: 'array', items: QUESTION_BODY_SCHEMA } } } })
  @ApiCreatedResponse({ type: QuestionImportResultResponse, description: 'All saved, or none (422 assessment.import_invalid names the first question that is not valid)' })
  confirm(@CurrentPrincipal() principal: Principal, @Param('courseId', ParseIntPipe) courseId: number, @Body() body: Record<string, unknown>, @RequestLang() lang: Lang) {
    return this.bank.confirm(principal, courseId, body, lang);
  }
}

@ApiTags('assessment')
@Controller('questions')
export class QuestionsController {
  constructor(private readonly bank: BankService) {}

  @Get(':id')
  @Can('questions.read')
  @ApiOkResponse({ type: QuestionDetailResponse, description: 'The current version for its authors, key included' })
  detail(@Param('id', ParseIntPipe) id: number) {
    return this.bank.detail(id);
  }

  @Put(':id')
  @Can('questions.write')
  @ApiBody({ schema: QUESTION_BODY_SCHEMA })
  @ApiOkResponse({ type: QuestionDetailResponse, description: 'A new version; earlier versions stay as they were (attempts keep theirs). 409 assessment.question_changed when another edit came first' })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Query() query: QuestionUpdateQuery, @Body() body: Record<string, unknown>, @RequestLang() lang: Lang) {
    return this.bank.update(principal, id, body, lang, query.baseVersion);
  }
}

/** The import as sent: a multipart `file` (read to its end, with its name) or a JSON body {text}. */
async function importUpload(req: MultipartRequest): Promise<ImportUpload> {
  let upload: ImportUpload;
  if (req.isMultipart()) {
    const part = await req.file().catch(() => undefined);
    if (!part) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.import_no_text');
    const bytes = await part.toBuffer().catch(() => {
      throw new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'assessment.import_too_large', { max: MAX_IMPORT_BYTES / 1024 / 1024 });
    });
    upload = { bytes, fileName: part.filename };
  } else {
    const body = req.body as Record<string, unknown> | null | undefined;
    const keys = body && typeof body === 'object' ? Object.keys(body) : [];
    if (!body || typeof body['text'] !== 'string' || keys.some((k) => k !== 'text')) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.import_no_text');
    upload = { bytes: Buffer.from(body['text'], 'utf8'), fileName: null };
  }
  if (upload.bytes.length > MAX_IMPORT_BYTES) throw refuse(HttpStatus.PAYLOAD_TOO_LARGE, 'assessment.import_too_large', { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  return upload;
}
