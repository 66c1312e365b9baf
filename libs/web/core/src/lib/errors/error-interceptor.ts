import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { SILENT_ERRORS } from './api-error';
import { ErrorNotifier } from './error-notifier';

/**
 * Shows every failed API call to the person (unless the caller handles it itself).
 * Register it before the auth interceptor so it only sees errors that survived a token refresh.
 */
export const errorInterceptor: HttpInterceptorFn = (req, next) => {
  const notifier = inject(ErrorNotifier);
  return next(req).pipe(
    catchError((err: unknown) => {
      if (err instanceof HttpErrorResponse && !req.context.get(SILENT_ERRORS)) notifier.show(err);
      return throwError(() => err);
    }),
  );
};
