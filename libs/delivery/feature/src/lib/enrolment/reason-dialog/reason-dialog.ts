import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { EnrolmentDto } from '@cds/contracts';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

export interface ReasonDialogData {
  /** Reject a nomination or request, or withdraw someone from a class. */
  kind: 'reject' | 'withdraw';
  enrolment: EnrolmentDto;
  /** Makes the write with the reason given; the dialog shows a refusal and stays open. */
  act: (reason: string) => Observable<EnrolmentDto>;
}

export const REASON_MAX_LENGTH = 500;

/** Asks why (required to reject), then rejects or withdraws; closes with the enrolment as the API answered. */
@Component({
  selector: 'cds-reason-dialog',
  imports: [DialogShell, RefusalBanner, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cds-dialog-shell
        [title]="'enrolment.reason.' + data.kind + 'Title' | translate: { name: data.enrolment.fullName, class: data.enrolment.classCode }"
        [submitLabel]="'enrolment.reason.' + data.kind | translate"
        [busy]="saving()"
        [danger]="true"
        [focusCancel]="true"
      >
        <cds-refusal-banner [refusal]="refusal()" />
        <p>{{ 'enrolment.reason.' + data.kind + 'Text' | translate: { name: data.enrolment.fullName, class: data.enrolment.classTitle } }}</p>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ (required ? 'enrolment.reason.label' : 'enrolment.reason.optional') | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" [required]="required" [maxlength]="max"></textarea>
          <mat-hint align="end">{{ reason.value.length }}/{{ max }}</mat-hint>
          @if (reason.invalid) {
            <mat-error>{{ 'enrolment.reason.required' | translate }}</mat-error>
          }
        </mat-form-field>
      </cds-dialog-shell>
    </form>
  `,
  styles: `
    .field { width: 100%; }
  `,
})
export class ReasonDialog {
  private readonly ref = inject<MatDialogRef<ReasonDialog, EnrolmentDto>>(MatDialogRef);
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  protected readonly max = REASON_MAX_LENGTH;
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  /** A rejection needs a reason (spaces alone are none); a withdrawal may go without. */
  protected readonly required = this.data.kind === 'reject';
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [...(this.required ? [Validators.required, Validators.pattern(/\S/)] : []), Validators.maxLength(REASON_MAX_LENGTH)],
  });
  protected readonly form = new FormGroup({ reason: this.reason });

  protected submit(): void {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    if (this.saving()) return;
    this.saving.set(true);
    this.refusal.set(null);
    this.data.act(this.reason.value.trim()).subscribe({
      next: (answer) => this.ref.close(answer),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
