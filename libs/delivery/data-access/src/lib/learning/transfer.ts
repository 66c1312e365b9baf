import { HttpEvent, HttpEventType, HttpResponse } from '@angular/common/http';
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
