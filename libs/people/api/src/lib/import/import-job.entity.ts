import type { ImportColumnKey, ImportJobStatus } from '@cds/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** An import of people from a file; its row is what the web app polls for progress. */
@Entity('import_job')
export class ImportJob {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'created_by' })
  createdBy!: number;

  @Column({ type: 'varchar', length: 255, name: 'file_name' })
  fileName!: string;

  @Column({ type: 'boolean', name: 'dry_run' })
  dryRun!: boolean;

  @Column({ type: 'varchar', length: 20 })
  status!: ImportJobStatus;

  @Column({ type: 'integer', name: 'total_rows' })
  totalRows!: number;

  @Column({ type: 'integer', name: 'processed_rows' })
  processedRows!: number;

  @Column({ type: 'integer', name: 'created_people' })
  createdPeople!: number;

  @Column({ type: 'integer', name: 'created_assignments' })
  createdAssignments!: number;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'datetime', name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}

/** One problem of one row; a file can have thousands, and every one is reported. */
@Entity('import_problem')
@Index('IDX_import_problem_job', ['jobId', 'row'])
export class ImportProblem {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'job_id' })
  jobId!: number;

  @ManyToOne(() => ImportJob, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_import_problem_job' })
  job?: ImportJob;

  @Column({ type: 'integer' })
  row!: number;

  @Column({ type: 'varchar', length: 20, name: 'column_key', nullable: true })
  column!: ImportColumnKey | null;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 1000 })
  message!: string;
}
