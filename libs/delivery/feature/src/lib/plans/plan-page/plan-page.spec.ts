import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router } from '@angular/router';
import { Capability, canWith, PlanDto, PlanItemDto, Role } from '@cds/contracts';
import { AuthStore, provideDirectoryIcons, provideI18n } from '@cds/web/core';
import { provideTranslations } from '@cds/web/i18n';
import { DELIVERY_STAFF_WORDS } from '../../staff-i18n/delivery-staff-words';
import { PlanPage, planTotals } from './plan-page';

const item = (id: number, code: string, title: string, over: Partial<PlanItemDto>): PlanItemDto => ({
  id,
  courseId: id,
  courseCode: code,
  courseTitle: title,
  topicArea: 'digital_government',
  plannedClasses: 2,
  targets: { province: 10, department: 20, district: 0, commune: 100 },
  deliveredClasses: 1,
  completed: { province: 4, department: 5, district: 0, commune: 30 },
  note: '',
  ...over,
});

const plan: PlanDto = {
  id: 7,
  year: 2026,
  title: 'Kế hoạch đào tạo, bồi dưỡng Đội nòng cốt chuyển đổi số năm 2026',
  items: [
    item(1, 'DVC', 'Cổng dịch vụ công và VNeID', {}),
    item(2, 'ATTT', 'An toàn thông tin cấp xã', { plannedClasses: 4, deliveredClasses: 0, completed: { province: 0, department: 0, district: 0, commune: 0 } }),
  ],
};

async function setUp(role: Role) {
  TestBed.configureTestingModule({
    imports: [PlanPage],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideI18n(),
      provideTranslations(DELIVERY_STAFF_WORDS),
      provideNoopAnimations(),
      provideRouter([{ path: '', children: [] }]),
      provideDirectoryIcons(),
      { provide: AuthStore, useValue: { can: (c: Capability) => canWith([role], c), user: () => null } },
    ],
  });
  await TestBed.inject(Router).navigateByUrl('/?year=2026');
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(PlanPage);
  const el: HTMLElement = fixture.nativeElement;
  await fixture.whenStable();
  http.expectOne('/api/plans').flush([{ id: 7, year: 2026, title: plan.title }]);
  return { http, fixture, el };
}

describe('planTotals', () => {
  it('adds the lines up per tier', () => {
    expect(planTotals(plan.items)).toEqual({
      plannedClasses: 6,
      deliveredClasses: 1,
      targets: { province: 20, department: 40, district: 0, commune: 200 },
      completed: { province: 4, department: 5, district: 0, commune: 30 },
    });
  });
});

describe('PlanPage', () => {
  it('shows each course’s delivered against planned per tier, with totals and the chart', async () => {
    const { http, fixture, el } = await setUp('trainer');
    http.expectOne('/api/plans/2026').flush(plan);
    await fixture.whenStable();
    const text = (n: Element | null) => n?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text(el.querySelector('.summary'))).toBe('2 khóa học; đã tổ chức 1/6 lớp; 39/260 người đã hoàn thành theo chỉ tiêu.');
    const headers = [...el.querySelectorAll('.plan-table th')].map(text);
    expect(headers).toEqual(['Khóa học', 'Số lớp', 'Cấp tỉnh', 'Sở, ban, ngành', 'Cấp huyện', 'Cấp xã', 'Tổng số người', 'Ghi chú']);
    const rows = [...el.querySelectorAll('.plan-table tr.mat-mdc-row')].map((r) => [...r.querySelectorAll('td')].slice(1, 7).map(text));
    expect(rows).toEqual([
      ['1/2', '4/10', '5/20', '0/0', '30/100', '39/130'],
      ['0/4', '0/10', '0/20', '0/0', '0/100', '0/130'],
    ]);
    expect([...el.querySelectorAll('.plan-table tr.totals td')].map(text).slice(0, 7)).toEqual(['Tổng cộng', '1/6', '4/20', '5/40', '0/0', '30/200', '39/260']);
    const charts = [...el.querySelectorAll('cds-plan-chart')];
    expect(text(charts[0].querySelector('figcaption'))).toBe('Số lớp: kế hoạch và đã tổ chức');
    expect(text(charts[1].querySelector('.row'))).toBe('DVC: Đã thực hiện 39/130 (30%)');
    // planning is for plan.write holders
    expect([...el.querySelectorAll('button')].map(text)).not.toContain('Thêm khóa học');
    http.verify();
  });

  it('says when a year has no plan, and lets a plan.write holder create it', async () => {
    const { http, fixture, el } = await setUp('certifier');
    http
      .expectOne('/api/plans/2026')
      .flush({ statusCode: 404, error: 'Not Found', message: 'Chưa có kế hoạch đào tạo năm 2026.', code: 'delivery.plan_not_found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(el.textContent).toContain('Chưa có kế hoạch đào tạo, bồi dưỡng năm 2026.');
    expect(el.querySelector('[role="alert"]')).toBeNull();
    ([...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Tạo kế hoạch năm 2026')) as HTMLButtonElement).click();
    await fixture.whenStable();
    (document.querySelector('mat-dialog-container button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const post = http.expectOne('/api/plans');
    expect(post.request.body).toEqual({ year: 2026, title: 'Kế hoạch đào tạo, bồi dưỡng Đội nòng cốt chuyển đổi số năm 2026' });
    post.flush({ ...plan, items: [] });
    await new Promise((r) => setTimeout(r, 50)); // the dialog closes
    await fixture.whenStable();
    expect(el.querySelector('.plan-title')?.textContent).toBe(plan.title);
    expect(el.textContent).toContain('Kế hoạch chưa có khóa học nào.');
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.includes('Thêm khóa học'))).toBe(true);
  });
});
