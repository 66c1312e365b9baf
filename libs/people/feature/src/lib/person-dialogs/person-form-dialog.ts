import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PersonDetail } from '@cds/contracts';
import { UnitOption } from '@cds/org/data-access';
import { PeopleApi } from '@cds/people/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

export interface PersonFormDialogData {
  units: UnitOption[];
  unitId: number | null;
}

/** "Thêm người": a new person profile (no account yet). */
@Component({
  selector: 'cds-person-form-dialog',
  imports: [ReactiveFormsModule, DialogShell, RefusalBanner, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cds-dialog-shell [title]="'people.createTitle' | translate" [submitLabel]="'common.save' | translate" [busy]="saving()">
        <cds-refusal-banner [refusal]="refusal()" />
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'people.fullName' | translate }}</mat-label>
          <input matInput formControlName="fullName" required autocomplete="off" />
          @if (form.controls.fullName.hasError('required')) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'people.position' | translate }}</mat-label>
          <input matInput formControlName="position" />
        </mat-form-field>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'people.unit' | translate }}</mat-label>
          <mat-select formControlName="orgUnitId" required>
            @for (o of data.units; track o.id) {
              <mat-option [value]="o.id"><span [style.padding-inline-start.px]="o.depth * 16">{{ o.name }}</span></mat-option>
            }
          </mat-select>
          @if (form.controls.orgUnitId.hasError('required')) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'people.email' | translate }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="off" />
          @if (form.controls.email.hasError('email')) {
            <mat-error>{{ 'people.emailInvalid' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'people.phone' | translate }}</mat-label>
          <input matInput type="tel" formControlName="phone" autocomplete="off" />
        </mat-form-field>
      </cds-dialog-shell>
    </form>
  `,
  styles: `
    .field { width: 100%; }
  `,
})
export class PersonFormDialog {
  private readonly api = inject(PeopleApi);
  private readonly ref = inject<MatDialogRef<PersonFormDialog, PersonDetail>>(MatDialogRef);
  protected readonly data = inject<PersonFormDialogData>(MAT_DIALOG_DATA);
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly form = new FormGroup({
    fullName: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    position: new FormControl('', { nonNullable: true }),
    orgUnitId: new FormControl<number | null>(this.data.unitId, { validators: [Validators.required] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.email] }),
    phone: new FormControl('', { nonNullable: true }),
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
    this.api
      .create({
        fullName: v.fullName.trim(),
        position: v.position.trim() || null,
        orgUnitId: v.orgUnitId as number,
        email: v.email.trim() || null,
        phone: v.phone.trim() || null,
      })
      .subscribe({
        next: (p) => this.ref.close(p),
        error: (err: unknown) => {
          this.saving.set(false);
          this.refusal.set(refusalOf(err));
        },
      });
  }
}
