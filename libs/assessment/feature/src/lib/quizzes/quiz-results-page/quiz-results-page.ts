import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ClassResultRow } from '@cds/contracts';
import { QuizApi, QuizResultsStore } from '@cds/assessment/data-access';
import { fileNameFrom, LanguageService, Refusal, refusalOf, saveBlob } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { readRefusal } from '../../read-refusal';
import { formatNumber } from '../quiz-format';
import { ScoreChart } from './score-chart';

/**
 * "Kết quả" of a quiz in one class (`/assessment/quizzes/:quizId/results?classId=`): a row per
 * learner (an attempt awaiting grading is "Chờ chấm", never a zero or a fail), the mean and pass
 * rate of the graded results, their distribution in ten buckets, and the table as Excel.
 */
@Component({
  selector: 'cds-quiz-results-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RefusalBanner,
    TranslatePipe,
    ScoreChart,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [QuizResultsStore],
  templateUrl: './quiz-results-page.html',
  styleUrls: ['../quiz-panels.scss', './quiz-results-page.scss'],
})
export class QuizResultsPage {
  private readonly store = inject(QuizResultsStore);
  private readonly api = inject(QuizApi);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** From the route. */
  readonly quizId = input.required<string>();
  /** From the query (`?classId=`). */
  readonly classId = input<string>();

  protected readonly quiz = this.store.quiz;
  protected readonly classes = this.store.classes;
  protected readonly results = this.store.results;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly readError = computed(() => readRefusal(this.store.error() ?? this.store.quizError()));
  protected readonly exporting = signal(false);
  protected readonly exportRefusal = signal<Refusal | null>(null);
  /** The class picked here (before the address catches up). */
  private readonly picked = signal<number | null>(null);
  /** The class shown: picked, else the address's, else the quiz's own class, else the course's first. */
  protected readonly selectedClassId = computed(
    () => this.picked() ?? (Number(this.classId()) || null) ?? this.quiz()?.classId ?? this.classes().at(0)?.id ?? null,
  );
  protected readonly gradedCount = computed(() => (this.results()?.rows ?? []).filter((r) => r.percent !== null).length);

  constructor() {
    effect(() => {
      const quizId = Number(this.quizId());
      untracked(() => this.store.loadQuiz(quizId));
    });
    effect(() => {
      const courseId = this.quiz()?.courseId;
      if (courseId) untracked(() => this.store.loadClasses(courseId));
    });
    effect(() => {
      const quizId = Number(this.quizId());
      const classId = this.selectedClassId();
      if (classId) untracked(() => this.store.load(quizId, classId));
    });
  }

  protected pick(value: string): void {
    const classId = Number(value) || null;
    if (!classId) return;
    this.picked.set(classId);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { classId }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected percent(value: number | null): string {
    return value === null ? '—' : `${formatNumber(value, this.language.lang())} %`;
  }

  /** The result cell: "Chờ chấm" while an essay waits (never 0 or a fail), pass or fail once graded. */
  protected resultKey(row: ClassResultRow): string {
    if (row.state === 'awaiting_grading') return 'assessment.quizzes.states.awaiting_grading';
    return `assessment.quizzes.passed.${row.passed}`;
  }

  protected exportXlsx(): void {
    const quizId = Number(this.quizId());
    const classId = this.selectedClassId();
    if (!classId || this.exporting()) return;
    this.exporting.set(true);
    this.exportRefusal.set(null);
    this.api
      .resultsXlsx(quizId, classId)
      .pipe(finalize(() => this.exporting.set(false)))
      .subscribe({
        next: (f) => saveBlob(f.blob, fileNameFrom(f.disposition, 'results.xlsx')),
        error: (err: unknown) => this.exportRefusal.set(refusalOf(err)),
      });
  }
}
