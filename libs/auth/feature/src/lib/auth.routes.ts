import { Route } from '@angular/router';
import { authGuard, guestGuard } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { AUTH_WORDS } from './i18n/auth-words';
import { LoginPage } from './login/login-page';
import { ProfilePage } from './profile/profile-page';

/** Mount with `loadChildren` at ''. */
export const AUTH_ROUTES: Route[] = [
  {
    path: '',
    providers: [provideTranslations(AUTH_WORDS)],
    children: [
      { path: 'login', component: LoginPage, canActivate: [guestGuard] },
      { path: 'profile', component: ProfilePage, canActivate: [authGuard] },
    ],
  },
];
