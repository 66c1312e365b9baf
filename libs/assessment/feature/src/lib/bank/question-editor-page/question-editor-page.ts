import { ChangeDetectionStrategy, Component, computed, effect, inject, InjectionToken, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { QUESTION_TYPES, QuestionDetail } from '@cds/contracts';
import { QuestionBankApi, QuestionEditorStore } from '@cds/assessment/data-access';
import { formatVnDateTime } from '@cds/web/i18n';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, Observable, of, switchMap, tap } from 'rxjs';
import { readRefusal } from '../../read-refusal';
import { shortText } from '../short-text';
import { ChoiceFields } from './answer-fields/choice-fields';
import { EssayFields } from './answer-fields/essay-fields';
import { MatchingFields } from './answer-fields/matching-fields';
import { NumericFields } from './answer-fields/numeric-fields';
import { ShortAnswerFields } from './answer-fields/short-answer-fields';
import { TrueFalseFields } from './answer-fields/true-false-fields';
import { bodyOf, fillForm, QUESTION_FORM_LIMITS, questionForm, showSection } from './question-form';

/** How long the question text must rest before its preview is asked for (ms). */
export const QUESTION_PREVIEW_DEBOUNCE_MS = new InjectionToken<number>('QUESTION_PREVIEW_DEBOUNCE_MS', { factory: () => 400 });

/**
 * One question of a course's bank: a new one (`/assessment/courses/:courseId/questions/new`) or
 * the current version of one (`/assessment/questions/:id`). The fields every question has, its text
 * with a live preview rendered by the API as learners will see it, and the answer key of its type.
 * A save makes a new version on top of the one shown; when someone else saved first the page says
 * so and offers the newer version.
 */
@Component({
  selector: 'cds-question-editor-page',
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
    ChoiceFields,
    TrueFalseFields,
    ShortAnswerFields,
    NumericFields,
    MatchingFields,
    EssayFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [QuestionEditorStore],
  templateUrl: './question-editor-page.html',
  styleUrl: './question-editor-page.scss',
})
export class QuestionEditorPage {
  private readonly api = inject(QuestionBankApi);
  private readonly store = inject(QuestionEditorStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly debounceMs = inject(QUESTION_PREVIEW_DEBOUNCE_MS);

  /** From the route: the course of a new question (`…/courses/:courseId/questions/new`). */
  readonly courseId = input<string>();
  /** From the route: the question being edited (`…/questions/:id`). */
  readonly id = input<string>();

  protected readonly types = QUESTION_TYPES;
  protected readonly limits = QUESTION_FORM_LIMITS;
  protected readonly form = questionForm();
  protected readonly question = this.store.question;
  protected readonly isNew = computed(() => !this.id());
  /** The saved version's name, or the start of its text when it has none. */
  protected readonly title = computed(() => {
    const body = this.question()?.body;
    return body ? body.name.trim() || shortText(body.text) : '';
  });
  protected readonly bankCourseId = computed(() => this.question()?.courseId ?? (Number(this.courseId()) || null));
  protected readonly loading = this.store.loading;
  protected readonly notFound = computed(() => !this.isNew() && this.store.loaded() && !this.store.loading() && !this.question() && !this.store.error());
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  protected readonly saving = this.store.saving;
  protected readonly saved = this.store.saved;
  protected readonly conflict = this.store.conflict;
  /** A refusal other than the conflict, which has its own box. */
  protected readonly refusal = computed(() => (this.conflict() ? null : this.store.refusal()));
  /** Save was pressed while some field was not valid. */
  protected readonly invalidAttempt = signal(false);
  protected readonly fmtDateTime = formatVnDateTime;

  /** The version this page's last save wrote (the form already shows it). */
  private ownSave: QuestionDetail | null = null;

  protected readonly previewHtml = signal('');
  protected readonly previewing = signal(false);
  protected readonly previewFailed = signal(false);

  constructor() {
    showSection(this.form);
    effect(() => {
      const id = Number(this.id());
      if (id) untracked(() => this.store.load(id));
    });
    // The form shows each version as read: on opening and after loading a newer one. After this
    // page's own save the form already holds what was saved (and maybe more, typed meanwhile).
    effect(() => {
      const question = this.question();
      if (!question || question === this.ownSave) return;
      untracked(() => {
        fillForm(this.form, question.body);
        this.previewHtml.set(question.html);
        this.previewFailed.set(false);
        this.invalidAttempt.set(false);
      });
    });
    this.form.controls.type.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => showSection(this.form));
    // Live preview: once the author stops typing, the API renders the text; newer text cancels a preview in flight.
    this.form.controls.text.valueChanges
      .pipe(
        debounceTime(this.debounceMs),
        distinctUntilChanged(),
        tap(() => this.previewing.set(true)),
        switchMap((markdown): Observable<string | null> =>
          markdown.trim() ? this.api.renderMarkdown(markdown).pipe(catchError(() => of(null))) : of(''),
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
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.invalidAttempt.set(true);
      return;
    }
    this.invalidAttempt.set(false);
    const body = bodyOf(this.form);
    if (this.question()) {
      this.store.save(body).subscribe((saved) => {
        // Runs before the effect that fills the form sees the new version (effects run later).
        this.ownSave = saved;
        if (JSON.stringify(bodyOf(this.form)) === JSON.stringify(body)) this.form.markAsPristine();
        this.say('assessment.editor.saved', { version: saved.version });
      });
      return;
    }
    const courseId = this.bankCourseId();
    if (!courseId) return;
    this.store.create(courseId, body).subscribe((created) => {
      this.ownSave = created;
      this.say('assessment.editor.created');
      void this.router.navigate(['/assessment/questions', created.id], { replaceUrl: true });
    });
  }

  /** After a conflict: the newer version replaces what was typed. */
  protected reload(): void {
    this.store.reload();
  }

  private say(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(this.translate.instant(key, params), undefined, { duration: 4000 });
  }
}
