import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, RouterStateSnapshot, UrlTree } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { authGuard, roleGuard, safeReturnUrl } from './auth-guards';
import { AuthStore } from './auth-store';
import { authResponse, USER } from '../testing/fixtures';

describe('guards', () => {
  const route = {} as ActivatedRouteSnapshot;
  const state = (url: string) => ({ url }) as RouterStateSnapshot;
  const run = (guard: typeof authGuard, url: string) =>
    TestBed.runInInjectionContext(() => guard(route, state(url)));

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
  });

  async function signInAs(roles: typeof USER.roles) {
    const done = firstValueFrom(TestBed.inject(AuthStore).login({ email: 'x@y.vn', password: 'p' }));
    TestBed.inject(HttpTestingController).expectOne('/api/auth/login').flush(authResponse('t', { ...USER, roles }));
    await done;
  }

  it('sends a signed-out person to /login with the page as returnUrl', () => {
    const result = run(authGuard, '/profile');
    expect(result).toBeInstanceOf(UrlTree);
    expect((result as UrlTree).toString()).toBe('/login?returnUrl=%2Fprofile');
  });

  it('lets an admin into an admin-only route and sends a learner home', async () => {
    await signInAs([{ role: 'learner', orgUnitId: 1, orgUnitName: 'X' }]);
    expect((run(roleGuard('admin'), '/audit') as UrlTree).toString()).toBe('/');
    expect(run(authGuard, '/audit')).toBe(true);
  });

  it('lets a person holding the role in', async () => {
    await signInAs([{ role: 'admin', orgUnitId: 1, orgUnitName: 'X' }]);
    expect(run(roleGuard('admin'), '/audit')).toBe(true);
  });

  it('accepts only return URLs inside the app', () => {
    expect(safeReturnUrl('/profile')).toBe('/profile');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl(null)).toBe('/');
  });
});
