import { Route } from '@angular/router';
import { authGuard, guestGuard } from '@cds/web/core';
import { LoginPage } from './login/login-page';
import { ProfilePage } from './profile/profile-page';

/** Mount with `loadChildren` at ''. */
export const AUTH_ROUTES: Route[] = [
  { path: 'login', component: LoginPage, canActivate: [guestGuard] },
  { path: 'profile', component: ProfilePage, canActivate: [authGuard] },
];
