import type { ImportJobStatus, ImportRowProblem } from '@cds/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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

  @Column({ type: 'simple-json', nullable: true })
  problems!: ImportRowProblem[] | null;

  @Column({ type: 'integer', name: 'created_people' })
  createdPeople!: number;

  @Column({ type: 'integer', name: 'created_assignments' })
  createdAssignments!: number;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'datetime', name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
