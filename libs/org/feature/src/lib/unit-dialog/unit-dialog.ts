import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { IsoDate, ORG_UNIT_KINDS, OrgUnitDto, OrgUnitKind } from '@cds/contracts';
import { OrgApi, subtreeIds, unitOptions } from '@cds/org/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { fromIsoDate, toIsoDate } from '@cds/web/i18n';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

export type UnitDialogMode = 'create' | 'rename' | 'move' | 'end';

export interface UnitDialogData {
  mode: UnitDialogMode;
  /** The unit acted on; for `create`, the parent (null for a top-level unit). */
  unit: OrgUnitDto | null;
  /** The tree on the date shown, for the parent choice of `move`. */
  units: readonly OrgUnitDto[];
  /** Suggested effective date. */
  date: IsoDate;
}

/** Create a sub-unit, rename, move or dissolve a unit, from an effective date (admin). */
@Component({
  selector: 'cds-unit-dialog',
  imports: [DialogShell, RefusalBanner, 
    ReactiveFormsModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unit-dialog.html',
  styles: `
    .field { width: 100%; }
    .option-indent { display: inline-block; }
    .note { color: var(--mat-sys-on-surface-variant); margin: 0 0 16px; }
  `,
})
export class UnitDialog {
  private readonly api = inject(OrgApi);
  private readonly ref = inject<MatDialogRef<UnitDialog, OrgUnitDto>>(MatDialogRef);
  protected readonly data = inject<UnitDialogData>(MAT_DIALOG_DATA);

  protected readonly mode = this.data.mode;
  protected readonly kinds = ORG_UNIT_KINDS;
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly titleKey = computed(() =>
    this.mode === 'create'
      ? this.data.unit
        ? 'org.dialog.createTitle'
        : 'org.dialog.createRootTitle'
      : `org.dialog.${this.mode}Title`,
  );
  protected readonly titleParams = { name: this.data.unit?.name ?? '', parent: this.data.unit?.name ?? '' };

  /** Move targets: any unit outside the moved unit's own subtree, and not its current parent. */
  protected readonly parentOptions = (() => {
    const own = this.data.unit ? subtreeIds(this.data.units, this.data.unit.id) : new Set<number>();
    return unitOptions(this.data.units).filter((o) => !own.has(o.id) && o.id !== this.data.unit?.parentId);
  })();

  protected readonly form = new FormGroup({
    name: new FormControl(this.mode === 'rename' ? (this.data.unit?.name ?? '') : '', {
      nonNullable: true,
      validators: this.mode === 'create' || this.mode === 'rename' ? [Validators.required] : [],
    }),
    kind: new FormControl<OrgUnitKind>(this.defaultKind(), { nonNullable: true }),
    code: new FormControl(this.mode === 'rename' ? (this.data.unit?.code ?? '') : '', { nonNullable: true }),
    parentId: new FormControl<number | null>(null, {
      validators: this.mode === 'move' ? [Validators.required] : [],
    }),
    date: new FormControl<Date | null>(fromIsoDate(this.data.date), { validators: [Validators.required] }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    const v = this.form.getRawValue();
    const date = toIsoDate(v.date as Date);
    const code = v.code.trim() || null;
    const id = this.data.unit?.id ?? 0;
    let call: Observable<OrgUnitDto>;
    switch (this.mode) {
      case 'create':
        call = this.api.create({ name: v.name.trim(), kind: v.kind, code, parentId: this.data.unit?.id ?? null, validFrom: date });
        break;
      case 'rename':
        call = this.api.rename(id, { name: v.name.trim(), code, effectiveDate: date });
        break;
      case 'move':
        call = this.api.move(id, { parentId: v.parentId as number, effectiveDate: date });
        break;
      default:
        call = this.api.end(id, { effectiveDate: date });
    }
    this.saving.set(true);
    this.refusal.set(null);
    call.subscribe({
      next: (unit) => this.ref.close(unit),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }

  private defaultKind(): OrgUnitKind {
    const parent = this.data.unit;
    if (this.mode !== 'create' || !parent) return 'province';
    if (parent.kind === 'province') return 'district';
    if (parent.kind === 'district') return 'commune';
    return 'agency';
  }
}
