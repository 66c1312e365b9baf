import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MyCompletion } from '@cds/contracts';
import { TranslatePipe } from '@ngx-translate/core';

/** One line of a class's progress: its words (a translation key and its values) and whether the rule behind it is met. */
export interface ProgressItem {
  key: string;
  params: Record<string, unknown>;
  met: boolean;
}

const PREFIX = 'certification.mine.progress.';

/**
 * What a learner has done of a class, against the class's rules: lessons and quizzes always (when
 * the class has any, or a rule asks for them), attendance when a minimum is set, the final exam and
 * the trainer's sign-off when the rules ask for them.
 */
export function progressItems({ rules, row }: MyCompletion): ProgressItem[] {
  const items: ProgressItem[] = [];
  if (row.lessonsTotal > 0 || rules.allLessons) {
    items.push({ key: `${PREFIX}lessons`, params: { done: row.lessonsDone, total: row.lessonsTotal }, met: row.lessonsDone >= row.lessonsTotal });
  }
  if (row.quizzesTotal > 0 || rules.allQuizzes) {
    items.push({ key: `${PREFIX}quizzes`, params: { passed: row.quizzesPassed, total: row.quizzesTotal }, met: row.quizzesPassed >= row.quizzesTotal });
  }
  if (rules.minAttendance !== null) {
    const min = rules.minAttendance;
    items.push(
      row.attendance === null
        ? { key: `${PREFIX}attendanceNone`, params: { min }, met: false }
        : { key: `${PREFIX}attendance`, params: { percent: row.attendance, min }, met: row.attendance >= min },
    );
  }
  if (rules.finalQuizId !== null) {
    items.push({ key: `${PREFIX}${row.finalPassed ? 'finalPassed' : 'finalNotPassed'}`, params: {}, met: !!row.finalPassed });
  }
  if (rules.signOff) {
    items.push({ key: `${PREFIX}${row.signedOff ? 'signedOff' : 'notSignedOff'}`, params: {}, met: row.signedOff });
  }
  return items;
}

/**
 * "Đang học" on "Chứng chỉ của tôi": each class the learner takes now with a compact list of what is
 * done, then either that they qualify and wait for the decision, or what is still missing (the
 * board's words for each gap). Shows nothing when there is no class.
 */
@Component({
  selector: 'cds-my-progress',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-progress.html',
  styleUrl: './my-progress.scss',
})
export class MyProgress {
  readonly classes = input.required<MyCompletion[]>();

  protected readonly items = computed(() => this.classes().map((c) => ({ completion: c, progress: progressItems(c) })));
}
