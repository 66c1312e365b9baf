import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnit } from './org-unit.entity';

/** "predecessor was merged into successor on effectiveDate". */
@Entity('org_unit_successor')
@Index('IDX_org_unit_successor_pred', ['predecessorId'])
@Index('IDX_org_unit_successor_succ', ['successorId'])
export class OrgUnitSuccessor {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'predecessor_id' })
  predecessorId!: number;

  @ManyToOne(() => OrgUnit, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'predecessor_id', foreignKeyConstraintName: 'FK_org_unit_successor_pred' })
  predecessor?: OrgUnit;

  @Column({ type: 'integer', name: 'successor_id' })
  successorId!: number;

  @ManyToOne(() => OrgUnit, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'successor_id', foreignKeyConstraintName: 'FK_org_unit_successor_succ' })
  successor?: OrgUnit;

  @Column({ type: 'date', name: 'effective_date' })
  effectiveDate!: string;

  @Column({ type: 'varchar', length: 20 })
  reason!: 'merge' | 'split' | 'other';
}
