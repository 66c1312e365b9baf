import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnit } from '@cds/org/api';

/** A person the province trains; may or may not have an account. */
@Entity('person')
@Index('IDX_person_org_unit', ['orgUnitId'])
@Index('IDX_person_sort', ['sortKey', 'id'])
@Index('UQ_person_email', ['email'], { unique: true })
export class Person {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 255, name: 'full_name' })
  fullName!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  position!: string | null;

  @Column({ type: 'integer', name: 'org_unit_id', nullable: true })
  orgUnitId!: number | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'FK_person_org_unit' })
  orgUnit?: OrgUnit | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** Vietnamese name order (given name first, letters then tones), as plain digits: sorts on every engine. */
  @Column({ type: 'varchar', length: 400, name: 'sort_key', nullable: true })
  sortKey!: string | null;

  /** Lower-case name without diacritics, for searching "nguyen van" as well as "Nguyễn Văn". */
  @Column({ type: 'varchar', length: 255, name: 'search_text', nullable: true })
  searchText!: string | null;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'datetime', name: 'updated_at' })
  updatedAt!: Date;
}
