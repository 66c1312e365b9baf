import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, Can, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { contentDisposition } from '@cds/api/common';
import {
  CourseSummaryResponse,
  CourseVersionResponse,
  CreateCourseDto,
  LessonFileResponse,
  LessonRequestDto,
  LessonResponse,
  MarkdownPreviewDto,
  MarkdownPreviewResponseDto,
  ModuleRequestDto,
  ModuleResponse,
  ReorderDto,
  UpdateCourseDto,
} from './catalogue.dto';
import { CatalogueService } from './catalogue.service';
import { CourseEditorService, UploadedPart } from './course-editor.service';

@ApiTags('catalogue')
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly editor: CourseEditorService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: [CourseSummaryResponse], description: 'Authors (catalogue.write) see every course with its draft; everyone else the published courses' })
  list(@CurrentPrincipal() principal: Principal) {
    return this.catalogue.courses(principal);
  }

  @Post()
  @Can('catalogue.write')
  @ApiCreatedResponse({ type: CourseVersionResponse, description: 'The new course as its draft version 1' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateCourseDto) {
    return this.catalogue.create(principal, body);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: CourseVersionResponse, description: 'The published version; 404 catalogue.course_not_published for a course never published (authors get its draft)' })
  published(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.catalogue.published(principal, id);
  }

  @Get(':id/draft')
  @Can('catalogue.write')
  @ApiOkResponse({ type: CourseVersionResponse, description: '404 catalogue.no_draft when no draft is open' })
  draft(@Param('id', ParseIntPipe) id: number) {
    return this.catalogue.draft(id);
  }

  @Post(':id/draft')
  @Can('catalogue.write')
  @ApiCreatedResponse({ type: CourseVersionResponse, description: 'A new draft copied from the published version, or the draft already open' })
  openDraft(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.catalogue.openDraft(principal, id);
  }

  @Patch(':id/draft')
  @Can('catalogue.write')
  @ApiOkResponse({ type: CourseVersionResponse })
  updateDraft(@Param('id', ParseIntPipe) id: number, @Body() body: UpdateCourseDto) {
    return this.catalogue.updateDraft(id, body);
  }

  @Post(':id/publish')
  @Can('catalogue.write')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: CourseVersionResponse, description: 'The draft becomes the published version; the one before is superseded (its classes keep it)' })
  publish(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.catalogue.publish(principal, id);
  }

  @Post(':id/draft/modules')
  @Can('catalogue.write')
  @ApiCreatedResponse({ type: ModuleResponse })
  addModule(@Param('id', ParseIntPipe) id: number, @Body() body: ModuleRequestDto) {
    return this.editor.addModule(id, body);
  }

  @Put(':id/draft/modules/order')
  @Can('catalogue.write')
  @ApiOkResponse({ type: CourseVersionResponse })
  reorderModules(@Param('id', ParseIntPipe) id: number, @Body() body: ReorderDto) {
    return this.editor.reorderModules(id, body.ids);
  }
}

@ApiTags('catalogue')
@Controller('modules')
export class ModulesController {
  constructor(private readonly editor: CourseEditorService) {}

  @Patch(':id')
  @Can('catalogue.write')
  @ApiOkResponse({ type: ModuleResponse })
  update(@Param('id', ParseIntPipe) id: number, @Body() body: ModuleRequestDto) {
    return this.editor.updateModule(id, body);
  }

  @Delete(':id')
  @Can('catalogue.write')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Only an empty module (409 catalogue.module_not_empty otherwise)' })
  remove(@Param('id', ParseIntPipe) id: number) {
    return this.editor.deleteModule(id);
  }

  @Post(':id/lessons')
  @Can('catalogue.write')
  @ApiCreatedResponse({ type: LessonResponse })
  addLesson(@Param('id', ParseIntPipe) id: number, @Body() body: LessonRequestDto) {
    return this.editor.addLesson(id, body);
  }

  @Put(':id/lessons/order')
  @Can('catalogue.write')
  @ApiOkResponse({ type: ModuleResponse })
  reorderLessons(@Param('id', ParseIntPipe) id: number, @Body() body: ReorderDto) {
    return this.editor.reorderLessons(id, body.ids);
  }
}

@ApiTags('catalogue')
@Controller('lessons')
export class LessonsController {
  constructor(private readonly editor: CourseEditorService) {}

  @Get(':id')
  @Can('catalogue.write')
  @ApiOkResponse({ type: LessonResponse, description: 'With the Markdown source' })
  lesson(@Param('id', ParseIntPipe) id: number) {
    return this.editor.lesson(id);
  }

  @Patch(':id')
  @Can('catalogue.write')
  @ApiOkResponse({ type: LessonResponse })
  update(@Param('id', ParseIntPipe) id: number, @Body() body: LessonRequestDto) {
    return this.editor.updateLesson(id, body);
  }

  @Delete(':id')
  @Can('catalogue.write')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  remove(@Param('id', ParseIntPipe) id: number) {
    return this.editor.deleteLesson(id);
  }

  @Post(':id/files')
  @Can('catalogue.write')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: LessonFileResponse, description: 'PDF, PPTX, DOCX, PNG, JPEG or WebP, at most 20 MB, checked by content (422, 413 otherwise)' })
  async upload(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Req() req: FastifyRequest) {
    const part = await (req as FastifyRequest & { file(): Promise<UploadedPart | undefined> }).file().catch(() => undefined);
    return this.editor.upload(principal, id, part, req.ip ?? null);
  }
}

@ApiTags('catalogue')
@Controller('lesson-files')
export class LessonFilesController {
  constructor(private readonly editor: CourseEditorService) {}

  @Get(':id')
  @Can('catalogue.write')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: "The file's bytes, as an attachment" })
  async download(@Param('id', ParseIntPipe) id: number, @Res() reply: FastifyReply) {
    const file = await this.editor.fileBytes(id);
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', contentDisposition('attachment', file.fileName))
      .header('cache-control', 'private, no-store')
      .send(file.bytes);
  }

  @Delete(':id')
  @Can('catalogue.write')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  remove(@Param('id', ParseIntPipe) id: number) {
    return this.editor.deleteFile(id);
  }
}

@ApiTags('catalogue')
@Controller('markdown')
export class MarkdownController {
  constructor(private readonly editor: CourseEditorService) {}

  @Post('preview')
  @Can('catalogue.write')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MarkdownPreviewResponseDto, description: 'The sanitised HTML the lesson would store' })
  preview(@Body() body: MarkdownPreviewDto) {
    return this.editor.preview(body.markdown);
  }
}
