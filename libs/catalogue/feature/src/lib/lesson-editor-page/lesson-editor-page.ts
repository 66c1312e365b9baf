import { ChangeDetectionStrategy, Component, computed, effect, inject, InjectionToken, Injector, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { LessonDto, LessonFileDto, LessonRequest } from '@cds/contracts';
import { CatalogueApi, CourseEditorStore, LESSON_FILE_ACCEPT, LESSON_FILE_MAX_BYTES, LessonEditorStore } from '@cds/catalogue/data-access';
import { LanguageService, saveBlob } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, filter, map, Observable, of, switchMap, tap } from 'rxjs';
import { ConfirmDialog, ConfirmDialogData } from '../dialogs/confirm-dialog';
import { MINUTES_MAX, NAME_MAX } from '../dialogs/name-dialog';
import { readRefusal } from '../read-refusal';

/** How long the Markdown must rest before the preview is asked for (ms). */
export const MARKDOWN_PREVIEW_DEBOUNCE_MS = new InjectionToken<number>('MARKDOWN_PREVIEW_DEBOUNCE_MS', { factory: () => 400 });

const VIDEO_URL_MAX = 500;
/** The longest Markdown the API takes. */
export const MARKDOWN_MAX = 20_000;
const EXTENSIONS = LESSON_FILE_ACCEPT.split(',');

/** "1,5 MB" / "1.5 MB": a file's size for people. */
export function formatFileSize(bytes: number, lang: string): string {
  const fmt = (n: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${fmt(bytes)} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} KB`;
  return `${fmt(bytes / (1024 * 1024))} MB`;
}

/** The icon of a file by its type. */
export function fileIcon(contentType: string): string {
  if (contentType === 'application/pdf') return 'picture_as_pdf';
  if (contentType.startsWith('image/')) return 'image';
  return 'description';
}

/**
 * One lesson (`/catalogue/:id/lessons/:lessonId`): title, duration, video link, the Markdown with a
 * live preview rendered by the API as learners will see it (beside the editor on a wide screen,
 * below it on a phone), and the lesson's files. Only a lesson of the course's draft can be changed.
 */
@Component({
  selector: 'cds-lesson-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RefusalBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CourseEditorStore, LessonEditorStore],
  templateUrl: './lesson-editor-page.html',
  styleUrl: './lesson-editor-page.scss',
})
export class LessonEditorPage {
  private readonly api = inject(CatalogueApi);
  private readonly course = inject(CourseEditorStore);
  private readonly store = inject(LessonEditorStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly debounceMs = inject(MARKDOWN_PREVIEW_DEBOUNCE_MS);

  /** From the route (`/catalogue/:id/lessons/:lessonId`). */
  readonly id = input.required<string>();
  readonly lessonId = input.required<string>();

  protected readonly accept = LESSON_FILE_ACCEPT;
  protected readonly markdownMax = MARKDOWN_MAX;
  protected readonly minutesMax = MINUTES_MAX;
  protected readonly lesson = this.store.lesson;
  protected readonly files = this.store.files;
  protected readonly lessonRead = computed(() => this.store.loaded() && !this.store.loading());
  protected readonly loading = computed(() => this.store.loading() || this.course.loading());
  protected readonly saving = this.store.saving;
  protected readonly saved = this.store.saved;
  protected readonly refusal = this.store.refusal;
  protected readonly upload = this.store.upload;
  protected readonly uploadRefusal = this.store.uploadRefusal;
  protected readonly readError = computed(() => readRefusal(this.store.error() ?? this.course.error()));
  protected readonly courseTitle = computed(() => this.course.current()?.title ?? null);
  /** The module the lesson is in, and its place in the course. */
  protected readonly place = computed(() => {
    const id = Number(this.lessonId());
    const modules = this.course.current()?.modules ?? [];
    const i = modules.findIndex((m) => m.lessons.some((l) => l.id === id));
    return i < 0 ? null : { position: i + 1, title: modules[i].title };
  });
  /** Only a lesson of the draft can be changed (a published version's lessons never change). */
  protected readonly editable = computed(() => {
    const id = Number(this.lessonId());
    return !!this.course.draft()?.modules.some((m) => m.lessons.some((l) => l.id === id));
  });
  /** The course is read and the lesson is not in its draft. */
  protected readonly readOnly = computed(() => this.course.loaded() && !this.course.loading() && !this.editable());

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(NAME_MAX), Validators.pattern(/\S/)] }),
    minutes: new FormControl<number | null>(null, {
      validators: [Validators.required, Validators.min(0), Validators.max(MINUTES_MAX), Validators.pattern(/^\d+$/)],
    }),
    videoUrl: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(VIDEO_URL_MAX), Validators.pattern(/^\s*(https?:\/\/\S+)?\s*$/i)],
    }),
    markdown: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(MARKDOWN_MAX)] }),
  });

  protected readonly previewHtml = signal('');
  protected readonly previewing = signal(false);
  protected readonly previewFailed = signal(false);

  constructor() {
    this.form.disable();
    effect(() => {
      const courseId = Number(this.id());
      untracked(() => this.course.load(courseId));
    });
    effect(() => {
      const lessonId = Number(this.lessonId());
      untracked(() => this.store.load(lessonId));
    });
    // The form shows the lesson as read (and, once the course is known, opens if it is a draft's).
    const lessonKey = computed(() => this.lesson()?.id ?? null);
    effect(() => {
      lessonKey();
      untracked(() => this.fill(this.lesson()));
    });
    const canEdit = computed(() => this.editable() && !!this.lesson());
    effect(() => {
      const editable = canEdit();
      untracked(() => (editable ? this.form.enable({ emitEvent: false }) : this.form.disable({ emitEvent: false })));
    });
    // Live preview: once the person stops typing, the API renders the Markdown; a newer text
    // cancels the preview still in flight.
    this.form.controls.markdown.valueChanges
      .pipe(
        debounceTime(this.debounceMs),
        distinctUntilChanged(),
        tap(() => this.previewing.set(true)),
        switchMap((markdown): Observable<string | null> =>
          markdown.trim() ? this.api.preview(markdown).pipe(catchError(() => of(null))) : of(''),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((html) => {
        this.previewing.set(false);
        this.previewFailed.set(html === null);
        if (html !== null) this.previewHtml.set(html);
      });
  }

  protected save(): void {
    if (!this.editable()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const request: LessonRequest = {
      title: v.title.trim(),
      minutes: Number(v.minutes),
      markdown: v.markdown,
      videoUrl: v.videoUrl.trim() || null,
    };
    this.store.save(request).subscribe((saved) => {
      // Keeps what the person typed since pressing save; marks the saved fields as saved.
      if (this.form.controls.markdown.value === saved.markdown) this.form.markAsPristine();
    });
  }

  protected chooseFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.editable() || this.upload()) return;
    const name = file.name;
    const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
    if (!EXTENSIONS.includes(ext)) {
      this.store.refuseUpload({ code: null, text: null, key: 'catalogue.lesson.wrongType', params: { name }, fields: {} });
      return;
    }
    if (file.size > LESSON_FILE_MAX_BYTES) {
      this.store.refuseUpload({ code: null, text: null, key: 'catalogue.lesson.tooBig', params: { name }, fields: {} });
      return;
    }
    this.store.uploadFile(file).subscribe((stored) =>
      this.snackBar.open(this.translate.instant('catalogue.lesson.uploaded', { name: stored.fileName }), undefined, { duration: 4000 }),
    );
  }

  protected deleteFile(file: LessonFileDto): void {
    const t = (key: string) => this.translate.instant(`catalogue.lesson.${key}`, { name: file.fileName });
    const data: ConfirmDialogData = {
      title: t('deleteFileTitle'),
      paragraphs: [t('deleteFileText')],
      confirmLabel: this.translate.instant('catalogue.editor.delete'),
      danger: true,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '480px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .pipe(
        filter((ok) => ok === true),
        switchMap(() => this.store.deleteFile(file.id)),
      )
      .subscribe(() => this.snackBar.open(t('fileDeleted'), undefined, { duration: 4000 }));
  }

  protected download(file: LessonFileDto): void {
    this.api
      .downloadFile(file.id)
      .pipe(map((f) => f.blob))
      .subscribe((blob) => saveBlob(blob, file.fileName));
  }

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.language.lang());
  }

  protected icon(contentType: string): string {
    return fileIcon(contentType);
  }

  private fill(lesson: LessonDto | null): void {
    if (!lesson) return;
    this.form.setValue(
      { title: lesson.title, minutes: lesson.minutes, videoUrl: lesson.videoUrl ?? '', markdown: lesson.markdown ?? '' },
      { emitEvent: false },
    );
    this.form.markAsPristine();
    this.previewHtml.set(lesson.html);
    this.previewFailed.set(false);
  }
}
