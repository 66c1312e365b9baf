import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CertificateDto, CertificateState, ExpiringCertificate, Page, ReissueRequest, RevokeRequest } from '@cds/contracts';
import { DownloadedFile, injectApiOptions, queryParams, toDownloadedFile } from '@cds/web/core';
import { map, Observable } from 'rxjs';
import { withJsonErrors } from './blob-errors';

/** The register's filters: words of the holder, number, code or course; a state; the year of issue. */
export interface CertificateFilters {
  q?: string;
  state?: CertificateState;
  year?: number;
}

export interface CertificateQuery extends CertificateFilters {
  cursor?: string;
  limit?: number;
}

/** The days ahead the expiring list looks by default. */
export const DEFAULT_EXPIRY_WINDOW_DAYS = 90;

const filterParams = (f: CertificateQuery) =>
  queryParams({ q: f.q?.trim(), state: f.state, year: f.year, cursor: f.cursor, limit: f.limit });

/**
 * Certificates (`/api/certificates…`): the register with its Excel file, the holder's own, those
 * about to expire, one certificate's signed PDF and credential file, revocation and re-issue.
 * Silent: each screen shows the API's sentence where the act was made.
 */
@Injectable({ providedIn: 'root' })
export class CertificatesApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();

  list(query: CertificateQuery): Observable<Page<CertificateDto>> {
    return this.http.get<Page<CertificateDto>>('/api/certificates', { ...this.options({ silent: true }), params: filterParams(query) });
  }

  /** The register with the same filters (every page), as Excel. */
  registerXlsx(filters: CertificateFilters): Observable<DownloadedFile> {
    return this.http
      .get('/api/certificates.xlsx', {
        ...this.options({ silent: true }),
        params: filterParams({ q: filters.q, state: filters.state, year: filters.year }),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(withJsonErrors(), map(toDownloadedFile));
  }

  mine(): Observable<CertificateDto[]> {
    return this.http.get<CertificateDto[]>('/api/certificates/mine', this.options({ silent: true }));
  }

  expiring(days: number): Observable<ExpiringCertificate[]> {
    return this.http.get<ExpiringCertificate[]>('/api/certificates/expiring', { ...this.options({ silent: true }), params: queryParams({ days }) });
  }

  get(id: number): Observable<CertificateDto> {
    return this.http.get<CertificateDto>(`/api/certificates/${id}`, this.options({ silent: true }));
  }

  /** The digitally signed PDF. */
  pdf(id: number): Observable<DownloadedFile> {
    return this.file(`/api/certificates/${id}/pdf`);
  }

  /** The Open Badges credential file (JSON), which anyone can check on /verify. */
  credential(id: number): Observable<DownloadedFile> {
    return this.file(`/api/certificates/${id}/credential.json`);
  }

  revoke(id: number, reason: string): Observable<CertificateDto> {
    const body: RevokeRequest = { reason };
    return this.http.post<CertificateDto>(`/api/certificates/${id}/revoke`, body, this.options({ silent: true }));
  }

  /** Answers the new certificate; the old one is kept, superseded. */
  reissue(id: number, request: ReissueRequest): Observable<CertificateDto> {
    return this.http.post<CertificateDto>(`/api/certificates/${id}/reissue`, request, this.options({ silent: true }));
  }

  private file(url: string): Observable<DownloadedFile> {
    return this.http
      .get(url, { ...this.options({ silent: true }), responseType: 'blob', observe: 'response' })
      .pipe(withJsonErrors(), map(toDownloadedFile));
  }
}
