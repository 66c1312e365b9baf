import { Route } from '@angular/router';
import { AuditLogStore } from '@cds/audit/data-access';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { AuditLogPage } from './audit-log/audit-log-page';

/** Mount with `loadChildren` at `/audit`; the route guards itself (`audit.read`). */
export const AUDIT_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('audit.read')],
    providers: [AuditLogStore],
    component: AuditLogPage,
  },
];
