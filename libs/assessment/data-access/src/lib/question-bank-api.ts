import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  QuestionBody,
  QuestionDetail,
  QuestionImportConfirmRequest,
  QuestionImportPreview,
  QuestionImportRequest,
  QuestionImportResult,
  QuestionSummary,
} from '@cds/contracts';
import { CatalogueApi } from '@cds/catalogue/data-access';
import { injectUploadClient, toTransfer, Transfer } from '@cds/delivery/data-access';
import { DownloadedFile, injectApiOptions, queryParams, toDownloadedFile } from '@cds/web/core';
import { map, Observable } from 'rxjs';

/** The formats an import reads: GIFT and Aiken as text (a file or pasted), Excel as a file only. */
export type QuestionImportFormat = QuestionImportPreview['format'];
export const QUESTION_IMPORT_FORMATS: readonly QuestionImportFormat[] = ['gift', 'aiken', 'xlsx'];
/** The largest import file the API reads (2 MB). */
export const QUESTION_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * `/api/courses/:courseId/questions…` and `/api/questions/:id`: a course's question bank as its
 * authors see it (keys included). Writes and imports are silent: the screen that made them shows
 * the refusal (422 with every problem in words, 409 when someone else saved first).
 */
@Injectable({ providedIn: 'root' })
export class QuestionBankApi {
  private readonly http = inject(HttpClient);
  private readonly uploads = injectUploadClient();
  private readonly options = injectApiOptions();
  private readonly catalogue = inject(CatalogueApi);

  /** The current version of every question of the course, without keys; only those with the tag when one is given. */
  list(courseId: number, tag?: string | null): Observable<QuestionSummary[]> {
    return this.http.get<QuestionSummary[]>(`/api/courses/${courseId}/questions`, {
      ...this.options({ silent: true }),
      params: queryParams({ tag: tag?.trim() }),
    });
  }

  /** The current version with its key and its text rendered. */
  question(id: number): Observable<QuestionDetail> {
    return this.http.get<QuestionDetail>(`/api/questions/${id}`, this.options({ silent: true }));
  }

  create(courseId: number, body: QuestionBody): Observable<QuestionDetail> {
    return this.http.post<QuestionDetail>(`/api/courses/${courseId}/questions`, body, this.options({ silent: true }));
  }

  /** A new version, refused (409 `assessment.question_changed`) when the current one is no longer `baseVersion`. */
  update(id: number, body: QuestionBody, baseVersion: number): Observable<QuestionDetail> {
    return this.http.put<QuestionDetail>(`/api/questions/${id}`, body, {
      ...this.options({ silent: true }),
      params: queryParams({ baseVersion }),
    });
  }

  /** What pasted GIFT or Aiken text holds, and every line it could not read. Saves nothing. */
  previewText(courseId: number, format: Exclude<QuestionImportFormat, 'xlsx'>, text: string): Observable<QuestionImportPreview> {
    const body: QuestionImportRequest = { text };
    return this.http.post<QuestionImportPreview>(`/api/courses/${courseId}/questions/import`, body, {
      ...this.options({ silent: true }),
      params: queryParams({ format }),
    });
  }

  /** The same for a file, sent as multipart `file`, reporting the upload's progress. Saves nothing. */
  previewFile(courseId: number, format: QuestionImportFormat, file: File): Observable<Transfer<QuestionImportPreview>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.uploads
      .post<QuestionImportPreview>(`/api/courses/${courseId}/questions/import`, body, {
        ...this.options({ silent: true }),
        params: queryParams({ format }),
        observe: 'events',
        reportProgress: true,
      })
      .pipe(toTransfer((res) => res.body as QuestionImportPreview));
  }

  /** Saves the previewed questions, all or nothing. */
  confirmImport(courseId: number, questions: QuestionBody[]): Observable<QuestionImportResult> {
    const body: QuestionImportConfirmRequest = { questions };
    return this.http.post<QuestionImportResult>(`/api/courses/${courseId}/questions/import/confirm`, body, this.options({ silent: true }));
  }

  /** The course's questions in GIFT, keys included. Silent: the page shows a refusal. */
  exportGift(courseId: number): Observable<DownloadedFile> {
    return this.http
      .get(`/api/courses/${courseId}/questions/export.gift`, { ...this.options({ silent: true }), responseType: 'blob', observe: 'response' })
      .pipe(map(toDownloadedFile));
  }

  /** The Excel sheet to fill in for an import. Silent: the page shows a refusal. */
  importTemplate(courseId: number): Observable<DownloadedFile> {
    return this.http
      .get(`/api/courses/${courseId}/questions/import-template.xlsx`, { ...this.options({ silent: true }), responseType: 'blob', observe: 'response' })
      .pipe(map(toDownloadedFile));
  }

  /** Markdown rendered and sanitised by the API, as learners will see it (the catalogue's preview). */
  renderMarkdown(markdown: string): Observable<string> {
    return this.catalogue.preview(markdown);
  }
}
