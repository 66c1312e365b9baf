import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PlanDto } from '@cds/contracts';
import { DeliveryClassesApi } from '@cds/delivery/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

export interface PlanFormDialogData {
  year: number;
}

/** Creates the plan of a year. Closes with the plan. */
@Component({
  selector: 'cds-plan-form-dialog',
  imports: [DialogShell, RefusalBanner, ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cds-dialog-shell [title]="'plans.form.createTitle' | translate" [submitLabel]="'plans.form.create' | translate" [busy]="saving()">
        <cds-refusal-banner [refusal]="refusal()" />
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'plans.year' | translate }}</mat-label>
          <input matInput type="number" inputmode="numeric" formControlName="year" required />
          @if (form.controls.year.invalid) {
            <mat-error>{{ 'plans.form.yearInvalid' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'plans.form.planTitle' | translate }}</mat-label>
          <input matInput formControlName="title" required />
          @if (form.controls.title.invalid) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          }
        </mat-form-field>
      </cds-dialog-shell>
    </form>
  `,
  styles: `
    .field { width: 100%; }
  `,
})
export class PlanFormDialog {
  private readonly api = inject(DeliveryClassesApi);
  private readonly ref = inject<MatDialogRef<PlanFormDialog, PlanDto>>(MatDialogRef);
  private readonly data = inject<PlanFormDialogData>(MAT_DIALOG_DATA);
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly form = new FormGroup({
    year: new FormControl<number | null>(this.data.year, { validators: [Validators.required, Validators.min(2000), Validators.max(2100)] }),
    title: new FormControl(inject(TranslateService).instant('plans.form.defaultTitle', { year: this.data.year }) as string, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(255)],
    }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.refusal.set(null);
    this.api.createPlan({ year: Number(v.year), title: v.title.trim() }).subscribe({
      next: (plan) => this.ref.close(plan),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
