import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AttemptView, LearnerQuizDto, SaveAnswersRequest, SaveAnswersResult } from '@cds/contracts';
import { injectApiOptions } from '@cds/web/core';
import { Observable } from 'rxjs';

/**
 * The learner's side of quizzes: a class's quizzes, starting (or resuming) an attempt, reading it,
 * saving answers and submitting. Every call is silent: the attempt page says itself what went
 * wrong (a dropped connection is not an error there, the answers wait on the device).
 */
@Injectable({ providedIn: 'root' })
export class AttemptApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();

  /** The published quizzes of a class the caller is enrolled in, with their own settings and attempts. */
  classQuizzes(classId: number): Observable<LearnerQuizDto[]> {
    return this.http.get<LearnerQuizDto[]>(`/api/classes/${classId}/quizzes`, this.options({ silent: true }));
  }

  /** A new attempt, or the one under way (403 quiz_not_open / quiz_closed, 409 no_attempts_left). */
  start(classId: number, quizId: number): Observable<AttemptView> {
    return this.http.post<AttemptView>(`/api/classes/${classId}/quizzes/${quizId}/attempts`, {}, this.options({ silent: true }));
  }

  /** The attempt with its questions, saved answers and the server's clock; once submitted, what the review policy opens. */
  attempt(attemptId: number): Observable<AttemptView> {
    return this.http.get<AttemptView>(`/api/attempts/${attemptId}`, this.options({ silent: true }));
  }

  /** Saves answers (an older `seq` never overwrites a newer one); 409 time_up / attempt_closed once the attempt is over. */
  saveAnswers(attemptId: number, body: SaveAnswersRequest): Observable<SaveAnswersResult> {
    return this.http.post<SaveAnswersResult>(`/api/attempts/${attemptId}/answers`, body, this.options({ silent: true }));
  }

  /** Submits with what was saved; sent twice it answers the same. */
  submit(attemptId: number): Observable<AttemptView> {
    return this.http.post<AttemptView>(`/api/attempts/${attemptId}/submit`, {}, this.options({ silent: true }));
  }
}
