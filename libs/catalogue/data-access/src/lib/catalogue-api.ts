import { HttpClient, HttpEvent, HttpEventType } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CourseSummary,
  CourseVersionDto,
  CreateCourseRequest,
  LessonDto,
  LessonFileDto,
  LessonRequest,
  MarkdownPreviewResponse,
  ModuleDto,
  ModuleRequest,
  UpdateCourseRequest,
} from '@cds/contracts';
import { DownloadedFile, injectApiOptions, toDownloadedFile } from '@cds/web/core';
import { filter, map, Observable } from 'rxjs';

/** The file types a lesson accepts (the API checks the content too). */
export const LESSON_FILE_ACCEPT = '.pdf,.pptx,.docx,.png,.jpg,.jpeg,.webp';
/** The largest lesson file the API takes. */
export const LESSON_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** Where an upload is: the share of bytes sent so far, then the stored file. */
export type UploadProgress = { state: 'uploading'; percent: number } | { state: 'done'; file: LessonFileDto };

/**
 * `/api/courses`, `/api/modules`, `/api/lessons`, `/api/lesson-files`, `/api/markdown`: the catalogue
 * as its authors see it. Only a draft version can be changed (`catalogue.not_draft`); every write is
 * silent, so the screen that made it shows the refusal.
 */
@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();

  courses(): Observable<CourseSummary[]> {
    return this.http.get<CourseSummary[]>('/api/courses', this.options());
  }

  /** The published version (404 `catalogue.course_not_published` before the first publication). */
  published(courseId: number): Observable<CourseVersionDto> {
    return this.http.get<CourseVersionDto>(`/api/courses/${courseId}`, this.options({ silent: true }));
  }

  /** The draft being edited (404 `catalogue.no_draft` when there is none). */
  draft(courseId: number): Observable<CourseVersionDto> {
    return this.http.get<CourseVersionDto>(`/api/courses/${courseId}/draft`, this.options({ silent: true }));
  }

  /** A new course: its first version, a draft. */
  createCourse(request: CreateCourseRequest): Observable<CourseVersionDto> {
    return this.http.post<CourseVersionDto>('/api/courses', request, this.options({ silent: true }));
  }

  /** A new draft copied from the published version (or the draft already open). */
  openDraft(courseId: number): Observable<CourseVersionDto> {
    return this.http.post<CourseVersionDto>(`/api/courses/${courseId}/draft`, {}, this.options({ silent: true }));
  }

  updateDraft(courseId: number, request: UpdateCourseRequest): Observable<CourseVersionDto> {
    return this.http.patch<CourseVersionDto>(`/api/courses/${courseId}/draft`, request, this.options({ silent: true }));
  }

  /** The draft becomes the published version; classes already running keep theirs. */
  publish(courseId: number): Observable<CourseVersionDto> {
    return this.http.post<CourseVersionDto>(`/api/courses/${courseId}/publish`, {}, this.options({ silent: true }));
  }

  addModule(courseId: number, request: ModuleRequest): Observable<ModuleDto> {
    return this.http.post<ModuleDto>(`/api/courses/${courseId}/draft/modules`, request, this.options({ silent: true }));
  }

  /** The draft's modules in this order (every module id once). */
  reorderModules(courseId: number, ids: number[]): Observable<CourseVersionDto> {
    return this.http.put<CourseVersionDto>(`/api/courses/${courseId}/draft/modules/order`, { ids }, this.options({ silent: true }));
  }

  renameModule(id: number, request: ModuleRequest): Observable<ModuleDto> {
    return this.http.patch<ModuleDto>(`/api/modules/${id}`, request, this.options({ silent: true }));
  }

  /** Only an empty module can go. */
  deleteModule(id: number): Observable<void> {
    return this.http.delete<void>(`/api/modules/${id}`, this.options({ silent: true }));
  }

  addLesson(moduleId: number, request: LessonRequest): Observable<LessonDto> {
    return this.http.post<LessonDto>(`/api/modules/${moduleId}/lessons`, request, this.options({ silent: true }));
  }

  /** The module's lessons in this order (every lesson id once). */
  reorderLessons(moduleId: number, ids: number[]): Observable<ModuleDto> {
    return this.http.put<ModuleDto>(`/api/modules/${moduleId}/lessons/order`, { ids }, this.options({ silent: true }));
  }

  /** A lesson with its Markdown (authors). */
  lesson(id: number): Observable<LessonDto> {
    return this.http.get<LessonDto>(`/api/lessons/${id}`, this.options({ silent: true }));
  }

  updateLesson(id: number, request: LessonRequest): Observable<LessonDto> {
    return this.http.patch<LessonDto>(`/api/lessons/${id}`, request, this.options({ silent: true }));
  }

  deleteLesson(id: number): Observable<void> {
    return this.http.delete<void>(`/api/lessons/${id}`, this.options({ silent: true }));
  }

  /**
   * Uploads a file to a lesson as multipart `file`, telling how far it is; ends with the stored file.
   * The API refuses a type it does not take, or content that does not match the name.
   */
  uploadFile(lessonId: number, file: File): Observable<UploadProgress> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http
      .post<LessonFileDto>(`/api/lessons/${lessonId}/files`, body, {
        ...this.options({ silent: true }),
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        filter((e) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.Response),
        map((e: HttpEvent<LessonFileDto>): UploadProgress => {
          if (e.type === HttpEventType.Response) return { state: 'done', file: e.body as LessonFileDto };
          const p = e as { loaded: number; total?: number };
          return { state: 'uploading', percent: p.total ? Math.min(100, Math.round((100 * p.loaded) / p.total)) : 0 };
        }),
      );
  }

  deleteFile(id: number): Observable<void> {
    return this.http.delete<void>(`/api/lesson-files/${id}`, this.options({ silent: true }));
  }

  /** The file's bytes (authors). */
  downloadFile(id: number): Observable<DownloadedFile> {
    return this.http
      .get(`/api/lesson-files/${id}`, { ...this.options(), responseType: 'blob', observe: 'response' })
      .pipe(map(toDownloadedFile));
  }

  /** The Markdown rendered and sanitised as learners will see it. */
  preview(markdown: string): Observable<string> {
    return this.http
      .post<MarkdownPreviewResponse>('/api/markdown/preview', { markdown }, this.options({ silent: true }))
      .pipe(map((r) => r.html));
  }
}
