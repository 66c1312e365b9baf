import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Capability } from '@cds/contracts';
import { AuthStore } from './auth-store';

/** Signed-in people only; others go to /login and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) =>
  inject(AuthStore).isAuthenticated() ||
  inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });

/** The login page is for people who are not signed in. */
export const guestGuard: CanActivateFn = () =>
  !inject(AuthStore).isAuthenticated() || inject(Router).createUrlTree(['/']);

/**
 * Only people holding a role that has the capability in the access map (`ACCESS` in contracts), on
 * any unit; others go home. Use after authGuard.
 */
export function capabilityGuard(capability: Capability): CanActivateFn {
  return (_route, state) => {
    const store = inject(AuthStore);
    const router = inject(Router);
    if (!store.isAuthenticated()) {
      return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    }
    return store.can(capability) || router.createUrlTree(['/']);
  };
}

/** A return URL from the query string, only when it stays inside this app. */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login')
    ? value
    : '/';
}
