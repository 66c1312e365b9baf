import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const ORG_UNIT_KINDS = ['province', 'department', 'district', 'commune', 'ward', 'agency'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/**
 * A unit of the organisation tree. `path` is the materialised path of ids from the root
 * (`/1/5/23/`), so "is X inside the subtree of Y" is a prefix test that works on every engine.
 */
@Entity('org_unit')
@Index('IDX_org_unit_path', ['path'])
export class OrgUnit {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** National administrative code (mã đơn vị hành chính), when the unit has one. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  code!: string | null;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrgUnitKind;

  @Column({ type: 'integer', name: 'parent_id', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_org_unit_parent' })
  parent?: OrgUnit | null;

  @Column({ type: 'varchar', length: 512 })
  path!: string;

  /** First day the unit exists (inclusive), `YYYY-MM-DD`. */
  @Column({ type: 'date', name: 'valid_from' })
  validFrom!: string;

  /** First day the unit no longer exists (exclusive), or null while it exists. */
  @Column({ type: 'date', name: 'valid_to', nullable: true })
  validTo!: string | null;
}
