import { Route } from '@angular/router';
import { roleGuard } from '@cds/web/core';
import { provideVnDates } from '@cds/web/ui';
import { OrgMergePage } from './org-merge-page/org-merge-page';
import { OrgTreePage } from './org-tree-page/org-tree-page';

/** Mount with `loadChildren` behind authGuard and roleGuard('admin', 'unit_admin', 'certifier', 'trainer'). */
export const ORG_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideVnDates()],
    children: [
      { path: '', component: OrgTreePage },
      { path: 'merge', component: OrgMergePage, canActivate: [roleGuard('admin')] },
    ],
  },
];
