import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input } from '@angular/core';
import { FormArray, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { distractorControl, nextId, pairGroup, PairGroup, QUESTION_FORM_LIMITS } from '../question-form';
import { focusLastItem } from './focus-new';

/** A matching question's pairs (prompt and its answer) and the distractors that match no prompt. */
@Component({
  selector: 'cds-matching-fields',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './answer-fields.scss',
  template: `
    <p class="hint">{{ 'assessment.editor.matching.hint' | translate }}</p>
    <ol class="items" data-testid="pairs">
      @for (p of pairs().controls; track p; let i = $index) {
        <li class="item">
          <fieldset [formGroup]="p">
            <div class="item-head">
              <legend>{{ 'assessment.editor.matching.legend' | translate: { n: i + 1 } }}</legend>
              @if (pairs().length > 2) {
                <button mat-icon-button type="button" (click)="removePair(i)" [attr.aria-label]="'assessment.editor.matching.remove' | translate: { n: i + 1 }">
                  <mat-icon svgIcon="delete" aria-hidden="true" />
                </button>
              }
            </div>
            <div class="row">
              <mat-form-field appearance="outline" class="grow">
                <mat-label>{{ 'assessment.editor.matching.prompt' | translate }}</mat-label>
                <input matInput formControlName="prompt" required autocomplete="off" data-first-field />
                @if (p.controls.prompt.invalid) {
                  <mat-error>{{ (p.controls.prompt.hasError('maxlength') ? 'assessment.editor.tooLong' : 'common.required') | translate: { max: partMax } }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" class="grow">
                <mat-label>{{ 'assessment.editor.matching.answer' | translate }}</mat-label>
                <input matInput formControlName="answer" required autocomplete="off" />
                @if (p.controls.answer.invalid) {
                  <mat-error>{{ (p.controls.answer.hasError('maxlength') ? 'assessment.editor.tooLong' : 'common.required') | translate: { max: partMax } }}</mat-error>
                }
              </mat-form-field>
            </div>
          </fieldset>
        </li>
      }
    </ol>
    @if (pairs().length < itemsMax) {
      <button mat-stroked-button type="button" class="add" (click)="addPair()">
        <mat-icon svgIcon="add" aria-hidden="true" />{{ 'assessment.editor.matching.add' | translate }}
      </button>
    }

    <h3 class="sub-title">{{ 'assessment.editor.matching.distractors' | translate }}</h3>
    <p class="hint">{{ 'assessment.editor.matching.distractorsHint' | translate }}</p>
    @if (distractors().length) {
      <ol class="items distractors" data-testid="distractors">
        @for (d of distractors().controls; track d; let i = $index) {
          <li class="item">
            <div class="row">
              <mat-form-field appearance="outline" class="grow">
                <mat-label>{{ 'assessment.editor.matching.distractor' | translate: { n: i + 1 } }}</mat-label>
                <input matInput [formControl]="d" required autocomplete="off" data-first-field />
                @if (d.invalid) {
                  <mat-error>{{ (d.hasError('maxlength') ? 'assessment.editor.tooLong' : 'common.required') | translate: { max: partMax } }}</mat-error>
                }
              </mat-form-field>
              <button mat-icon-button type="button" (click)="removeDistractor(i)" [attr.aria-label]="'assessment.editor.matching.removeDistractor' | translate: { n: i + 1 }">
                <mat-icon svgIcon="delete" aria-hidden="true" />
              </button>
            </div>
          </li>
        }
      </ol>
    } @else {
      <p class="hint">{{ 'assessment.editor.matching.noDistractors' | translate }}</p>
    }
    @if (distractors().length < itemsMax) {
      <button mat-stroked-button type="button" class="add" (click)="addDistractor()">
        <mat-icon svgIcon="add" aria-hidden="true" />{{ 'assessment.editor.matching.addDistractor' | translate }}
      </button>
    }
  `,
})
export class MatchingFields {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly pairs = input.required<FormArray<PairGroup>>();
  readonly distractors = input.required<FormArray<FormControl<string>>>();

  protected readonly partMax = QUESTION_FORM_LIMITS.part;
  protected readonly itemsMax = QUESTION_FORM_LIMITS.items;

  protected addPair(): void {
    const pairs = this.pairs();
    pairs.push(pairGroup({ id: nextId(pairs.controls.map((p) => p.controls.id.value)) }));
    pairs.markAsDirty();
    focusLastItem(this.host, this.injector);
  }

  protected removePair(index: number): void {
    this.pairs().removeAt(index);
    this.pairs().markAsDirty();
  }

  protected addDistractor(): void {
    this.distractors().push(distractorControl());
    this.distractors().markAsDirty();
    focusLastItem(this.host, this.injector);
  }

  protected removeDistractor(index: number): void {
    this.distractors().removeAt(index);
    this.distractors().markAsDirty();
  }
}
