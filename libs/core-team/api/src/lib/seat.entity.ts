import type { SeatFunction } from '@cds/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from '@cds/catalogue/api';
import { OrgUnit } from '@cds/org/api';

/**
 * A post of the core team that must be covered. Seats never move between units: a merge ends
 * the seat and opens its successor in the new unit, so history stays as it was.
 */
@Entity('seat')
@Index('IDX_seat_unit', ['orgUnitId'])
export class Seat {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'org_unit_id' })
  orgUnitId!: number;

  @ManyToOne(() => OrgUnit, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'FK_seat_org_unit' })
  orgUnit?: OrgUnit;

  @Column({ type: 'varchar', length: 40 })
  function!: SeatFunction;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'date', name: 'valid_from' })
  validFrom!: string;

  @Column({ type: 'date', name: 'valid_to', nullable: true })
  validTo!: string | null;

  @Column({ type: 'integer', name: 'predecessor_seat_id', nullable: true })
  predecessorSeatId!: number | null;

  @ManyToOne(() => Seat, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'predecessor_seat_id', foreignKeyConstraintName: 'FK_seat_predecessor' })
  predecessor?: Seat | null;

  /** Bumped by every change to the seat's assignments; guards concurrent assignment. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}

/** The courses any one of which qualifies a holder of the seat. */
@Entity('seat_course')
@Index('IDX_seat_course_course', ['courseId'])
export class SeatCourse {
  @PrimaryColumn({ type: 'integer', name: 'seat_id' })
  seatId!: number;

  @ManyToOne(() => Seat, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'seat_id', foreignKeyConstraintName: 'FK_seat_course_seat' })
  seat?: Seat;

  @PrimaryColumn({ type: 'integer', name: 'course_id' })
  courseId!: number;

  @ManyToOne(() => Course, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_seat_course_course' })
  course?: Course;
}
