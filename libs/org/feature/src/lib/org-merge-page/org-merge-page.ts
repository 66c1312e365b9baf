import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { RouterLink } from '@angular/router';
import { MergeOrgUnitsRequest, MergeOrgUnitsResponse, ORG_UNIT_KINDS, OrgUnitDto, OrgUnitKind } from '@cds/contracts';
import { OrgApi, unitOptions } from '@cds/org/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { formatVnDate, todayVn, toIsoDate } from '@cds/web/i18n';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { startWith } from 'rxjs';

export type MergeStep = 0 | 1 | 2 | 3;

/** The step each of the API's merge refusals belongs to (codes from apps/api org.service). */
const STEP_OF_CODE: Record<string, MergeStep> = {
  'org.merge_two_sources': 0,
  'org.cycle': 1,
  'org.merge_into_self': 1,
  'org.merge_target': 1,
  'org.date_overlaps': 2,
  'org.unit_ended': 2,
  'org.not_live': 2,
};

/** The wizard step a refusal of the API belongs to. */
export function stepOfRefusal(r: Refusal): MergeStep {
  const byCode = r.code ? STEP_OF_CODE[r.code] : undefined;
  if (byCode !== undefined) return byCode;
  const fields = Object.keys(r.fields);
  if (fields.some((f) => f.startsWith('effectiveDate'))) return 2;
  if (fields.some((f) => f.startsWith('target') || f.startsWith('newUnit'))) return 1;
  if (fields.some((f) => f.startsWith('sourceIds'))) return 0;
  return 3;
}

/** "Sáp nhập đơn vị": merge units into an existing unit or a new one, from an effective date (admin). */
@Component({
  selector: 'cds-org-merge-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    MatStepperModule,
    TranslatePipe,
    RefusalBanner,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './org-merge-page.html',
  styleUrl: './org-merge-page.scss',
})
export class OrgMergePage implements OnInit {
  private readonly api = inject(OrgApi);
  private readonly stepper = viewChild(MatStepper);

  protected readonly kinds = ORG_UNIT_KINDS;
  protected readonly fmt = formatVnDate;
  protected readonly units = signal<OrgUnitDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly options = computed(() => unitOptions(this.units()));

  // Step 1: sources
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = toSignal(this.searchControl.valueChanges, { initialValue: '' });
  protected readonly sources = signal<ReadonlySet<number>>(new Set());
  protected readonly shownOptions = computed(() => {
    const needle = this.search().trim().toLocaleLowerCase('vi');
    return needle ? this.options().filter((o) => o.name.toLocaleLowerCase('vi').includes(needle)) : this.options();
  });
  protected readonly sourceUnits = computed(() => this.units().filter((u) => this.sources().has(u.id)));

  // Step 2: target
  protected readonly modeControl = new FormControl<'existing' | 'new'>('new', { nonNullable: true });
  protected readonly mode = toSignal(this.modeControl.valueChanges.pipe(startWith(this.modeControl.value)), {
    initialValue: this.modeControl.value,
  });
  protected readonly targetControl = new FormControl<number | null>(null);
  protected readonly newUnit = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    kind: new FormControl<OrgUnitKind>('commune', { nonNullable: true }),
    code: new FormControl('', { nonNullable: true }),
    parentId: new FormControl<number | null>(null, { validators: [Validators.required] }),
  });
  private readonly target = toSignal(this.targetControl.valueChanges, { initialValue: null });
  private readonly newUnitValue = toSignal(this.newUnit.valueChanges, { initialValue: this.newUnit.value });

  // Step 3: date
  protected readonly dateControl = new FormControl<Date | null>(null, { validators: [Validators.required] });
  private readonly dateValue = toSignal(this.dateControl.valueChanges, { initialValue: null });

  /** A step whose "Tiếp tục" was pressed while invalid shows why. */
  protected readonly tried = signal<ReadonlySet<MergeStep>>(new Set());
  protected readonly refusal = signal<{ step: MergeStep; refusal: Refusal } | null>(null);
  protected readonly submitting = signal(false);
  protected readonly result = signal<MergeOrgUnitsResponse | null>(null);

  protected readonly minSources = computed(() => (this.mode() === 'existing' ? 1 : 2));
  protected readonly sourcesValid = computed(() => this.sources().size >= this.minSources());
  protected readonly targetError = computed<string | null>(() => {
    if (this.mode() === 'existing') {
      const id = this.target();
      if (id === null) return 'orgMerge.needTarget';
      return this.sources().has(id) ? 'orgMerge.targetIsSource' : null;
    }
    const v = this.newUnitValue();
    return v.name?.trim() && v.kind && v.parentId != null ? null : 'orgMerge.needNewUnit';
  });
  protected readonly dateValid = computed(() => {
    const d = this.dateValue();
    return !!d && !Number.isNaN(d.getTime());
  });
  protected readonly effectiveDate = computed(() => (this.dateValid() ? toIsoDate(this.dateValue() as Date) : ''));
  protected readonly targetName = computed(() =>
    this.mode() === 'existing'
      ? (this.units().find((u) => u.id === this.target())?.name ?? '')
      : (this.newUnitValue().name ?? '').trim(),
  );
  protected readonly newParentName = computed(
    () => this.units().find((u) => u.id === this.newUnitValue().parentId)?.name ?? '',
  );

  ngOnInit(): void {
    this.api.tree(todayVn()).subscribe({
      next: (res) => {
        this.units.set(res.units);
        this.loading.set(false);
      },
      error: () => this.loading.set(false),
    });
  }

  protected toggleSource(id: number, checked: boolean): void {
    const next = new Set(this.sources());
    if (checked) next.add(id);
    else next.delete(id);
    this.sources.set(next);
  }

  protected valid(step: MergeStep): boolean {
    if (step === 0) return this.sourcesValid();
    if (step === 1) return this.targetError() === null;
    if (step === 2) return this.dateValid();
    return true;
  }

  protected next(step: MergeStep): void {
    this.tried.set(new Set([...this.tried(), step]));
    if (step === 1) this.newUnit.markAllAsTouched();
    if (step === 2) this.dateControl.markAsTouched();
    if (!this.valid(step)) return;
    this.stepper()?.next();
  }

  protected submit(): void {
    if (this.submitting() || ![0, 1, 2].every((s) => this.valid(s as MergeStep))) return;
    const request: MergeOrgUnitsRequest = { sourceIds: [...this.sources()], effectiveDate: this.effectiveDate() };
    if (this.mode() === 'existing') {
      request.targetId = this.target() as number;
    } else {
      const v = this.newUnit.getRawValue();
      request.newUnit = { name: v.name.trim(), kind: v.kind, code: v.code.trim() || null, parentId: v.parentId as number };
    }
    this.submitting.set(true);
    this.refusal.set(null);
    this.api.merge(request).subscribe({
      next: (res) => {
        this.submitting.set(false);
        this.result.set(res);
      },
      error: (err: unknown) => {
        this.submitting.set(false);
        const refusal = refusalOf(err);
        const step = stepOfRefusal(refusal);
        this.refusal.set({ step, refusal });
        const stepper = this.stepper();
        if (stepper) stepper.selectedIndex = step;
      },
    });
  }

  protected endedNames(res: MergeOrgUnitsResponse): string[] {
    return res.endedUnitIds.map((id) => this.units().find((u) => u.id === id)?.name ?? `#${id}`);
  }

  protected restart(): void {
    this.result.set(null);
    this.sources.set(new Set());
    this.tried.set(new Set());
    this.refusal.set(null);
    this.targetControl.reset(null);
    this.newUnit.reset();
    this.dateControl.reset(null);
    this.ngOnInit();
  }
}
