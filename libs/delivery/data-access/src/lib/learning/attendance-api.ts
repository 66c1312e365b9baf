import { HttpClient, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CheckInCode, ConfirmSheetRequest, RollCall, RollCallRequest, SignInSheetDto } from '@cds/contracts';
import { DownloadedFile, injectApiOptions, toDownloadedFile } from '@cds/web/core';
import { map, Observable } from 'rxjs';
import { injectUploadClient, toTransfer, Transfer } from './transfer';

/** `/api/sessions/:id/…` and `/api/sign-in-sheets`: a trainer's roll call, the QR display and sign-in sheets. */
@Injectable({ providedIn: 'root' })
export class AttendanceApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();
  private readonly uploads = injectUploadClient();

  rollCall(sessionId: number): Observable<RollCall> {
    return this.http.get<RollCall>(`/api/sessions/${sessionId}/roll-call`, this.options({ silent: true }));
  }

  saveRollCall(sessionId: number, request: RollCallRequest): Observable<RollCall> {
    return this.http.put<RollCall>(`/api/sessions/${sessionId}/roll-call`, request, this.options({ silent: true }));
  }

  /** The code on the display now; the display asks again at `refreshAt`. */
  checkInCode(sessionId: number): Observable<CheckInCode> {
    return this.checkInCodeResponse(sessionId).pipe(map((res) => res.body as CheckInCode));
  }

  /** The same, with the answer's headers (its `Date` tells the display the server's time). */
  checkInCodeResponse(sessionId: number): Observable<HttpResponse<CheckInCode>> {
    return this.http.get<CheckInCode>(`/api/sessions/${sessionId}/check-in-code`, {
      ...this.options({ silent: true }),
      observe: 'response',
    });
  }

  sheets(sessionId: number): Observable<SignInSheetDto[]> {
    return this.http.get<SignInSheetDto[]>(`/api/sessions/${sessionId}/sign-in-sheets`, this.options({ silent: true }));
  }

  /** Uploads a scanned sign-in sheet (PDF, JPEG or PNG), reporting the upload's progress. */
  uploadSheet(sessionId: number, file: File): Observable<Transfer<SignInSheetDto>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.uploads
      .post<SignInSheetDto>(`/api/sessions/${sessionId}/sign-in-sheets`, body, {
        ...this.options({ silent: true }),
        observe: 'events',
        reportProgress: true,
      })
      .pipe(toTransfer((res) => res.body as SignInSheetDto));
  }

  sheetFile(sheetId: number): Observable<DownloadedFile> {
    return this.http
      .get(`/api/sign-in-sheets/${sheetId}/file`, { ...this.options(), responseType: 'blob', observe: 'response' })
      .pipe(map(toDownloadedFile));
  }

  /** Marks present the people the trainer read on the sheet; answers the session's roll call. */
  confirmSheet(sheetId: number, request: ConfirmSheetRequest): Observable<RollCall> {
    return this.http.post<RollCall>(`/api/sign-in-sheets/${sheetId}/confirm`, request, this.options({ silent: true }));
  }
}
