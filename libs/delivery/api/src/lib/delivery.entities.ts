import type { AttendanceMethod, AttendanceStatus, ClassMode, EnrolmentState } from '@cds/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Course, CourseVersion } from '@cds/catalogue/api';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';

/** The province's training plan for one year. */
@Entity('training_plan')
@Index('UQ_training_plan_year', ['year'], { unique: true })
export class TrainingPlan {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}

/** A course in a year's plan, with how many classes and how many people per tier it should reach. */
@Entity('plan_item')
@Index('UQ_plan_item_course', ['planId', 'courseId'], { unique: true })
export class PlanItem {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'plan_id' })
  planId!: number;

  @ManyToOne(() => TrainingPlan, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_plan_item_plan' })
  plan?: TrainingPlan;

  @Column({ type: 'integer', name: 'course_id' })
  courseId!: number;

  @ManyToOne(() => Course, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_plan_item_course' })
  course?: Course;

  @Column({ type: 'integer', name: 'planned_classes' })
  plannedClasses!: number;

  @Column({ type: 'integer', name: 'target_province' })
  targetProvince!: number;

  @Column({ type: 'integer', name: 'target_department' })
  targetDepartment!: number;

  @Column({ type: 'integer', name: 'target_district' })
  targetDistrict!: number;

  @Column({ type: 'integer', name: 'target_commune' })
  targetCommune!: number;

  @Column({ type: 'varchar', length: 500 })
  note!: string;
}

/**
 * A class: one run of a course version. `enrolledCount` is the number of enrolled people, moved
 * only by conditional updates (`enrolled_count < capacity`), so capacity holds under concurrent
 * approvals on every engine.
 */
@Entity('training_class')
@Index('UQ_training_class_code', ['code'], { unique: true })
@Index('IDX_training_class_course', ['courseId', 'startDate'])
@Index('IDX_training_class_dates', ['startDate'])
export class TrainingClass {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'integer', name: 'course_id' })
  courseId!: number;

  @ManyToOne(() => Course, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_training_class_course' })
  course?: Course;

  @Column({ type: 'integer', name: 'course_version_id' })
  courseVersionId!: number;

  @ManyToOne(() => CourseVersion, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_version_id', foreignKeyConstraintName: 'FK_training_class_version' })
  courseVersion?: CourseVersion;

  @Column({ type: 'varchar', length: 20 })
  mode!: ClassMode;

  @Column({ type: 'date', name: 'start_date' })
  startDate!: string;

  @Column({ type: 'date', name: 'end_date' })
  endDate!: string;

  @Column({ type: 'date', name: 'enrolment_deadline' })
  enrolmentDeadline!: string;

  @Column({ type: 'varchar', length: 255 })
  place!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'integer', name: 'enrolled_count' })
  enrolledCount!: number;

  /** The unit that runs the class (usually the province's department); scope checks use its path. */
  @Column({ type: 'integer', name: 'organiser_unit_id' })
  organiserUnitId!: number;

  @ManyToOne(() => OrgUnit, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'organiser_unit_id', foreignKeyConstraintName: 'FK_training_class_organiser' })
  organiserUnit?: OrgUnit;

  @Column({ type: 'boolean' })
  cancelled!: boolean;

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy!: number | null;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}

@Entity('class_trainer')
@Index('IDX_class_trainer_person', ['personId'])
export class ClassTrainer {
  @PrimaryColumn({ type: 'integer', name: 'class_id' })
  classId!: number;

  @ManyToOne(() => TrainingClass, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'FK_class_trainer_class' })
  trainingClass?: TrainingClass;

  @PrimaryColumn({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_class_trainer_person' })
  person?: Person;
}

/** A scheduled meeting of a class. `checkInSecret` keys the rotating QR codes; it never leaves the server. */
@Entity('class_session')
@Index('IDX_class_session_class', ['classId', 'startsAt'])
export class ClassSession {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'class_id' })
  classId!: number;

  @ManyToOne(() => TrainingClass, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'FK_class_session_class' })
  trainingClass?: TrainingClass;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'datetime', name: 'starts_at' })
  startsAt!: Date;

  @Column({ type: 'datetime', name: 'ends_at' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 255 })
  place!: string;

  @Column({ type: 'varchar', length: 500, name: 'online_url', nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'varchar', length: 64, name: 'check_in_secret' })
  checkInSecret!: string;
}

/**
 * A person's place in a class, through its states. One row per person and class (a unique index);
 * every change of state is a conditional update on the state it leaves.
 */
@Entity('enrolment')
@Index('UQ_enrolment_class_person', ['classId', 'personId'], { unique: true })
@Index('IDX_enrolment_person', ['personId', 'state'])
@Index('IDX_enrolment_class_state', ['classId', 'state', 'id'])
export class Enrolment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'class_id' })
  classId!: number;

  @ManyToOne(() => TrainingClass, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'FK_enrolment_class' })
  trainingClass?: TrainingClass;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_enrolment_person' })
  person?: Person;

  @Column({ type: 'varchar', length: 20 })
  state!: EnrolmentState;

  /** Who nominated; null when the learner asked to join. */
  @Column({ type: 'integer', name: 'nominated_by', nullable: true })
  nominatedBy!: number | null;

  @Column({ type: 'integer', name: 'decided_by', nullable: true })
  decidedBy!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  /** When the person joined the waiting list: its order. */
  @Column({ type: 'datetime', name: 'waitlisted_at', nullable: true })
  waitlistedAt!: Date | null;

  /** The lesson the learner last opened: where "continue" leads. */
  @Column({ type: 'integer', name: 'last_lesson_id', nullable: true })
  lastLessonId!: number | null;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'datetime', name: 'updated_at' })
  updatedAt!: Date;
}

/** How far a learner got in one lesson of their class's course version. */
@Entity('lesson_progress')
export class LessonProgress {
  @PrimaryColumn({ type: 'integer', name: 'enrolment_id' })
  enrolmentId!: number;

  @ManyToOne(() => Enrolment, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'FK_lesson_progress_enrolment' })
  enrolment?: Enrolment;

  @PrimaryColumn({ type: 'integer', name: 'lesson_id' })
  lessonId!: number;

  /** How much of the lesson was read, in thousandths (the API speaks 0–1). */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'datetime', name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'datetime', name: 'updated_at' })
  updatedAt!: Date;
}

/** One person's attendance at one session (one row: a unique key), by whichever method set it last. */
@Entity('attendance')
export class Attendance {
  @PrimaryColumn({ type: 'integer', name: 'session_id' })
  sessionId!: number;

  @ManyToOne(() => ClassSession, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_attendance_session' })
  session?: ClassSession;

  @PrimaryColumn({ type: 'integer', name: 'enrolment_id' })
  enrolmentId!: number;

  @ManyToOne(() => Enrolment, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'FK_attendance_enrolment' })
  enrolment?: Enrolment;

  @Column({ type: 'varchar', length: 20 })
  status!: AttendanceStatus;

  @Column({ type: 'varchar', length: 20 })
  method!: AttendanceMethod;

  @Column({ type: 'integer', name: 'recorded_by', nullable: true })
  recordedBy!: number | null;

  @Column({ type: 'datetime', name: 'recorded_at' })
  recordedAt!: Date;
}

/** A scanned sign-in sheet kept as evidence of a session's attendance. */
@Entity('sign_in_sheet')
@Index('IDX_sign_in_sheet_session', ['sessionId'])
export class SignInSheet {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'session_id' })
  sessionId!: number;

  @ManyToOne(() => ClassSession, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_sign_in_sheet_session' })
  session?: ClassSession;

  @Column({ type: 'varchar', length: 255, name: 'file_name' })
  fileName!: string;

  @Column({ type: 'varchar', length: 100, name: 'content_type' })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'varchar', length: 100, name: 'storage_key' })
  storageKey!: string;

  @Column({ type: 'integer', name: 'uploaded_by' })
  uploadedBy!: number;

  @Column({ type: 'datetime', name: 'uploaded_at' })
  uploadedAt!: Date;

  @Column({ type: 'integer', name: 'confirmed_by', nullable: true })
  confirmedBy!: number | null;

  @Column({ type: 'datetime', name: 'confirmed_at', nullable: true })
  confirmedAt!: Date | null;
}

export const DELIVERY_ENTITIES = [TrainingPlan, PlanItem, TrainingClass, ClassTrainer, ClassSession, Enrolment, LessonProgress, Attendance, SignInSheet];
