import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AttemptSummary, LearnerQuizDto } from '@cds/contracts';
import { ClassQuizzesStore } from '@cds/assessment/data-access';
import { LanguageService, Refusal, refusalOf } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { ASSESSMENT_PATH, formatNumber, formatVnTime, LEARN_CLASS_PATH } from '../attempt-format';

/**
 * "Bài kiểm tra của lớp" (`/assessment/classes/:classId/quizzes`): the class's quizzes with their
 * time limit, open and close times (Vietnam time), attempts used and allowed, the result when the
 * review policy shows it, and "Bắt đầu làm bài" / "Tiếp tục làm bài" — or why not.
 */
@Component({
  selector: 'cds-quiz-list-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ClassQuizzesStore],
  templateUrl: './quiz-list-page.html',
  styleUrl: './quiz-list-page.scss',
})
export class QuizListPage {
  private readonly store = inject(ClassQuizzesStore);
  private readonly router = inject(Router);
  private readonly lang = inject(LanguageService).lang;

  /** From the route (`classes/:classId/quizzes`). */
  readonly classId = input.required({ transform: numberAttribute });

  protected readonly quizzes = this.store.quizzes;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly failed = this.store.failed;
  protected readonly error = this.store.error;
  /** The quiz whose attempt is being started. */
  protected readonly starting = signal<number | null>(null);
  protected readonly refusal = signal<{ quizId: number; refusal: Refusal } | null>(null);
  protected readonly classLink = computed(() => [LEARN_CLASS_PATH, this.classId()]);

  constructor() {
    effect(() => {
      const classId = this.classId();
      untracked(() => this.store.load(classId));
    });
  }

  protected time(iso: string | null): string {
    return formatVnTime(iso);
  }

  protected num(n: number | null): string {
    return n === null ? '' : formatNumber(n, this.lang());
  }

  protected attemptLink(attemptId: number): (string | number)[] {
    return [ASSESSMENT_PATH, 'attempts', attemptId];
  }

  /** Submitted attempts, newest first (the one under way has its own button). */
  protected done(quiz: LearnerQuizDto): AttemptSummary[] {
    return quiz.attempts.filter((a) => a.state !== 'in_progress').sort((a, b) => b.number - a.number);
  }

  protected retry(): void {
    this.store.reload();
  }

  /** Starts an attempt (the API resumes the one under way) and opens it; a refusal is shown on the quiz and the list read again. */
  protected start(quiz: LearnerQuizDto): void {
    if (this.starting() !== null) return;
    this.starting.set(quiz.id);
    this.refusal.set(null);
    this.store.start(this.classId(), quiz.id).subscribe({
      next: (attempt) => {
        this.starting.set(null);
        void this.router.navigate(this.attemptLink(attempt.id));
      },
      error: (err: unknown) => {
        this.starting.set(null);
        this.refusal.set({ quizId: quiz.id, refusal: refusalOf(err) });
        this.store.reload();
      },
    });
  }
}
