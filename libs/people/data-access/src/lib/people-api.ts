import { HttpClient } from '@angular/common/http';
import { inject, Injectable, InjectionToken } from '@angular/core';
import { CreateAccountResponse, CreatePersonRequest, DeactivatePersonRequest, GrantRoleRequest, ImportJobDto, ImportJobStatus, Page, PeopleQuery, PersonDetail, PersonSummary, UpdatePersonRequest } from '@cds/contracts';
import { DownloadedFile, injectApiOptions, queryParams, toDownloadedFile } from '@cds/web/core';
import { exhaustMap, map, Observable, takeWhile, timer } from 'rxjs';

/** How often an import job is asked for its progress. */
export const IMPORT_POLL_MS = new InjectionToken<number>('IMPORT_POLL_MS', { factory: () => 700 });

export const FINISHED_IMPORT: readonly ImportJobStatus[] = ['invalid', 'done', 'failed'];

function peopleParams(query: PeopleQuery) {
  return queryParams({
    q: query.q?.trim(),
    unitId: query.unitId,
    subunits: query.unitId !== undefined ? query.subunits : undefined,
    active: query.active,
    limit: query.limit,
    cursor: query.cursor,
  });
}

/** `/api/people`: profiles, accounts, Excel export and the all-or-nothing import. */
@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();
  private readonly pollMs = inject(IMPORT_POLL_MS);

  list(query: PeopleQuery): Observable<Page<PersonSummary>> {
    return this.http.get<Page<PersonSummary>>('/api/people', { ...this.options(), params: peopleParams(query) });
  }

  exportXlsx(query: PeopleQuery): Observable<DownloadedFile> {
    const filters: PeopleQuery = { ...query, limit: undefined, cursor: undefined };
    return this.http
      .get('/api/people/export.xlsx', {
        ...this.options(),
        params: peopleParams(filters),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(map(toDownloadedFile));
  }

  get(id: number): Observable<PersonDetail> {
    return this.http.get<PersonDetail>(`/api/people/${id}`, this.options());
  }

  create(request: CreatePersonRequest): Observable<PersonDetail> {
    return this.http.post<PersonDetail>('/api/people', request, this.options({ silent: true }));
  }

  update(id: number, request: UpdatePersonRequest): Observable<PersonDetail> {
    return this.http.patch<PersonDetail>(`/api/people/${id}`, request, this.options({ silent: true }));
  }

  /** Marks the person as having left on a day, for a reason; their posts end that day. */
  deactivate(id: number, request: DeactivatePersonRequest = {}): Observable<PersonDetail> {
    return this.http.post<PersonDetail>(`/api/people/${id}/deactivate`, request, this.options({ silent: true }));
  }

  createAccount(id: number): Observable<CreateAccountResponse> {
    return this.http.post<CreateAccountResponse>(`/api/people/${id}/account`, {}, this.options({ silent: true }));
  }

  /** Admin only. Refusals (`people.role_exists`, `people.no_account`, `auth.out_of_scope`) are shown by the dialog. */
  grantRole(id: number, request: GrantRoleRequest): Observable<PersonDetail> {
    return this.http.post<PersonDetail>(`/api/people/${id}/roles`, request, this.options({ silent: true }));
  }

  /** Admin only; an admin cannot remove their own last admin grant (`people.last_admin`). */
  revokeRole(id: number, grantId: number): Observable<PersonDetail> {
    return this.http.delete<PersonDetail>(`/api/people/${id}/roles/${grantId}`, this.options({ silent: true }));
  }

  importTemplate(format: 'xlsx' | 'csv'): Observable<DownloadedFile> {
    return this.http
      .get(`/api/people/import/template.${format}`, { ...this.options(), responseType: 'blob', observe: 'response' })
      .pipe(map(toDownloadedFile));
  }

  /** Uploads the sheet; a dry run checks every row and writes nothing. Answers 202 with the job. */
  startImport(file: File, dryRun: boolean): Observable<ImportJobDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportJobDto>('/api/people/import', body, {
      ...this.options({ silent: true }),
      params: queryParams({ dryRun }),
    });
  }

  importJob(id: number): Observable<ImportJobDto> {
    return this.http.get<ImportJobDto>(`/api/people/import/${id}`, this.options({ silent: true }));
  }

  /** The job as it progresses, every poll, ending with (and including) its final state. */
  watchImport(id: number): Observable<ImportJobDto> {
    return timer(this.pollMs, this.pollMs).pipe(
      exhaustMap(() => this.importJob(id)),
      takeWhile((job) => !FINISHED_IMPORT.includes(job.status), true),
    );
  }
}
