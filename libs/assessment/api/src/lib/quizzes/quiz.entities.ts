import type { AnswerValue, AttemptState, GradingMethod, QuizSelection, ReviewPolicy } from '@cds/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from '@cds/catalogue/api';
import { TrainingClass } from '@cds/delivery/api';
import { Person } from '@cds/people/api';
import type { QuestionOrder } from '../questions';
import { QuestionVersion } from '../bank/question.entity';

/** A quiz of a course (any class of it runs it) or of one class (its final exam). */
@Entity('quiz')
@Index('IDX_quiz_course', ['courseId'])
export class Quiz {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'course_id' })
  courseId!: number;

  @ManyToOne(() => Course, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_quiz_course' })
  course?: Course;

  /** The module of the course version it was placed in (modules are copied per version, so no foreign key). */
  @Column({ type: 'integer', name: 'module_id', nullable: true })
  moduleId!: number | null;

  @Column({ type: 'integer', name: 'class_id', nullable: true })
  classId!: number | null;

  @ManyToOne(() => TrainingClass, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'FK_quiz_class' })
  trainingClass?: TrainingClass;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'simple-json' })
  selection!: QuizSelection;

  @Column({ type: 'boolean', name: 'shuffle_questions' })
  shuffleQuestions!: boolean;

  @Column({ type: 'boolean', name: 'shuffle_options' })
  shuffleOptions!: boolean;

  @Column({ type: 'integer', name: 'time_limit_minutes' })
  timeLimitMinutes!: number;

  @Column({ type: 'datetime', name: 'opens_at', nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'datetime', name: 'closes_at', nullable: true })
  closesAt!: Date | null;

  @Column({ type: 'integer', name: 'max_attempts' })
  maxAttempts!: number;

  @Column({ type: 'integer', name: 'pass_percent' })
  passPercent!: number;

  @Column({ type: 'varchar', length: 10, name: 'grading_method' })
  gradingMethod!: GradingMethod;

  @Column({ type: 'simple-json' })
  review!: ReviewPolicy;

  @Column({ type: 'boolean', name: 'second_marker' })
  secondMarker!: boolean;

  @Column({ type: 'boolean' })
  published!: boolean;

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy!: number | null;

  @Column({ type: 'datetime', name: 'updated_at' })
  updatedAt!: Date;
}

/** One person's exceptions to a quiz: extra time, extra attempts, other dates. */
@Entity('quiz_override')
export class QuizOverride {
  @PrimaryColumn({ type: 'integer', name: 'quiz_id' })
  quizId!: number;

  @ManyToOne(() => Quiz, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'quiz_id', foreignKeyConstraintName: 'FK_quiz_override_quiz' })
  quiz?: Quiz;

  @PrimaryColumn({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_quiz_override_person' })
  person?: Person;

  @Column({ type: 'integer', name: 'extra_minutes' })
  extraMinutes!: number;

  @Column({ type: 'integer', name: 'extra_attempts' })
  extraAttempts!: number;

  @Column({ type: 'datetime', name: 'opens_at', nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'datetime', name: 'closes_at', nullable: true })
  closesAt!: Date | null;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy!: number | null;

  @Column({ type: 'datetime', name: 'updated_at' })
  updatedAt!: Date;
}

/**
 * One attempt of one learner at one quiz, in the class they take it with. The deadline is fixed
 * by the server at the start (time limit with any extra time, capped by the close time). The
 * unique (quiz, person, number) index makes a double start create one attempt.
 */
@Entity('attempt')
@Index('UQ_attempt_number', ['quizId', 'personId', 'number'], { unique: true })
@Index('IDX_attempt_deadline', ['state', 'deadlineAt'])
@Index('IDX_attempt_class', ['classId', 'quizId'])
export class Attempt {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'quiz_id' })
  quizId!: number;

  @ManyToOne(() => Quiz, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'quiz_id', foreignKeyConstraintName: 'FK_attempt_quiz' })
  quiz?: Quiz;

  @Column({ type: 'integer', name: 'class_id' })
  classId!: number;

  @ManyToOne(() => TrainingClass, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'FK_attempt_class' })
  trainingClass?: TrainingClass;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_attempt_person' })
  person?: Person;

  @Column({ type: 'integer' })
  number!: number;

  /** in_progress → (submitting, inside the submit transaction only) → awaiting_grading | graded. */
  @Column({ type: 'varchar', length: 20 })
  state!: AttemptState | 'submitting';

  @Column({ type: 'datetime', name: 'started_at' })
  startedAt!: Date;

  /** Null when neither a time limit nor a close time bounds it. */
  @Column({ type: 'datetime', name: 'deadline_at', nullable: true })
  deadlineAt!: Date | null;

  @Column({ type: 'datetime', name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  /** 'learner', or 'timeout' when the server submitted it at the deadline. */
  @Column({ type: 'varchar', length: 10, name: 'submitted_by', nullable: true })
  submittedBy!: 'learner' | 'timeout' | null;

  /** Points earned; null until every response is graded. */
  @Column({ type: 'double', nullable: true })
  score!: number | null;

  @Column({ type: 'double', name: 'max_score' })
  maxScore!: number;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;
}

/**
 * One question of an attempt: the version the learner saw, the order of its options, the saved
 * answer and its grade. `seq` is the browser's number for the save; an older save never overwrites
 * a newer one (saves replayed after a dropped connection may arrive out of order).
 */
@Entity('attempt_question')
export class AttemptQuestion {
  @PrimaryColumn({ type: 'integer', name: 'attempt_id' })
  attemptId!: number;

  @ManyToOne(() => Attempt, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'FK_attempt_question_attempt' })
  attempt?: Attempt;

  @PrimaryColumn({ type: 'integer' })
  slot!: number;

  @Column({ type: 'integer', name: 'question_id' })
  questionId!: number;

  @Column({ type: 'integer', name: 'question_version_id' })
  questionVersionId!: number;

  @ManyToOne(() => QuestionVersion, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'question_version_id', foreignKeyConstraintName: 'FK_attempt_question_version' })
  questionVersion?: QuestionVersion;

  @Column({ type: 'double' })
  points!: number;

  @Column({ type: 'simple-json', name: 'option_order' })
  order!: QuestionOrder;

  @Column({ type: 'simple-json', nullable: true })
  answer!: AnswerValue | null;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'datetime', name: 'saved_at', nullable: true })
  savedAt!: Date | null;

  /** 0…1 of the points; null while a trainer has to grade it (an essay). */
  @Column({ type: 'double', nullable: true })
  fraction!: number | null;

  /** The marker's comment (or the settled one), shown per the review policy. */
  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}

/** A marker's grade of one essay response: marker 1, and marker 2 when the quiz asks for a second marker. */
@Entity('attempt_mark')
export class AttemptMark {
  @PrimaryColumn({ type: 'integer', name: 'attempt_id' })
  attemptId!: number;

  @ManyToOne(() => Attempt, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'FK_attempt_mark_attempt' })
  attempt?: Attempt;

  @PrimaryColumn({ type: 'integer' })
  slot!: number;

  @PrimaryColumn({ type: 'integer' })
  marker!: number;

  @Column({ type: 'double' })
  points!: number;

  @Column({ type: 'text' })
  comment!: string;

  @Column({ type: 'integer', name: 'marked_by' })
  markedBy!: number;

  @Column({ type: 'datetime', name: 'marked_at' })
  markedAt!: Date;
}

export const QUIZ_ENTITIES = [Quiz, QuizOverride, Attempt, AttemptQuestion, AttemptMark];
