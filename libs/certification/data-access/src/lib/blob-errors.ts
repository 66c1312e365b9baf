import { HttpErrorResponse } from '@angular/common/http';
import { catchError, MonoTypeOperatorFunction, Observable, switchMap, throwError } from 'rxjs';
import { readFileText } from './read-file';

/**
 * A file download's refusal arrives as a Blob (the request asked for one), so the API's sentence
 * would be lost: this reads the JSON error body back, so the screen can say why in the API's words.
 */
export function withJsonErrors<T>(): MonoTypeOperatorFunction<T> {
  return (source: Observable<T>) =>
    source.pipe(
      catchError((err: unknown) => {
        if (!(err instanceof HttpErrorResponse) || !(err.error instanceof Blob)) return throwError(() => err);
        return readFileText(err.error).pipe(
          catchError(() => throwError(() => err)),
          switchMap((text) => {
            let body: unknown;
            try {
              body = JSON.parse(text);
            } catch {
              return throwError(() => err);
            }
            return throwError(
              () => new HttpErrorResponse({ error: body, headers: err.headers, status: err.status, statusText: err.statusText, url: err.url ?? undefined }),
            );
          }),
        );
      }),
    );
}
