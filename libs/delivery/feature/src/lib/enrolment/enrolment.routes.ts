import { Route } from '@angular/router';

/** Mounted at /enrolment — nomination and approval queues (classes helper). */
export const ENROLMENT_ROUTES: Route[] = [];
