import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { ASSESSMENT_WORDS } from '../i18n/assessment-words';
import { QUIZ_WORDS } from './i18n/quiz-words';
import { CourseQuizzesPage } from './course-quizzes-page/course-quizzes-page';
import { QuizResultsPage } from './quiz-results-page/quiz-results-page';
import { QuizSettingsPage } from './quiz-settings-page/quiz-settings-page';

/**
 * The trainer's quiz screens, mounted under /assessment beside the question bank: a course's quizzes,
 * a quiz's settings (new or saved, with overrides and the regrade) for authors (`quizzes.write`), and
 * a quiz's results per class for graders (`grading.do`, as the API asks). The bank's words come too
 * (question types), since these routes sit beside the bank's, not inside them.
 */
export const QUIZ_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideTranslations(ASSESSMENT_WORDS), provideTranslations(QUIZ_WORDS)],
    children: [
      { path: 'courses/:courseId/quizzes', canActivate: [authGuard, capabilityGuard('quizzes.write')], component: CourseQuizzesPage },
      { path: 'courses/:courseId/quizzes/new', canActivate: [authGuard, capabilityGuard('quizzes.write')], component: QuizSettingsPage },
      { path: 'quizzes/:quizId', canActivate: [authGuard, capabilityGuard('quizzes.write')], component: QuizSettingsPage },
      { path: 'quizzes/:quizId/results', canActivate: [authGuard, capabilityGuard('grading.do')], component: QuizResultsPage },
    ],
  },
];
