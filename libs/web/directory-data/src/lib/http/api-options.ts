import { HttpContext, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject } from '@angular/core';
import { LanguageService, SILENT_ERRORS } from '@cds/web/core';

type ParamValue = string | number | boolean | null | undefined;

/** Query parameters without the empty ones. */
export function queryParams(values: Record<string, ParamValue>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/**
 * Request options shared by the directory services: the person's language in `Accept-Language`
 * (the API answers refusals in it), and `silent` for calls whose page shows the error itself.
 */
export function injectApiOptions(): (opts?: { silent?: boolean }) => { headers: HttpHeaders; context: HttpContext } {
  const language = inject(LanguageService);
  return (opts = {}) => ({
    headers: new HttpHeaders({ 'Accept-Language': language.lang() }),
    context: new HttpContext().set(SILENT_ERRORS, !!opts.silent),
  });
}

/** Saves a downloaded file under its name, the way a link with `download` would. */
export function saveBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file name from a Content-Disposition header, or the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}
