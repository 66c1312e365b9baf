import { Route } from '@angular/router';
import { authGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { LEARNING_WORDS } from './i18n/learning-words';

/**
 * Mounted at /learn — every signed-in person's own learning: home, a class's lessons, the lesson
 * viewer, QR check-in. Each screen is its own chunk, so a phone on a slow link loads only the one
 * it opens.
 */
export const LEARNING_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard],
    providers: [provideTranslations(LEARNING_WORDS)],
    children: [
      { path: '', loadComponent: () => import('./learner-home/learner-home-page').then((m) => m.LearnerHomePage) },
      { path: 'classes/:classId', loadComponent: () => import('./class-outline/class-outline-page').then((m) => m.ClassOutlinePage) },
      {
        path: 'classes/:classId/lessons/:lessonId',
        loadComponent: () => import('./lesson/lesson-page').then((m) => m.LessonPage),
      },
      { path: 'classes/:classId/check-in', loadComponent: () => import('./check-in/check-in-page').then((m) => m.CheckInPage) },
    ],
  },
];
