import { firstValueFrom, Observable } from 'rxjs';

/** The part of the Web Locks API used here (navigator.locks). */
export interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, callback: () => Promise<unknown>): Promise<unknown>;
}

/**
 * Runs `work` while holding a browser-wide lock, so the tabs of one browser take turns. Used for
 * the token refresh: tabs share the refresh cookie, and a refresh token presented twice ends the
 * session, so a second tab must wait for the first one's rotation and then use the new cookie.
 * Without the Web Locks API (older browsers, tests) the work simply runs.
 */
export function inTurnAcrossTabs<T>(name: string, work: () => Observable<T>, locks: LockManagerLike | undefined = globalThis.navigator?.locks): Observable<T> {
  if (!locks) return work();
  return new Observable<T>((subscriber) => {
    const abort = new AbortController();
    locks
      .request(name, { signal: abort.signal }, () =>
        firstValueFrom(work()).then(
          (value) => {
            subscriber.next(value);
            subscriber.complete();
          },
          (error: unknown) => subscriber.error(error),
        ),
      )
      .catch((error: unknown) => {
        if (!abort.signal.aborted) subscriber.error(error);
      });
    return () => abort.abort();
  });
}
