import { Route } from '@angular/router';

/** Mounted at /catalogue: the course list and the course editor. */
export const CATALOGUE_ROUTES: Route[] = [];
