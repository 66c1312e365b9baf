import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { CoverageState } from '@cds/contracts';
import { LanguageService } from '@cds/web/core';
import { TranslatePipe } from '@ngx-translate/core';

export const COVERAGE_STATES: readonly CoverageState[] = ['covered', 'unqualified', 'vacant'];

export interface CoverageSegment {
  state: CoverageState;
  count: number;
  percent: number;
}

/**
 * Share of each state, in a fixed order, each rounded on its own to one decimal
 * (round(count × 1000 / total) / 10). They may add up to 99.9 or 100.1: each share is true, rather
 * than bending the largest one to make the sum 100.
 */
export function coverageSegments(totals: Record<CoverageState, number>): CoverageSegment[] {
  const total = COVERAGE_STATES.reduce((sum, s) => sum + (totals[s] ?? 0), 0);
  return COVERAGE_STATES.map((state) => ({
    state,
    count: totals[state] ?? 0,
    percent: total ? Math.round(((totals[state] ?? 0) * 1000) / total) / 10 : 0,
  }));
}

const PERCENT = {
  vi: new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

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
          <span class="segment {{ s.state }}" [style.flex-basis.%]="s.percent">{{ percent(s.percent) }}%</span>
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
  private readonly lang = inject(LanguageService).lang;
  readonly totals = input.required<Record<CoverageState, number>>();
  /** One decimal, with the language's decimal mark (18,5 in Vietnamese). */
  protected readonly percent = (value: number) => PERCENT[this.lang()].format(value);
  protected readonly segments = computed(() => coverageSegments(this.totals()));
  protected readonly total = computed(() => this.segments().reduce((sum, s) => sum + s.count, 0));
}
