import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CheckInRequest,
  CheckInResponse,
  ClassOutline,
  ClassSummary,
  EnrolmentDto,
  LearnerHome,
  LessonProgressRequest,
  LessonView,
} from '@cds/contracts';
import { DownloadedFile, injectApiOptions, queryParams, toDownloadedFile } from '@cds/web/core';
import { map, Observable } from 'rxjs';
import { toTransfer, Transfer } from './transfer';

/** What the API answers to a progress update. */
export type SavedProgress = Pick<LessonView, 'done' | 'position'>;

/**
 * `/api/learning`: the signed-in person's own classes, lessons and progress, and QR check-in; plus
 * the open classes they may ask to join. Reads are silent: the learner's pages show their own errors.
 */
@Injectable({ providedIn: 'root' })
export class LearningApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();

  home(): Observable<LearnerHome> {
    return this.http.get<LearnerHome>('/api/learning', this.options({ silent: true }));
  }

  outline(classId: number): Observable<ClassOutline> {
    return this.http.get<ClassOutline>(`/api/learning/classes/${classId}`, this.options({ silent: true }));
  }

  /** A lesson to read; the API remembers it as where the learner left off. */
  lesson(classId: number, lessonId: number): Observable<LessonView> {
    return this.http.get<LessonView>(`/api/learning/classes/${classId}/lessons/${lessonId}`, this.options({ silent: true }));
  }

  /** Saving progress never bothers the reader: failures are the caller's to retry quietly. */
  saveProgress(classId: number, lessonId: number, request: LessonProgressRequest): Observable<SavedProgress> {
    return this.http.put<SavedProgress>(
      `/api/learning/classes/${classId}/lessons/${lessonId}/progress`,
      request,
      this.options({ silent: true }),
    );
  }

  /** A lesson's file, only when the learner asks for it (with the sign-in header, so not a plain link). */
  lessonFile(classId: number, lessonId: number, fileId: number): Observable<Transfer<DownloadedFile>> {
    return this.http
      .get(`/api/learning/classes/${classId}/lessons/${lessonId}/files/${fileId}`, {
        ...this.options(),
        responseType: 'blob',
        observe: 'events',
        reportProgress: true,
      })
      .pipe(toTransfer(toDownloadedFile));
  }

  checkIn(classId: number, request: CheckInRequest): Observable<CheckInResponse> {
    return this.http.post<CheckInResponse>(`/api/learning/classes/${classId}/check-in`, request, this.options({ silent: true }));
  }

  /** The class's sessions as an .ics file for a phone's calendar. */
  calendar(classId: number): Observable<DownloadedFile> {
    return this.http
      .get(`/api/classes/${classId}/calendar.ics`, { ...this.options(), responseType: 'blob', observe: 'response' })
      .pipe(map(toDownloadedFile));
  }

  /** Classes open for enrolment (any signed-in person may ask to join one). */
  openClasses(courseId?: number): Observable<ClassSummary[]> {
    return this.http.get<ClassSummary[]>('/api/classes/open', { ...this.options({ silent: true }), params: queryParams({ courseId }) });
  }

  /** Asks to join an open class; the enrolment starts as `requested`. */
  join(classId: number): Observable<EnrolmentDto> {
    return this.http.post<EnrolmentDto>(`/api/classes/${classId}/join`, {}, this.options({ silent: true }));
  }
}
