import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, RouterStateSnapshot, UrlTree } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { authGuard, capabilityGuard, safeReturnUrl } from './auth-guards';
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

  it('sends a learner home from a route that needs a capability they lack', async () => {
    await signInAs([{ role: 'learner', orgUnitId: 1, orgUnitName: 'X' }]);
    expect((run(capabilityGuard('audit.read'), '/audit') as UrlTree).toString()).toBe('/');
    expect(run(authGuard, '/audit')).toBe(true);
  });

  it('reads the access map: an admin reads the audit log, a certifier the people but not the audit log', async () => {
    await signInAs([{ role: 'admin', orgUnitId: 1, orgUnitName: 'X' }]);
    expect(run(capabilityGuard('audit.read'), '/audit')).toBe(true);
    await signInAs([{ role: 'certifier', orgUnitId: 1, orgUnitName: 'X' }]);
    expect(run(capabilityGuard('people.read'), '/people')).toBe(true);
    expect((run(capabilityGuard('audit.read'), '/audit') as UrlTree).toString()).toBe('/');
    expect((run(capabilityGuard('people.write'), '/people/import') as UrlTree).toString()).toBe('/');
  });

  it('sends a signed-out person to /login from a route that needs a capability', () => {
    expect((run(capabilityGuard('org.read'), '/org') as UrlTree).toString()).toBe('/login?returnUrl=%2Forg');
  });

  it('accepts only return URLs inside the app', () => {
    expect(safeReturnUrl('/profile')).toBe('/profile');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl(null)).toBe('/');
  });
});
