import type { QuestionBody, QuestionType } from '@cds/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from '@cds/catalogue/api';

/**
 * A question of a course's bank: its lasting identity. The content lives in versions; every edit
 * makes a new version and moves `currentVersionId` (with a conditional update), so an attempt that
 * points at a version keeps exactly what the learner saw.
 */
@Entity('question')
@Index('IDX_question_course', ['courseId'])
export class Question {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'course_id' })
  courseId!: number;

  @ManyToOne(() => Course, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_question_course' })
  course?: Course;

  /** Null only inside the transaction that creates the question. */
  @Column({ type: 'integer', name: 'current_version_id', nullable: true })
  currentVersionId!: number | null;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}

/** One version of a question, never changed once written. `body` is the author's QuestionBody, key included. */
@Entity('question_version')
@Index('UQ_question_version', ['questionId', 'version'], { unique: true })
export class QuestionVersion {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'question_id' })
  questionId!: number;

  @ManyToOne(() => Question, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'FK_question_version_question' })
  question?: Question;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 20 })
  type!: QuestionType;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  /** The QuestionBody as JSON; Markdown texts stored as written (rendered and sanitised on the way out). */
  @Column({ type: 'simple-json' })
  body!: QuestionBody;

  @Column({ type: 'simple-json' })
  tags!: string[];

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy!: number | null;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}

export const BANK_ENTITIES = [Question, QuestionVersion];
