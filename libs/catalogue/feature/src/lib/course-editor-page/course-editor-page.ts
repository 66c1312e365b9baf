import { afterNextRender, ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, Injector, input, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { LessonOutline, ModuleDto } from '@cds/contracts';
import { CourseEditorStore } from '@cds/catalogue/data-access';
import { formatVnDateTime } from '@cds/web/i18n';
import { RefusalBanner, RefusalMessage } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, Observable, switchMap } from 'rxjs';
import { CourseFields } from '../course-fields/course-fields';
import { courseForm, fillCourseForm, updateRequestOf } from '../course-fields/course-form';
import { ConfirmDialog, ConfirmDialogData } from '../dialogs/confirm-dialog';
import { NameDialog, NameDialogData } from '../dialogs/name-dialog';
import { readRefusal } from '../read-refusal';
import { QuestionBankLink } from './question-bank-link';

/**
 * One course for its authors (`/catalogue/:id`): which version it is in (draft, or published version
 * N), opening a new draft and publishing it, the course's fields, and its modules and lessons, put in
 * order with up/down buttons. Lessons open in their own page.
 */
@Component({
  selector: 'cds-course-editor-page',
  imports: [
    CourseFields,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    QuestionBankLink,
    RefusalBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CourseEditorStore],
  templateUrl: './course-editor-page.html',
  styleUrl: './course-editor-page.scss',
})
export class CourseEditorPage {
  private readonly store = inject(CourseEditorStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** From the route (`/catalogue/:id`). */
  readonly id = input.required<string>();

  protected readonly course = this.store.current;
  protected readonly draft = this.store.draft;
  protected readonly published = this.store.published;
  protected readonly editable = this.store.editable;
  protected readonly loading = this.store.loading;
  protected readonly notFound = this.store.notFound;
  protected readonly saving = this.store.saving;
  protected readonly saved = this.store.saved;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  /** A dialog shows the refusal of its own write; the page shows the others. */
  private readonly dialogOpen = signal(false);
  /** Something the page says before asking the API (a module that still has lessons). */
  private readonly notice = signal<RefusalMessage | null>(null);
  protected readonly refusal = computed(() => this.notice() ?? (this.dialogOpen() ? null : this.store.refusal()));
  /** Said to screen readers after a move. */
  protected readonly announcement = signal('');
  protected readonly form = courseForm();
  protected readonly fmtDateTime = formatVnDateTime;
  protected readonly lessonCount = computed(() => (this.course()?.modules ?? []).reduce((n, m) => n + m.lessons.length, 0));

  constructor() {
    effect(() => {
      const id = Number(this.id());
      untracked(() => this.store.load(id));
    });
    // The form shows the version's fields when another version comes (loaded, opened, published).
    const version = computed(() => {
      const c = this.course();
      return c ? `${c.id}:${c.state}` : null;
    });
    effect(() => {
      version();
      untracked(() => this.resetForm());
    });
  }

  protected saveDetails(): void {
    if (!this.editable()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.notice.set(null);
    this.store.updateCourse(updateRequestOf(this.form)).subscribe(() => this.resetForm());
  }

  protected openDraft(): void {
    this.notice.set(null);
    this.store.openDraft().subscribe((d) =>
      this.snackBar.open(this.translate.instant('catalogue.editor.draftOpened', { version: d.version }), undefined, { duration: 5000 }),
    );
  }

  protected publish(): void {
    const draft = this.draft();
    if (!draft) return;
    const published = this.published();
    const t = (key: string, params?: object) => this.translate.instant(`catalogue.editor.${key}`, params);
    const data: ConfirmDialogData = {
      title: t('publishTitle', { version: draft.version }),
      paragraphs: [
        t('publishText'),
        t('publishKeep'),
        ...(published ? [t('publishSupersede', { version: published.version })] : []),
        ...(this.lessonCount() ? [] : [t('publishEmpty')]),
      ],
      confirmLabel: t('publish'),
    };
    this.notice.set(null);
    this.confirm(data)
      .pipe(switchMap(() => this.store.publish()))
      .subscribe((v) => this.snackBar.open(t('published', { version: v.version }), undefined, { duration: 5000 }));
  }

  protected addModule(): void {
    this.openNameDialog({
      title: this.translate.instant('catalogue.nameDialog.addModuleTitle'),
      label: this.translate.instant('catalogue.nameDialog.moduleTitle'),
      submitLabel: this.translate.instant('catalogue.nameDialog.add'),
      value: '',
      withMinutes: false,
      save: ({ title }) => this.store.addModule(title),
    });
  }

  protected renameModule(m: ModuleDto): void {
    this.openNameDialog({
      title: this.translate.instant('catalogue.nameDialog.renameModuleTitle'),
      label: this.translate.instant('catalogue.nameDialog.moduleTitle'),
      submitLabel: this.translate.instant('common.save'),
      value: m.title,
      withMinutes: false,
      save: ({ title }) => this.store.renameModule(m.id, title),
    });
  }

  protected deleteModule(m: ModuleDto): void {
    if (m.lessons.length) {
      this.notice.set({ text: null, key: 'catalogue.editor.moduleNotEmpty', params: {} });
      return;
    }
    this.notice.set(null);
    this.confirmDelete('deleteModuleTitle', 'deleteModuleText', m.title)
      .pipe(switchMap(() => this.store.deleteModule(m.id)))
      .subscribe(() => this.announceDeleted(m.title));
  }

  protected addLesson(m: ModuleDto): void {
    this.openNameDialog({
      title: this.translate.instant('catalogue.nameDialog.addLessonTitle', { module: m.title }),
      label: this.translate.instant('catalogue.nameDialog.lessonTitle'),
      submitLabel: this.translate.instant('catalogue.nameDialog.add'),
      value: '',
      withMinutes: true,
      save: ({ title, minutes }) => this.store.addLesson(m.id, { title, minutes, markdown: '', videoUrl: null }),
    });
  }

  protected deleteLesson(m: ModuleDto, l: LessonOutline): void {
    this.notice.set(null);
    this.confirmDelete('deleteLessonTitle', 'deleteLessonText', l.title)
      .pipe(switchMap(() => this.store.deleteLesson(m.id, l.id)))
      .subscribe(() => this.announceDeleted(l.title));
  }

  protected moveModule(m: ModuleDto, delta: -1 | 1): void {
    this.notice.set(null);
    this.store.moveModule(m.id, delta).subscribe((v) => {
      const position = v.modules.findIndex((x) => x.id === m.id) + 1;
      this.afterMove(`module-${m.id}`, delta, m.title, position);
    });
  }

  protected moveLesson(m: ModuleDto, l: LessonOutline, delta: -1 | 1): void {
    this.notice.set(null);
    this.store.moveLesson(m.id, l.id, delta).subscribe((answer) => {
      const position = answer.lessons.findIndex((x) => x.id === l.id) + 1;
      this.afterMove(`lesson-${l.id}`, delta, l.title, position);
    });
  }

  private resetForm(): void {
    const course = this.course();
    if (!course) return;
    fillCourseForm(this.form, course);
    if (this.editable()) this.form.enable();
    else this.form.disable();
  }

  /** Keeps the keyboard where it was (on the moved item's button) and says where the item went. */
  private afterMove(key: string, delta: -1 | 1, title: string, position: number): void {
    this.announcement.set(this.translate.instant('catalogue.editor.moved', { title, position }));
    afterNextRender(
      () => {
        const find = (dir: string) => this.host.nativeElement.querySelector<HTMLButtonElement>(`[data-move="${key}-${dir}"]`);
        const same = find(delta < 0 ? 'up' : 'down');
        (same && !same.disabled ? same : find(delta < 0 ? 'down' : 'up'))?.focus();
      },
      { injector: this.injector },
    );
  }

  private announceDeleted(title: string): void {
    this.snackBar.open(this.translate.instant('catalogue.editor.deleted', { title }), undefined, { duration: 4000 });
  }

  private confirm(data: ConfirmDialogData): Observable<true> {
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '520px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .pipe(filter((ok): ok is true => ok === true));
  }

  private confirmDelete(titleKey: string, textKey: string, title: string): Observable<true> {
    const t = (key: string) => this.translate.instant(`catalogue.editor.${key}`, { title });
    return this.confirm({ title: t(titleKey), paragraphs: [t(textKey)], confirmLabel: t('delete'), danger: true });
  }

  private openNameDialog(data: Omit<NameDialogData, 'saving' | 'refusal'>): void {
    this.notice.set(null);
    this.store.clearRefusal();
    this.dialogOpen.set(true);
    this.dialog
      .open<NameDialog, NameDialogData, boolean>(NameDialog, {
        data: { ...data, saving: this.store.saving, refusal: this.store.refusal },
        width: '480px',
        maxWidth: '95vw',
        injector: this.injector,
      })
      .afterClosed()
      .subscribe(() => {
        this.dialogOpen.set(false);
        this.store.clearRefusal();
      });
  }
}
