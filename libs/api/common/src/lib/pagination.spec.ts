import { AppError } from './app-error';
import { decodeCursor, encodeCursor } from './pagination';

describe('keyset cursors', () => {
  const shape = { k: 'string', id: 'number' } as const;

  it('reads back what encodeCursor wrote', () => {
    expect(decodeCursor(encodeCursor({ k: '0301', id: 42 }), shape)).toEqual({ k: '0301', id: 42 });
    expect(decodeCursor(undefined, shape)).toBeNull();
  });

  it.each([
    ['a cursor of another list', encodeCursor({ x: 1 })],
    ['a missing key', encodeCursor({ k: 'a' })],
    ['an extra key', encodeCursor({ k: 'a', id: 1, more: 2 })],
    ['a number as text', encodeCursor({ k: 'a', id: '1' })],
    ['a fraction', encodeCursor({ k: 'a', id: 1.5 })],
    ['not JSON', 'bm90IGpzb24'],
    ['an array', Buffer.from('[1,2]').toString('base64url')],
  ])('refuses %s with a 400', (_what, cursor) => {
    let error: unknown;
    try {
      decodeCursor(cursor, shape);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).getStatus()).toBe(400);
    expect((error as AppError).code).toBe('http.bad_cursor');
  });
});
