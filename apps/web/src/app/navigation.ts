import { NavItem } from '@cds/web/core';

/** The side navigation. A module adds its entry here, with the roles that may see it. */
export const APP_NAV_ITEMS: readonly NavItem[] = [
  { labelKey: 'nav.dashboard', icon: 'dashboard', route: '/', exact: true },
  { labelKey: 'nav.profile', icon: 'person', route: '/profile' },
  { labelKey: 'org.title', icon: 'account_tree', route: '/org', roles: ['admin', 'unit_admin', 'certifier', 'trainer'] },
  { labelKey: 'people.title', icon: 'groups', route: '/people', roles: ['admin', 'unit_admin', 'certifier'] },
  { labelKey: 'coreTeam.title', icon: 'verified_user', route: '/core-team', roles: ['admin', 'unit_admin', 'certifier'] },
  { labelKey: 'nav.audit', icon: 'history', route: '/audit', roles: ['admin'] },
];
