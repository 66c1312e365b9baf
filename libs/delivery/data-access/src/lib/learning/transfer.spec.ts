import { HttpClient, HttpEventType, HttpRequest, HttpResponse, HttpXhrBackend, provideHttpClient, withFetch } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { of } from 'rxjs';
import { AttendanceApi } from './attendance-api';
import { Transfer } from './transfer';

describe('uploads with progress', () => {
  it('go through XHR when the app runs on fetch (which reports no upload progress), still with the language header', () => {
    const sent: HttpRequest<unknown>[] = [];
    const xhr = {
      handle: (req: HttpRequest<unknown>) => {
        sent.push(req);
        return of(
          { type: HttpEventType.UploadProgress, loaded: 1, total: 2 },
          new HttpResponse({ status: 201, body: { id: 9 } }),
        );
      },
    };
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withFetch()), provideTranslateService(), { provide: HttpXhrBackend, useValue: xhr }],
    });
    const fetchSpy = jest.spyOn(TestBed.inject(HttpClient), 'post');
    const steps: Transfer<unknown>[] = [];
    TestBed.inject(AttendanceApi)
      .uploadSheet(3, new File(['x'], 'ky-nhan.png', { type: 'image/png' }))
      .subscribe((t) => steps.push(t));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(sent.map((r) => [r.method, r.url, r.headers.get('Accept-Language'), r.reportProgress])).toEqual([
      ['POST', '/api/sessions/3/sign-in-sheets', 'vi', true],
    ]);
    expect(steps).toEqual([{ kind: 'progress', percent: 50 }, { kind: 'done', value: { id: 9 } }]);
  });
});
