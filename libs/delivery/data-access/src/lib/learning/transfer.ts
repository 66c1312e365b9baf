import {
  FetchBackend,
  HttpBackend,
  HttpClient,
  HttpEvent,
  HttpEventType,
  HttpHandler,
  HttpRequest,
  HttpResponse,
  HttpXhrBackend,
} from '@angular/common/http';
import { EnvironmentInjector, inject, runInInjectionContext } from '@angular/core';
import { authInterceptor } from '@cds/web/core';
import { filter, map, Observable, OperatorFunction } from 'rxjs';

/** An upload or download as it goes: its progress (percent, when the size is known), then its answer. */
export type Transfer<T> = { kind: 'progress'; percent: number | null } | { kind: 'done'; value: T };

/** Turns Angular's HTTP events (with `reportProgress`) into progress steps and the final answer. */
export function toTransfer<B, T>(answer: (res: HttpResponse<B>) => T): OperatorFunction<HttpEvent<B>, Transfer<T>> {
  return (events: Observable<HttpEvent<B>>) =>
    events.pipe(
      filter(
        (e) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.DownloadProgress || e.type === HttpEventType.Response,
      ),
      map((e): Transfer<T> => {
        if (e.type === HttpEventType.Response) return { kind: 'done', value: answer(e) };
        const p = e as { loaded: number; total?: number };
        return { kind: 'progress', percent: p.total ? Math.min(100, Math.round((p.loaded / p.total) * 100)) : null };
      }),
    );
}

/**
 * An HttpClient for uploads that reports their progress. The app's HttpClient runs on fetch(),
 * which cannot report upload progress, so where the app's backend is fetch this one sends through
 * XHR, with the same sign-in header, language and token renewal (the auth interceptor; uploads show
 * their own errors, so not the error snack bar). Anywhere else (XHR, tests) it is the app's client.
 */
export function injectUploadClient(): HttpClient {
  if (!(inject(HttpBackend) instanceof FetchBackend)) return inject(HttpClient);
  const injector = inject(EnvironmentInjector);
  const backend = inject(HttpXhrBackend);
  const handler: HttpHandler = {
    handle: (req: HttpRequest<unknown>) => runInInjectionContext(injector, () => authInterceptor(req, (r) => backend.handle(r))),
  };
  return new HttpClient(handler);
}
