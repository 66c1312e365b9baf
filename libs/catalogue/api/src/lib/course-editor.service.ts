import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import type { Principal } from '@cds/api/authz';
import { AppError, checkUpload, cleanFileName, FileKind, FileStorage, refuse, renderMarkdown } from '@cds/api/common';
import { CourseVersionResponse, LessonRequestDto, LessonResponse, ModuleRequestDto, ModuleResponse } from './catalogue.dto';
import { Course, CourseModule, CourseVersion, Lesson, LessonFile } from './course.entity';
import { lessonView, lockDraft, moduleView, versionView } from './course-views';

/** What lessons may carry: documents, slides and pictures, recognised by their content. */
export const LESSON_FILE_KINDS: readonly FileKind[] = ['pdf', 'pptx', 'docx', 'png', 'jpeg', 'webp'];
export const LESSON_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** The lesson columns are TEXT (64 KiB on MariaDB). */
const TEXT_COLUMN_BYTES = 65_535;

/** An uploaded part as @fastify/multipart hands it over. */
export interface UploadedPart {
  filename: string;
  toBuffer(): Promise<Buffer>;
}

/** http(s) links only (no `javascript:` or `data:` video). */
export function videoUrlOf(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'catalogue.video_url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'catalogue.video_url');
  return url.href;
}

/** Markdown rendered and sanitised once, when the lesson is saved; both kept. */
function lessonBody(dto: LessonRequestDto) {
  const html = renderMarkdown(dto.markdown);
  if (Buffer.byteLength(dto.markdown) > TEXT_COLUMN_BYTES || Buffer.byteLength(html) > TEXT_COLUMN_BYTES) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'catalogue.lesson_too_long');
  return { title: dto.title, minutes: dto.minutes, markdown: dto.markdown, html, videoUrl: videoUrlOf(dto.videoUrl) };
}

/**
 * Editing a draft: modules, lessons, their order and files. Every write takes the draft's lock
 * first (`lockDraft`), so a published version is never changed.
 */
@Injectable()
export class CourseEditorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  preview(markdown: string): { html: string } {
    return { html: renderMarkdown(markdown) };
  }

  // ---- modules --------------------------------------------------------------------------------

  async addModule(courseId: number, dto: ModuleRequestDto): Promise<ModuleResponse> {
    const versionId = await this.draftOf(courseId);
    const id = await this.db.transaction(async (tx) => {
      await lockDraft(tx, versionId);
      const position = await this.nextPosition(tx, CourseModule, 'version_id', versionId);
      return Number((await tx.insert(CourseModule, { versionId, position, title: dto.title })).identifiers[0]['id']);
    });
    return moduleView(this.db.manager, id);
  }

  async updateModule(moduleId: number, dto: ModuleRequestDto): Promise<ModuleResponse> {
    const m = await this.module(moduleId);
    await this.db.transaction(async (tx) => {
      await lockDraft(tx, m.versionId);
      await tx.update(CourseModule, { id: moduleId }, { title: dto.title });
    });
    return moduleView(this.db.manager, moduleId);
  }

  /** Only an empty module goes (its lessons are deleted one by one, deliberately). */
  async deleteModule(moduleId: number): Promise<void> {
    const m = await this.module(moduleId);
    await this.db.transaction(async (tx) => {
      await lockDraft(tx, m.versionId);
      const count = await tx.getRepository(Lesson).countBy({ moduleId });
      if (count) throw refuse(HttpStatus.CONFLICT, 'catalogue.module_not_empty', { count });
      await tx.delete(CourseModule, { id: moduleId });
    });
  }

  async reorderModules(courseId: number, ids: number[]): Promise<CourseVersionResponse> {
    const versionId = await this.draftOf(courseId);
    await this.db.transaction(async (tx) => {
      await lockDraft(tx, versionId);
      const current = await tx.getRepository(CourseModule).find({ select: { id: true }, where: { versionId } });
      await this.reorder(tx, CourseModule, current.map((m) => m.id), ids);
    });
    return versionView(this.db.manager, versionId);
  }

  // ---- lessons --------------------------------------------------------------------------------

  async lesson(lessonId: number): Promise<LessonResponse> {
    return lessonView(this.db.manager, lessonId, true);
  }

  async addLesson(moduleId: number, dto: LessonRequestDto): Promise<LessonResponse> {
    const m = await this.module(moduleId);
    const body = lessonBody(dto);
    const id = await this.db.transaction(async (tx) => {
      await lockDraft(tx, m.versionId);
      const position = await this.nextPosition(tx, Lesson, 'module_id', moduleId);
      return Number((await tx.insert(Lesson, { moduleId, position, ...body })).identifiers[0]['id']);
    });
    return lessonView(this.db.manager, id, true);
  }

  async updateLesson(lessonId: number, dto: LessonRequestDto): Promise<LessonResponse> {
    const { versionId } = await this.lessonAndVersion(lessonId);
    const body = lessonBody(dto);
    await this.db.transaction(async (tx) => {
      await lockDraft(tx, versionId);
      await tx.update(Lesson, { id: lessonId }, body);
    });
    return lessonView(this.db.manager, lessonId, true);
  }

  async deleteLesson(lessonId: number): Promise<void> {
    const { versionId } = await this.lessonAndVersion(lessonId);
    const keys = await this.db.transaction(async (tx) => {
      await lockDraft(tx, versionId);
      const files = await tx.getRepository(LessonFile).findBy({ lessonId });
      if (files.length) await tx.delete(LessonFile, { lessonId });
      await tx.delete(Lesson, { id: lessonId });
      return files.map((f) => f.storageKey);
    });
    await this.removeUnreferenced(keys);
  }

  async reorderLessons(moduleId: number, ids: number[]): Promise<ModuleResponse> {
    const m = await this.module(moduleId);
    await this.db.transaction(async (tx) => {
      await lockDraft(tx, m.versionId);
      const current = await tx.getRepository(Lesson).find({ select: { id: true }, where: { moduleId } });
      await this.reorder(tx, Lesson, current.map((l) => l.id), ids);
    });
    return moduleView(this.db.manager, moduleId);
  }

  // ---- files ----------------------------------------------------------------------------------

  /**
   * Stores a file of a draft's lesson after checking its content (not its name) and size. A
   * refusal for content or size is audited; nothing is stored for it.
   */
  async upload(principal: Principal, lessonId: number, part: UploadedPart | undefined, ip: string | null) {
    // The part is read to its end first, whatever follows: an unread upload would stall the request.
    let bytes: Buffer | null = null;
    let readError: unknown = null;
    if (part) {
      try {
        bytes = await part.toBuffer();
      } catch (e) {
        readError = e;
      }
    }
    const tooLarge = (readError as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';
    if (readError && !tooLarge) throw readError;
    const { versionId, course, lesson } = await this.lessonAndVersion(lessonId);
    if (!part) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'catalogue.no_file');
    const fileName = cleanFileName(part.filename);
    const refused = async (error: AppError) => {
      await this.audit.record({
        action: 'catalogue.file_refused',
        actorId: principal.accountId,
        actorEmail: principal.email,
        targetType: 'course',
        targetId: course.id,
        targetLabel: `${course.code} · ${lesson.title}`,
        ip,
        details: { lessonId, fileName, size: bytes?.length ?? null, code: error.code },
      });
      return error;
    };
    const version = await this.db.getRepository(CourseVersion).findOneByOrFail({ id: versionId });
    if (version.state !== 'draft') throw refuse(HttpStatus.CONFLICT, 'catalogue.not_draft');
    if (tooLarge || !bytes) throw await refused(new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'files.too_large', { name: fileName, limit: LESSON_FILE_MAX_BYTES / 1048576 }));
    const content: Buffer = bytes;
    const checked = await checkUpload(content, fileName, LESSON_FILE_KINDS, LESSON_FILE_MAX_BYTES).catch(async (e: unknown) => {
      throw e instanceof AppError ? await refused(e) : e;
    });
    const storageKey = await this.storage.put(content);
    try {
      const id = await this.db.transaction(async (tx) => {
        await lockDraft(tx, versionId);
        const { identifiers } = await tx.insert(LessonFile, { lessonId, fileName, contentType: checked.mime, size: content.length, storageKey, createdAt: new Date() });
        return Number(identifiers[0]['id']);
      });
      return { id, fileName, contentType: checked.mime, size: content.length };
    } catch (e) {
      await this.storage.remove(storageKey);
      throw e;
    }
  }

  async deleteFile(fileId: number): Promise<void> {
    const file = await this.db.getRepository(LessonFile).findOneBy({ id: fileId });
    if (!file) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    const { versionId } = await this.lessonAndVersion(file.lessonId);
    await this.db.transaction(async (tx) => {
      await lockDraft(tx, versionId);
      await tx.delete(LessonFile, { id: fileId });
    });
    await this.removeUnreferenced([file.storageKey]);
  }

  async fileBytes(fileId: number): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
    const file = await this.db.getRepository(LessonFile).findOneBy({ id: fileId });
    if (!file) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    return { fileName: file.fileName, contentType: file.contentType, bytes: await this.storage.get(file.storageKey) };
  }

  // ---- helpers --------------------------------------------------------------------------------

  private async draftOf(courseId: number): Promise<number> {
    const course = await this.db.getRepository(Course).findOneBy({ id: courseId });
    if (!course) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    if (!course.draftVersionId) throw refuse(HttpStatus.CONFLICT, 'catalogue.no_draft');
    return course.draftVersionId;
  }

  private async module(moduleId: number): Promise<CourseModule> {
    const m = await this.db.getRepository(CourseModule).findOneBy({ id: moduleId });
    if (!m) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    return m;
  }

  private async lessonAndVersion(lessonId: number) {
    const lesson = await this.db.getRepository(Lesson).findOne({ where: { id: lessonId }, relations: { module: { courseVersion: { course: true } } } });
    const course = lesson?.module?.courseVersion?.course;
    if (!lesson?.module || !course) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    return { lesson, versionId: lesson.module.versionId, course };
  }

  private async nextPosition(tx: EntityManager, entity: typeof CourseModule | typeof Lesson, column: 'version_id' | 'module_id', id: number): Promise<number> {
    const row = await tx.getRepository(entity).createQueryBuilder('x').select('MAX(x.position)', 'max').where(`x.${column} = :id`, { id }).getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0) + 1;
  }

  /** `ids` must name every current item once; positions become 1..n. */
  private async reorder(tx: EntityManager, entity: typeof CourseModule | typeof Lesson, current: number[], ids: number[]): Promise<void> {
    const known = new Set(current);
    if (ids.length !== current.length || ids.some((id) => !known.has(id))) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'catalogue.bad_order');
    for (const [i, id] of ids.entries()) await tx.update(entity, { id }, { position: i + 1 });
  }

  /** Bytes go once no file row (of any version) names them: a draft's copies share the published version's. */
  private async removeUnreferenced(keys: string[]): Promise<void> {
    if (!keys.length) return;
    const still = new Set((await this.db.getRepository(LessonFile).find({ select: { storageKey: true }, where: { storageKey: In(keys) } })).map((f) => f.storageKey));
    for (const key of new Set(keys)) if (!still.has(key)) await this.storage.remove(key);
  }
}
