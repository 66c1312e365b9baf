import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { nextId, optionGroup, OptionGroup, QUESTION_FORM_LIMITS } from '../question-form';
import { focusLastItem } from './focus-new';

/** The options of a single- or multiple-choice question: text, weight (% of the points) and feedback. */
@Component({
  selector: 'cds-choice-fields',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './answer-fields.scss',
  template: `
    <p class="hint">{{ (multiple() ? 'assessment.editor.options.multipleHint' : 'assessment.editor.options.singleHint') | translate }}</p>
    <ol class="items" data-testid="options">
      @for (o of options().controls; track o; let i = $index) {
        <li class="item">
          <fieldset [formGroup]="o">
            <div class="item-head">
              <legend>{{ 'assessment.editor.options.legend' | translate: { n: i + 1 } }}</legend>
              @if (options().length > 2) {
                <button mat-icon-button type="button" (click)="remove(i)" [attr.aria-label]="'assessment.editor.options.remove' | translate: { n: i + 1 }">
                  <mat-icon svgIcon="delete" aria-hidden="true" />
                </button>
              }
            </div>
            <div class="row">
              <mat-form-field appearance="outline" class="grow">
                <mat-label>{{ 'assessment.editor.options.text' | translate }}</mat-label>
                <input matInput formControlName="text" required autocomplete="off" data-first-field />
                @if (o.controls.text.hasError('maxlength')) {
                  <mat-error>{{ 'assessment.editor.tooLong' | translate: { max: partMax } }}</mat-error>
                } @else if (o.controls.text.invalid) {
                  <mat-error>{{ 'common.required' | translate }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" class="narrow">
                <mat-label>{{ 'assessment.editor.options.weight' | translate }}</mat-label>
                <input matInput formControlName="weight" inputmode="decimal" required autocomplete="off" />
                @if (o.controls.weight.invalid) {
                  <mat-error>{{ 'assessment.editor.weightInvalid' | translate }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" class="wide">
                <mat-label>{{ 'assessment.editor.options.feedback' | translate }}</mat-label>
                <textarea matInput formControlName="feedback" rows="1"></textarea>
              </mat-form-field>
            </div>
          </fieldset>
        </li>
      }
    </ol>
    @if (options().length < itemsMax) {
      <button mat-stroked-button type="button" class="add" (click)="add()">
        <mat-icon svgIcon="add" aria-hidden="true" />{{ 'assessment.editor.options.add' | translate }}
      </button>
    }
  `,
})
export class ChoiceFields {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly options = input.required<FormArray<OptionGroup>>();
  readonly multiple = input(false);

  protected readonly partMax = QUESTION_FORM_LIMITS.part;
  protected readonly itemsMax = QUESTION_FORM_LIMITS.items;

  protected add(): void {
    const options = this.options();
    options.push(optionGroup({ id: nextId(options.controls.map((o) => o.controls.id.value)), weight: 0 }));
    options.markAsDirty();
    focusLastItem(this.host, this.injector);
  }

  protected remove(index: number): void {
    this.options().removeAt(index);
    this.options().markAsDirty();
  }
}
