import { Route } from '@angular/router';

/** Mounted at /classes — classes and a class's page (classes helper). */
export const CLASSES_ROUTES: Route[] = [];
