import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { CourseEditorPage } from './course-editor-page/course-editor-page';
import { CourseListPage } from './course-list-page/course-list-page';
import { CATALOGUE_WORDS } from './i18n/catalogue-words';
import { LessonEditorPage } from './lesson-editor-page/lesson-editor-page';

/**
 * Mounted at /catalogue: the course list, the course editor and the lesson editor. For authors
 * (`catalogue.write`); learners read published courses through their classes.
 */
export const CATALOGUE_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('catalogue.write')],
    providers: [provideTranslations(CATALOGUE_WORDS)],
    children: [
      { path: '', component: CourseListPage },
      { path: ':id', component: CourseEditorPage },
      { path: ':id/lessons/:lessonId', component: LessonEditorPage },
    ],
  },
];
