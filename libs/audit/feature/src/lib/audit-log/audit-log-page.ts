import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { AuditLogStore } from '@cds/audit/data-access';
import { AuditEntry } from '@cds/contracts';
import { formatVnDateTime } from '@cds/web/i18n';
import { LoadMore } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { AUDIT_VI } from '../i18n/audit.vi';

/** Translation key of an audit action, or the action itself when we have no words for it yet. */
export function auditActionKey(action: string): string {
  const known = action
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], AUDIT_VI.audit.actions);
  return typeof known === 'string' ? `audit.actions.${action}` : action;
}

/** Translation key of a target type, or the type itself when we have no words for it yet. */
export function targetTypeKey(type: string): string {
  return type in AUDIT_VI.audit.targetTypes ? `audit.targetTypes.${type}` : type;
}

interface Row {
  id: number;
  time: string;
  at: string;
  actor: string | null;
  actionKey: string;
  /** What the target was called when the act happened (the API's targetLabel). */
  targetLabel: string | null;
  targetTypeKey: string | null;
  targetId: string | null;
  ip: string;
}

function toRow(e: AuditEntry): Row {
  return {
    id: e.id,
    time: formatVnDateTime(e.at),
    at: e.at,
    actor: e.actorEmail ?? (e.actorId !== null ? `#${e.actorId}` : null),
    actionKey: auditActionKey(e.action),
    targetLabel: e.targetLabel ?? null,
    targetTypeKey: e.targetType ? targetTypeKey(e.targetType) : null,
    targetId: e.targetId,
    ip: e.ip ?? '',
  };
}

/** "Nhật ký hệ thống": the audit log for administrators, newest first, loaded page by page. */
@Component({
  selector: 'cds-audit-log-page',
  imports: [LoadMore, MatCardModule, MatProgressBarModule, MatTableModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
})
export class AuditLogPage implements OnInit {
  private readonly store = inject(AuditLogStore);

  protected readonly columns = ['time', 'actor', 'action', 'target', 'ip'];
  protected readonly rows = computed(() => this.store.items().map(toRow));
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly hasMore = this.store.hasMore;

  ngOnInit(): void {
    this.store.load();
  }

  protected loadMore(): void {
    this.store.loadMore();
  }
}
