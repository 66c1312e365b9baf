import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

export interface PlanChartRow {
  /** Short label (the course code). */
  label: string;
  /** The course's title, for the label's tooltip and the screen reader. */
  title: string;
  planned: number;
  delivered: number;
}

export interface PlanChartBar extends PlanChartRow {
  /** Widths, % of the largest value in the chart. */
  plannedWidth: number;
  deliveredWidth: number;
  /** Delivered ÷ planned, whole per cent; null when nothing was planned. */
  rate: number | null;
}

/** Bars scaled to the largest number in the chart, so planned and delivered compare at a glance. */
export function planBars(rows: readonly PlanChartRow[]): PlanChartBar[] {
  const max = Math.max(0, ...rows.flatMap((r) => [r.planned, r.delivered]));
  const width = (v: number) => (max ? Math.round((v * 1000) / max) / 10 : 0);
  return rows.map((r) => ({
    ...r,
    plannedWidth: width(r.planned),
    deliveredWidth: width(r.delivered),
    rate: r.planned ? Math.round((r.delivered * 100) / r.planned) : null,
  }));
}

/**
 * Planned against delivered per course, as pairs of horizontal bars (no chart library). The numbers
 * are text next to the bars, so the chart reads the same without colour or sight.
 */
@Component({
  selector: 'cds-plan-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <figcaption class="chart-title">{{ caption() }}</figcaption>
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch planned"></span>{{ 'plans.chart.planned' | translate }}</li>
        <li><span class="swatch delivered"></span>{{ 'plans.chart.delivered' | translate }}</li>
      </ul>
      <ul class="rows">
        @for (b of bars(); track b.label) {
          <li class="row">
            <span class="label" [title]="b.title">
              <abbr [title]="b.title">{{ b.label }}</abbr>
            </span>
            <span class="bars" aria-hidden="true">
              <span class="bar planned" [style.width.%]="b.plannedWidth"></span>
              <span class="bar delivered" [style.width.%]="b.deliveredWidth"></span>
            </span>
            <span class="value">
              <span class="vh">: {{ 'plans.chart.delivered' | translate }} </span>{{ b.delivered }}/{{ b.planned }}
              @if (b.rate !== null) {
                <span class="rate">({{ b.rate }}%)</span>
              }
            </span>
          </li>
        } @empty {
          <li class="empty">{{ 'plans.chart.empty' | translate }}</li>
        }
      </ul>
    </figure>
  `,
  styles: `
    .chart { margin: 0; }
    .chart-title { font: var(--mat-sys-title-medium); margin-bottom: 8px; }
    .legend { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; font: var(--mat-sys-body-small); }
    .legend li { display: flex; align-items: center; gap: 6px; }
    .swatch { width: 14px; height: 14px; border-radius: 3px; display: inline-block; }
    .rows { list-style: none; padding: 0; margin: 0; }
    .row { display: grid; grid-template-columns: minmax(3.5em, max-content) 1fr max-content; align-items: center; gap: 4px 12px; padding: 6px 0; }
    .label abbr { text-decoration: none; font: var(--mat-sys-label-large); }
    .bars { display: flex; flex-direction: column; gap: 3px; min-width: 0; }
    .bar { display: block; height: 10px; border-radius: 0 4px 4px 0; min-width: 2px; }
    .planned { background: #9aa7b8; }
    .delivered { background: #1b5fa8; }
    .value { font-variant-numeric: tabular-nums; text-align: end; white-space: nowrap; }
    .rate { color: var(--mat-sys-on-surface-variant); }
    .empty { color: var(--mat-sys-on-surface-variant); }
    /* Read out, not shown: the legend says it for the eye. */
    .vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  `,
})
export class PlanChart {
  /** Already translated ("Số lớp: kế hoạch và đã tổ chức"). */
  readonly caption = input.required<string>();
  readonly rows = input.required<readonly PlanChartRow[]>();
  protected readonly bars = computed(() => planBars(this.rows()));
}
