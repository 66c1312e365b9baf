import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { LEARNING_WORDS } from '../learning/i18n/learning-words';

/** Mounted at /attendance — a session's roll call (with sign-in sheets) and its QR check-in display. */
export const ATTENDANCE_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('attendance.take')],
    providers: [provideTranslations(LEARNING_WORDS)],
    children: [
      { path: 'sessions/:sessionId', loadComponent: () => import('./roll-call/roll-call-page').then((m) => m.RollCallPage) },
      {
        path: 'sessions/:sessionId/display',
        loadComponent: () => import('./check-in-display/check-in-display-page').then((m) => m.CheckInDisplayPage),
      },
    ],
  },
];
