import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { CourseVersionDto, LessonDto, LessonOutline, LessonRequest, ModuleDto, UpdateCourseRequest } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { catchError, forkJoin, map, Observable, of, OperatorFunction, throwError } from 'rxjs';
import { CatalogueApi } from './catalogue-api';
import { WriteState } from './write-state';

/** A course's two versions that matter to its authors: the one being edited and the one learners see. */
export interface CourseVersions {
  draft: CourseVersionDto | null;
  /** Only a version in state `published` (never a draft the API might answer instead). */
  published: CourseVersionDto | null;
}

/** A 404 means "there is none" (no draft yet, never published); other errors stay errors. */
function absentAsNull<T>(): OperatorFunction<T, T | null> {
  return catchError((err: unknown) =>
    err instanceof HttpErrorResponse && err.status === 404 ? of(null) : throwError(() => err),
  );
}

/** `ids` with `id` moved one place up (-1) or down (+1); the same order when it cannot move. */
export function moveId(ids: readonly number[], id: number, delta: -1 | 1): number[] {
  const out = [...ids];
  const from = out.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= out.length) return out;
  [out[from], out[to]] = [out[to], out[from]];
  return out;
}

/** The outline line of a lesson the API answered in full. */
export function outlineOf(lesson: LessonDto): LessonOutline {
  return {
    id: lesson.id,
    position: lesson.position,
    title: lesson.title,
    minutes: lesson.minutes,
    hasVideo: !!lesson.videoUrl,
    fileCount: lesson.files.length,
  };
}

/**
 * One course in the editor: its draft (if one is open) and its published version, and every write
 * an author makes to the draft. Each write answers the changed part, which replaces it here, so the
 * page shows what the API stored. Provide it on the page.
 */
@Injectable()
export class CourseEditorStore {
  private readonly api = inject(CatalogueApi);
  private readonly read = new LatestRead<number, CourseVersions>((id) =>
    forkJoin({
      draft: this.api.draft(id).pipe(absentAsNull()),
      published: this.api.published(id).pipe(
        absentAsNull(),
        map((v) => (v?.state === 'published' ? v : null)),
      ),
    }),
  );
  private readonly writes = new WriteState();

  readonly courseId = this.read.params;
  readonly draft = computed(() => this.read.value()?.draft ?? null);
  readonly published = computed(() => this.read.value()?.published ?? null);
  /** What the editor shows: the draft when one is open, else the published version. */
  readonly current = computed(() => this.draft() ?? this.published());
  /** Only a draft can be changed. */
  readonly editable = computed(() => !!this.draft());
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  /** Read, without an error, and neither a draft nor a published version. */
  readonly notFound = computed(() => this.loaded() && !this.loading() && !this.error() && !this.current());
  readonly saving = this.writes.saving;
  readonly saved = this.writes.saved;
  readonly refusal = this.writes.refusal;

  load(courseId: number): void {
    this.read.load(courseId, { keepValue: this.read.params() === courseId });
  }

  reload(): void {
    this.read.reload();
  }

  clearRefusal(): void {
    this.writes.clear();
  }

  /** Opens a new draft from the published version (the API answers the open one if there is one). */
  openDraft(): Observable<CourseVersionDto> {
    return this.write(this.api.openDraft(this.id()), (draft, s) => ({ ...s, draft }));
  }

  updateCourse(request: UpdateCourseRequest): Observable<CourseVersionDto> {
    return this.write(this.api.updateDraft(this.id(), request), (draft, s) => ({ ...s, draft }));
  }

  /** The draft becomes the published version; the editor then shows it (no draft open). */
  publish(): Observable<CourseVersionDto> {
    return this.write(this.api.publish(this.id()), (published) => ({ draft: null, published }));
  }

  addModule(title: string): Observable<ModuleDto> {
    return this.write(this.api.addModule(this.id(), { title }), (module, s) =>
      this.withDraft(s, (d) => ({ ...d, modules: [...d.modules, module] })),
    );
  }

  renameModule(moduleId: number, title: string): Observable<ModuleDto> {
    return this.write(this.api.renameModule(moduleId, { title }), (module, s) => this.withModule(s, moduleId, () => module));
  }

  deleteModule(moduleId: number): Observable<void> {
    return this.write(this.api.deleteModule(moduleId), (_, s) =>
      this.withDraft(s, (d) => ({ ...d, modules: d.modules.filter((m) => m.id !== moduleId) })),
    );
  }

  /** Moves a module one place up (-1) or down (+1). */
  moveModule(moduleId: number, delta: -1 | 1): Observable<CourseVersionDto> {
    const ids = moveId((this.draft()?.modules ?? []).map((m) => m.id), moduleId, delta);
    return this.write(this.api.reorderModules(this.id(), ids), (draft, s) => ({ ...s, draft }));
  }

  addLesson(moduleId: number, request: LessonRequest): Observable<LessonDto> {
    return this.write(this.api.addLesson(moduleId, request), (lesson, s) =>
      this.withModule(s, moduleId, (m) => ({ ...m, lessons: [...m.lessons, outlineOf(lesson)] })),
    );
  }

  deleteLesson(moduleId: number, lessonId: number): Observable<void> {
    return this.write(this.api.deleteLesson(lessonId), (_, s) =>
      this.withModule(s, moduleId, (m) => ({ ...m, lessons: m.lessons.filter((l) => l.id !== lessonId) })),
    );
  }

  /** Moves a lesson one place up (-1) or down (+1) within its module. */
  moveLesson(moduleId: number, lessonId: number, delta: -1 | 1): Observable<ModuleDto> {
    const module = this.draft()?.modules.find((m) => m.id === moduleId);
    const ids = moveId((module?.lessons ?? []).map((l) => l.id), lessonId, delta);
    return this.write(this.api.reorderLessons(moduleId, ids), (answer, s) => this.withModule(s, moduleId, () => answer));
  }

  private id(): number {
    const id = this.read.params();
    if (id === null) throw new Error('CourseEditorStore: load(courseId) first');
    return id;
  }

  private write<T>(call: Observable<T>, apply: (value: T, state: CourseVersions) => CourseVersions): Observable<T> {
    return this.writes.run(call, (value) => {
      const state = this.read.value() ?? { draft: null, published: null };
      this.read.set(apply(value, state));
    });
  }

  private withDraft(s: CourseVersions, change: (d: CourseVersionDto) => CourseVersionDto): CourseVersions {
    return s.draft ? { ...s, draft: change(s.draft) } : s;
  }

  private withModule(s: CourseVersions, moduleId: number, change: (m: ModuleDto) => ModuleDto): CourseVersions {
    return this.withDraft(s, (d) => ({ ...d, modules: d.modules.map((m) => (m.id === moduleId ? change(m) : m)) }));
  }
}
