import { Route } from '@angular/router';
import { authGuard, roleGuard } from '@cds/web/core';

export const appRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('@cds/web/shell').then((m) => m.ShellLayout),
    children: [
      {
        path: '',
        pathMatch: 'full',
        canActivate: [authGuard],
        loadComponent: () => import('@cds/web/shell').then((m) => m.DashboardPage),
      },
      {
        path: 'audit',
        canActivate: [authGuard, roleGuard('admin')],
        loadChildren: () => import('@cds/web/audit').then((m) => m.AUDIT_ROUTES),
      },
      {
        path: 'org',
        canActivate: [authGuard, roleGuard('admin', 'unit_admin', 'certifier', 'trainer')],
        loadChildren: () => import('@cds/web/org').then((m) => m.ORG_ROUTES),
      },
      {
        path: 'people',
        canActivate: [authGuard, roleGuard('admin', 'unit_admin', 'certifier')],
        loadChildren: () => import('@cds/web/people').then((m) => m.PEOPLE_ROUTES),
      },
      {
        path: 'core-team',
        canActivate: [authGuard, roleGuard('admin', 'unit_admin', 'certifier')],
        loadChildren: () => import('@cds/web/core-team').then((m) => m.CORE_TEAM_ROUTES),
      },
      // /login and /profile
      { path: '', loadChildren: () => import('@cds/web/auth').then((m) => m.AUTH_ROUTES) },
      { path: '**', loadComponent: () => import('@cds/web/shell').then((m) => m.NotFoundPage) },
    ],
  },
];
