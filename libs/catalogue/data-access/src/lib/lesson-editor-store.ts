import { computed, inject, Injectable, signal } from '@angular/core';
import { LessonDto, LessonFileDto, LessonRequest } from '@cds/contracts';
import { LatestRead, Refusal, refusalOf } from '@cds/web/core';
import { catchError, defer, EMPTY, filter, finalize, map, Observable, tap } from 'rxjs';
import { CatalogueApi } from './catalogue-api';
import { WriteState } from './write-state';

/** A file on its way to the lesson. */
export interface UploadState {
  fileName: string;
  percent: number;
}

/** One lesson in the editor: its fields and Markdown, its files, saving and uploading. Provide it on the page. */
@Injectable()
export class LessonEditorStore {
  private readonly api = inject(CatalogueApi);
  private readonly read = new LatestRead<number, LessonDto>((id) => this.api.lesson(id));
  private readonly writes = new WriteState();
  private readonly uploadState = signal<UploadState | null>(null);
  private readonly uploadRefusalState = signal<Refusal | null>(null);

  readonly lessonId = this.read.params;
  readonly lesson = this.read.value;
  readonly files = computed(() => this.lesson()?.files ?? []);
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  readonly saving = this.writes.saving;
  readonly saved = this.writes.saved;
  /** Why the last save or file deletion was refused. */
  readonly refusal = this.writes.refusal;
  /** The upload in flight, with its progress. */
  readonly upload = this.uploadState.asReadonly();
  /** Why the last upload was refused (a type not taken, content that does not match the name, too big). */
  readonly uploadRefusal = this.uploadRefusalState.asReadonly();

  load(lessonId: number): void {
    this.read.load(lessonId, { keepValue: this.read.params() === lessonId });
  }

  save(request: LessonRequest): Observable<LessonDto> {
    return this.writes.run(this.api.updateLesson(this.id(), request), (lesson) => this.read.set(lesson));
  }

  deleteFile(fileId: number): Observable<void> {
    return this.writes.run(this.api.deleteFile(fileId), () => this.setFiles((files) => files.filter((f) => f.id !== fileId)));
  }

  /**
   * Sends a file; `upload` tells how far it is. Answers the stored file, or completes without a value
   * when the API refuses it (the reason is in `uploadRefusal`).
   */
  uploadFile(file: File): Observable<LessonFileDto> {
    return defer(() => {
      this.uploadRefusalState.set(null);
      this.uploadState.set({ fileName: file.name, percent: 0 });
      return this.api.uploadFile(this.id(), file).pipe(
        tap((p) => {
          if (p.state === 'uploading') this.uploadState.set({ fileName: file.name, percent: p.percent });
        }),
        filter((p) => p.state === 'done'),
        map((p) => p.file),
        tap((stored) => this.setFiles((files) => [...files, stored])),
        catchError((err: unknown) => {
          this.uploadRefusalState.set(refusalOf(err));
          return EMPTY;
        }),
        finalize(() => this.uploadState.set(null)),
      );
    });
  }

  /** Forgets the refusal of the last upload (say, the person chose another file). */
  clearUploadRefusal(): void {
    this.uploadRefusalState.set(null);
  }

  /** A refusal found before sending (the wrong type, too big), shown where the API's would be. */
  refuseUpload(refusal: Refusal): void {
    this.uploadRefusalState.set(refusal);
  }

  private id(): number {
    const id = this.read.params();
    if (id === null) throw new Error('LessonEditorStore: load(lessonId) first');
    return id;
  }

  private setFiles(change: (files: LessonFileDto[]) => LessonFileDto[]): void {
    const lesson = this.read.value();
    if (lesson) this.read.set({ ...lesson, files: change(lesson.files) });
  }
}
