import { HttpStatus } from '@nestjs/common';
import { refuse } from '@cds/api/common';
import type { EntityManager } from 'typeorm';
import { CourseVersionResponse, LessonOutlineResponse, LessonResponse, ModuleResponse } from './catalogue.dto';
import { Course, CourseModule, CourseVersion, Lesson, LessonFile } from './course.entity';

/**
 * Takes the draft's row lock and checks it is still a draft, in the caller's transaction: every
 * change to a version's modules, lessons and files starts here, so an edit and a publish of the
 * same version happen one after the other and nothing is written into a published version.
 */
export async function lockDraft(tx: EntityManager, versionId: number): Promise<void> {
  const result = await tx
    .createQueryBuilder()
    .update(CourseVersion)
    .set({ state: 'draft' })
    .where('id = :id AND state = :draft', { id: versionId, draft: 'draft' })
    .execute();
  if (result.affected !== 1) throw refuse(HttpStatus.CONFLICT, 'catalogue.not_draft');
}

async function outlines(db: EntityManager, where: { versionId: number } | { moduleId: number }): Promise<(LessonOutlineResponse & { moduleId: number })[]> {
  const qb = db
    .getRepository(Lesson)
    .createQueryBuilder('l')
    .select(['l.id AS id', 'l.module_id AS moduleId', 'l.position AS position', 'l.title AS title', 'l.minutes AS minutes', 'l.video_url AS videoUrl'])
    .addSelect((sub) => sub.select('COUNT(*)').from(LessonFile, 'f').where('f.lesson_id = l.id'), 'fileCount');
  if ('versionId' in where) qb.innerJoin(CourseModule, 'm', 'm.id = l.module_id').where('m.version_id = :versionId', where);
  else qb.where('l.module_id = :moduleId', where);
  const rows = await qb.orderBy('l.position', 'ASC').addOrderBy('l.id', 'ASC').getRawMany<{ id: number; moduleId: number; position: number; title: string; minutes: number; videoUrl: string | null; fileCount: number | string }>();
  return rows.map((r) => ({
    id: Number(r.id),
    moduleId: Number(r.moduleId),
    position: Number(r.position),
    title: r.title,
    minutes: Number(r.minutes),
    hasVideo: !!r.videoUrl,
    fileCount: Number(r.fileCount),
  }));
}

const outlineOf = (l: LessonOutlineResponse): LessonOutlineResponse => ({ id: l.id, position: l.position, title: l.title, minutes: l.minutes, hasVideo: l.hasVideo, fileCount: l.fileCount });

/** A version with its modules and each lesson's outline (no lesson bodies). */
export async function versionView(db: EntityManager, versionId: number): Promise<CourseVersionResponse> {
  const version = await db.getRepository(CourseVersion).findOne({ where: { id: versionId }, relations: { course: true } });
  if (!version?.course) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
  const modules = await db.getRepository(CourseModule).find({ where: { versionId }, order: { position: 'ASC', id: 'ASC' } });
  const lessons = modules.length ? await outlines(db, { versionId }) : [];
  return {
    courseId: version.courseId,
    id: version.id,
    version: version.version,
    state: version.state,
    code: version.course.code,
    title: version.title,
    summary: version.summary,
    topicArea: version.topicArea,
    hours: version.hours,
    seatFunctions: version.seatFunctions,
    publishedAt: version.publishedAt ? new Date(version.publishedAt).toISOString() : null,
    modules: modules.map((m) => ({ id: m.id, position: m.position, title: m.title, lessons: lessons.filter((l) => l.moduleId === m.id).map(outlineOf) })),
  };
}

export async function moduleView(db: EntityManager, moduleId: number): Promise<ModuleResponse> {
  const m = await db.getRepository(CourseModule).findOneBy({ id: moduleId });
  if (!m) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
  return { id: m.id, position: m.position, title: m.title, lessons: (await outlines(db, { moduleId })).map(outlineOf) };
}

/** A lesson with its body and files; the Markdown source only for authors. */
export async function lessonView(db: EntityManager, lessonId: number, withMarkdown: boolean): Promise<LessonResponse> {
  const l = await db.getRepository(Lesson).findOneBy({ id: lessonId });
  if (!l) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
  const files = await db.getRepository(LessonFile).find({ where: { lessonId }, order: { id: 'ASC' } });
  return {
    id: l.id,
    moduleId: l.moduleId,
    position: l.position,
    title: l.title,
    minutes: l.minutes,
    ...(withMarkdown ? { markdown: l.markdown } : {}),
    html: l.html,
    videoUrl: l.videoUrl,
    files: files.map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size })),
  };
}

/** The course a version belongs to, for labels in the audit log. */
export const courseLabel = (course: Pick<Course, 'code' | 'title'>) => `${course.code} · ${course.title}`;
