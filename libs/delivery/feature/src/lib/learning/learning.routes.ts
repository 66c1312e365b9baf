import { Route } from '@angular/router';

/** Mounted at /learn — the learner's home, a class's lessons, the lesson viewer, QR check-in (learning helper). */
export const LEARNING_ROUTES: Route[] = [];
