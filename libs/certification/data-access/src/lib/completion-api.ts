import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CompletionBoard,
  CompletionExceptionRequest,
  CompletionRow,
  CompletionRules,
  DecisionSummary,
  IssueDecisionRequest,
  MyCompletion,
  SignOffRequest,
} from '@cds/contracts';
import { DownloadedFile, injectApiOptions, queryParams, toDownloadedFile } from '@cds/web/core';
import { map, Observable } from 'rxjs';
import { withJsonErrors } from './blob-errors';

/**
 * A class's completion (`/api/classes/:classId/completion…`) and the certification decisions issued
 * for it (`/api/decisions`). Silent: the board and the decision wizard show the API's sentence (a
 * number already used this year, a certifier on their own completion, a class out of scope).
 */
@Injectable({ providedIn: 'root' })
export class CompletionApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();

  board(classId: number): Observable<CompletionBoard> {
    return this.http.get<CompletionBoard>(`/api/classes/${classId}/completion`, this.options({ silent: true }));
  }

  /** Every learner is evaluated again against the new rules; answers the whole board. */
  setRules(classId: number, rules: CompletionRules): Observable<CompletionBoard> {
    return this.http.put<CompletionBoard>(`/api/classes/${classId}/completion/rules`, rules, this.options({ silent: true }));
  }

  signOff(classId: number, personId: number, signedOff: boolean): Observable<CompletionRow> {
    const body: SignOffRequest = { signedOff };
    return this.http.put<CompletionRow>(`/api/classes/${classId}/completion/${personId}/sign-off`, body, this.options({ silent: true }));
  }

  /** Waives the rules for the learner with a reason; an empty reason removes the exception. */
  setException(classId: number, personId: number, reason: string): Observable<CompletionRow> {
    const body: CompletionExceptionRequest = { reason };
    return this.http.put<CompletionRow>(`/api/classes/${classId}/completion/${personId}/exception`, body, this.options({ silent: true }));
  }

  /** The signed-in learner's own row and the class's rules. */
  mine(classId: number): Observable<MyCompletion> {
    return this.http.get<MyCompletion>(`/api/classes/${classId}/completion/me`, this.options({ silent: true }));
  }

  /** The signed-in learner's completion of every class they are taking now (newest class first). */
  allMine(): Observable<MyCompletion[]> {
    return this.http.get<MyCompletion[]>('/api/completion/mine', this.options({ silent: true }));
  }

  /** 409 when the number is already used that year; 400/403 with the API's sentence otherwise. */
  issue(request: IssueDecisionRequest): Observable<DecisionSummary> {
    return this.http.post<DecisionSummary>('/api/decisions', request, this.options({ silent: true }));
  }

  decisions(classId: number): Observable<DecisionSummary[]> {
    return this.http.get<DecisionSummary[]>('/api/decisions', { ...this.options({ silent: true }), params: queryParams({ classId }) });
  }

  /** The decision's signed PDFs in one zip, through HttpClient so the token goes with it. */
  decisionZip(decisionId: number): Observable<DownloadedFile> {
    return this.http
      .get(`/api/decisions/${decisionId}/certificates.zip`, { ...this.options({ silent: true }), responseType: 'blob', observe: 'response' })
      .pipe(withJsonErrors(), map(toDownloadedFile));
  }
}
