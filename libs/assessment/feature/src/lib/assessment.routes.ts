import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { QuestionEditorPage } from './bank/question-editor-page/question-editor-page';
import { QuestionImportPage } from './bank/question-import-page/question-import-page';
import { QuestionListPage } from './bank/question-list-page/question-list-page';
import { ATTEMPT_ROUTES } from './attempt/attempt.routes';
import { GRADING_ROUTES } from './grading/grading.routes';
import { ASSESSMENT_WORDS } from './i18n/assessment-words';
import { QUIZ_ROUTES } from './quizzes/quiz.routes';

/**
 * Mounted at /assessment. The question bank of a course (reached from the course editor): the
 * list, the editor of a new or an existing question, and the import wizard. For authors
 * (`questions.read`; the API checks `questions.write` on every change). Quizzes, attempts and
 * grading come as siblings of `bank/`.
 */
export const ASSESSMENT_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('questions.read')],
    providers: [provideTranslations(ASSESSMENT_WORDS)],
    children: [
      { path: 'courses/:courseId/questions', component: QuestionListPage },
      { path: 'courses/:courseId/questions/new', component: QuestionEditorPage },
      { path: 'courses/:courseId/questions/import', component: QuestionImportPage },
      { path: 'questions/:id', component: QuestionEditorPage },
    ],
  },
  ...ATTEMPT_ROUTES,
  ...QUIZ_ROUTES,
  ...GRADING_ROUTES,
];
