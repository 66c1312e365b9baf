import { ApiError } from '@cds/contracts';
import { RefusalMessage } from '@cds/web/ui';

/** A failed read as the refusal banner shows it: the API's sentence for a 4xx, a general one otherwise. */
export function readRefusal(error: ApiError | null): RefusalMessage | null {
  if (!error) return null;
  if (error.statusCode >= 400 && error.statusCode < 500 && error.message) return { text: error.message, key: 'errors.unknown', params: {} };
  return { text: null, key: error.statusCode >= 500 ? 'errors.server' : 'errors.unknown', params: { correlationId: error.correlationId ?? '—' } };
}
