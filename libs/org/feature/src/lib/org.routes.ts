import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { provideVnDates } from '@cds/web/ui';
import { OrgMergePage } from './org-merge-page/org-merge-page';
import { OrgTreePage } from './org-tree-page/org-tree-page';
import { ORG_WORDS } from './i18n/org-words';

/** Mount with `loadChildren` at `/org`; the routes guard themselves (`org.read`, the merge `org.write`). */
export const ORG_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('org.read')],
    providers: [provideTranslations(ORG_WORDS), provideVnDates()],
    children: [
      { path: '', component: OrgTreePage },
      { path: 'merge', component: OrgMergePage, canActivate: [capabilityGuard('org.write')] },
    ],
  },
];
