import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { GRADING_METHODS, QuestionSummary, REVIEW_WHEN } from '@cds/contracts';
import { QuizApi, QuizEditorStore } from '@cds/assessment/data-access';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { readRefusal } from '../../read-refusal';
import { QuizOverridesPanel } from '../quiz-overrides-panel/quiz-overrides-panel';
import { QuizRegradePanel } from '../quiz-regrade-panel/quiz-regrade-panel';
import { questionLabel } from '../quiz-format';
import { applySelectionKind, drawGroup, newQuizSettings, QUIZ_LIMITS, QuizForm, quizForm, REVIEW_PARTS, toQuizSettings } from './quiz-form';

/**
 * A quiz's settings (`/assessment/quizzes/:quizId`, and `/assessment/courses/:courseId/quizzes/new`
 * for a new one, `?classId=` to make it that class's own exam): title and description, the class,
 * the questions (fixed from the course's bank, in order, or drawn at random by tag), timing,
 * attempts, pass mark, grading method, review policy, second marking and publication. The API checks
 * everything again and answers 422 with every problem in words, shown above the save button. A
 * saved quiz also has its per-person overrides and the regrade.
 */
@Component({
  selector: 'cds-quiz-settings-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    RefusalBanner,
    TranslatePipe,
    QuizOverridesPanel,
    QuizRegradePanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [QuizEditorStore],
  templateUrl: './quiz-settings-page.html',
  styleUrl: './quiz-settings-page.scss',
})
export class QuizSettingsPage {
  private readonly store = inject(QuizEditorStore);
  private readonly api = inject(QuizApi);
  private readonly router = inject(Router);

  /** From the route: the course of a new quiz (`…/courses/:courseId/quizzes/new`). */
  readonly courseId = input<string>();
  /** From the route: the quiz to edit (`…/quizzes/:quizId`). */
  readonly quizId = input<string>();
  /** From the query (`?classId=`): a new quiz as this class's own exam. */
  readonly classId = input<string>();

  protected readonly limits = QUIZ_LIMITS;
  protected readonly methods = GRADING_METHODS;
  protected readonly whens = REVIEW_WHEN;
  protected readonly reviewParts = REVIEW_PARTS;
  protected readonly isNew = computed(() => !this.quizId());
  protected readonly quiz = this.store.quiz;
  protected readonly loading = this.store.loading;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  protected readonly notFound = computed(() => this.store.error()?.statusCode === 404);
  protected readonly saving = this.store.saving;
  protected readonly saved = this.store.saved;
  protected readonly refusal = this.store.refusal;
  /** The course the quiz belongs to: the route's for a new quiz, the quiz's own otherwise. */
  protected readonly targetCourseId = computed(() => (this.isNew() ? Number(this.courseId()) || null : (this.quiz()?.courseId ?? null)));
  protected readonly bank = this.store.questions;
  protected readonly bankLoaded = this.store.questionsLoaded;
  protected readonly bankError = computed(() => readRefusal(this.store.questionsError()));
  protected readonly classes = this.store.classes;
  protected readonly form = signal<QuizForm | null>(null);
  /** The person pressed Save while the form had problems. */
  protected readonly invalidAttempt = signal(false);
  /** The fixed question picked in the "add" list. */
  protected readonly picked = signal<number | null>(null);
  protected readonly previewHtml = signal<string | null>(null);
  protected readonly previewing = signal(false);
  protected readonly previewFailed = signal(false);

  private readonly bankById = computed(() => new Map(this.bank().map((q) => [q.id, q] as const)));
  /** How many of the bank's questions carry each tag (for the random draws). */
  protected readonly tagCounts = computed(() => {
    const counts = new Map<string, number>();
    for (const q of this.bank()) for (const t of q.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  });
  protected readonly tags = computed(() => [...this.tagCounts().keys()].sort((a, b) => a.localeCompare(b, 'vi')));

  constructor() {
    effect(() => {
      const id = this.quizId();
      untracked(() => {
        if (id) this.store.load(Number(id));
        else this.setForm(quizForm(newQuizSettings(Number(this.classId()) || null)));
      });
    });
    effect(() => {
      const quiz = this.store.quiz();
      if (quiz && !this.isNew()) untracked(() => this.setForm(quizForm(quiz)));
    });
    effect(() => {
      const courseId = this.targetCourseId();
      if (courseId) untracked(() => this.store.loadCourse(courseId));
    });
  }

  protected label(id: number): string {
    return questionLabel(this.bankById().get(id), id);
  }

  /** Whether the class is among the course's classes listed (a quiz may point at one beyond the first page). */
  protected hasClass(id: number): boolean {
    return this.classes().some((c) => c.id === id);
  }

  protected questionOf(id: number): QuestionSummary | undefined {
    return this.bankById().get(id);
  }

  /** Bank questions not yet in the fixed list. */
  protected available(form: QuizForm): QuestionSummary[] {
    const chosen = new Set(form.controls.questionIds.value);
    return this.bank().filter((q) => !chosen.has(q.id));
  }

  protected kindChanged(form: QuizForm): void {
    applySelectionKind(form);
  }

  protected addQuestion(form: QuizForm): void {
    const id = this.picked();
    if (id === null) return;
    this.setQuestions(form, [...form.controls.questionIds.value, id]);
    this.picked.set(null);
  }

  protected moveQuestion(form: QuizForm, index: number, delta: -1 | 1): void {
    const ids = [...form.controls.questionIds.value];
    const to = index + delta;
    if (to < 0 || to >= ids.length) return;
    [ids[index], ids[to]] = [ids[to], ids[index]];
    this.setQuestions(form, ids);
  }

  protected removeQuestion(form: QuizForm, index: number): void {
    this.setQuestions(form, form.controls.questionIds.value.filter((_, i) => i !== index));
  }

  protected addDraw(form: QuizForm): void {
    form.controls.draws.push(drawGroup());
    form.markAsDirty();
  }

  protected removeDraw(form: QuizForm, index: number): void {
    form.controls.draws.removeAt(index);
    form.markAsDirty();
  }

  protected tagCount(tag: string): number {
    return this.tagCounts().get(tag.trim()) ?? 0;
  }

  /** The description as learners will see it, rendered by the API. */
  protected preview(form: QuizForm): void {
    this.previewing.set(true);
    this.previewFailed.set(false);
    this.api
      .renderMarkdown(form.controls.description.value)
      .pipe(finalize(() => this.previewing.set(false)))
      .subscribe({
        next: (html) => this.previewHtml.set(html),
        error: () => this.previewFailed.set(true),
      });
  }

  protected save(): void {
    const form = this.form();
    if (!form || this.saving()) return;
    if (form.invalid) {
      form.markAllAsTouched();
      this.invalidAttempt.set(true);
      return;
    }
    this.invalidAttempt.set(false);
    const settings = toQuizSettings(form, this.quiz()?.moduleId ?? null);
    const courseId = this.targetCourseId();
    if (this.isNew() && courseId) {
      this.store.create(courseId, settings).subscribe((quiz) => void this.router.navigate(['/assessment/quizzes', quiz.id], { replaceUrl: true }));
    } else if (!this.isNew()) {
      this.store.save(settings).subscribe();
    }
  }

  private setQuestions(form: QuizForm, ids: number[]): void {
    form.controls.questionIds.setValue(ids);
    form.markAsDirty();
  }

  private setForm(form: QuizForm): void {
    applySelectionKind(form);
    this.form.set(form);
    this.previewHtml.set(null);
    this.invalidAttempt.set(false);
  }
}
