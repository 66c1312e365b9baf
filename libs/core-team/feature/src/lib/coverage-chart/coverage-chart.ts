import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CoverageState } from '@cds/contracts';
import { TranslatePipe } from '@ngx-translate/core';

export const COVERAGE_STATES: readonly CoverageState[] = ['covered', 'unqualified', 'vacant'];

export interface CoverageSegment {
  state: CoverageState;
  count: number;
  percent: number;
}

/** Shares of each state, in a fixed order, rounded so they add up to 100 when there is any seat. */
export function coverageSegments(totals: Record<CoverageState, number>): CoverageSegment[] {
  const total = COVERAGE_STATES.reduce((sum, s) => sum + (totals[s] ?? 0), 0);
  const segments = COVERAGE_STATES.map((state) => ({
    state,
    count: totals[state] ?? 0,
    percent: total ? Math.floor(((totals[state] ?? 0) * 100) / total) : 0,
  }));
  if (total) {
    const largest = segments.reduce((a, b) => (b.count > a.count ? b : a));
    largest.percent += 100 - segments.reduce((sum, s) => sum + s.percent, 0);
  }
  return segments;
}

/** A horizontal stacked bar of coverage states, with a legend that carries the numbers. */
@Component({
  selector: 'cds-coverage-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="bar"
      role="img"
      [attr.aria-label]="
        'coreTeam.chartLabel' | translate: { covered: totals().covered, unqualified: totals().unqualified, vacant: totals().vacant, total: total() }
      "
    >
      @for (s of segments(); track s.state) {
        @if (s.count) {
          <span class="segment {{ s.state }}" [style.flex-basis.%]="s.percent">{{ s.percent }}%</span>
        }
      }
    </div>
    <ul class="legend">
      @for (s of segments(); track s.state) {
        <li [attr.data-state]="s.state">
          <span class="swatch {{ s.state }}" aria-hidden="true"></span>
          <span class="label">{{ 'coreTeam.states.' + s.state | translate }}: </span>
          <strong class="count">{{ s.count }}</strong>
        </li>
      }
    </ul>
    <p class="total">{{ 'coreTeam.total' | translate: { count: total() } }}</p>
  `,
  styles: `
    .bar { display: flex; height: 32px; border-radius: 8px; overflow: hidden; background: var(--mat-sys-surface-container-high); }
    .segment { display: flex; align-items: center; justify-content: center; min-width: 2.5em; font: var(--mat-sys-label-medium); }
    .covered { background: #1b6e3a; color: #fff; }
    .unqualified { background: #f2c14e; color: #3a2a00; }
    .vacant { background: #b3261e; color: #fff; }
    .legend { list-style: none; padding: 0; margin: 12px 0 0; display: flex; flex-wrap: wrap; gap: 8px 24px; }
    .legend li { display: flex; align-items: center; gap: 8px; }
    .swatch { width: 14px; height: 14px; border-radius: 3px; display: inline-block; }
    .total { color: var(--mat-sys-on-surface-variant); margin: 8px 0 0; }
  `,
})
export class CoverageChart {
  readonly totals = input.required<Record<CoverageState, number>>();
  protected readonly segments = computed(() => coverageSegments(this.totals()));
  protected readonly total = computed(() => this.segments().reduce((sum, s) => sum + s.count, 0));
}
