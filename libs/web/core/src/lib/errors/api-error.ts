import { HttpContextToken, HttpErrorResponse } from '@angular/common/http';
import { ApiError } from '@cds/contracts';

/** Set on a request whose caller shows its own errors (forms, the silent session restore). */
export const SILENT_ERRORS = new HttpContextToken<boolean>(() => false);

export interface ErrorMessage {
  key: string;
  params: { seconds: number; correlationId: string };
}

export function isApiError(body: unknown): body is ApiError {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ApiError).statusCode === 'number' &&
    typeof (body as ApiError).message === 'string'
  );
}

export function apiErrorOf(err: unknown): ApiError | null {
  return err instanceof HttpErrorResponse && isApiError(err.error) ? err.error : null;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); null when absent. */
export function retryAfterSeconds(err: HttpErrorResponse, now = Date.now()): number | null {
  const header = err.headers?.get('Retry-After');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

const STATUS_KEYS: Record<number, string> = {
  0: 'errors.network',
  400: 'errors.badRequest',
  401: 'errors.unauthorized',
  403: 'errors.forbidden',
  404: 'errors.notFound',
  409: 'errors.conflict',
  422: 'errors.validation',
  429: 'errors.tooManyRequests',
};

/**
 * Which translation key (and parameters) tells the person what went wrong.
 * The API's stable `code` wins when we have a translation for it; otherwise the HTTP status.
 */
export function describeHttpError(
  err: HttpErrorResponse,
  hasTranslation: (key: string) => boolean,
): ErrorMessage {
  const body = apiErrorOf(err);
  const params = {
    seconds: retryAfterSeconds(err) ?? 60,
    correlationId: body?.correlationId ?? err.headers?.get('x-correlation-id') ?? '—',
  };
  if (body?.code) {
    const codeKey = `errors.codes.${body.code}`;
    if (hasTranslation(codeKey)) return { key: codeKey, params };
  }
  if (err.status >= 500) return { key: 'errors.server', params };
  return { key: STATUS_KEYS[err.status] ?? 'errors.unknown', params };
}
