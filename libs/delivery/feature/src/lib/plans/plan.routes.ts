import { Route } from '@angular/router';

/** Mounted at /plans — the yearly training plan (classes helper). */
export const PLAN_ROUTES: Route[] = [];
