import { Route } from '@angular/router';
import { authGuard, capabilityGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { DELIVERY_STAFF_WORDS } from '../staff-i18n/delivery-staff-words';
import { PlanPage } from './plan-page/plan-page';

/** Mounted at /plans: the yearly training plan, planned against delivered. Guarded by `plan.read`. */
export const PLAN_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [authGuard, capabilityGuard('plan.read')],
    providers: [provideTranslations(DELIVERY_STAFF_WORDS)],
    component: PlanPage,
  },
];
