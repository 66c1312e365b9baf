import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth-interceptor';
import { AuthStore } from './auth-store';
import { LanguageService } from '../i18n/language-service';
import { provideI18n } from '../i18n/provide-i18n';
import { authResponse } from '../testing/fixtures';

const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };

describe('authInterceptor', () => {
  let httpClient: HttpClient;
  let http: HttpTestingController;
  let store: AuthStore;
  let router: Router;

  async function signIn(token: string) {
    const done = firstValueFrom(store.login({ email: 'a@b.vn', password: 'x' }));
    http.expectOne('/api/auth/login').flush(authResponse(token));
    await done;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        provideI18n(),
      ],
    });
    httpClient = TestBed.inject(HttpClient);
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(AuthStore);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    await signIn('old-token');
  });

  afterEach(() => http.verify());

  it('adds the bearer token to API calls only', () => {
    httpClient.get('/api/audit').subscribe();
    httpClient.get('/assets/logo.svg').subscribe();
    expect(http.expectOne('/api/audit').request.headers.get('Authorization')).toBe('Bearer old-token');
    expect(http.expectOne('/assets/logo.svg').request.headers.has('Authorization')).toBe(false);
  });

  it('tells the API the person\'s language, so refusals come back in it', async () => {
    httpClient.get('/api/people').subscribe();
    expect(http.expectOne('/api/people').request.headers.get('Accept-Language')).toBe('vi');
    await TestBed.inject(LanguageService).use('en');
    httpClient.get('/api/people').subscribe();
    expect(http.expectOne('/api/people').request.headers.get('Accept-Language')).toBe('en');
  });

  it('refreshes once for concurrent 401s and retries each call with the new token', async () => {
    const a = firstValueFrom(httpClient.get<{ n: number }>('/api/audit'));
    const b = firstValueFrom(httpClient.get<{ n: number }>('/api/things'));

    http.expectOne('/api/audit').flush({}, UNAUTHORIZED);
    http.expectOne('/api/things').flush({}, UNAUTHORIZED);

    // exactly one refresh for both failures
    const refresh = http.expectOne('/api/auth/refresh');
    expect(refresh.request.body).toEqual({});
    refresh.flush(authResponse('new-token'));

    const retryA = http.expectOne('/api/audit');
    const retryB = http.expectOne('/api/things');
    expect(retryA.request.headers.get('Authorization')).toBe('Bearer new-token');
    expect(retryB.request.headers.get('Authorization')).toBe('Bearer new-token');
    retryA.flush({ n: 1 });
    retryB.flush({ n: 2 });

    expect(await a).toEqual({ n: 1 });
    expect(await b).toEqual({ n: 2 });
    expect(store.accessToken()).toBe('new-token');
  });

  it('does not refresh again for a 401 that arrives after another call already renewed the token', async () => {
    const a = firstValueFrom(httpClient.get('/api/a'));
    const b = firstValueFrom(httpClient.get('/api/b'));
    http.expectOne('/api/a').flush({}, UNAUTHORIZED);
    http.expectOne('/api/auth/refresh').flush(authResponse('new-token'));
    http.expectOne('/api/a').flush({ ok: 1 });
    await a;

    // /api/b was sent with the old token and fails only now
    http.expectOne('/api/b').flush({}, UNAUTHORIZED);
    http.expectNone('/api/auth/refresh');
    const retry = http.expectOne('/api/b');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer new-token');
    retry.flush({ ok: 2 });
    expect(await b).toEqual({ ok: 2 });
  });

  it('signs the person out to /login with a return URL when the refresh fails', async () => {
    jest.spyOn(router, 'url', 'get').mockReturnValue('/audit?x=1');
    const call = firstValueFrom(httpClient.get('/api/audit'));
    http.expectOne('/api/audit').flush({}, UNAUTHORIZED);
    http.expectOne('/api/auth/refresh').flush({ code: 'auth.invalid_refresh' }, UNAUTHORIZED);

    await expect(call).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(store.isAuthenticated()).toBe(false);
    expect(router.navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/audit?x=1' } });
  });

  it('never refreshes for a 401 from /api/auth/*', async () => {
    const call = firstValueFrom(httpClient.get('/api/auth/me'));
    http.expectOne('/api/auth/me').flush({}, UNAUTHORIZED);
    await expect(call).rejects.toMatchObject({ status: 401 });
    http.expectNone('/api/auth/refresh');
  });

  it('passes other errors through without refreshing', async () => {
    const call = firstValueFrom(httpClient.get('/api/audit'));
    http.expectOne('/api/audit').flush({}, { status: 403, statusText: 'Forbidden' });
    await expect(call).rejects.toMatchObject({ status: 403 });
    http.expectNone('/api/auth/refresh');
  });
});
