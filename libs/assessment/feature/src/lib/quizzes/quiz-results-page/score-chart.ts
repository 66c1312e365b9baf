import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

export interface ScoreBucket {
  from: number;
  to: number;
  count: number;
}

export interface ScoreBar extends ScoreBucket {
  /** Height, % of the fullest bucket. */
  height: number;
  /** The bucket reaches the pass mark (drawn in the "passed" colour). */
  passing: boolean;
}

/** Bars scaled to the fullest bucket; a bucket whose lower bound reaches the pass mark counts as passing. */
export function scoreBars(buckets: readonly ScoreBucket[], passPercent: number): ScoreBar[] {
  const max = Math.max(0, ...buckets.map((b) => b.count));
  return buckets.map((b) => ({ ...b, height: max ? Math.round((b.count * 1000) / max) / 10 : 0, passing: b.from >= passPercent }));
}

/**
 * How graded results spread over ten buckets of 10 %, as columns drawn with CSS (no chart library,
 * like the plan's charts). Each column's count is text above it and each bucket is written out for
 * screen readers, so the chart reads the same without colour or sight.
 */
@Component({
  selector: 'cds-score-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" data-testid="score-chart">
      <figcaption class="chart-title">{{ caption() }}</figcaption>
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch"></span>{{ 'assessment.quizzes.results.chart.below' | translate: { pass: passPercent() } }}</li>
        <li><span class="swatch passing"></span>{{ 'assessment.quizzes.results.chart.atOrAbove' | translate: { pass: passPercent() } }}</li>
      </ul>
      <ol class="columns">
        @for (b of bars(); track b.from) {
          <li class="column">
            <span class="vh">{{ 'assessment.quizzes.results.chart.bucket' | translate: { from: b.from, to: b.to, count: b.count } }}</span>
            <span class="count" aria-hidden="true">{{ b.count }}</span>
            <span class="track" aria-hidden="true"><span class="bar" [class.passing]="b.passing" [style.height.%]="b.height"></span></span>
            <span class="label" aria-hidden="true">{{ b.from }}–{{ b.to }}</span>
          </li>
        }
      </ol>
      <p class="axis" aria-hidden="true">{{ 'assessment.quizzes.results.chart.axis' | translate }}</p>
    </figure>
  `,
  styles: `
    .chart { margin: 0; }
    .chart-title { font: var(--mat-sys-title-medium); margin-bottom: 8px; }
    .legend { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; font: var(--mat-sys-body-small); }
    .legend li { display: flex; align-items: center; gap: 6px; }
    .swatch { width: 14px; height: 14px; border-radius: 3px; display: inline-block; background: #9aa7b8; }
    .swatch.passing { background: #1b5fa8; }
    .columns { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(10, minmax(0, 1fr)); gap: 6px; align-items: end; }
    .column { display: flex; flex-direction: column; align-items: center; gap: 4px; min-width: 0; }
    .count { font-variant-numeric: tabular-nums; font: var(--mat-sys-label-large); }
    .track { height: 160px; width: 100%; display: flex; align-items: flex-end; border-bottom: 1px solid var(--mat-sys-outline); }
    .bar { display: block; width: 100%; background: #9aa7b8; border-radius: 4px 4px 0 0; min-height: 0; }
    .bar.passing { background: #1b5fa8; }
    .label { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); text-align: center; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
    .axis { text-align: center; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); margin: 4px 0 0; }
    .vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  `,
})
export class ScoreChart {
  /** Already translated. */
  readonly caption = input.required<string>();
  readonly buckets = input.required<readonly ScoreBucket[]>();
  readonly passPercent = input.required<number>();
  protected readonly bars = computed(() => scoreBars(this.buckets(), this.passPercent()));
}
