import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '@cds/people/api';

/**
 * One refresh token of a session ("family"). Only a SHA-256 of the secret part is stored.
 * Every use consumes the token and issues its successor in the same family; presenting a
 * consumed token again revokes the whole family.
 */
@Entity('refresh_token')
@Index('IDX_refresh_token_family', ['familyId'])
@Index('IDX_refresh_token_account', ['accountId'])
export class RefreshToken {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 36, name: 'family_id' })
  familyId!: string;

  @Column({ type: 'integer', name: 'account_id' })
  accountId!: number;

  @ManyToOne(() => Account, { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_refresh_token_account' })
  account?: Account;

  @Column({ type: 'varchar', length: 64, name: 'token_hash' })
  tokenHash!: string;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'datetime', name: 'expires_at' })
  expiresAt!: Date;

  @Column({ type: 'datetime', name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'datetime', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 30, name: 'revoke_reason', nullable: true })
  revokeReason!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}
