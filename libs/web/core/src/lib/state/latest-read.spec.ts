import { HttpErrorResponse } from '@angular/common/http';
import { Subject } from 'rxjs';
import { LatestRead } from './latest-read';

describe('LatestRead', () => {
  let requests: { params: string; answer: Subject<string> }[];
  let read: LatestRead<string, string>;

  beforeEach(() => {
    requests = [];
    read = new LatestRead<string, string>((params) => {
      const answer = new Subject<string>();
      requests.push({ params, answer });
      return answer;
    });
  });

  it('shows loading, then the value and what it was read for', () => {
    read.load('2025-06-30');
    expect(read.loading()).toBe(true);
    expect(read.loaded()).toBe(false);
    requests[0].answer.next('June');
    expect(read.value()).toBe('June');
    expect(read.params()).toBe('2025-06-30');
    expect([read.loading(), read.loaded(), read.error()]).toEqual([false, true, null]);
  });

  it('ignores a slow earlier answer once a newer read was made', () => {
    read.load('2025-06-30');
    read.load('2025-07-01');
    requests[1].answer.next('July');
    requests[0].answer.next('June, late');
    expect(read.value()).toBe('July');
    expect(requests[0].answer.observed).toBe(false);
  });

  it('keeps the API refusal as the error, and reloads the last parameters', () => {
    read.load('x');
    requests[0].answer.error(new HttpErrorResponse({ status: 403, error: { statusCode: 403, message: 'Không có quyền' } }));
    expect(read.error()?.message).toBe('Không có quyền');
    expect(read.loaded()).toBe(true);
    read.reload();
    expect(requests[1].params).toBe('x');
  });
});
