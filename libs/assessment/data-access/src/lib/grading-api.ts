import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { GradeRequest, GradingQueueItem, GradingResponse } from '@cds/contracts';
import { injectApiOptions } from '@cds/web/core';
import { Observable } from 'rxjs';

/**
 * Grading essays (`/api/grading/…`, `/api/attempts/:id/questions/:slot/grade`): the trainer's queue,
 * every response to one question, comments used before, and a mark. Silent: the grading screen
 * shows the API's sentence (points out of range, the same person marking twice, nothing to settle).
 */
@Injectable({ providedIn: 'root' })
export class GradingApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();

  /** Essay questions with responses, per quiz, in the caller's classes; those waiting first. */
  queue(): Observable<GradingQueueItem[]> {
    return this.http.get<GradingQueueItem[]>('/api/grading/queue', this.options({ silent: true }));
  }

  /** Every response to one essay question of a quiz (waiting ones first, then by name). */
  responses(quizId: number, questionId: number): Observable<GradingResponse[]> {
    return this.http.get<GradingResponse[]>(`/api/grading/quizzes/${quizId}/questions/${questionId}`, this.options({ silent: true }));
  }

  /** Earlier comments on this question, the most used first. */
  comments(questionId: number): Observable<string[]> {
    return this.http.get<string[]>(`/api/grading/questions/${questionId}/comments`, this.options({ silent: true }));
  }

  /** A first or second mark, or the settling of two that differ; answers with the response as it now stands. */
  grade(attemptId: number, slot: number, request: GradeRequest): Observable<GradingResponse> {
    return this.http.put<GradingResponse>(`/api/attempts/${attemptId}/questions/${slot}/grade`, request, this.options({ silent: true }));
  }
}
