import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AssignmentDto, AssignRequest, CourseRef, CoverageReport, CreateSeatRequest, EndAssignmentRequest, IsoDate, SeatDto, TransferRequest } from '@cds/contracts';
import { DownloadedFile, injectApiOptions, queryParams, toDownloadedFile } from '@cds/web/core';
import { map, Observable } from 'rxjs';

/** `/api/core-team`: seats (posts), who holds them, and whether they are covered by a certified person. */
@Injectable({ providedIn: 'root' })
export class CoreTeamApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();

  seats(unitId: number, asOf?: IsoDate, subunits = false): Observable<SeatDto[]> {
    return this.http.get<SeatDto[]>('/api/core-team/seats', {
      ...this.options(),
      params: queryParams({ unitId, asOf, subunits }),
    });
  }

  createSeat(request: CreateSeatRequest): Observable<SeatDto> {
    return this.http.post<SeatDto>('/api/core-team/seats', request, this.options({ silent: true }));
  }

  endSeat(id: number, effectiveDate: IsoDate): Observable<SeatDto> {
    return this.http.post<SeatDto>(`/api/core-team/seats/${id}/end`, { effectiveDate }, this.options({ silent: true }));
  }

  assignments(seatId: number): Observable<AssignmentDto[]> {
    return this.http.get<AssignmentDto[]>(`/api/core-team/seats/${seatId}/assignments`, this.options());
  }

  assign(seatId: number, request: AssignRequest): Observable<AssignmentDto> {
    return this.http.post<AssignmentDto>(
      `/api/core-team/seats/${seatId}/assignments`,
      request,
      this.options({ silent: true }),
    );
  }

  endAssignment(id: number, request: EndAssignmentRequest): Observable<AssignmentDto> {
    return this.http.post<AssignmentDto>(`/api/core-team/assignments/${id}/end`, request, this.options({ silent: true }));
  }

  transfer(request: TransferRequest): Observable<{ ended: AssignmentDto; started: AssignmentDto }> {
    return this.http.post<{ ended: AssignmentDto; started: AssignmentDto }>(
      '/api/core-team/transfer',
      request,
      this.options({ silent: true }),
    );
  }

  coverage(unitId: number, asOf?: IsoDate): Observable<CoverageReport> {
    return this.http.get<CoverageReport>('/api/core-team/coverage', {
      ...this.options(),
      params: queryParams({ unitId, asOf }),
    });
  }

  coverageXlsx(unitId: number, asOf?: IsoDate): Observable<DownloadedFile> {
    return this.http
      .get('/api/core-team/coverage.xlsx', {
        ...this.options(),
        params: queryParams({ unitId, asOf }),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(map(toDownloadedFile));
  }

  courses(): Observable<CourseRef[]> {
    return this.http.get<CourseRef[]>('/api/courses', this.options());
  }
}
