import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { QuizDto } from '@cds/contracts';
import { QuizListStore } from '@cds/assessment/data-access';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { readRefusal } from '../../read-refusal';
import { formatVnMinute } from '../vn-time';

/**
 * "Bài kiểm tra" of a course (`/assessment/courses/:courseId/quizzes`): every quiz with its class,
 * questions, time, window and whether learners see it; links to its settings and its results.
 */
@Component({
  selector: 'cds-course-quizzes-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [QuizListStore],
  templateUrl: './course-quizzes-page.html',
  styleUrls: ['../quiz-panels.scss', './course-quizzes-page.scss'],
})
export class CourseQuizzesPage {
  private readonly store = inject(QuizListStore);

  /** From the route. */
  readonly courseId = input.required<string>();

  protected readonly quizzes = this.store.quizzes;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  private readonly classCodes = computed(() => new Map(this.store.classes().map((c) => [c.id, c.code] as const)));
  protected readonly fmt = formatVnMinute;

  constructor() {
    effect(() => {
      const courseId = Number(this.courseId());
      untracked(() => this.store.load(courseId));
    });
  }

  /** The class of a class's own exam, by its code once the classes are read. */
  protected classCode(quiz: QuizDto): string | null {
    return quiz.classId === null ? null : (this.classCodes().get(quiz.classId) ?? `#${quiz.classId}`);
  }
}
