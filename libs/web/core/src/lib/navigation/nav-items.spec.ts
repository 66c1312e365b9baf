import { NavItem, visibleNavItems } from './nav-items';

const ITEMS: NavItem[] = [
  { labelKey: 'nav.dashboard', icon: 'dashboard', route: '/', exact: true },
  { labelKey: 'nav.org', icon: 'account_tree', route: '/org', capability: 'org.read' },
  { labelKey: 'nav.audit', icon: 'history', route: '/audit', capability: 'audit.read' },
  { labelKey: 'nav.people', icon: 'groups', route: '/people', capability: 'people.read' },
  { labelKey: 'nav.profile', icon: 'person', route: '/profile' },
];
const labels = (items: NavItem[]) => items.map((i) => i.labelKey);

describe('visibleNavItems', () => {
  it('shows a learner only the entries open to everyone', () => {
    expect(labels(visibleNavItems(ITEMS, ['learner']))).toEqual(['nav.dashboard', 'nav.profile']);
  });

  it('shows the audit log to an admin, in configured order', () => {
    expect(labels(visibleNavItems(ITEMS, ['admin']))).toEqual([
      'nav.dashboard',
      'nav.org',
      'nav.audit',
      'nav.people',
      'nav.profile',
    ]);
  });

  it('reads the access map: a trainer reads the organisation, not the people', () => {
    expect(labels(visibleNavItems(ITEMS, ['trainer']))).toEqual(['nav.dashboard', 'nav.org', 'nav.profile']);
  });

  it('combines the capabilities of every role a person holds', () => {
    expect(labels(visibleNavItems(ITEMS, ['trainer', 'unit_admin']))).toEqual([
      'nav.dashboard',
      'nav.org',
      'nav.people',
      'nav.profile',
    ]);
  });
});
