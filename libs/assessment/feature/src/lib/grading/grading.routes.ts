import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { GradingPage } from './grading-page/grading-page';
import { GradingQueuePage } from './grading-queue-page/grading-queue-page';
import { GRADING_WORDS } from './i18n/grading-words';

/** Grading essays, mounted under /assessment: the queue, and one question across its learners (`grading.do`). */
export const GRADING_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('grading.do')],
    providers: [provideTranslations(GRADING_WORDS)],
    children: [
      { path: 'grading', component: GradingQueuePage },
      { path: 'grading/quizzes/:quizId/questions/:questionId', component: GradingPage },
    ],
  },
];
