import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ClassDetail,
  ClassState,
  ClassSummary,
  CourseSummary,
  CreateClassRequest,
  CreatePlanRequest,
  DecideRequest,
  EnrolmentDto,
  EnrolmentState,
  NominateResponse,
  Page,
  PlanDto,
  PlanItemRequest,
  SessionDto,
  SessionRequest,
} from '@cds/contracts';
import { DownloadedFile, injectApiOptions, queryParams, toDownloadedFile } from '@cds/web/core';
import { map, Observable } from 'rxjs';

/** A plan in the list of plans (`GET /api/plans`). */
export interface PlanRef {
  id: number;
  year: number;
  title: string;
}

/** `GET /api/classes?state=&courseId=&q=&limit=&cursor=` */
export interface ClassesQuery {
  state?: ClassState;
  courseId?: number;
  q?: string;
  limit?: number;
  cursor?: string;
}

/** `GET /api/enrolments?state=&classId=&limit=&cursor=`: the queues, in the caller's scope. */
export interface EnrolmentQueueQuery {
  state: Extract<EnrolmentState, 'nominated' | 'requested' | 'waitlisted' | 'enrolled'>;
  classId?: number;
  limit?: number;
  cursor?: string;
}

/** `PATCH /api/classes/:id`: any field but the course; `cancelled` cancels the class (false takes it back). */
export type UpdateClassRequest = Partial<Omit<CreateClassRequest, 'courseId'>> & { cancelled?: boolean };

/**
 * The staff side of delivery: the yearly plan, classes and their sessions, participants, and the
 * nomination and approval queues. Writes are `silent`: the dialog or page that made them shows the
 * API's refusal itself (in the person's language).
 */
@Injectable({ providedIn: 'root' })
export class DeliveryClassesApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();

  // ---- plan ----

  plans(): Observable<PlanRef[]> {
    return this.http.get<PlanRef[]>('/api/plans', this.options());
  }

  /** The plan of a year; 404 when there is none (silent: the page says so). */
  plan(year: number): Observable<PlanDto> {
    return this.http.get<PlanDto>(`/api/plans/${year}`, this.options({ silent: true }));
  }

  createPlan(request: CreatePlanRequest): Observable<PlanDto> {
    return this.http.post<PlanDto>('/api/plans', request, this.options({ silent: true }));
  }

  addPlanItem(planId: number, request: PlanItemRequest): Observable<PlanDto> {
    return this.http.post<PlanDto>(`/api/plans/${planId}/items`, request, this.options({ silent: true }));
  }

  updatePlanItem(itemId: number, request: PlanItemRequest): Observable<PlanDto> {
    return this.http.put<PlanDto>(`/api/plan-items/${itemId}`, request, this.options({ silent: true }));
  }

  removePlanItem(itemId: number): Observable<PlanDto> {
    return this.http.delete<PlanDto>(`/api/plan-items/${itemId}`, this.options({ silent: true }));
  }

  /** Planned vs delivered, as Excel (through HttpClient, so the token goes with it). */
  planXlsx(year: number): Observable<DownloadedFile> {
    return this.download(`/api/plans/${year}/export`);
  }

  // ---- classes ----

  classes(query: ClassesQuery): Observable<Page<ClassSummary>> {
    return this.http.get<Page<ClassSummary>>('/api/classes', {
      ...this.options(),
      params: queryParams({ state: query.state, courseId: query.courseId, q: query.q?.trim(), limit: query.limit, cursor: query.cursor }),
    });
  }

  /** Classes still taking nominations and requests. */
  openClasses(courseId?: number): Observable<ClassSummary[]> {
    return this.http.get<ClassSummary[]>('/api/classes/open', { ...this.options(), params: queryParams({ courseId }) });
  }

  class(id: number): Observable<ClassDetail> {
    return this.http.get<ClassDetail>(`/api/classes/${id}`, this.options());
  }

  createClass(request: CreateClassRequest): Observable<ClassDetail> {
    return this.http.post<ClassDetail>('/api/classes', request, this.options({ silent: true }));
  }

  updateClass(id: number, request: UpdateClassRequest): Observable<ClassDetail> {
    return this.http.patch<ClassDetail>(`/api/classes/${id}`, request, this.options({ silent: true }));
  }

  addSession(classId: number, request: SessionRequest): Observable<SessionDto> {
    return this.http.post<SessionDto>(`/api/classes/${classId}/sessions`, request, this.options({ silent: true }));
  }

  updateSession(id: number, request: SessionRequest): Observable<SessionDto> {
    return this.http.patch<SessionDto>(`/api/sessions/${id}`, request, this.options({ silent: true }));
  }

  deleteSession(id: number): Observable<void> {
    return this.http.delete<void>(`/api/sessions/${id}`, this.options({ silent: true }));
  }

  /** Every session of the class as an iCalendar file, for a phone's calendar. */
  calendarIcs(classId: number): Observable<DownloadedFile> {
    return this.download(`/api/classes/${classId}/calendar.ics`);
  }

  /** The attendance sheet of the class (session dates, times, durations, marks, rates). */
  attendanceXlsx(classId: number): Observable<DownloadedFile> {
    return this.download(`/api/classes/${classId}/attendance.xlsx`);
  }

  // ---- enrolment ----

  /** Participants of a class, every state. Silent: the class page says when they are out of reach. */
  enrolments(classId: number): Observable<EnrolmentDto[]> {
    return this.http.get<EnrolmentDto[]>(`/api/classes/${classId}/enrolments`, this.options({ silent: true }));
  }

  nominate(classId: number, personIds: number[]): Observable<NominateResponse> {
    return this.http.post<NominateResponse>(`/api/classes/${classId}/nominations`, { personIds }, this.options({ silent: true }));
  }

  queue(query: EnrolmentQueueQuery): Observable<Page<EnrolmentDto>> {
    return this.http.get<Page<EnrolmentDto>>('/api/enrolments', {
      ...this.options(),
      params: queryParams({ state: query.state, classId: query.classId, limit: query.limit, cursor: query.cursor }),
    });
  }

  decide(enrolmentId: number, request: DecideRequest): Observable<EnrolmentDto> {
    return this.http.post<EnrolmentDto>(`/api/enrolments/${enrolmentId}/decision`, request, this.options({ silent: true }));
  }

  withdraw(enrolmentId: number, reason: string): Observable<EnrolmentDto> {
    return this.http.post<EnrolmentDto>(`/api/enrolments/${enrolmentId}/withdraw`, { reason }, this.options({ silent: true }));
  }

  // ---- catalogue ----

  /** Courses the caller may see; those without a published version cannot get a class. */
  courses(): Observable<CourseSummary[]> {
    return this.http.get<CourseSummary[]>('/api/courses', this.options());
  }

  private download(url: string): Observable<DownloadedFile> {
    return this.http.get(url, { ...this.options(), responseType: 'blob', observe: 'response' }).pipe(map(toDownloadedFile));
  }
}
