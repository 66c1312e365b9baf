import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { DELIVERY_STAFF_WORDS } from '../staff-i18n/delivery-staff-words';
import { EnrolmentPage } from './enrolment-page/enrolment-page';

/** Mounted at /enrolment: the nomination and approval queues. Guarded by `enrolment.read`. */
export const ENROLMENT_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('enrolment.read')],
    providers: [provideTranslations(DELIVERY_STAFF_WORDS)],
    component: EnrolmentPage,
  },
];
