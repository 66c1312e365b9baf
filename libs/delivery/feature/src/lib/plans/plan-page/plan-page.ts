import { ComponentType } from '@angular/cdk/portal';
import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, OnInit, signal, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { PLAN_TIERS, PlanDto, PlanItemDto, PlanTier } from '@cds/contracts';
import { DeliveryClassesApi, PlanStore } from '@cds/delivery/data-access';
import { AuthStore, fileNameFrom, saveBlob } from '@cds/web/core';
import { todayVn } from '@cds/web/i18n';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, Observable, tap } from 'rxjs';
import { ConfirmDialog, ConfirmDialogData } from '../../classes/confirm-dialog/confirm-dialog';
import { PlanChart, PlanChartRow } from '../plan-chart/plan-chart';
import { PlanFormDialog, PlanFormDialogData } from '../plan-dialogs/plan-form-dialog';
import { PlanItemDialog, PlanItemDialogData } from '../plan-dialogs/plan-item-dialog';

const sum = (values: Record<PlanTier, number>) => PLAN_TIERS.reduce((n, t) => n + (values[t] ?? 0), 0);

export interface PlanTotals {
  plannedClasses: number;
  deliveredClasses: number;
  targets: Record<PlanTier, number>;
  completed: Record<PlanTier, number>;
}

/** The plan's lines added up. */
export function planTotals(items: readonly PlanItemDto[]): PlanTotals {
  const byTier = (pick: (i: PlanItemDto) => Record<PlanTier, number>) =>
    Object.fromEntries(PLAN_TIERS.map((t) => [t, items.reduce((n, i) => n + (pick(i)[t] ?? 0), 0)])) as Record<PlanTier, number>;
  return {
    plannedClasses: items.reduce((n, i) => n + i.plannedClasses, 0),
    deliveredClasses: items.reduce((n, i) => n + i.deliveredClasses, 0),
    targets: byTier((i) => i.targets),
    completed: byTier((i) => i.completed),
  };
}

/** "Kế hoạch đào tạo, bồi dưỡng": a year's courses, their targets per tier, and what was delivered. */
@Component({
  selector: 'cds-plan-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    PlanChart,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PlanStore],
  templateUrl: './plan-page.html',
  styleUrl: './plan-page.scss',
})
export class PlanPage implements OnInit {
  private readonly store = inject(PlanStore);
  private readonly api = inject(DeliveryClassesApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);

  protected readonly tiers = PLAN_TIERS;
  protected readonly sum = sum;
  protected readonly thisYear = Number(todayVn().slice(0, 4));
  protected readonly year = signal<number>(Number(this.route.snapshot.queryParamMap.get('year')) || this.thisYear);
  protected readonly yearControl = new FormControl<number>(this.year(), { nonNullable: true });
  protected readonly plan = this.store.plan;
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly error = this.store.error;
  protected readonly exporting = signal(false);
  protected readonly canWrite = computed(() => this.auth.can('plan.write'));
  /** Years with a plan, this year and the next (to plan ahead), and the one chosen. */
  protected readonly years = computed(() => {
    const years = new Set([...this.store.plans().map((p) => p.year), this.thisYear, this.thisYear + 1, this.year()]);
    return [...years].sort((a, b) => b - a);
  });
  protected readonly columns = computed(() => ['course', 'classes', ...PLAN_TIERS, 'total', 'note', ...(this.canWrite() ? ['actions'] : [])]);
  protected readonly totals = computed(() => planTotals(this.plan()?.items ?? []));
  protected readonly classRows = computed<PlanChartRow[]>(() =>
    (this.plan()?.items ?? []).map((i) => ({ label: i.courseCode, title: i.courseTitle, planned: i.plannedClasses, delivered: i.deliveredClasses })),
  );
  protected readonly peopleRows = computed<PlanChartRow[]>(() =>
    (this.plan()?.items ?? []).map((i) => ({ label: i.courseCode, title: i.courseTitle, planned: sum(i.targets), delivered: sum(i.completed) })),
  );

  constructor() {
    this.yearControl.valueChanges.subscribe((y) => this.year.set(y));
    effect(() => {
      const year = this.year();
      untracked(() => {
        this.store.load(year);
        void this.router.navigate([], { relativeTo: this.route, queryParams: { year }, replaceUrl: true });
      });
    });
  }

  ngOnInit(): void {
    this.store.loadPlans();
  }

  protected createPlan(): void {
    this.open<PlanFormDialog, PlanFormDialogData>(PlanFormDialog, { year: this.year() }).subscribe((plan) => {
      this.store.set(plan);
      if (plan.year !== this.year()) this.yearControl.setValue(plan.year);
      this.say('plans.form.created', { year: plan.year });
    });
  }

  protected editItem(plan: PlanDto, item: PlanItemDto | null): void {
    this.open<PlanItemDialog, PlanItemDialogData>(PlanItemDialog, { plan, item }, '600px').subscribe((saved) => {
      this.store.set(saved);
      this.say(item ? 'plans.item.saved' : 'plans.item.added', { course: item?.courseTitle ?? saved.items.at(-1)?.courseTitle ?? '' });
    });
  }

  protected removeItem(item: PlanItemDto): void {
    let answer: PlanDto | null = null;
    const data: ConfirmDialogData = {
      title: this.translate.instant('plans.item.removeTitle', { course: item.courseTitle }),
      text: this.translate.instant('plans.item.removeText', { course: item.courseTitle }),
      confirmLabel: this.translate.instant('plans.item.remove'),
      act: () => this.api.removePlanItem(item.id).pipe(tap((p) => (answer = p))),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '480px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .subscribe((done) => {
        if (!done || !answer) return;
        this.store.set(answer);
        this.say('plans.item.removed', { course: item.courseTitle });
      });
  }

  protected exportXlsx(): void {
    const year = this.year();
    if (this.exporting()) return;
    this.exporting.set(true);
    this.api.planXlsx(year).subscribe({
      next: (f) => {
        this.exporting.set(false);
        saveBlob(f.blob, fileNameFrom(f.disposition, `ke-hoach-dao-tao-${year}.xlsx`));
      },
      error: () => this.exporting.set(false),
    });
  }

  private open<C, D>(component: ComponentType<C>, data: D, width = '480px'): Observable<PlanDto> {
    return this.dialog
      .open<C, D, PlanDto>(component, { data, width, maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .pipe(filter((p): p is PlanDto => !!p));
  }

  private say(key: string, params: Record<string, unknown>): void {
    this.snackBar.open(this.translate.instant(key, params), undefined, { duration: 5000 });
  }
}
