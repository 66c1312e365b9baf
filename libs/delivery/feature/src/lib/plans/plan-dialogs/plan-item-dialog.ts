import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CourseSummary, PLAN_TIERS, PlanDto, PlanItemDto, PlanItemRequest, PlanTier } from '@cds/contracts';
import { DeliveryClassesApi } from '@cds/delivery/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { DialogShell, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';

export interface PlanItemDialogData {
  plan: PlanDto;
  /** The line to change; null to add a course to the plan. */
  item: PlanItemDto | null;
}

const count = (value: number, max = 100000) =>
  new FormControl<number | null>(value, { validators: [Validators.required, Validators.min(0), Validators.max(max), Validators.pattern(/^\d+$/)] });

/** Adds a course to a plan or changes its line: classes to run and people to train per tier. Closes with the plan. */
@Component({
  selector: 'cds-plan-item-dialog',
  imports: [DialogShell, RefusalBanner, ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <cds-dialog-shell
        [title]="(item ? 'plans.item.editTitle' : 'plans.item.addTitle') | translate: { course: item?.courseTitle, year: data.plan.year }"
        [submitLabel]="'common.save' | translate"
        [busy]="saving()"
      >
        <cds-refusal-banner [refusal]="refusal()" />
        @if (!item) {
          <mat-form-field appearance="outline" class="field">
            <mat-label>{{ 'plans.course' | translate }}</mat-label>
            <mat-select formControlName="courseId" required>
              @for (c of courses(); track c.id) {
                <mat-option [value]="c.id">{{ c.code }} – {{ c.title }}</mat-option>
              }
            </mat-select>
            @if (form.controls.courseId.invalid) {
              <mat-error>{{ 'common.required' | translate }}</mat-error>
            }
          </mat-form-field>
        }
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'plans.plannedClasses' | translate }}</mat-label>
          <input matInput type="number" inputmode="numeric" min="0" formControlName="plannedClasses" required />
          @if (form.controls.plannedClasses.invalid) {
            <mat-error>{{ 'plans.item.countInvalid' | translate }}</mat-error>
          }
        </mat-form-field>
        <fieldset class="tiers" formGroupName="targets">
          <legend>{{ 'plans.item.targets' | translate }}</legend>
          @for (t of tiers; track t) {
            <mat-form-field appearance="outline" class="tier">
              <mat-label>{{ 'plans.tiers.' + t | translate }}</mat-label>
              <input matInput type="number" inputmode="numeric" min="0" [formControlName]="t" required />
              @if (form.controls.targets.controls[t].invalid) {
                <mat-error>{{ 'plans.item.countInvalid' | translate }}</mat-error>
              }
            </mat-form-field>
          }
        </fieldset>
        <mat-form-field appearance="outline" class="field">
          <mat-label>{{ 'plans.note' | translate }}</mat-label>
          <textarea matInput formControlName="note" rows="2"></textarea>
        </mat-form-field>
      </cds-dialog-shell>
    </form>
  `,
  styles: `
    .field { width: 100%; }
    .tiers { border: 0; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 0 16px; min-width: 0; }
    .tiers legend { font: var(--mat-sys-title-small); margin-bottom: 8px; padding: 0; }
    .tier { flex: 1 1 120px; }
  `,
})
export class PlanItemDialog implements OnInit {
  private readonly api = inject(DeliveryClassesApi);
  private readonly ref = inject<MatDialogRef<PlanItemDialog, PlanDto>>(MatDialogRef);
  protected readonly data = inject<PlanItemDialogData>(MAT_DIALOG_DATA);
  protected readonly item = this.data.item;
  protected readonly tiers = PLAN_TIERS;
  protected readonly saving = signal(false);
  protected readonly refusal = signal<Refusal | null>(null);
  private readonly allCourses = signal<CourseSummary[]>([]);
  /** Published courses not yet in the plan. */
  protected readonly courses = computed(() => {
    const taken = new Set(this.data.plan.items.map((i) => i.courseId));
    return this.allCourses().filter((c) => c.publishedVersion !== null && !taken.has(c.id));
  });

  protected readonly form = new FormGroup({
    courseId: new FormControl<number | null>(this.item?.courseId ?? null, { validators: [Validators.required] }),
    plannedClasses: count(this.item?.plannedClasses ?? 1, 1000),
    targets: new FormGroup(
      Object.fromEntries(PLAN_TIERS.map((t) => [t, count(this.item?.targets[t] ?? 0)])) as Record<PlanTier, FormControl<number | null>>,
    ),
    note: new FormControl(this.item?.note ?? '', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });

  ngOnInit(): void {
    if (!this.item) this.api.courses().subscribe((c) => this.allCourses.set(c));
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    const v = this.form.getRawValue();
    const request: PlanItemRequest = {
      courseId: v.courseId as number,
      plannedClasses: Number(v.plannedClasses),
      targets: Object.fromEntries(PLAN_TIERS.map((t) => [t, Number(v.targets[t])])) as Record<PlanTier, number>,
      note: v.note.trim(),
    };
    const call = this.item ? this.api.updatePlanItem(this.item.id, request) : this.api.addPlanItem(this.data.plan.id, request);
    this.saving.set(true);
    this.refusal.set(null);
    call.subscribe({
      next: (plan) => this.ref.close(plan),
      error: (err: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
