import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACCESS } from '@cds/contracts';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import { hasRole, Principal } from '@cds/api/authz';
import { isUniqueViolation, refuse } from '@cds/api/common';
import { CourseSummaryResponse, CourseVersionResponse, CreateCourseDto, UpdateCourseDto } from './catalogue.dto';
import { Course, CourseModule, CourseVersion, Lesson, LessonFile } from './course.entity';
import { courseLabel, lockDraft, versionView } from './course-views';

const AUTHORS = ACCESS['catalogue.write'];

/** Whether the caller authors courses (sees drafts and Markdown sources). The catalogue is province-wide: no unit scope. */
export const isAuthor = (principal: Principal) => hasRole(principal, AUTHORS);

/** Thrown inside a transaction when another request opened the course's draft first. */
class DraftTaken extends Error {}

/**
 * The catalogue: courses and their versions. A course is created as a draft (version 1); publishing
 * makes the draft what learners and new classes get and supersedes the version before; editing a
 * published course opens a new draft, a deep copy of the published one, so a running class keeps
 * the exact lessons it started with.
 */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every course for authors; published courses only for everyone else. */
  async courses(principal: Principal): Promise<CourseSummaryResponse[]> {
    const author = isAuthor(principal);
    const rows = await this.db.getRepository(Course).find({ where: author ? {} : { publishedVersionId: Not(IsNull()) }, order: { code: 'ASC' } });
    const counted = (c: Course) => (author ? (c.draftVersionId ?? c.publishedVersionId) : c.publishedVersionId);
    const versionIds = rows.map(counted).filter((id): id is number => id !== null);
    const counts = new Map<number, { modules: number; lessons: number }>();
    if (versionIds.length) {
      const raw = await this.db
        .getRepository(CourseModule)
        .createQueryBuilder('m')
        .select('m.version_id', 'versionId')
        .addSelect('COUNT(DISTINCT m.id)', 'modules')
        .addSelect('COUNT(l.id)', 'lessons')
        .leftJoin(Lesson, 'l', 'l.module_id = m.id')
        .where('m.version_id IN (:...versionIds)', { versionIds })
        .groupBy('m.version_id')
        .getRawMany<{ versionId: number | string; modules: number | string; lessons: number | string }>();
      for (const r of raw) counts.set(Number(r.versionId), { modules: Number(r.modules), lessons: Number(r.lessons) });
    }
    const versions = new Map<number, number>();
    const numbered = rows.flatMap((c) => [c.publishedVersionId, author ? c.draftVersionId : null]).filter((id): id is number => id !== null);
    if (numbered.length) {
      for (const v of await this.db.getRepository(CourseVersion).find({ select: { id: true, version: true }, where: { id: In(numbered) } })) versions.set(v.id, v.version);
    }
    return rows.map((c) => {
      const count = counts.get(counted(c) ?? 0);
      return {
        id: c.id,
        code: c.code,
        title: c.title,
        topicArea: c.topicArea,
        hours: c.hours,
        publishedVersion: c.publishedVersionId ? (versions.get(c.publishedVersionId) ?? null) : null,
        draftVersion: author && c.draftVersionId ? (versions.get(c.draftVersionId) ?? null) : null,
        moduleCount: count?.modules ?? 0,
        lessonCount: count?.lessons ?? 0,
      };
    });
  }

  /** The published version. A course never published is not found, except by authors, who get its draft. */
  async published(principal: Principal, courseId: number): Promise<CourseVersionResponse> {
    const course = await this.course(courseId);
    if (course.publishedVersionId) return versionView(this.db.manager, course.publishedVersionId);
    if (isAuthor(principal) && course.draftVersionId) return versionView(this.db.manager, course.draftVersionId);
    throw refuse(HttpStatus.NOT_FOUND, 'catalogue.course_not_published');
  }

  async draft(courseId: number): Promise<CourseVersionResponse> {
    const course = await this.course(courseId);
    if (!course.draftVersionId) throw refuse(HttpStatus.NOT_FOUND, 'catalogue.no_draft');
    return versionView(this.db.manager, course.draftVersionId);
  }

  async create(principal: Principal, dto: CreateCourseDto): Promise<CourseVersionResponse> {
    if (await this.db.getRepository(Course).existsBy({ code: dto.code })) throw refuse(HttpStatus.CONFLICT, 'catalogue.code_taken', { code: dto.code });
    const versionId = await this.db
      .transaction(async (tx) => {
        const now = new Date();
        const { identifiers } = await tx.insert(Course, {
          code: dto.code,
          title: dto.title,
          topicArea: dto.topicArea,
          hours: dto.hours,
          publishedVersionId: null,
          draftVersionId: null,
          createdAt: now,
        });
        const courseId = Number(identifiers[0]['id']);
        const id = await this.insertVersion(tx, principal, courseId, 1, dto);
        await tx.update(Course, { id: courseId }, { draftVersionId: id });
        await this.audit.record(
          { action: 'catalogue.course_created', actorId: principal.accountId, actorEmail: principal.email, targetType: 'course', targetId: courseId, targetLabel: courseLabel(dto), details: { ...dto } },
          tx,
        );
        return id;
      })
      .catch((e: unknown) => {
        // Two courses with one code at once: the unique index decides.
        throw isUniqueViolation(e, 'UQ_course_code', 'course.code') ? refuse(HttpStatus.CONFLICT, 'catalogue.code_taken', { code: dto.code }) : e;
      });
    return versionView(this.db.manager, versionId);
  }

  async updateDraft(courseId: number, dto: UpdateCourseDto): Promise<CourseVersionResponse> {
    const course = await this.course(courseId);
    if (!course.draftVersionId) throw refuse(HttpStatus.CONFLICT, 'catalogue.no_draft');
    const versionId = course.draftVersionId;
    await this.db.transaction(async (tx) => {
      await lockDraft(tx, versionId);
      await tx.update(CourseVersion, { id: versionId }, { title: dto.title, summary: dto.summary, topicArea: dto.topicArea, hours: dto.hours, seatFunctions: dto.seatFunctions });
      // Until the first publication the draft is what the course is called everywhere.
      await tx
        .createQueryBuilder()
        .update(Course)
        .set({ title: dto.title, topicArea: dto.topicArea, hours: dto.hours })
        .where('id = :courseId AND published_version_id IS NULL', { courseId })
        .execute();
    });
    return versionView(this.db.manager, versionId);
  }

  /**
   * Opens a new draft copied from the published version: modules, lessons and file rows (the files
   * keep their storage keys; bytes are shared until no row names them). Answers the draft already
   * open, if any; of two opened at once, one copy is made and both callers get it. A course with
   * no version at all gets an empty draft.
   */
  async openDraft(principal: Principal, courseId: number): Promise<CourseVersionResponse> {
    const course = await this.course(courseId);
    if (course.draftVersionId) return versionView(this.db.manager, course.draftVersionId);
    const fromId = course.publishedVersionId;
    try {
      const id = await this.db.transaction(async (tx) => {
        // The course's row lock first: openings of one course happen one after the other (on
        // MariaDB, racing inserts of the same version number would otherwise deadlock).
        const free = await tx.createQueryBuilder().update(Course).set({ draftVersionId: null }).where('id = :courseId AND draft_version_id IS NULL', { courseId }).execute();
        if (free.affected !== 1) throw new DraftTaken();
        // A course row without any version (written by an older import) starts an empty draft from what the row says.
        const from = fromId
          ? await tx.getRepository(CourseVersion).findOneByOrFail({ id: fromId })
          : { title: course.title, summary: '', topicArea: course.topicArea, hours: course.hours, seatFunctions: [] };
        const { max } = (await tx.getRepository(CourseVersion).createQueryBuilder('v').select('MAX(v.version)', 'max').where('v.course_id = :courseId', { courseId }).getRawOne<{ max: number | string }>()) ?? { max: 0 };
        const id = await this.insertVersion(tx, principal, courseId, Number(max) + 1, from);
        const claimed = await tx.createQueryBuilder().update(Course).set({ draftVersionId: id }).where('id = :courseId AND draft_version_id IS NULL', { courseId }).execute();
        if (claimed.affected !== 1) throw new DraftTaken();
        if (fromId) await this.copyContent(tx, fromId, id);
        return id;
      });
      return versionView(this.db.manager, id);
    } catch (e) {
      if (!(e instanceof DraftTaken) && !isUniqueViolation(e, 'UQ_course_version', 'course_version.course_id')) throw e;
      const now = await this.course(courseId);
      if (!now.draftVersionId) throw refuse(HttpStatus.CONFLICT, 'catalogue.no_draft');
      return versionView(this.db.manager, now.draftVersionId);
    }
  }

  /**
   * The draft becomes the published version; the one published before is superseded (classes keep
   * it). Each step is a conditional update, so of two publications at once one goes through and the
   * other is refused; a draft without a lesson is refused.
   */
  async publish(principal: Principal, courseId: number): Promise<CourseVersionResponse> {
    const course = await this.course(courseId);
    const versionId = course.draftVersionId;
    if (!versionId) throw refuse(HttpStatus.CONFLICT, 'catalogue.no_draft');
    await this.db.transaction(async (tx) => {
      const now = new Date();
      const published = await tx
        .createQueryBuilder()
        .update(CourseVersion)
        .set({ state: 'published', publishedAt: now, publishedBy: principal.accountId })
        .where('id = :versionId AND state = :draft', { versionId, draft: 'draft' })
        .execute();
      if (published.affected !== 1) throw refuse(HttpStatus.CONFLICT, 'catalogue.not_draft');
      const lessons = await tx.getRepository(Lesson).createQueryBuilder('l').innerJoin(CourseModule, 'm', 'm.id = l.module_id').where('m.version_id = :versionId', { versionId }).getCount();
      if (lessons === 0) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'catalogue.empty_course');
      const version = await tx.getRepository(CourseVersion).findOneByOrFail({ id: versionId });
      await tx
        .createQueryBuilder()
        .update(CourseVersion)
        .set({ state: 'superseded' })
        .where('course_id = :courseId AND state = :published AND id <> :versionId', { courseId, published: 'published', versionId })
        .execute();
      const moved = await tx
        .createQueryBuilder()
        .update(Course)
        .set({ publishedVersionId: versionId, draftVersionId: null, title: version.title, topicArea: version.topicArea, hours: version.hours })
        .where('id = :courseId AND draft_version_id = :versionId', { courseId, versionId })
        .execute();
      if (moved.affected !== 1) throw refuse(HttpStatus.CONFLICT, 'catalogue.not_draft');
      await this.audit.record(
        {
          action: 'catalogue.course_published',
          actorId: principal.accountId,
          actorEmail: principal.email,
          targetType: 'course',
          targetId: courseId,
          targetLabel: courseLabel({ code: course.code, title: version.title }),
          details: { versionId, version: version.version, supersededVersionId: course.publishedVersionId, lessons },
        },
        tx,
      );
    });
    return versionView(this.db.manager, versionId);
  }

  private async course(courseId: number): Promise<Course> {
    const course = await this.db.getRepository(Course).findOneBy({ id: courseId });
    if (!course) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    return course;
  }

  private async insertVersion(
    tx: EntityManager,
    principal: Principal,
    courseId: number,
    version: number,
    from: Pick<CourseVersion, 'title' | 'summary' | 'topicArea' | 'hours' | 'seatFunctions'>,
  ): Promise<number> {
    const { identifiers } = await tx.insert(CourseVersion, {
      courseId,
      version,
      state: 'draft',
      title: from.title,
      summary: from.summary,
      topicArea: from.topicArea,
      hours: from.hours,
      seatFunctions: from.seatFunctions,
      publishedAt: null,
      publishedBy: null,
      createdBy: principal.accountId,
      createdAt: new Date(),
    });
    return Number(identifiers[0]['id']);
  }

  /** Copies modules, lessons and file rows of one version into another (one insert per module and lesson, for their new ids). */
  private async copyContent(tx: EntityManager, fromId: number, toId: number): Promise<void> {
    const modules = await tx.getRepository(CourseModule).find({ where: { versionId: fromId }, order: { position: 'ASC', id: 'ASC' } });
    if (!modules.length) return;
    const lessons = await tx.getRepository(Lesson).find({ where: { moduleId: In(modules.map((m) => m.id)) }, order: { position: 'ASC', id: 'ASC' } });
    const files = lessons.length ? await tx.getRepository(LessonFile).find({ where: { lessonId: In(lessons.map((l) => l.id)) }, order: { id: 'ASC' } }) : [];
    const copies: Omit<LessonFile, 'id' | 'lesson'>[] = [];
    for (const m of modules) {
      const moduleId = Number((await tx.insert(CourseModule, { versionId: toId, position: m.position, title: m.title })).identifiers[0]['id']);
      for (const l of lessons.filter((x) => x.moduleId === m.id)) {
        const { identifiers } = await tx.insert(Lesson, { moduleId, position: l.position, title: l.title, minutes: l.minutes, markdown: l.markdown, html: l.html, videoUrl: l.videoUrl });
        const lessonId = Number(identifiers[0]['id']);
        for (const f of files.filter((x) => x.lessonId === l.id)) {
          copies.push({ lessonId, fileName: f.fileName, contentType: f.contentType, size: f.size, storageKey: f.storageKey, createdAt: f.createdAt });
        }
      }
    }
    if (copies.length) await tx.insert(LessonFile, copies);
  }
}
