import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from '@cds/catalogue/api';
import { Person } from '@cds/people/api';
import { TrainingClass } from '@cds/delivery/api';

/** `superseded`: replaced by a re-issue (kept, no longer counts); `revoked`: withdrawn with a reason. */
export type CertificateStatus = 'valid' | 'revoked' | 'superseded';
/** Where the completion was earned: a class of this platform, or training recorded from elsewhere. */
export type CertificateSource = 'platform' | 'external';

/** A certification decision (quyết định): its number is unique within its year. */
@Entity('certification_decision')
@Index('UQ_decision_number', ['year', 'number'], { unique: true })
export class CertificationDecision {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 40 })
  number!: string;

  @Column({ type: 'date', name: 'decided_on' })
  decidedOn!: string;

  @Column({ type: 'integer', name: 'class_id' })
  classId!: number;

  @ManyToOne(() => TrainingClass, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'FK_decision_class' })
  trainingClass?: TrainingClass;

  @Column({ type: 'varchar', length: 255, name: 'signer_name' })
  signerName!: string;

  @Column({ type: 'varchar', length: 255, name: 'signer_title' })
  signerTitle!: string;

  @Column({ type: 'integer', name: 'created_by' })
  createdBy!: number;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}

/**
 * A certificate of completion of a course held by a person: the one table core-team coverage reads
 * ("does the holder have a valid certificate of a qualifying course on that date"). A platform
 * certificate also carries what was printed on it at issue (the holder's name and unit then, the
 * course, the decision, the signer), its register number and its random public code; those columns
 * are null on rows recorded before certification decisions existed and on external records.
 */
@Entity('certificate')
@Index('IDX_certificate_person_course', ['personId', 'courseId'])
@Index('UQ_certificate_public_code', ['publicCode'], { unique: true })
@Index('UQ_certificate_register', ['registerYear', 'registerSeq'], { unique: true })
export class Certificate {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_certificate_person' })
  person?: Person;

  @Column({ type: 'integer', name: 'course_id' })
  courseId!: number;

  @ManyToOne(() => Course, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_certificate_course' })
  course?: Course;

  @Column({ type: 'date', name: 'issued_on' })
  issuedOn!: string;

  @Column({ type: 'date', name: 'expires_on', nullable: true })
  expiresOn!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: CertificateStatus;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 20, default: 'platform' })
  source!: CertificateSource;

  @Column({ type: 'varchar', length: 24, name: 'public_code', nullable: true })
  publicCode!: string | null;

  @Column({ type: 'integer', name: 'register_year', nullable: true })
  registerYear!: number | null;

  @Column({ type: 'integer', name: 'register_seq', nullable: true })
  registerSeq!: number | null;

  @Column({ type: 'integer', name: 'class_id', nullable: true })
  classId!: number | null;

  @ManyToOne(() => TrainingClass, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'FK_certificate_class' })
  trainingClass?: TrainingClass;

  @Column({ type: 'integer', name: 'decision_id', nullable: true })
  decisionId!: number | null;

  @ManyToOne(() => CertificationDecision, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'FK_certificate_decision' })
  decision?: CertificationDecision;

  /** What the certificate says, frozen at issue: the name, unit, course and hours as they were then. */
  @Column({ type: 'simple-json', nullable: true })
  printed!: PrintedFacts | null;

  /** The signed Open Badges credential (a VC-JWT), made at issue. */
  @Column({ type: 'text', nullable: true })
  credential!: string | null;

  @Column({ type: 'varchar', length: 500, name: 'revoked_reason', nullable: true })
  revokedReason!: string | null;

  @Column({ type: 'datetime', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'integer', name: 'revoked_by', nullable: true })
  revokedBy!: number | null;

  /** The certificate that replaced this one (re-issue after a retake or a correction). */
  @Column({ type: 'integer', name: 'superseded_by', nullable: true })
  supersededBy!: number | null;
}

/** The facts printed on a platform certificate, as at issue. */
export interface PrintedFacts {
  holderName: string;
  holderUnit: string;
  courseCode: string;
  courseTitle: string;
  hours: number;
  classCode: string;
  decisionNumber: string;
  decisionDate: string;
  signerName: string;
  signerTitle: string;
  department: string;
  /** The place written before the date ("Ninh Bình, ngày …"); older rows: the configured place. */
  place?: string;
  /** Why a re-issue was made, when it was one. */
  reissueReason?: string;
}
