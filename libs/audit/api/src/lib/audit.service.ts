import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditEntry, Page } from '@cds/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '@cds/api/common';
import { AuditLog } from './audit-log.entity';

export interface AuditRecord {
  action: AuditAction;
  actorId?: number | null;
  actorEmail?: string | null;
  targetType?: string | null;
  targetId?: string | number | null;
  /** What the target is called now (a unit's or a person's name, an email), so the log reads without lookups. */
  targetLabel?: string | null;
  ip?: string | null;
  details?: Record<string, unknown> | null;
}

export function toAuditEntry(row: AuditLog): AuditEntry {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    action: row.action as AuditAction,
    targetType: row.targetType,
    targetId: row.targetId,
    targetLabel: row.targetLabel,
    ip: row.ip,
    details: row.details,
  };
}

/** Append-only audit log. Pass the transaction's manager so the entry commits with the act it records. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(entry: AuditRecord, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.insert(AuditLog, {
      at: new Date(),
      action: entry.action,
      actorId: entry.actorId ?? null,
      actorEmail: entry.actorEmail ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId == null ? null : String(entry.targetId),
      targetLabel: entry.targetLabel?.slice(0, 255) ?? null,
      ip: entry.ip ?? null,
      details: (entry.details ?? null) as AuditLog['details'] & object,
    });
  }

  /** Newest first, keyset on id. */
  async list(limit = 50, cursor?: string): Promise<Page<AuditEntry>> {
    const after = decodeCursor(cursor, { id: 'number' });
    const qb = this.db.getRepository(AuditLog).createQueryBuilder('a').orderBy('a.id', 'DESC').take(limit + 1);
    if (after) qb.where('a.id < :id', { id: after.id });
    const rows = await qb.getMany();
    const items = rows.slice(0, limit).map(toAuditEntry);
    return { items, nextCursor: rows.length > limit ? encodeCursor({ id: items[items.length - 1].id }) : null };
  }

  /** Failed sign-ins for a key (email or address) since a moment: how many, and the oldest. */
  async failuresSince(field: 'targetId' | 'ip', value: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const column = field === 'targetId' ? 'a.target_id' : 'a.ip';
    const row = await this.db
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .select('COUNT(*)', 'count')
      .addSelect('MIN(a.at)', 'oldest')
      .where('a.action = :action', { action: 'auth.login_failed' })
      .andWhere(`${column} = :value`, { value })
      .andWhere('a.at > :since', { since })
      .getRawOne<{ count: string | number; oldest: string | Date | null }>();
    return { count: Number(row?.count ?? 0), oldest: row?.oldest ? parseDbDate(row.oldest) : null };
  }
}

/** Raw datetimes come back as Date (mysql2) or 'YYYY-MM-DD HH:MM:SS.sss' UTC text (SQLite). */
export function parseDbDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
}
