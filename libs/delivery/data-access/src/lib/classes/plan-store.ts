import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { PlanDto } from '@cds/contracts';
import { LatestRead } from '@cds/web/core';
import { catchError, Observable, of, throwError } from 'rxjs';
import { DeliveryClassesApi, PlanRef } from './delivery-classes-api';

/**
 * The yearly plans and the plan of the chosen year (null when that year has none: the API answers
 * 404). Choosing another year cancels the read in flight. Provide it on the plan page.
 */
@Injectable()
export class PlanStore {
  private readonly api = inject(DeliveryClassesApi);
  private readonly listRead = new LatestRead<true, PlanRef[]>(() => this.api.plans());
  private readonly planRead = new LatestRead<number, PlanDto | null>(
    (year): Observable<PlanDto | null> =>
      this.api.plan(year).pipe(catchError((err: unknown) => (err instanceof HttpErrorResponse && err.status === 404 ? of(null) : throwError(() => err)))),
  );

  /** Plans by year, newest first. */
  readonly plans = computed(() => [...(this.listRead.value() ?? [])].sort((a, b) => b.year - a.year));
  readonly year = this.planRead.params;
  readonly plan = this.planRead.value;
  readonly loading = computed(() => this.planRead.loading() || this.listRead.loading());
  readonly loaded = this.planRead.loaded;
  readonly error = this.planRead.error;

  loadPlans(): void {
    this.listRead.load(true);
  }

  load(year: number): void {
    this.planRead.load(year, { keepValue: false });
  }

  /** Shows the plan as the API answered a write; a new plan joins the list of years. */
  set(plan: PlanDto): void {
    this.planRead.set(plan);
    const list = this.listRead.value() ?? [];
    if (!list.some((p) => p.id === plan.id)) this.listRead.set([...list, { id: plan.id, year: plan.year, title: plan.title }]);
  }
}
