import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Course, CourseModule, CourseVersion, Lesson, LessonFile } from './course.entity';

export interface OutlineLesson {
  id: number;
  title: string;
  minutes: number;
}
export interface OutlineModule {
  id: number;
  title: string;
  lessons: OutlineLesson[];
}
export interface VersionInfo {
  id: number;
  courseId: number;
  version: number;
  state: CourseVersion['state'];
  title: string;
  hours: number;
}
export interface LessonContent {
  id: number;
  versionId: number;
  moduleTitle: string;
  title: string;
  minutes: number;
  html: string;
  videoUrl: string | null;
  files: { id: number; fileName: string; contentType: string; size: number; storageKey: string }[];
}

/**
 * What other domains may read of a course version: its outline and its lessons (rendered HTML,
 * never the Markdown source). Delivery uses it to show a class's lessons; it never writes here.
 */
@Injectable()
export class CourseContent {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The version a new class of the course gets: the published one, or null while it is a draft. */
  async publishedVersion(courseId: number): Promise<VersionInfo | null> {
    const course = await this.db.getRepository(Course).findOneBy({ id: courseId });
    return course?.publishedVersionId ? this.version(course.publishedVersionId) : null;
  }

  async version(versionId: number): Promise<VersionInfo | null> {
    const v = await this.db.getRepository(CourseVersion).findOneBy({ id: versionId });
    return v && { id: v.id, courseId: v.courseId, version: v.version, state: v.state, title: v.title, hours: v.hours };
  }

  /** Modules and lessons of a version, in order. */
  async outline(versionId: number): Promise<OutlineModule[]> {
    const modules = await this.db.getRepository(CourseModule).find({ where: { versionId }, order: { position: 'ASC' } });
    if (!modules.length) return [];
    const lessons = await this.db
      .getRepository(Lesson)
      .find({ select: { id: true, moduleId: true, title: true, minutes: true, position: true }, where: { moduleId: In(modules.map((m) => m.id)) }, order: { position: 'ASC' } });
    return modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: lessons.filter((l) => l.moduleId === m.id).map((l) => ({ id: l.id, title: l.title, minutes: l.minutes })),
    }));
  }

  /** A lesson of the given version, or null when the lesson is not part of it. */
  async lesson(versionId: number, lessonId: number): Promise<LessonContent | null> {
    const row = await this.db
      .getRepository(Lesson)
      .createQueryBuilder('l')
      .innerJoinAndSelect('l.module', 'm')
      .where('l.id = :lessonId AND m.versionId = :versionId', { lessonId, versionId })
      .getOne();
    if (!row) return null;
    const files = await this.db.getRepository(LessonFile).find({ where: { lessonId }, order: { id: 'ASC' } });
    return {
      id: row.id,
      versionId,
      moduleTitle: row.module?.title ?? '',
      title: row.title,
      minutes: row.minutes,
      html: row.html,
      videoUrl: row.videoUrl,
      files: files.map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size, storageKey: f.storageKey })),
    };
  }
}
