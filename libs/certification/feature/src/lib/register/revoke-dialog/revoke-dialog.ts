import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CertificateDto } from '@cds/contracts';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

export interface RevokeDialogData {
  certificate: CertificateDto;
  /** Revokes with this reason; the dialog shows a refusal and stays open. */
  act: (reason: string) => Observable<CertificateDto>;
}

export const REVOKE_REASON_MAX = 500;

/** Revokes a certificate with a reason (required, shown on the public page). Closes with the certificate as revoked. */
@Component({
  selector: 'cds-revoke-dialog',
  imports: [DialogShell, RefusalBanner, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cds-dialog-shell
        [title]="'certification.revoke.title' | translate: { number: data.certificate.registerNumber }"
        [submitLabel]="'certification.revoke.submit' | translate"
        [busy]="saving()"
        [danger]="true"
        [focusCancel]="true"
      >
        <cds-refusal-banner [refusal]="refusal()" />
        <p>{{ 'certification.revoke.text' | translate: { name: data.certificate.holderName, course: data.certificate.courseTitle } }}</p>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'certification.revoke.reason' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" required [maxlength]="max" data-testid="reason"></textarea>
          <mat-hint align="end">{{ reason.value.length }}/{{ max }}</mat-hint>
          @if (reason.invalid) {
            <mat-error>{{ 'certification.revoke.reasonRequired' | translate }}</mat-error>
          }
        </mat-form-field>
      </cds-dialog-shell>
    </form>
  `,
  styles: `
    .field { width: 100%; }
  `,
})
export class RevokeDialog {
  private readonly ref = inject<MatDialogRef<RevokeDialog, CertificateDto>>(MatDialogRef);
  protected readonly data = inject<RevokeDialogData>(MAT_DIALOG_DATA);
  protected readonly max = REVOKE_REASON_MAX;
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(REVOKE_REASON_MAX)],
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
