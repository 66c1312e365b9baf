import { ChangeDetectionStrategy, Component, inject, Signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DialogShell, RefusalBanner, RefusalMessage } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

export const NAME_MAX = 255;
/** The API takes 0 to 1440 minutes (a day). */
export const MINUTES_MAX = 1440;

export interface NameDialogValue {
  title: string;
  minutes: number;
}

export interface NameDialogData {
  /** Already translated. */
  title: string;
  label: string;
  submitLabel: string;
  value: string;
  /** Ask for the lesson's duration too. */
  withMinutes: boolean;
  /**
   * Sends the write (a store write: a value on success; on a refusal it completes without one and
   * the store's `refusal` says why).
   */
  save: (value: NameDialogValue) => Observable<unknown>;
  saving: Signal<boolean>;
  refusal: Signal<RefusalMessage | null>;
}

/** Names a new module, renames one, or names a new lesson (with its duration). Closes with true once saved. */
@Component({
  selector: 'cds-catalogue-name-dialog',
  imports: [DialogShell, RefusalBanner, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cds-dialog-shell [title]="data.title" [submitLabel]="data.submitLabel" [busy]="data.saving()">
        <cds-refusal-banner [refusal]="data.refusal()" />
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ data.label }}</mat-label>
          <input matInput formControlName="title" required autocomplete="off" />
          @if (form.controls.title.hasError('maxlength')) {
            <mat-error>{{ 'catalogue.fields.tooLong' | translate: { max: nameMax } }}</mat-error>
          } @else if (form.controls.title.invalid) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          }
        </mat-form-field>
        @if (data.withMinutes) {
          <mat-form-field appearance="outline" class="field">
            <mat-label>{{ 'catalogue.nameDialog.minutes' | translate }}</mat-label>
            <input matInput type="number" inputmode="numeric" min="0" [max]="minutesMax" step="1" formControlName="minutes" required />
            @if (form.controls.minutes.invalid) {
              <mat-error>{{ 'catalogue.nameDialog.minutesInvalid' | translate }}</mat-error>
            }
          </mat-form-field>
        }
      </cds-dialog-shell>
    </form>
  `,
  styles: `
    .field { width: 100%; }
  `,
})
export class NameDialog {
  protected readonly data = inject<NameDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<NameDialog, boolean>>(MatDialogRef);
  protected readonly nameMax = NAME_MAX;
  protected readonly minutesMax = MINUTES_MAX;
  protected readonly form = new FormGroup({
    title: new FormControl(this.data.value, { nonNullable: true, validators: [Validators.required, Validators.maxLength(NAME_MAX), Validators.pattern(/\S/)] }),
    minutes: new FormControl<number | null>(30, { validators: [Validators.required, Validators.min(0), Validators.max(MINUTES_MAX), Validators.pattern(/^\d+$/)] }),
  });

  constructor() {
    if (!this.data.withMinutes) this.form.controls.minutes.disable();
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.data.saving()) return;
    const v = this.form.getRawValue();
    this.data.save({ title: v.title.trim(), minutes: Number(v.minutes) }).subscribe(() => this.ref.close(true));
  }
}
