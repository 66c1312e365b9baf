import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from './person.entity';

/** A sign-in account of a person. Never leaves the API as it is (it holds the password hash). */
@Entity('account')
@Index('UQ_account_email', ['email'], { unique: true })
@Index('UQ_account_person', ['personId'], { unique: true })
export class Account {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_account_person' })
  person?: Person;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 255 })
  email!: string;

  @Column({ type: 'varchar', length: 255, name: 'password_hash' })
  passwordHash!: string;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'datetime', name: 'password_changed_at', nullable: true })
  passwordChangedAt!: Date | null;

  @Column({ type: 'datetime', name: 'last_login_at', nullable: true })
  lastLoginAt!: Date | null;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
