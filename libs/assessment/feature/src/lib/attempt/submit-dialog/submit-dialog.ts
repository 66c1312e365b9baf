import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { DialogShell } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

export interface SubmitDialogData {
  total: number;
  /** Question numbers (1-based) without an answer. */
  unanswered: number[];
  /** Answers still on their way to the server (sent before the submission). */
  unsaved: number;
  /** Question numbers whose latest answer the server refused (they will not count). */
  refused: number[];
}

/** "Nộp bài?": what is unanswered (and what will not count) before the learner submits. Closes with true to submit. */
@Component({
  selector: 'cds-submit-dialog',
  imports: [DialogShell, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cds-dialog-shell [title]="'attempt.page.confirm.title' | translate" [submitLabel]="'attempt.page.confirm.submit' | translate" [cancelResult]="false" (confirm)="ref.close(true)">
      @if (data.unanswered.length) {
        <p>{{ 'attempt.page.confirm.unanswered' | translate: { count: data.unanswered.length } }}</p>
        <ul class="numbers" data-testid="unanswered">
          @for (n of data.unanswered; track n) {
            <li>{{ 'attempt.page.confirm.questionNumber' | translate: { number: n } }}</li>
          }
        </ul>
      } @else {
        <p data-testid="all-answered">{{ 'attempt.page.confirm.allAnswered' | translate: { total: data.total } }}</p>
      }
      @if (data.refused.length) {
        <p>{{ 'attempt.page.confirm.refused' | translate }}</p>
        <ul class="numbers" data-testid="refused">
          @for (n of data.refused; track n) {
            <li>{{ 'attempt.page.confirm.questionNumber' | translate: { number: n } }}</li>
          }
        </ul>
      }
      @if (data.unsaved) {
        <p>{{ 'attempt.page.confirm.unsaved' | translate: { count: data.unsaved } }}</p>
      }
      <p class="final">{{ 'attempt.page.confirm.final' | translate }}</p>
    </cds-dialog-shell>
  `,
  styles: `
    .numbers { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0 0 0 20px; margin: 0 0 12px; }
    .final { font-weight: 500; margin-bottom: 0; }
  `,
})
export class SubmitDialog {
  protected readonly ref = inject<MatDialogRef<SubmitDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<SubmitDialogData>(MAT_DIALOG_DATA);
}
