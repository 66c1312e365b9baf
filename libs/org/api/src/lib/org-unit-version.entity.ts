import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnit, OrgUnitKind } from './org-unit.entity';

/**
 * One period of a unit's name, code, kind and parent. Renames and moves close the current
 * version on the effective date and open a new one, so the tree can be read as of any date.
 */
@Entity('org_unit_version')
@Index('IDX_org_unit_version_unit', ['unitId', 'validFrom'])
@Index('IDX_org_unit_version_period', ['validFrom', 'validTo'])
@Index('IDX_org_unit_version_parent', ['parentId', 'validFrom'])
export class OrgUnitVersion {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => OrgUnit, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_org_unit_version_unit' })
  unit?: OrgUnit;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  code!: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrgUnitKind;

  @Column({ type: 'integer', name: 'parent_id', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_org_unit_version_parent' })
  parent?: OrgUnit | null;

  @Column({ type: 'date', name: 'valid_from' })
  validFrom!: string;

  @Column({ type: 'date', name: 'valid_to', nullable: true })
  validTo!: string | null;
}
