import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: the API only ever inserts into this table. */
@Entity('audit_log')
@Index('IDX_audit_log_action_target_at', ['action', 'targetId', 'at'])
@Index('IDX_audit_log_action_ip_at', ['action', 'ip', 'at'])
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'datetime' })
  at!: Date;

  @Column({ type: 'integer', name: 'actor_id', nullable: true })
  actorId!: number | null;

  @Column({ type: 'varchar', length: 255, name: 'actor_email', nullable: true })
  actorEmail!: string | null;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ type: 'varchar', length: 40, name: 'target_type', nullable: true })
  targetType!: string | null;

  @Column({ type: 'varchar', length: 255, name: 'target_id', nullable: true })
  targetId!: string | null;

  /** What the target was called when the act happened (a unit's or a person's name, an email). */
  @Column({ type: 'varchar', length: 255, name: 'target_label', nullable: true })
  targetLabel!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  details!: Record<string, unknown> | null;
}
