import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { provideVnDates } from '@cds/web/ui';
import { DELIVERY_STAFF_WORDS } from '../staff-i18n/delivery-staff-words';
import { ClassPage } from './class-page/class-page';
import { ClassesListPage } from './classes-list-page/classes-list-page';

/** Mounted at /classes: the classes list (+ create) and a class's page. Guarded by `classes.read`. */
export const CLASSES_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('classes.read')],
    providers: [provideTranslations(DELIVERY_STAFF_WORDS), provideVnDates()],
    children: [
      { path: '', component: ClassesListPage },
      { path: ':id', component: ClassPage },
    ],
  },
];
