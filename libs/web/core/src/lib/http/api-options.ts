import { HttpContext, HttpParams, HttpResponse } from '@angular/common/http';
import { SILENT_ERRORS } from '../errors/api-error';

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
 * Request options shared by the directory services: `silent` for calls whose page shows the error
 * itself. (The auth interceptor adds the token and the person's language to every API call.)
 */
export function injectApiOptions(): (opts?: { silent?: boolean }) => { context: HttpContext } {
  return (opts = {}) => ({ context: new HttpContext().set(SILENT_ERRORS, !!opts.silent) });
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

/** A file the API sent (an Excel export, an import template). */
export interface DownloadedFile {
  blob: Blob;
  /** From Content-Disposition when the API sends one. */
  disposition: string | null;
}

export const toDownloadedFile = (res: HttpResponse<Blob>): DownloadedFile => ({
  blob: res.body ?? new Blob(),
  disposition: res.headers.get('Content-Disposition'),
});
