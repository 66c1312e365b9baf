import type { CourseVersionState } from '@cds/contracts';
import { renderMarkdown } from '@cds/api/common';
import { Course, CourseModule, CourseVersion, Lesson } from '@cds/catalogue/api';
import { EntityManager } from 'typeorm';
import { SEED_COURSES } from './course-content';

export interface SeededLesson {
  id: number;
  title: string;
  minutes: number;
}
export interface SeededVersion {
  id: number;
  version: number;
  state: CourseVersionState;
  /** Every lesson of the version, in reading order (modules, then lessons). */
  lessons: SeededLesson[];
}
export interface SeededCourse {
  id: number;
  code: string;
  title: string;
  versions: SeededVersion[];
  /** The version new classes get. */
  published: SeededVersion | null;
}

const DAY = 86_400_000;
/** 09:00 in Vietnam on a 'YYYY-MM-DD' day. */
const morningOf = (date: string) => new Date(`${date}T09:00:00+07:00`);

/**
 * The demo catalogue, written straight into the catalogue's tables inside the seed's transaction:
 * each course with its versions (superseded, published, draft), modules and lessons, the lesson
 * HTML rendered from the Markdown exactly as the catalogue service renders it, and the course row
 * pointing at its published and draft versions.
 */
export async function seedCatalogue(tx: EntityManager, options: { authorId: number | null; now: Date }): Promise<Map<string, SeededCourse>> {
  const { authorId, now } = options;
  const seeded = new Map<string, SeededCourse>();
  // Versions share most lessons: render each text once.
  const rendered = new Map<string, string>();
  const render = (markdown: string) => rendered.get(markdown) ?? (rendered.set(markdown, renderMarkdown(markdown)), rendered.get(markdown) as string);
  for (const course of SEED_COURSES) {
    const dated = course.versions.map((v, i) => ({ ...v, createdAt: v.on ? morningOf(v.on) : new Date(now.getTime() - (3 + i) * DAY) }));
    const { identifiers } = await tx.insert(Course, {
      code: course.code,
      title: course.title,
      topicArea: course.topicArea,
      hours: course.hours,
      publishedVersionId: null,
      draftVersionId: null,
      createdAt: dated[0].createdAt,
    });
    const courseId = Number(identifiers[0]['id']);
    const versions: SeededVersion[] = [];
    for (const [index, v] of dated.entries()) {
      const published = v.state !== 'draft';
      const inserted = await tx.insert(CourseVersion, {
        courseId,
        version: index + 1,
        state: v.state,
        title: course.title,
        summary: course.summary,
        topicArea: course.topicArea,
        hours: course.hours,
        seatFunctions: course.seatFunctions,
        publishedAt: published ? v.createdAt : null,
        publishedBy: published ? authorId : null,
        createdBy: authorId,
        createdAt: v.createdAt,
      });
      const versionId = Number(inserted.identifiers[0]['id']);
      const lessons: SeededLesson[] = [];
      for (const [m, module] of v.modules.entries()) {
        const moduleRow = await tx.insert(CourseModule, { versionId, position: m + 1, title: module.title });
        const moduleId = Number(moduleRow.identifiers[0]['id']);
        for (const [l, lesson] of module.lessons.entries()) {
          const lessonRow = await tx.insert(Lesson, {
            moduleId,
            position: l + 1,
            title: lesson.title,
            minutes: lesson.minutes,
            markdown: lesson.markdown,
            html: render(lesson.markdown),
            videoUrl: lesson.videoUrl ?? null,
          });
          lessons.push({ id: Number(lessonRow.identifiers[0]['id']), title: lesson.title, minutes: lesson.minutes });
        }
      }
      versions.push({ id: versionId, version: index + 1, state: v.state, lessons });
    }
    const published = versions.find((v) => v.state === 'published') ?? null;
    const draft = versions.find((v) => v.state === 'draft') ?? null;
    await tx.update(Course, { id: courseId }, { publishedVersionId: published?.id ?? null, draftVersionId: draft?.id ?? null });
    seeded.set(course.code, { id: courseId, code: course.code, title: course.title, versions, published });
  }
  return seeded;
}
