import type { EndReason } from '@cds/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { Seat } from './seat.entity';

/** A person in a seat from startDate (inclusive) to endDate (exclusive, null while current). */
@Entity('assignment')
@Index('IDX_assignment_seat', ['seatId', 'startDate'])
@Index('IDX_assignment_person', ['personId'])
export class Assignment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'seat_id' })
  seatId!: number;

  @ManyToOne(() => Seat, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'seat_id', foreignKeyConstraintName: 'FK_assignment_seat' })
  seat?: Seat;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_assignment_person' })
  person?: Person;

  /** The seat's unit, and its name, as they were when the assignment started. */
  @Column({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => OrgUnit, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_assignment_unit' })
  unit?: OrgUnit;

  @Column({ type: 'varchar', length: 255, name: 'unit_name' })
  unitName!: string;

  @Column({ type: 'date', name: 'start_date' })
  startDate!: string;

  @Column({ type: 'date', name: 'end_date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'varchar', length: 20, name: 'end_reason', nullable: true })
  endReason!: EndReason | null;

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy!: number | null;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
