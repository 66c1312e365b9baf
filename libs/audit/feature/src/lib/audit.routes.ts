import { Route } from '@angular/router';
import { AuditLogStore } from '@cds/audit/data-access';
import { AuditLogPage } from './audit-log/audit-log-page';

/** Mount with `loadChildren` behind authGuard and roleGuard('admin'). */
export const AUDIT_ROUTES: Route[] = [{ path: '', component: AuditLogPage, providers: [AuditLogStore] }];
