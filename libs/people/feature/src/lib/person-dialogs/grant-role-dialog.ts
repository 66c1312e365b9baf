import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { PersonDetail, Role, ROLES } from '@cds/contracts';
import { UnitOption } from '@cds/org/data-access';
import { PeopleApi } from '@cds/people/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

export interface GrantRoleDialogData {
  personId: number;
  fullName: string;
  /** Proposed unit: the person's own. */
  unitId: number | null;
  /** Units the administrator may grant on (ended ones are left out). */
  units: UnitOption[];
}

/** "Cấp quyền": a role on a unit subtree. Closes with the updated person; refusals stay in the dialog. */
@Component({
  selector: 'cds-grant-role-dialog',
  imports: [ReactiveFormsModule, DialogShell, RefusalBanner, MatFormFieldModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cds-dialog-shell
        [title]="'person.grantTitle' | translate: { name: data.fullName }"
        [submitLabel]="'person.grantRole' | translate"
        [busyLabel]="'person.granting' | translate"
        [busy]="saving()"
      >
        <cds-refusal-banner [refusal]="refusal()" />
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'person.role' | translate }}</mat-label>
          <mat-select formControlName="role" required>
            @for (r of roles; track r) {
              <mat-option [value]="r">{{ 'roles.' + r | translate }}</mat-option>
            }
          </mat-select>
          @if (form.controls.role.hasError('required')) {
            <mat-error>{{ 'person.roleRequired' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'person.grantUnit' | translate }}</mat-label>
          <mat-select formControlName="orgUnitId" required>
            @for (o of units; track o.id) {
              <mat-option [value]="o.id"><span [style.padding-inline-start.px]="o.depth * 16">{{ o.name }}</span></mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'person.grantUnitHint' | translate }}</mat-hint>
          @if (form.controls.orgUnitId.hasError('required')) {
            <mat-error>{{ 'common.chooseUnit' | translate }}</mat-error>
          }
        </mat-form-field>
      </cds-dialog-shell>
    </form>
  `,
  styles: `
    .field { width: 100%; }
  `,
})
export class GrantRoleDialog {
  private readonly api = inject(PeopleApi);
  private readonly ref = inject<MatDialogRef<GrantRoleDialog, PersonDetail>>(MatDialogRef);
  protected readonly data = inject<GrantRoleDialogData>(MAT_DIALOG_DATA);
  protected readonly roles = ROLES;
  protected readonly units = this.data.units.filter((u) => !u.ended);
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly form = new FormGroup({
    role: new FormControl<Role | null>(null, { validators: [Validators.required] }),
    orgUnitId: new FormControl<number | null>(this.units.some((u) => u.id === this.data.unitId) ? this.data.unitId : null, {
      validators: [Validators.required],
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
    this.api.grantRole(this.data.personId, { role: v.role as Role, orgUnitId: v.orgUnitId as number }).subscribe({
      next: (p) => this.ref.close(p),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
