import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CourseSummary, ExternalImportReport, ExternalTrainingDto, IsoDate, PersonSummary } from '@cds/contracts';
import { CatalogueApi } from '@cds/catalogue/data-access';
import { injectUploadClient, toTransfer, Transfer } from '@cds/delivery/data-access';
import { PeopleApi } from '@cds/people/data-access';
import { DownloadedFile, injectApiOptions, queryParams, toDownloadedFile } from '@cds/web/core';
import { map, Observable } from 'rxjs';
import { withJsonErrors } from './blob-errors';

/** A record of training done elsewhere, as the form gives it (the evidence file is required). */
export interface ExternalTrainingInput {
  personId: number;
  title: string;
  issuingBody: string;
  completedOn: IsoDate;
  hours: number;
  note: string;
  /** The platform course it counts as; null: recorded only. */
  countsForCourseId: number | null;
  evidence: File;
}

/** The evidence types the form offers (the API checks the content). */
export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg';
/** The list an import reads. */
export const IMPORT_SHEET_ACCEPT = '.xlsx';

/** The import report as `POST /api/external-trainings/import` answers it. */
export type { ExternalImportProblem, ExternalImportReport, ExternalImportRow } from '@cds/contracts';

/** What an import sends: the filled-in template and one evidence file for every row (required). */
export interface ExternalImportFiles {
  sheet: File;
  evidence: File;
}
/** People a search in the form lists at most. */
export const PERSON_SEARCH_LIMIT = 20;

/**
 * Training done elsewhere (`/api/external-trainings`): the list, a new record with its evidence
 * (multipart), whether it counts for a course, the evidence file, the Excel import (a preview,
 * then all rows or none) and its template; plus what the form picks from (the
 * catalogue's courses, people of the certifier's units). Writes are silent: the dialog shows why.
 */
@Injectable({ providedIn: 'root' })
export class ExternalTrainingApi {
  private readonly http = inject(HttpClient);
  private readonly uploads = injectUploadClient();
  private readonly options = injectApiOptions();
  private readonly catalogue = inject(CatalogueApi);
  private readonly people = inject(PeopleApi);

  list(filters: { q?: string; personId?: number }): Observable<ExternalTrainingDto[]> {
    return this.http.get<ExternalTrainingDto[]>('/api/external-trainings', {
      ...this.options({ silent: true }),
      params: queryParams({ personId: filters.personId, q: filters.q?.trim() }),
    });
  }

  create(input: ExternalTrainingInput): Observable<ExternalTrainingDto> {
    const body = new FormData();
    body.append('personId', String(input.personId));
    body.append('title', input.title);
    body.append('issuingBody', input.issuingBody);
    body.append('completedOn', input.completedOn);
    body.append('hours', String(input.hours));
    body.append('note', input.note);
    if (input.countsForCourseId !== null) body.append('countsForCourseId', String(input.countsForCourseId));
    body.append('evidence', input.evidence, input.evidence.name);
    return this.http.post<ExternalTrainingDto>('/api/external-trainings', body, this.options({ silent: true }));
  }

  /** The course it counts as for posts' qualification, or null to record it only. */
  setCountsFor(id: number, courseId: number | null): Observable<ExternalTrainingDto> {
    return this.http.put<ExternalTrainingDto>(`/api/external-trainings/${id}/counts`, { courseId }, this.options({ silent: true }));
  }

  evidence(id: number): Observable<DownloadedFile> {
    return this.http
      .get(`/api/external-trainings/${id}/evidence`, { ...this.options({ silent: true }), responseType: 'blob', observe: 'response' })
      .pipe(withJsonErrors(), map(toDownloadedFile));
  }

  /** The Excel template an import reads (Vietnamese headers, an example row, a sheet explaining each column). */
  importTemplate(): Observable<DownloadedFile> {
    return this.http
      .get('/api/external-trainings/template.xlsx', { ...this.options({ silent: true }), responseType: 'blob', observe: 'response' })
      .pipe(withJsonErrors(), map(toDownloadedFile));
  }

  /**
   * Sends the sheet and its evidence (multipart `file` and `evidence`), reporting the upload's
   * progress. `dryRun`: only checks, writes nothing; otherwise writes every row, or none when any
   * row is bad. Either way the report lists every problem; 422 when a file is missing or unreadable.
   */
  importSheet(files: ExternalImportFiles, dryRun: boolean): Observable<Transfer<ExternalImportReport>> {
    const body = new FormData();
    body.append('file', files.sheet, files.sheet.name);
    body.append('evidence', files.evidence, files.evidence.name);
    return this.uploads
      .post<ExternalImportReport>('/api/external-trainings/import', body, {
        ...this.options({ silent: true }),
        params: queryParams({ dryRun }),
        observe: 'events',
        reportProgress: true,
      })
      .pipe(toTransfer((res) => res.body as ExternalImportReport));
  }

  /** The catalogue's courses (a certifier sees the published ones). */
  courses(): Observable<CourseSummary[]> {
    return this.catalogue.courses();
  }

  /** Active people of the caller's units whose name matches. */
  searchPeople(q: string): Observable<PersonSummary[]> {
    return this.people.list({ q, active: true, limit: PERSON_SEARCH_LIMIT }).pipe(map((page) => page.items));
  }
}
