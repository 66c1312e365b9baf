import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { numericAnswerGroup, NumericAnswerGroup } from '../question-form';
import { focusLastItem } from './focus-new';

/** A numeric question's answers: a value with a tolerance, or a range; each with its credit (%). */
@Component({
  selector: 'cds-numeric-fields',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './answer-fields.scss',
  template: `
    <p class="hint">{{ 'assessment.editor.numeric.hint' | translate }}</p>
    <ol class="items" data-testid="numeric-answers">
      @for (a of answers().controls; track a; let i = $index) {
        <li class="item">
          <fieldset [formGroup]="a">
            <div class="item-head">
              <legend>{{ 'assessment.editor.numeric.legend' | translate: { n: i + 1 } }}</legend>
              @if (answers().length > 1) {
                <button mat-icon-button type="button" (click)="remove(i)" [attr.aria-label]="'assessment.editor.numeric.remove' | translate: { n: i + 1 }">
                  <mat-icon svgIcon="delete" aria-hidden="true" />
                </button>
              }
            </div>
            <div class="row">
              <mat-form-field appearance="outline" class="grow">
                <mat-label>{{ 'assessment.editor.numeric.kind' | translate }}</mat-label>
                <select matNativeControl formControlName="kind" data-first-field>
                  <option value="tolerance">{{ 'assessment.editor.numeric.kinds.tolerance' | translate }}</option>
                  <option value="range">{{ 'assessment.editor.numeric.kinds.range' | translate }}</option>
                </select>
              </mat-form-field>
              <mat-form-field appearance="outline" class="narrow">
                <mat-label>{{ 'assessment.editor.numeric.credit' | translate }}</mat-label>
                <input matInput formControlName="weight" inputmode="decimal" required autocomplete="off" />
                @if (a.controls.weight.invalid) {
                  <mat-error>{{ 'assessment.editor.creditInvalid' | translate }}</mat-error>
                }
              </mat-form-field>
            </div>
            <div class="row">
              @if (a.controls.kind.value === 'tolerance') {
                <mat-form-field appearance="outline" class="narrow">
                  <mat-label>{{ 'assessment.editor.numeric.value' | translate }}</mat-label>
                  <input matInput formControlName="value" inputmode="decimal" required autocomplete="off" />
                  @if (a.controls.value.invalid) {
                    <mat-error>{{ 'assessment.editor.numberInvalid' | translate }}</mat-error>
                  }
                </mat-form-field>
                <mat-form-field appearance="outline" class="narrow">
                  <mat-label>{{ 'assessment.editor.numeric.tolerance' | translate }}</mat-label>
                  <input matInput formControlName="tolerance" inputmode="decimal" required autocomplete="off" />
                  @if (a.controls.tolerance.invalid) {
                    <mat-error>{{ 'assessment.editor.numeric.toleranceInvalid' | translate }}</mat-error>
                  }
                </mat-form-field>
              } @else {
                <mat-form-field appearance="outline" class="narrow">
                  <mat-label>{{ 'assessment.editor.numeric.min' | translate }}</mat-label>
                  <input matInput formControlName="min" inputmode="decimal" required autocomplete="off" />
                  @if (a.controls.min.invalid) {
                    <mat-error>{{ 'assessment.editor.numberInvalid' | translate }}</mat-error>
                  }
                </mat-form-field>
                <mat-form-field appearance="outline" class="narrow">
                  <mat-label>{{ 'assessment.editor.numeric.max' | translate }}</mat-label>
                  <input matInput formControlName="max" inputmode="decimal" required autocomplete="off" />
                  @if (a.controls.max.invalid) {
                    <mat-error>{{ 'assessment.editor.numberInvalid' | translate }}</mat-error>
                  }
                </mat-form-field>
              }
              <mat-form-field appearance="outline" class="wide">
                <mat-label>{{ 'assessment.editor.numeric.feedback' | translate }}</mat-label>
                <textarea matInput formControlName="feedback" rows="1"></textarea>
              </mat-form-field>
            </div>
          </fieldset>
        </li>
      }
    </ol>
    <button mat-stroked-button type="button" class="add" (click)="add()">
      <mat-icon svgIcon="add" aria-hidden="true" />{{ 'assessment.editor.numeric.add' | translate }}
    </button>
  `,
})
export class NumericFields {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly answers = input.required<FormArray<NumericAnswerGroup>>();

  protected add(): void {
    this.answers().push(numericAnswerGroup());
    this.answers().markAsDirty();
    focusLastItem(this.host, this.injector);
  }

  protected remove(index: number): void {
    this.answers().removeAt(index);
    this.answers().markAsDirty();
  }
}
