import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { SEAT_FUNCTIONS, TOPIC_AREAS } from '@cds/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { COURSE_CODE_MAX, COURSE_SUMMARY_MAX, COURSE_TITLE_MAX, CourseForm } from './course-form';

/** The fields of a course, for the create dialog and the editor (inside the caller's `<form>`). */
@Component({
  selector: 'cds-course-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="grid" [formGroup]="form()">
      @if (withCode()) {
        <mat-form-field appearance="outline" class="code">
          <mat-label>{{ 'catalogue.fields.code' | translate }}</mat-label>
          <input matInput formControlName="code" required autocomplete="off" [maxlength]="codeMax" />
          <mat-hint>{{ 'catalogue.fields.codeHint' | translate }}</mat-hint>
          @if (form().controls.code.hasError('required')) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          } @else if (form().controls.code.hasError('pattern')) {
            <mat-error>{{ 'catalogue.fields.codeInvalid' | translate }}</mat-error>
          } @else if (form().controls.code.hasError('maxlength')) {
            <mat-error>{{ 'catalogue.fields.tooLong' | translate: { max: codeMax } }}</mat-error>
          }
        </mat-form-field>
      }
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'catalogue.fields.title' | translate }}</mat-label>
        <input matInput formControlName="title" required autocomplete="off" />
        @if (form().controls.title.hasError('required')) {
          <mat-error>{{ 'common.required' | translate }}</mat-error>
        } @else if (form().controls.title.hasError('maxlength')) {
          <mat-error>{{ 'catalogue.fields.tooLong' | translate: { max: titleMax } }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'catalogue.fields.summary' | translate }}</mat-label>
        <textarea matInput formControlName="summary" rows="3"></textarea>
        @if (form().controls.summary.hasError('maxlength')) {
          <mat-error>{{ 'catalogue.fields.tooLong' | translate: { max: summaryMax } }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="topic">
        <mat-label>{{ 'catalogue.fields.topicArea' | translate }}</mat-label>
        <mat-select formControlName="topicArea" required>
          @for (t of topics; track t) {
            <mat-option [value]="t">{{ 'catalogue.topics.' + t | translate }}</mat-option>
          }
        </mat-select>
        @if (form().controls.topicArea.invalid) {
          <mat-error>{{ 'common.required' | translate }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="hours">
        <mat-label>{{ 'catalogue.fields.hours' | translate }}</mat-label>
        <input matInput type="number" inputmode="numeric" min="0" max="1000" step="1" formControlName="hours" required />
        @if (form().controls.hours.invalid) {
          <mat-error>{{ 'catalogue.fields.hoursInvalid' | translate }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'catalogue.fields.seatFunctions' | translate }}</mat-label>
        <mat-select formControlName="seatFunctions" multiple>
          @for (f of seatFunctions; track f) {
            <mat-option [value]="f">{{ 'catalogue.seatFunctions.' + f | translate }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'catalogue.fields.seatFunctionsHint' | translate }}</mat-hint>
      </mat-form-field>
    </div>
  `,
  styles: `
    .grid { display: flex; flex-wrap: wrap; gap: 4px 16px; }
    .grid > * { margin-bottom: 4px; }
    .wide { flex: 1 1 100%; }
    .code { flex: 1 1 100%; }
    .topic { flex: 3 1 280px; }
    .hours { flex: 1 1 120px; }
  `,
})
export class CourseFields {
  readonly form = input.required<CourseForm>();
  /** The code is chosen once, when the course is created. */
  readonly withCode = input(false);
  protected readonly topics = TOPIC_AREAS;
  protected readonly seatFunctions = SEAT_FUNCTIONS;
  protected readonly codeMax = COURSE_CODE_MAX;
  protected readonly titleMax = COURSE_TITLE_MAX;
  protected readonly summaryMax = COURSE_SUMMARY_MAX;
}
