import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { QuestionForm } from '../question-form';

/** A true/false question's right answer and the feedback for each answer a learner may give. */
@Component({
  selector: 'cds-true-false-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatRadioModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './answer-fields.scss',
  template: `
    <div [formGroup]="group()">
      <p id="tf-correct-label" class="legend">{{ 'assessment.editor.trueFalse.correct' | translate }}</p>
      <mat-radio-group formControlName="correct" class="radios" aria-labelledby="tf-correct-label" data-testid="tf-correct">
        <mat-radio-button [value]="true">{{ 'assessment.editor.trueFalse.true' | translate }}</mat-radio-button>
        <mat-radio-button [value]="false">{{ 'assessment.editor.trueFalse.false' | translate }}</mat-radio-button>
      </mat-radio-group>
      <div class="row">
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'assessment.editor.trueFalse.feedbackTrue' | translate }}</mat-label>
          <textarea matInput formControlName="feedbackTrue" rows="2"></textarea>
        </mat-form-field>
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'assessment.editor.trueFalse.feedbackFalse' | translate }}</mat-label>
          <textarea matInput formControlName="feedbackFalse" rows="2"></textarea>
        </mat-form-field>
      </div>
    </div>
  `,
})
export class TrueFalseFields {
  readonly group = input.required<QuestionForm['controls']['trueFalse']>();
}
