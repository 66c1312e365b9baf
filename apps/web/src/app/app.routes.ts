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
        loadChildren: () => import('@cds/audit/feature').then((m) => m.AUDIT_ROUTES),
      },
      {
        path: 'org',
        canActivate: [authGuard, roleGuard('admin', 'unit_admin', 'certifier', 'trainer')],
        loadChildren: () => import('@cds/org/feature').then((m) => m.ORG_ROUTES),
      },
      {
        path: 'people',
        canActivate: [authGuard, roleGuard('admin', 'unit_admin', 'certifier')],
        loadChildren: () => import('@cds/people/feature').then((m) => m.PEOPLE_ROUTES),
      },
      {
        path: 'core-team',
        canActivate: [authGuard, roleGuard('admin', 'unit_admin', 'certifier')],
        loadChildren: () => import('@cds/core-team/feature').then((m) => m.CORE_TEAM_ROUTES),
      },
      // /login and /profile
      { path: '', loadChildren: () => import('@cds/auth/feature').then((m) => m.AUTH_ROUTES) },
      { path: '**', loadComponent: () => import('@cds/web/shell').then((m) => m.NotFoundPage) },
    ],
  },
];
