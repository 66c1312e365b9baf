import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from '@cds/catalogue/api';
import { Person } from '@cds/people/api';

export type CertificateStatus = 'valid' | 'revoked';

/**
 * A certificate of completion of a course held by a person: what coverage needs. The
 * certification module adds the public code, register number, signature and PDF.
 */
@Entity('certificate')
@Index('IDX_certificate_person_course', ['personId', 'courseId'])
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
}
