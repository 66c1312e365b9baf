import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked, viewChild } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { GradingSessionStore, markFor } from '@cds/assessment/data-access';
import { LanguageService } from '@cds/web/core';
import { formatVnDateTime } from '@cds/web/i18n';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { readRefusal } from '../../read-refusal';

/** The API's longest comment. */
export const MAX_COMMENT = 5_000;
/** Points go in quarter steps in the field (the API keeps two decimals). */
export const POINTS_STEP = 0.25;

/** Keys typed into a field are the person's text, never a shortcut. */
function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return !!el.closest('input, textarea, select, [contenteditable="true"], [role="listbox"], [role="combobox"]');
}

/**
 * Grading one essay question of a quiz across its learners
 * (`/assessment/grading/quizzes/:quizId/questions/:questionId`), one response at a time: the
 * question and the rubric, the learner's text (as text: it is theirs, never markup) with its word
 * count, the marks so far, points and a comment (earlier comments reused in one click). The role
 * follows from the marks: first mark, second mark when someone else gave the first on a quiz with
 * a second marker, settling when two marks differ. Saving moves to the next response waiting;
 * ← and → (outside a field) move between responses, Ctrl+Enter saves.
 */
@Component({
  selector: 'cds-grading-page',
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
  providers: [GradingSessionStore],
  templateUrl: './grading-page.html',
  styleUrl: './grading-page.scss',
  host: { '(document:keydown)': 'onKey($event)' },
})
export class GradingPage {
  private readonly store = inject(GradingSessionStore);
  private readonly language = inject(LanguageService);

  /** From the route. */
  readonly quizId = input.required<string>();
  readonly questionId = input.required<string>();

  protected readonly responses = this.store.responses;
  protected readonly current = this.store.current;
  protected readonly index = this.store.index;
  protected readonly role = this.store.role;
  protected readonly waiting = this.store.waiting;
  protected readonly comments = this.store.comments;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly saving = this.store.saving;
  protected readonly refusal = this.store.refusal;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  protected readonly step = POINTS_STEP;
  protected readonly maxComment = MAX_COMMENT;
  protected readonly overWords = computed(() => {
    const r = this.current();
    return !!r && r.maxWords > 0 && r.words > r.maxWords;
  });
  /** The learner whose mark was saved last, for the live region. */
  protected readonly savedFor = signal<string | null>(null);
  /** The person pressed Save while the points were not valid. */
  protected readonly invalidAttempt = signal(false);

  private readonly pointsField = viewChild<ElementRef<HTMLInputElement>>('pointsField');
  private readonly commentField = viewChild<ElementRef<HTMLTextAreaElement>>('commentField');

  protected readonly form = new FormGroup({
    points: new FormControl<number | null>(null, [Validators.required, (c: AbstractControl) => this.inRange(c)]),
    comment: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(MAX_COMMENT)] }),
  });

  constructor() {
    effect(() => {
      const quizId = Number(this.quizId());
      const questionId = Number(this.questionId());
      untracked(() => this.store.load(quizId, questionId));
    });
    // A new response (or a new role on it) starts the form from the mark that role would change.
    effect(() => {
      const response = this.current();
      const role = this.role();
      untracked(() => {
        const start = response && role ? markFor(response, role) : { points: null, comment: '' };
        this.form.reset(start);
        this.invalidAttempt.set(false);
      });
    });
  }

  protected when(iso: string | null): string {
    return formatVnDateTime(iso);
  }

  protected points(value: number): string {
    return new Intl.NumberFormat(this.language.lang() === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(value);
  }

  protected go(value: string): void {
    this.store.go(Number(value));
  }

  protected next(): void {
    this.savedFor.set(null);
    this.store.next();
  }

  protected previous(): void {
    this.savedFor.set(null);
    this.store.previous();
  }

  /** ← / → move between responses, unless the person is typing in a field. */
  protected onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isEditable(event.target)) return;
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      this.next();
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      this.previous();
    }
  }

  /** Ctrl+Enter (⌘+Enter) in a field saves. */
  protected saveShortcut(event: Event): void {
    const key = event as KeyboardEvent;
    if (key.ctrlKey || key.metaKey) {
      event.preventDefault();
      this.save();
    }
  }

  /** Adds an earlier comment to the comment field (on a new line after what is there). */
  protected useComment(comment: string): void {
    const control = this.form.controls.comment;
    const text = control.value.trimEnd();
    control.setValue(text ? `${text}\n${comment}` : comment);
    control.markAsDirty();
    this.commentField()?.nativeElement.focus();
  }

  protected save(): void {
    const response = this.current();
    const role = this.role();
    if (!response || !role || this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.invalidAttempt.set(true);
      return;
    }
    const { points, comment } = this.form.getRawValue();
    this.store.save({ points: points as number, comment: comment.trim(), role }).subscribe(() => {
      this.savedFor.set(response.fullName);
      this.pointsField()?.nativeElement.focus();
    });
  }

  private inRange(control: AbstractControl): ValidationErrors | null {
    const value = control.value as number | null;
    const max = this.current()?.maxPoints ?? 0;
    if (value === null || value === undefined) return null;
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max ? null : { range: { max } };
  }
}
