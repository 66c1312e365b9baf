import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  numberAttribute,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AttemptStore, isAnswerGiven } from '@cds/assessment/data-access';
import { LanguageService } from '@cds/web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ASSESSMENT_PATH, formatClock, formatNumber, timerAnnouncement } from '../attempt-format';
import { AttemptReview } from '../attempt-review/attempt-review';
import { AnswerChange, QuestionInput } from '../question-input/question-input';
import { SubmitDialog, SubmitDialogData } from '../submit-dialog/submit-dialog';

/**
 * The attempt (`/assessment/attempts/:attemptId`): one question per screen with Prev/Next and a
 * map of every question (answered / not answered / not saved), a timer that stays in view and
 * counts from the server's clock, and a save indicator that says plainly when answers are only on
 * the device. Submitting asks first, naming the questions left unanswered. Once submitted (by the
 * learner, at zero, or by the server) the same address shows the review.
 */
@Component({
  selector: 'cds-attempt-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, QuestionInput, AttemptReview],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [AttemptStore],
  templateUrl: './attempt-page.html',
  styleUrl: './attempt-page.scss',
})
export class AttemptPage {
  private readonly store = inject(AttemptStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly lang = inject(LanguageService).lang;
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private dialogRef: MatDialogRef<SubmitDialog, boolean> | null = null;
  /** The first question to show has been chosen for this attempt. */
  private positioned = false;

  /** From the route (`attempts/:attemptId`). */
  readonly attemptId = input.required({ transform: numberAttribute });

  protected readonly view = this.store.view;
  protected readonly loading = this.store.loading;
  protected readonly loadFailed = this.store.loadFailed;
  protected readonly loadError = this.store.loadError;
  protected readonly inProgress = this.store.inProgress;
  protected readonly editable = this.store.editable;
  protected readonly questions = this.store.questions;
  protected readonly saveState = this.store.saveState;
  protected readonly saveFailure = this.store.saveFailure;
  protected readonly submitState = this.store.submitState;
  protected readonly submitError = this.store.submitError;
  protected readonly closedMessage = this.store.closedMessage;
  protected readonly lostQuestions = this.store.lostQuestions;

  protected readonly index = signal(0);
  protected readonly current = computed(() => this.questions()[this.index()] ?? null);
  protected readonly isLast = computed(() => this.index() >= this.questions().length - 1);
  protected readonly clock = computed(() => {
    const ms = this.store.remainingMs();
    return ms === null ? null : formatClock(ms);
  });
  /** Under 5 minutes the timer turns amber, under 1 minute red. */
  protected readonly timerLevel = computed(() => {
    const ms = this.store.remainingMs();
    if (ms === null || ms > 300_000) return '';
    return ms > 60_000 ? 'warning' : 'critical';
  });
  protected readonly announcement = computed(() => timerAnnouncement(this.store.remainingMs()));
  protected readonly saveKey = computed(() => {
    const state = this.saveState();
    return state === 'offline' && !this.store.deviceCopy() ? 'offlineNoCopy' : state;
  });
  protected readonly quizzesLink = computed(() => {
    const v = this.view();
    return v ? [ASSESSMENT_PATH, 'classes', v.classId, 'quizzes'] : null;
  });

  constructor() {
    effect(() => {
      const id = this.attemptId();
      untracked(() => {
        this.positioned = false;
        this.index.set(0);
        this.store.load(id);
      });
    });
    // When the attempt arrives (a resume, a reload), open it at the first question without an answer.
    effect(() => {
      const questions = this.questions();
      if (this.positioned || !questions.length) return;
      this.positioned = true;
      const first = questions.findIndex((q) => !isAnswerGiven(q.answer));
      untracked(() => this.index.set(Math.max(0, first)));
    });
    // The attempt ended under the confirmation (time up): nothing is left to confirm.
    effect(() => {
      if (!this.inProgress()) untracked(() => this.dialogRef?.close(false));
    });
  }

  protected go(index: number): void {
    if (index < 0 || index >= this.questions().length) return;
    this.store.flush();
    this.index.set(index);
    // The new question is read from its heading, and a phone scrolls back up to it.
    afterNextRender({ write: () => this.heading()?.nativeElement.focus() }, { injector: this.injector });
  }

  protected answer(slot: number, change: AnswerChange): void {
    this.store.answer(slot, change.answer, change.mode);
  }

  protected flush(): void {
    this.store.flush();
  }

  protected num(n: number): string {
    return formatNumber(n, this.lang());
  }

  protected reload(): void {
    this.store.reload();
  }

  protected confirmSubmit(): void {
    if (!this.editable() || this.dialogRef) return;
    const questions = this.questions();
    const refused = questions.filter((q) => q.refusal !== null).map((q) => q.number);
    const data: SubmitDialogData = {
      total: questions.length,
      unanswered: questions.filter((q) => !isAnswerGiven(q.answer)).map((q) => q.number),
      unsaved: this.store.unsavedCount() - refused.length,
      refused,
    };
    this.dialogRef = this.dialog.open<SubmitDialog, SubmitDialogData, boolean>(SubmitDialog, { data, width: '480px', maxWidth: '95vw' });
    this.dialogRef.afterClosed().subscribe((yes) => {
      this.dialogRef = null;
      if (yes) this.store.submit();
    });
  }
}
