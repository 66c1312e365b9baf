import { Route } from '@angular/router';
import { authGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { ATTEMPT_WORDS } from './i18n/attempt-words';

/**
 * The learner's quizzes, mounted with the other assessment routes at /assessment: a class's quizzes
 * and the attempt page (its review once submitted). Any signed-in person: the API checks the
 * enrolment in the class and that the attempt is their own. Each screen is its own chunk, so a
 * phone on a slow link loads only the one it opens.
 */
export const ATTEMPT_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard],
    providers: [provideTranslations(ATTEMPT_WORDS)],
    children: [
      { path: 'classes/:classId/quizzes', loadComponent: () => import('./quiz-list-page/quiz-list-page').then((m) => m.QuizListPage) },
      { path: 'attempts/:attemptId', loadComponent: () => import('./attempt-page/attempt-page').then((m) => m.AttemptPage) },
    ],
  },
];
