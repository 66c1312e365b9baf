import type { Role } from '@cds/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnit } from '@cds/org/api';
import { Account } from './account.entity';

/** A role granted to an account on an org-unit subtree. */
@Entity('role_grant')
@Index('UQ_role_grant', ['accountId', 'role', 'orgUnitId'], { unique: true })
export class RoleGrantEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'account_id' })
  accountId!: number;

  @ManyToOne(() => Account, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_role_grant_account' })
  account?: Account;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'integer', name: 'org_unit_id' })
  orgUnitId!: number;

  @ManyToOne(() => OrgUnit, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'FK_role_grant_org_unit' })
  orgUnit?: OrgUnit;

  @Column({ type: 'integer', name: 'granted_by', nullable: true })
  grantedBy!: number | null;

  @Column({ type: 'datetime', name: 'granted_at' })
  grantedAt!: Date;
}
