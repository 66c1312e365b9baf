import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CertificateDto, ReissueRequest } from '@cds/contracts';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

export interface ReissueDialogData {
  certificate: CertificateDto;
  /** Re-issues; the dialog shows a refusal and stays open. */
  act: (request: ReissueRequest) => Observable<CertificateDto>;
}

/**
 * Re-issues a certificate after a retake or a correction: a reason (required), and optionally the
 * name and unit to print instead of today's records. Closes with the new certificate.
 */
@Component({
  selector: 'cds-reissue-dialog',
  imports: [DialogShell, RefusalBanner, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cds-dialog-shell
        [title]="'certification.reissue.title' | translate: { number: c.registerNumber }"
        [submitLabel]="'certification.reissue.submit' | translate"
        [busyLabel]="'certification.reissue.submitting' | translate"
        [busy]="saving()"
      >
        <cds-refusal-banner [refusal]="refusal()" />
        <p>{{ 'certification.reissue.text' | translate: { name: c.holderName } }}</p>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'certification.reissue.reason' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="2" required maxlength="500" data-testid="reason"></textarea>
          @if (form.controls.reason.invalid) {
            <mat-error>{{ 'certification.reissue.reasonRequired' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'certification.reissue.holderName' | translate }}</mat-label>
          <input matInput formControlName="holderName" maxlength="120" autocomplete="off" data-testid="holder-name" />
          <mat-hint>{{ 'certification.reissue.current' | translate: { value: c.holderName } }} · {{ 'certification.reissue.keepHint' | translate }}</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'certification.reissue.holderUnit' | translate }}</mat-label>
          <input matInput formControlName="holderUnit" maxlength="200" autocomplete="off" data-testid="holder-unit" />
          <mat-hint>{{ 'certification.reissue.current' | translate: { value: c.holderUnit } }} · {{ 'certification.reissue.keepHint' | translate }}</mat-hint>
        </mat-form-field>
      </cds-dialog-shell>
    </form>
  `,
  styles: `
    .field { width: 100%; margin-bottom: 8px; }
  `,
})
export class ReissueDialog {
  private readonly ref = inject<MatDialogRef<ReissueDialog, CertificateDto>>(MatDialogRef);
  protected readonly data = inject<ReissueDialogData>(MAT_DIALOG_DATA);
  protected readonly c = this.data.certificate;
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(500)] }),
    holderName: new FormControl('', { nonNullable: true }),
    holderUnit: new FormControl('', { nonNullable: true }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    const v = this.form.getRawValue();
    // Empty corrections are left out: the API then prints today's records.
    const request: ReissueRequest = {
      reason: v.reason.trim(),
      ...(v.holderName.trim() ? { holderName: v.holderName.trim() } : {}),
      ...(v.holderUnit.trim() ? { holderUnit: v.holderUnit.trim() } : {}),
    };
    this.saving.set(true);
    this.refusal.set(null);
    this.data.act(request).subscribe({
      next: (answer) => this.ref.close(answer),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
