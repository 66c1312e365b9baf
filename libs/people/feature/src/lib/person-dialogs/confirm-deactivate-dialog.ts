import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DeactivatePersonRequest, END_REASONS, EndReason } from '@cds/contracts';
import { toIsoDate } from '@cds/web/i18n';
import { DialogShell } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * Asks before a person is marked as having left: the day they left and why (their posts end on
 * that day), and says what is kept. Closes with the request, or nothing when cancelled.
 */
@Component({
  selector: 'cds-confirm-deactivate-dialog',
  imports: [DialogShell, MatDatepickerModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="confirm()">
      <cds-dialog-shell
        [title]="'person.deactivateTitle' | translate: { name: data.fullName }"
        [submitLabel]="'person.deactivateConfirm' | translate"
        [danger]="true"
        [focusCancel]="true"
        [cancelResult]="null"
      >
        <p>{{ 'person.deactivateText' | translate }}</p>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'person.leftOn' | translate }}</mat-label>
          <input matInput [matDatepicker]="picker" formControlName="date" required />
          <mat-hint>{{ 'person.leftOnHint' | translate }}</mat-hint>
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
          @if (form.controls.date.invalid) {
            <mat-error>{{ 'common.dateRequired' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'person.deactivateReason' | translate }}</mat-label>
          <mat-select formControlName="reason">
            @for (r of reasons; track r) {
              <mat-option [value]="r">{{ 'endReasons.' + r | translate }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </cds-dialog-shell>
    </form>
  `,
  styles: `
    .field { width: 100%; margin-top: 8px; }
  `,
})
export class ConfirmDeactivateDialog {
  protected readonly data = inject<{ fullName: string }>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ConfirmDeactivateDialog, DeactivatePersonRequest | null>>(MatDialogRef);
  protected readonly reasons = END_REASONS.filter((r) => r !== 'reorganisation');
  protected readonly form = new FormGroup({
    date: new FormControl<Date | null>(new Date(), { validators: [Validators.required] }),
    reason: new FormControl<EndReason>('resignation', { nonNullable: true }),
  });

  protected confirm(): void {
    if (this.form.invalid) return;
    const { date, reason } = this.form.getRawValue();
    this.ref.close({ date: toIsoDate(date as Date), reason });
  }
}
