import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CurrentUser } from '@cds/contracts';
import { AuthStore, provideI18n } from '@cds/web/core';
import { DashboardPage } from './dashboard-page';

const USER: CurrentUser = {
  id: 1,
  email: 'unitadmin@demo.cds.vn',
  fullName: 'Trần Văn Đức',
  position: 'Phó Chủ tịch UBND xã',
  orgUnitId: 5,
  orgUnitName: 'UBND xã Giao Thủy',
  roles: [
    { role: 'unit_admin', orgUnitId: 5, orgUnitName: 'UBND xã Giao Thủy' },
    { role: 'learner', orgUnitId: 5, orgUnitName: 'UBND xã Giao Thủy' },
  ],
};

describe('DashboardPage', () => {
  it('greets the person by full name and shows unit and role grants in Vietnamese', async () => {
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [provideI18n(), { provide: AuthStore, useValue: { user: signal(USER) } }],
    });
    const fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;

    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Xin chào, Trần Văn Đức!');
    expect(el.querySelector('[data-testid="unit"]')?.textContent?.trim()).toBe('UBND xã Giao Thủy');
    const chips = [...el.querySelectorAll('mat-chip')].map((c) => c.textContent?.trim());
    expect(chips).toEqual(['Quản trị đơn vị – UBND xã Giao Thủy', 'Học viên – UBND xã Giao Thủy']);
  });
});
