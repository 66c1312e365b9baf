import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, Observable, of, switchMap, throwError } from 'rxjs';
import { LanguageService } from '../i18n/language-service';
import { AuthStore } from './auth-store';

const isApi = (url: string) => url.startsWith('/api/');
const isAuthEndpoint = (url: string) => url.startsWith('/api/auth/');
const withBearer = <T>(req: HttpRequest<T>, token: string | null) =>
  token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;

/**
 * Adds the in-memory access token and the person's language (the API answers refusals in it) to
 * API calls. On a 401 outside /api/auth/* it renews the token once (shared by concurrent calls)
 * and retries; when renewal fails, the person signs in again.
 */
export const authInterceptor: HttpInterceptorFn = (original, next) => {
  if (!isApi(original.url)) return next(original);
  const req = original.clone({ setHeaders: { 'Accept-Language': inject(LanguageService).lang() } });
  const store = inject(AuthStore);
  const router = inject(Router);
  const sentToken = store.accessToken();

  return next(withBearer(req, sentToken)).pipe(
    catchError((err: unknown) => {
      if (!(err instanceof HttpErrorResponse) || err.status !== 401 || isAuthEndpoint(req.url)) {
        return throwError(() => err);
      }
      // Another call may already have renewed the token while this one was in flight.
      const current = store.accessToken();
      const token$: Observable<string> = current && current !== sentToken ? of(current) : store.refresh();
      return token$.pipe(
        catchError(() => {
          store.expireSession(router.url);
          return throwError(() => err);
        }),
        switchMap((token) => next(withBearer(req, token))),
      );
    }),
  );
};
