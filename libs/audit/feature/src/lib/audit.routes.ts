import { Route } from '@angular/router';
import { AuditLogStore } from '@cds/audit/data-access';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { AuditLogPage } from './audit-log/audit-log-page';
import { AUDIT_WORDS } from './i18n/audit-words';

/** Mount with `loadChildren` at `/audit`; the route guards itself (`audit.read`). */
export const AUDIT_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('audit.read')],
    providers: [provideTranslations(AUDIT_WORDS), AuditLogStore],
    component: AuditLogPage,
  },
];
