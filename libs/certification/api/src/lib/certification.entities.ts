import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Quiz } from '@cds/assessment/api';
import { Course } from '@cds/catalogue/api';
import { TrainingClass } from '@cds/delivery/api';
import { Person } from '@cds/people/api';
import { Certificate } from './certificate.entity';

const noAction = { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' } as const;

/** What a class's learners must do to complete it. One row per class; a class without one uses the defaults. */
@Entity('completion_rule')
export class CompletionRule {
  @PrimaryColumn({ type: 'integer', name: 'class_id' })
  classId!: number;

  @ManyToOne(() => TrainingClass, noAction)
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'FK_completion_rule_class' })
  trainingClass?: TrainingClass;

  /** Every lesson of the class's course version completed. */
  @Column({ type: 'boolean', name: 'all_lessons' })
  allLessons!: boolean;

  /** Every published quiz of the class passed (the final exam included). */
  @Column({ type: 'boolean', name: 'all_quizzes' })
  allQuizzes!: boolean;

  /** Attendance of the class's sessions (present or late; excused sessions left out), in percent; null: not required. */
  @Column({ type: 'integer', name: 'min_attendance', nullable: true })
  minAttendance!: number | null;

  /** The quiz that is the final exam; passing it is required on its own. */
  @Column({ type: 'integer', name: 'final_quiz_id', nullable: true })
  finalQuizId!: number | null;

  @ManyToOne(() => Quiz, noAction)
  @JoinColumn({ name: 'final_quiz_id', foreignKeyConstraintName: 'FK_completion_rule_quiz' })
  finalQuiz?: Quiz;

  /** The trainer signs off the practical work of each learner. */
  @Column({ type: 'boolean', name: 'sign_off' })
  signOff!: boolean;

  @Column({ type: 'integer', name: 'updated_by', nullable: true })
  updatedBy!: number | null;

  @Column({ type: 'datetime', name: 'updated_at' })
  updatedAt!: Date;
}

/**
 * A learner's completion of a class as last evaluated, when something it depends on happened (a
 * lesson done, an attendance mark, a graded attempt, a sign-off, a rule change). Never by a timer.
 */
@Entity('completion')
export class Completion {
  @PrimaryColumn({ type: 'integer', name: 'class_id' })
  classId!: number;

  @ManyToOne(() => TrainingClass, noAction)
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'FK_completion_class' })
  trainingClass?: TrainingClass;

  @PrimaryColumn({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, noAction)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_completion_person' })
  person?: Person;

  @Column({ type: 'integer', name: 'lessons_done' })
  lessonsDone!: number;

  @Column({ type: 'integer', name: 'lessons_total' })
  lessonsTotal!: number;

  @Column({ type: 'integer', name: 'quizzes_passed' })
  quizzesPassed!: number;

  @Column({ type: 'integer', name: 'quizzes_total' })
  quizzesTotal!: number;

  /** Percent of the sessions held so far; null before the first session. */
  @Column({ type: 'integer', nullable: true })
  attendance!: number | null;

  @Column({ type: 'boolean', name: 'final_passed', nullable: true })
  finalPassed!: boolean | null;

  @Column({ type: 'integer', name: 'signed_off_by', nullable: true })
  signedOffBy!: number | null;

  @Column({ type: 'datetime', name: 'signed_off_at', nullable: true })
  signedOffAt!: Date | null;

  /** The rules are met (or an exception was granted). */
  @Column({ type: 'boolean' })
  complete!: boolean;

  @Column({ type: 'datetime', name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, name: 'exception_reason', nullable: true })
  exceptionReason!: string | null;

  @Column({ type: 'integer', name: 'exception_by', nullable: true })
  exceptionBy!: number | null;

  @Column({ type: 'datetime', name: 'evaluated_at' })
  evaluatedAt!: Date;
}

/** Training done elsewhere (the Ministry, another body), with its evidence, and whether it counts for a course's posts. */
@Entity('external_training')
@Index('IDX_external_training_person', ['personId'])
export class ExternalTraining {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, noAction)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_external_training_person' })
  person?: Person;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'varchar', length: 255, name: 'issuing_body' })
  issuingBody!: string;

  @Column({ type: 'date', name: 'completed_on' })
  completedOn!: string;

  @Column({ type: 'integer' })
  hours!: number;

  @Column({ type: 'varchar', length: 100, name: 'evidence_key' })
  evidenceKey!: string;

  @Column({ type: 'varchar', length: 255, name: 'evidence_name' })
  evidenceName!: string;

  /** The platform course it stands for, when a certifier decided it counts; null: recorded only. */
  @Column({ type: 'integer', name: 'counts_for_course_id', nullable: true })
  countsForCourseId!: number | null;

  @ManyToOne(() => Course, noAction)
  @JoinColumn({ name: 'counts_for_course_id', foreignKeyConstraintName: 'FK_external_training_course' })
  countsForCourse?: Course;

  /** The certificate row that makes it count for coverage. */
  @Column({ type: 'integer', name: 'certificate_id', nullable: true })
  certificateId!: number | null;

  @ManyToOne(() => Certificate, noAction)
  @JoinColumn({ name: 'certificate_id', foreignKeyConstraintName: 'FK_external_training_certificate' })
  certificate?: Certificate;

  @Column({ type: 'varchar', length: 500 })
  note!: string;

  @Column({ type: 'integer', name: 'created_by' })
  createdBy!: number;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
