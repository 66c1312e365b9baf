import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from './auth-store';
import { authResponse, USER } from '../testing/fixtures';

describe('AuthStore', () => {
  let store: AuthStore;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  it('signs in: keeps the access token in memory and exposes the person and their roles', async () => {
    const done = firstValueFrom(store.login({ email: USER.email, password: 'Demo@12345' }));
    expect(store.loading()).toBe(true);

    const req = http.expectOne('/api/auth/login');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: USER.email, password: 'Demo@12345' });
    req.flush(authResponse('token-1'));

    expect(await done).toEqual(USER);
    expect(store.isAuthenticated()).toBe(true);
    expect(store.accessToken()).toBe('token-1');
    expect(store.user()?.fullName).toBe('Nguyễn Thị Hoa');
    expect(store.roles()).toEqual(['learner', 'trainer']);
    // a trainer reads the organisation (the access map), not the audit log
    expect(store.can('org.read')).toBe(true);
    expect(store.can('audit.read')).toBe(false);
    expect(store.loading()).toBe(false);
    expect(localStorage.length).toBe(0);
  });

  it('keeps the API error and stays signed out when the credentials are wrong', async () => {
    const done = firstValueFrom(store.login({ email: USER.email, password: 'wrong' }));
    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Invalid credentials',
        correlationId: 'c-1',
        code: 'auth.invalid_credentials',
      },
      { status: 401, statusText: 'Unauthorized' },
    );

    await expect(done).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(store.isAuthenticated()).toBe(false);
    expect(store.error()?.code).toBe('auth.invalid_credentials');
    expect(store.loading()).toBe(false);
  });

  it('restores the session at start-up with the refresh cookie (empty JSON body)', async () => {
    const restored = store.restore();
    const req = http.expectOne('/api/auth/refresh');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({});
    req.flush(authResponse('token-from-cookie'));

    expect(await restored).toBe(true);
    expect(store.loaded()).toBe(true);
    expect(store.accessToken()).toBe('token-from-cookie');
    expect(store.isAuthenticated()).toBe(true);
  });

  it('starts signed out when there is no valid refresh cookie', async () => {
    const restored = store.restore();
    http
      .expectOne('/api/auth/refresh')
      .flush({ statusCode: 401, code: 'auth.invalid_refresh' }, { status: 401, statusText: 'Unauthorized' });

    expect(await restored).toBe(false);
    expect(store.loaded()).toBe(true);
    expect(store.isAuthenticated()).toBe(false);
  });

  it('signs out on the server, forgets the session and shows the login page', async () => {
    const login = firstValueFrom(store.login({ email: USER.email, password: 'Demo@12345' }));
    http.expectOne('/api/auth/login').flush(authResponse('token-1'));
    await login;

    const done = store.logout();
    const req = http.expectOne('/api/auth/logout');
    expect(req.request.method).toBe('POST');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await done;

    expect(store.isAuthenticated()).toBe(false);
    expect(store.accessToken()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/login']);
  });

  it('stores the new tokens after a password change', async () => {
    const done = firstValueFrom(store.changePassword({ currentPassword: 'a', newPassword: 'b'.repeat(10) }));
    http.expectOne('/api/auth/change-password').flush(authResponse('token-after-change'));
    await done;
    expect(store.accessToken()).toBe('token-after-change');
  });
});
