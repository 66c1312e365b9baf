import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideVnDates } from '@cds/web/ui';
import { OrgMergePage } from './org-merge-page/org-merge-page';
import { OrgTreePage } from './org-tree-page/org-tree-page';

/** Mount with `loadChildren` at `/org`; the routes guard themselves (`org.read`, the merge `org.write`). */
export const ORG_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('org.read')],
    providers: [provideVnDates()],
    children: [
      { path: '', component: OrgTreePage },
      { path: 'merge', component: OrgMergePage, canActivate: [capabilityGuard('org.write')] },
    ],
  },
];
