import type { CourseVersionState, SeatFunction, TopicArea } from '@cds/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A course of the catalogue: its lasting identity (the code) and the title, topic and hours of its
 * newest version, kept here so lists and other domains read one row. The content lives in
 * versions: `publishedVersionId` is what learners and new classes get, `draftVersionId` the one
 * being edited.
 */
@Entity('course')
@Index('UQ_course_code', ['code'], { unique: true })
export class Course {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'varchar', length: 40, name: 'topic_area' })
  topicArea!: TopicArea;

  @Column({ type: 'integer', default: 0 })
  hours!: number;

  @Column({ type: 'integer', name: 'published_version_id', nullable: true })
  publishedVersionId!: number | null;

  @Column({ type: 'integer', name: 'draft_version_id', nullable: true })
  draftVersionId!: number | null;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}

/** One version of a course's content. Published versions never change; a class keeps its version. */
@Entity('course_version')
@Index('UQ_course_version', ['courseId', 'version'], { unique: true })
export class CourseVersion {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'course_id' })
  courseId!: number;

  @ManyToOne(() => Course, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_course_version_course' })
  course?: Course;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 20 })
  state!: CourseVersionState;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'varchar', length: 40, name: 'topic_area' })
  topicArea!: TopicArea;

  @Column({ type: 'integer' })
  hours!: number;

  /** The kinds of core-team post the course qualifies for. */
  @Column({ type: 'simple-json', name: 'seat_functions' })
  seatFunctions!: SeatFunction[];

  @Column({ type: 'datetime', name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'integer', name: 'published_by', nullable: true })
  publishedBy!: number | null;

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy!: number | null;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}

/** A module (chuyên đề) of a course version, in order. */
@Entity('course_module')
@Index('IDX_course_module_version', ['versionId', 'position'])
export class CourseModule {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'version_id' })
  versionId!: number;

  @ManyToOne(() => CourseVersion, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'FK_course_module_version' })
  courseVersion?: CourseVersion;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 255 })
  title!: string;
}

/** A lesson: Markdown as written, and the sanitised HTML rendered from it when it was saved. */
@Entity('lesson')
@Index('IDX_lesson_module', ['moduleId', 'position'])
export class Lesson {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'module_id' })
  moduleId!: number;

  @ManyToOne(() => CourseModule, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'FK_lesson_module' })
  module?: CourseModule;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ type: 'text' })
  markdown!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'varchar', length: 500, name: 'video_url', nullable: true })
  videoUrl!: string | null;
}

/** A file attached to a lesson; the bytes are in file storage under `storageKey`. */
@Entity('lesson_file')
@Index('IDX_lesson_file_lesson', ['lessonId'])
export class LessonFile {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'lesson_id' })
  lessonId!: number;

  @ManyToOne(() => Lesson, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'FK_lesson_file_lesson' })
  lesson?: Lesson;

  @Column({ type: 'varchar', length: 255, name: 'file_name' })
  fileName!: string;

  @Column({ type: 'varchar', length: 100, name: 'content_type' })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'varchar', length: 100, name: 'storage_key' })
  storageKey!: string;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
