import { TestBed } from '@angular/core/testing';
import { provideI18n } from '@cds/web/core';
import { CoverageChart, coverageSegments } from './coverage-chart';
import { provideTranslations } from '@cds/web/i18n';
import { CORE_TEAM_WORDS } from '../i18n/core-team-words';

describe('coverageSegments', () => {
  it('rounds each share on its own to one decimal (10/41/3 of 54 posts: 18.5/75.9/5.6, not 18/77/5), nothing for no seats', () => {
    expect(coverageSegments({ covered: 10, unqualified: 41, vacant: 3 }).map((s) => s.percent)).toEqual([18.5, 75.9, 5.6]);
    expect(coverageSegments({ covered: 1, unqualified: 1, vacant: 1 }).map((s) => s.percent)).toEqual([33.3, 33.3, 33.3]);
    expect(coverageSegments({ covered: 0, unqualified: 0, vacant: 0 }).map((s) => s.percent)).toEqual([0, 0, 0]);
  });
});

describe('CoverageChart', () => {
  it('renders the totals per state with Vietnamese labels and a described bar', async () => {
    TestBed.configureTestingModule({ imports: [CoverageChart], providers: [provideI18n(), provideTranslations(CORE_TEAM_WORDS)] });
    const fixture = TestBed.createComponent(CoverageChart);
    fixture.componentRef.setInput('totals', { covered: 12, unqualified: 5, vacant: 3 });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const legend = [...el.querySelectorAll('.legend li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(legend).toEqual(['Đã có người đạt chuẩn: 12', 'Có người, chưa được chứng nhận: 5', 'Trống: 3']);
    expect(el.querySelector('.bar')?.getAttribute('aria-label')).toBe(
      'Biểu đồ: 12 đạt chuẩn, 5 chưa chứng nhận, 3 trống trên tổng 20 vị trí',
    );
    expect([...el.querySelectorAll('.segment')].map((s) => (s as HTMLElement).style.flexBasis)).toEqual(['60%', '25%', '15%']);
    expect(el.textContent).toContain('Tổng số vị trí: 20');
  });

  it('writes the shares with one decimal, the Vietnamese way', async () => {
    TestBed.configureTestingModule({ imports: [CoverageChart], providers: [provideI18n(), provideTranslations(CORE_TEAM_WORDS)] });
    const fixture = TestBed.createComponent(CoverageChart);
    fixture.componentRef.setInput('totals', { covered: 10, unqualified: 41, vacant: 3 });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect([...el.querySelectorAll('.segment')].map((s) => s.textContent?.trim())).toEqual(['18,5%', '75,9%', '5,6%']);
    expect([...el.querySelectorAll('.segment')].map((s) => (s as HTMLElement).style.flexBasis)).toEqual(['18.5%', '75.9%', '5.6%']);
  });
});
