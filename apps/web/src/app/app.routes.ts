import { Route } from '@angular/router';
import { authGuard } from '@cds/web/core';

/** The frame and the lazy-loaded features; each feature guards its own routes (see its `*_ROUTES`). */
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
      { path: 'audit', loadChildren: () => import('@cds/audit/feature').then((m) => m.AUDIT_ROUTES) },
      { path: 'org', loadChildren: () => import('@cds/org/feature').then((m) => m.ORG_ROUTES) },
      { path: 'people', loadChildren: () => import('@cds/people/feature').then((m) => m.PEOPLE_ROUTES) },
      { path: 'learn', loadChildren: () => import('@cds/delivery/feature').then((m) => m.LEARNING_ROUTES) },
      { path: 'attendance', loadChildren: () => import('@cds/delivery/feature').then((m) => m.ATTENDANCE_ROUTES) },
      { path: 'classes', loadChildren: () => import('@cds/delivery/feature').then((m) => m.CLASSES_ROUTES) },
      { path: 'plans', loadChildren: () => import('@cds/delivery/feature').then((m) => m.PLAN_ROUTES) },
      { path: 'enrolment', loadChildren: () => import('@cds/delivery/feature').then((m) => m.ENROLMENT_ROUTES) },
      { path: 'catalogue', loadChildren: () => import('@cds/catalogue/feature').then((m) => m.CATALOGUE_ROUTES) },
      { path: 'assessment', loadChildren: () => import('@cds/assessment/feature').then((m) => m.ASSESSMENT_ROUTES) },
      { path: 'core-team', loadChildren: () => import('@cds/core-team/feature').then((m) => m.CORE_TEAM_ROUTES) },
      { path: 'certification', loadChildren: () => import('@cds/certification/feature').then((m) => m.CERTIFICATION_ROUTES) },
      // public: checking a certificate needs no account
      { path: 'verify', loadChildren: () => import('@cds/certification/feature').then((m) => m.VERIFY_ROUTES) },
      // /login and /profile
      { path: '', loadChildren: () => import('@cds/auth/feature').then((m) => m.AUTH_ROUTES) },
      { path: '**', loadComponent: () => import('@cds/web/shell').then((m) => m.NotFoundPage) },
    ],
  },
];
