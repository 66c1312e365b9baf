import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { CurrentUser, Role } from '@cds/contracts';
import { AuthStore, NAV_ITEMS, NavItem, provideAppIcons, provideI18n } from '@cds/web/core';
import { ShellLayout } from './shell-layout';

const NAV: NavItem[] = [
  { labelKey: 'nav.dashboard', icon: 'dashboard', route: '/', exact: true },
  { labelKey: 'nav.profile', icon: 'person', route: '/profile' },
  { labelKey: 'nav.audit', icon: 'history', route: '/audit', capability: 'audit.read' },
];

function fakeStore(roles: Role[]) {
  const user = signal<CurrentUser>({
    id: 1,
    email: 'x@demo.cds.vn',
    fullName: 'Lê Thị Thu',
    position: null,
    orgUnitId: 1,
    orgUnitName: 'Tỉnh Nam Định',
    roles: roles.map((role) => ({ role, orgUnitId: 1, orgUnitName: 'Tỉnh Nam Định' })),
  });
  return {
    user,
    isAuthenticated: signal(true),
    roles: computed(() => user().roles.map((g) => g.role)),
    logout: jest.fn(),
  };
}

async function render(roles: Role[]) {
  TestBed.configureTestingModule({
    imports: [ShellLayout],
    providers: [
      provideI18n(),
      provideAppIcons(),
      provideRouter([]),
      provideNoopAnimations(),
      { provide: AuthStore, useValue: fakeStore(roles) },
      { provide: NAV_ITEMS, useValue: NAV },
    ],
  });
  const fixture = TestBed.createComponent(ShellLayout);
  await fixture.whenStable();
  const el: HTMLElement = fixture.nativeElement;
  return [...el.querySelectorAll('nav a')].map((a) => a.textContent?.trim());
}

describe('ShellLayout', () => {
  it('shows the audit log entry to an admin', async () => {
    expect(await render(['admin'])).toEqual(['Tổng quan', 'Hồ sơ cá nhân', 'Nhật ký hệ thống']);
  });

  it('hides the audit log entry from a learner', async () => {
    expect(await render(['learner', 'trainer'])).toEqual(['Tổng quan', 'Hồ sơ cá nhân']);
  });
});
