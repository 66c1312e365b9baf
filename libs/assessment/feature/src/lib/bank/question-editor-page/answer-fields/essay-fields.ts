import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { QuestionForm } from '../question-form';

/** An essay question's marking guidance (never shown to learners) and word limit. */
@Component({
  selector: 'cds-essay-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './answer-fields.scss',
  template: `
    <p class="hint">{{ 'assessment.editor.essay.hint' | translate }}</p>
    <div class="row" [formGroup]="group()">
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'assessment.editor.essay.rubric' | translate }}</mat-label>
        <textarea matInput formControlName="rubric" rows="4" data-testid="rubric"></textarea>
        <mat-hint>{{ 'assessment.editor.essay.rubricHint' | translate }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" class="narrow">
        <mat-label>{{ 'assessment.editor.essay.maxWords' | translate }}</mat-label>
        <input matInput formControlName="maxWords" inputmode="numeric" required autocomplete="off" />
        <mat-hint>{{ 'assessment.editor.essay.maxWordsHint' | translate }}</mat-hint>
        @if (group().controls.maxWords.invalid) {
          <mat-error>{{ 'assessment.editor.essay.maxWordsInvalid' | translate }}</mat-error>
        }
      </mat-form-field>
    </div>
  `,
})
export class EssayFields {
  readonly group = input.required<QuestionForm['controls']['essay']>();
}
