import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { VI } from '@cds/web/i18n';
import { describeHttpError, retryAfterSeconds } from './api-error';

const known = (key: string) =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], VI) !== undefined;
const error = (status: number, body: unknown = null, headers: Record<string, string> = {}) =>
  new HttpErrorResponse({ status, error: body, headers: new HttpHeaders(headers) });

describe('describeHttpError', () => {
  it('uses the translation of the API code when there is one', () => {
    const res = describeHttpError(
      error(429, { statusCode: 429, message: 'x', correlationId: 'c', code: 'auth.too_many_attempts' }, { 'Retry-After': '42' }),
      known,
    );
    expect(res).toEqual({ key: 'errors.codes.auth.too_many_attempts', params: { seconds: 42, correlationId: 'c' } });
  });

  it('falls back to the status for an unknown code', () => {
    expect(describeHttpError(error(403, { statusCode: 403, message: 'x', correlationId: 'c', code: 'nope.nope' }), known).key).toBe(
      'errors.forbidden',
    );
  });

  it('maps statuses to generic messages', () => {
    expect(describeHttpError(error(0), known).key).toBe('errors.network');
    expect(describeHttpError(error(404), known).key).toBe('errors.notFound');
    expect(describeHttpError(error(422), known).key).toBe('errors.validation');
    expect(describeHttpError(error(429, null, { 'Retry-After': '7' }), known)).toMatchObject({
      key: 'errors.tooManyRequests',
      params: { seconds: 7 },
    });
    expect(describeHttpError(error(418), known).key).toBe('errors.unknown');
  });

  it('gives the correlation id of a server error', () => {
    const res = describeHttpError(
      error(500, { statusCode: 500, error: 'Internal Server Error', message: 'x', correlationId: 'abc-123' }),
      known,
    );
    expect(res).toEqual({ key: 'errors.server', params: { seconds: 60, correlationId: 'abc-123' } });
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds(error(429, null, { 'Retry-After': '30' }), now)).toBe(30);
    expect(retryAfterSeconds(error(429, null, { 'Retry-After': 'Thu, 01 Jan 2026 00:01:00 GMT' }), now)).toBe(60);
    expect(retryAfterSeconds(error(429), now)).toBeNull();
  });
});
