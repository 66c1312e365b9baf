import { TestBed } from '@angular/core/testing';
import { provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { DELIVERY_STAFF_WORDS } from '../../staff-i18n/delivery-staff-words';
import { PlanChart, planBars } from './plan-chart';

describe('planBars', () => {
  it('scales every bar to the largest number and gives the share delivered', () => {
    const bars = planBars([
      { label: 'K1', title: 'Dịch vụ công', planned: 4, delivered: 1 },
      { label: 'K2', title: 'An toàn thông tin', planned: 2, delivered: 3 },
      { label: 'K3', title: 'Kinh tế số', planned: 0, delivered: 0 },
    ]);
    expect(bars.map((b) => [b.plannedWidth, b.deliveredWidth, b.rate])).toEqual([
      [100, 25, 25],
      [50, 75, 150],
      [0, 0, null],
    ]);
    expect(planBars([])).toEqual([]);
  });
});

describe('PlanChart', () => {
  it('writes planned and delivered as text beside the bars, in Vietnamese', async () => {
    TestBed.configureTestingModule({ imports: [PlanChart], providers: [provideI18n(), provideTranslations(DELIVERY_STAFF_WORDS)] });
    const fixture = TestBed.createComponent(PlanChart);
    fixture.componentRef.setInput('caption', 'Số lớp');
    fixture.componentRef.setInput('rows', [
      { label: 'K1', title: 'Dịch vụ công', planned: 4, delivered: 1 },
      { label: 'K2', title: 'An toàn thông tin', planned: 2, delivered: 2 },
    ]);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('figcaption')?.textContent?.trim()).toBe('Số lớp');
    const rows = [...el.querySelectorAll('.row')].map((r) => r.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['K1: Đã thực hiện 1/4 (25%)', 'K2: Đã thực hiện 2/2 (100%)']);
    const widths = [...el.querySelectorAll('.row .bar')].map((b) => (b as HTMLElement).style.width);
    expect(widths).toEqual(['100%', '25%', '50%', '50%']);
    expect(el.querySelector('.bars')?.getAttribute('aria-hidden')).toBe('true');
  });
});
