import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { UploadVerification, VerificationResult } from '@cds/contracts';
import { injectApiOptions } from '@cds/web/core';
import { Observable } from 'rxjs';

/**
 * The public checks (`/api/verify/…`), which need no sign-in: a certificate by its code, and an
 * uploaded credential file or PDF. Silent: the page says what went wrong (an unknown code is an
 * answer to show, not an error to pop up).
 */
@Injectable({ providedIn: 'root' })
export class VerificationApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();

  /** 404 for an unknown code, 400 for a malformed one; both with the API's sentence. */
  byCode(code: string): Observable<VerificationResult> {
    return this.http.get<VerificationResult>(`/api/verify/${encodeURIComponent(code)}`, this.options({ silent: true }));
  }

  /** The credential file's JSON, sent as it was read. */
  credential(json: unknown): Observable<UploadVerification> {
    return this.http.post<UploadVerification>('/api/verify/credential', json, this.options({ silent: true }));
  }

  /** A certificate PDF, as the multipart field `file`. */
  pdf(file: File): Observable<UploadVerification> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<UploadVerification>('/api/verify/pdf', body, this.options({ silent: true }));
  }
}
