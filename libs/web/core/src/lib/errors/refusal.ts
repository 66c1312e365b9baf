import { HttpErrorResponse } from '@angular/common/http';
import { FieldErrorTree } from '@cds/contracts';
import { apiErrorOf, describeHttpError } from './api-error';

/** Why the API refused a write, for the dialog or wizard step that made it. */
export interface Refusal {
  /** The API's stable code (`org.date_overlaps`), when it gave one. */
  code: string | null;
  /** The API's sentence, already in the person's language (we send Accept-Language). */
  text: string | null;
  /** A translation key for when the API gave no sentence we can show (network, 5xx). */
  key: string;
  params: Record<string, unknown>;
  /** 422 field errors flattened to `path → messages`. */
  fields: Record<string, string[]>;
}

function flatten(tree: FieldErrorTree | undefined, prefix = '', out: Record<string, string[]> = {}): Record<string, string[]> {
  for (const [k, v] of Object.entries(tree ?? {})) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(v)) out[path] = v;
    else flatten(v, path, out);
  }
  return out;
}

export function refusalOf(err: unknown): Refusal {
  const http = err instanceof HttpErrorResponse ? err : new HttpErrorResponse({ status: -1 });
  const body = apiErrorOf(http);
  const described = describeHttpError(http, () => false);
  const useText = !!body?.message && http.status >= 400 && http.status < 500;
  return {
    code: body?.code ?? null,
    text: useText ? (body?.message ?? null) : null,
    key: described.key,
    params: described.params,
    fields: flatten(body?.errors),
  };
}
