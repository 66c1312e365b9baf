import { HttpErrorResponse } from '@angular/common/http';
import { Page } from '@cds/contracts';
import { Subject } from 'rxjs';
import { KeysetPager } from './keyset-pager';

describe('KeysetPager', () => {
  let requests: { cursor: string | null; page: Subject<Page<number>> }[];
  let pager: KeysetPager<number>;
  const answer = (i: number, items: number[], nextCursor: string | null) => requests[i].page.next({ items, nextCursor });

  beforeEach(() => {
    requests = [];
    pager = new KeysetPager<number>((cursor) => {
      const page = new Subject<Page<number>>();
      requests.push({ cursor, page });
      return page;
    });
  });

  it('reads the first page, appends the next with its cursor, and stops at the end', () => {
    pager.reset();
    expect(pager.loading()).toBe(true);
    answer(0, [1, 2], 'c1');
    expect(pager.items()).toEqual([1, 2]);
    expect(pager.hasMore()).toBe(true);
    pager.more();
    expect(requests[1].cursor).toBe('c1');
    answer(1, [3], null);
    expect(pager.items()).toEqual([1, 2, 3]);
    expect(pager.hasMore()).toBe(false);
    pager.more();
    expect(requests).toHaveLength(2);
    pager.reset();
    answer(2, [9], null);
    expect(pager.items()).toEqual([9]);
  });

  it('lets a newer request cancel an older one still in flight', () => {
    pager.reset();
    pager.reset();
    answer(0, [1], null);
    expect(pager.items()).toEqual([]);
    answer(1, [2], null);
    expect(pager.items()).toEqual([2]);
  });

  it('keeps what was shown and reports the error', () => {
    pager.reset();
    answer(0, [1], 'c1');
    pager.more();
    requests[1].page.error(new HttpErrorResponse({ status: 500, error: { statusCode: 500, error: 'Internal Server Error', message: 'x', correlationId: 'abc' } }));
    expect(pager.items()).toEqual([1]);
    expect(pager.error()).toMatchObject({ statusCode: 500, correlationId: 'abc' });
    expect(pager.loading()).toBe(false);
  });
});
