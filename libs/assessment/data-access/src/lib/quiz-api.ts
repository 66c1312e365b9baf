import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ClassSummary,
  EnrolmentDto,
  EnrolmentState,
  QuestionSummary,
  QuizDto,
  QuizOverrideDto,
  QuizOverrideInput,
  QuizResultsDto,
  QuizSettings,
  RegradeReport,
} from '@cds/contracts';
import { CatalogueApi } from '@cds/catalogue/data-access';
import { DeliveryClassesApi } from '@cds/delivery/data-access';
import { DownloadedFile, injectApiOptions, queryParams, toDownloadedFile } from '@cds/web/core';
import { map, Observable } from 'rxjs';

/** The most classes of one course a picker lists (the API's largest page). */
export const COURSE_CLASSES_LIMIT = 200;

/** Participants who take a class's quizzes: the API counts the same states in a quiz's results. */
export const QUIZ_TAKER_STATES: readonly EnrolmentState[] = ['enrolled', 'completed', 'failed'];

/**
 * A course's quizzes as their authors set them up (`/api/courses/:courseId/quizzes`,
 * `/api/quizzes/:id…`): settings, per-person overrides, regrading with a dry run, and a class's
 * results with their Excel file; plus what the settings screen picks from (the course's questions
 * and classes, a class's participants). Writes and the reads a screen explains itself are silent:
 * the screen shows the API's sentence (a 422 on settings lists every problem in words).
 */
@Injectable({ providedIn: 'root' })
export class QuizApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();
  private readonly catalogue = inject(CatalogueApi);
  private readonly delivery = inject(DeliveryClassesApi);

  list(courseId: number): Observable<QuizDto[]> {
    return this.http.get<QuizDto[]>(`/api/courses/${courseId}/quizzes`, this.options({ silent: true }));
  }

  quiz(id: number): Observable<QuizDto> {
    return this.http.get<QuizDto>(`/api/quizzes/${id}`, this.options({ silent: true }));
  }

  create(courseId: number, settings: QuizSettings): Observable<QuizDto> {
    return this.http.post<QuizDto>(`/api/courses/${courseId}/quizzes`, settings, this.options({ silent: true }));
  }

  /** Attempts already started keep their questions and deadline. */
  update(id: number, settings: QuizSettings): Observable<QuizDto> {
    return this.http.put<QuizDto>(`/api/quizzes/${id}`, settings, this.options({ silent: true }));
  }

  overrides(quizId: number): Observable<QuizOverrideDto[]> {
    return this.http.get<QuizOverrideDto[]>(`/api/quizzes/${quizId}/overrides`, this.options({ silent: true }));
  }

  /** Creates or replaces the person's override. */
  setOverride(quizId: number, personId: number, input: QuizOverrideInput): Observable<QuizOverrideDto> {
    return this.http.put<QuizOverrideDto>(`/api/quizzes/${quizId}/overrides/${personId}`, input, this.options({ silent: true }));
  }

  removeOverride(quizId: number, personId: number): Observable<void> {
    return this.http.delete<void>(`/api/quizzes/${quizId}/overrides/${personId}`, this.options({ silent: true }));
  }

  /** Grades submitted attempts again against the current version of each question; a dry run writes nothing. */
  regrade(quizId: number, dryRun: boolean): Observable<RegradeReport> {
    return this.http.post<RegradeReport>(`/api/quizzes/${quizId}/regrade`, null, {
      ...this.options({ silent: true }),
      params: queryParams({ dryRun }),
    });
  }

  results(quizId: number, classId: number): Observable<QuizResultsDto> {
    return this.http.get<QuizResultsDto>(`/api/quizzes/${quizId}/results`, {
      ...this.options({ silent: true }),
      params: queryParams({ classId }),
    });
  }

  /** The results table as Excel, through HttpClient so the token goes with it. */
  resultsXlsx(quizId: number, classId: number): Observable<DownloadedFile> {
    return this.http
      .get(`/api/quizzes/${quizId}/results.xlsx`, {
        ...this.options({ silent: true }),
        params: queryParams({ classId }),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(map(toDownloadedFile));
  }

  // ---- what the settings screen picks from ----

  /** The current version of every question of the course's bank. */
  courseQuestions(courseId: number): Observable<QuestionSummary[]> {
    return this.http.get<QuestionSummary[]>(`/api/courses/${courseId}/questions`, this.options({ silent: true }));
  }

  /** The course's classes (the first page of the largest size: a course has a few classes a year). */
  courseClasses(courseId: number): Observable<ClassSummary[]> {
    return this.delivery.classes({ courseId, limit: COURSE_CLASSES_LIMIT }).pipe(map((page) => page.items));
  }

  /** The people of a class who take its quizzes, in the API's order. */
  quizTakers(classId: number): Observable<EnrolmentDto[]> {
    return this.delivery.enrolments(classId).pipe(map((all) => all.filter((e) => QUIZ_TAKER_STATES.includes(e.state))));
  }

  /** Markdown rendered and sanitised by the API, as learners will see the description. */
  renderMarkdown(markdown: string): Observable<string> {
    return this.catalogue.preview(markdown);
  }
}
