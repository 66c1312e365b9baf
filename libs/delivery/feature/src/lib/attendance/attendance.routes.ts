import { Route } from '@angular/router';

/** Mounted at /attendance — roll call and the check-in display of a session (learning helper). */
export const ATTENDANCE_ROUTES: Route[] = [];
