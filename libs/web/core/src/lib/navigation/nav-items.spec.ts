import { NavItem, visibleNavItems } from './nav-items';

const ITEMS: NavItem[] = [
  { labelKey: 'nav.dashboard', icon: 'dashboard', route: '/', exact: true },
  { labelKey: 'nav.grading', icon: 'grading', route: '/grading', roles: ['trainer'] },
  { labelKey: 'nav.audit', icon: 'history', route: '/audit', roles: ['admin'] },
  { labelKey: 'nav.people', icon: 'people', route: '/people', roles: ['unit_admin', 'admin'] },
  { labelKey: 'nav.profile', icon: 'person', route: '/profile', roles: [] },
];
const labels = (items: NavItem[]) => items.map((i) => i.labelKey);

describe('visibleNavItems', () => {
  it('shows a learner only the entries open to everyone', () => {
    expect(labels(visibleNavItems(ITEMS, ['learner']))).toEqual(['nav.dashboard', 'nav.profile']);
  });

  it('shows the audit log to an admin, in configured order', () => {
    expect(labels(visibleNavItems(ITEMS, ['admin']))).toEqual([
      'nav.dashboard',
      'nav.audit',
      'nav.people',
      'nav.profile',
    ]);
  });

  it('combines the entries of every role a person holds', () => {
    expect(labels(visibleNavItems(ITEMS, ['trainer', 'unit_admin']))).toEqual([
      'nav.dashboard',
      'nav.grading',
      'nav.people',
      'nav.profile',
    ]);
  });
});
