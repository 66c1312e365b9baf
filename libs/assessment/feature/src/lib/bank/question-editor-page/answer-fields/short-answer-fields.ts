import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { QUESTION_FORM_LIMITS, QuestionForm, shortAnswerGroup, ShortAnswerGroup } from '../question-form';
import { focusLastItem } from './focus-new';

/** A short-answer question's accepted answers, each with its credit (%), and how answers are compared. */
@Component({
  selector: 'cds-short-answer-fields',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './answer-fields.scss',
  template: `
    <p class="hint">{{ 'assessment.editor.shortAnswer.hint' | translate }}</p>
    <ol class="items" data-testid="short-answers">
      @for (a of answers().controls; track a; let i = $index) {
        <li class="item">
          <fieldset [formGroup]="a">
            <div class="item-head">
              <legend>{{ 'assessment.editor.shortAnswer.legend' | translate: { n: i + 1 } }}</legend>
              @if (answers().length > 1) {
                <button mat-icon-button type="button" (click)="remove(i)" [attr.aria-label]="'assessment.editor.shortAnswer.remove' | translate: { n: i + 1 }">
                  <mat-icon svgIcon="delete" aria-hidden="true" />
                </button>
              }
            </div>
            <div class="row">
              <mat-form-field appearance="outline" class="grow">
                <mat-label>{{ 'assessment.editor.shortAnswer.text' | translate }}</mat-label>
                <input matInput formControlName="text" required autocomplete="off" data-first-field />
                @if (a.controls.text.hasError('maxlength')) {
                  <mat-error>{{ 'assessment.editor.tooLong' | translate: { max: partMax } }}</mat-error>
                } @else if (a.controls.text.invalid) {
                  <mat-error>{{ 'common.required' | translate }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" class="narrow">
                <mat-label>{{ 'assessment.editor.shortAnswer.credit' | translate }}</mat-label>
                <input matInput formControlName="weight" inputmode="decimal" required autocomplete="off" />
                @if (a.controls.weight.invalid) {
                  <mat-error>{{ 'assessment.editor.creditInvalid' | translate }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" class="wide">
                <mat-label>{{ 'assessment.editor.shortAnswer.feedback' | translate }}</mat-label>
                <textarea matInput formControlName="feedback" rows="1"></textarea>
              </mat-form-field>
            </div>
          </fieldset>
        </li>
      }
    </ol>
    @if (answers().length < itemsMax) {
      <button mat-stroked-button type="button" class="add" (click)="add()">
        <mat-icon svgIcon="add" aria-hidden="true" />{{ 'assessment.editor.shortAnswer.add' | translate }}
      </button>
    }
    <div class="checks" [formGroup]="flags()">
      <mat-checkbox formControlName="caseSensitive">{{ 'assessment.editor.shortAnswer.caseSensitive' | translate }}</mat-checkbox>
      <mat-checkbox formControlName="ignoreDiacritics">{{ 'assessment.editor.shortAnswer.ignoreDiacritics' | translate }}</mat-checkbox>
    </div>
  `,
})
export class ShortAnswerFields {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly answers = input.required<FormArray<ShortAnswerGroup>>();
  /** The section's group (its `caseSensitive` and `ignoreDiacritics`). */
  readonly flags = input.required<QuestionForm['controls']['shortAnswer']>();

  protected readonly partMax = QUESTION_FORM_LIMITS.part;
  protected readonly itemsMax = QUESTION_FORM_LIMITS.items;

  protected add(): void {
    this.answers().push(shortAnswerGroup({ weight: 100 }));
    this.answers().markAsDirty();
    focusLastItem(this.host, this.injector);
  }

  protected remove(index: number): void {
    this.answers().removeAt(index);
    this.answers().markAsDirty();
  }
}
