import { NavItem } from '@cds/web/core';

/** The side navigation. A module adds its entry here, with the roles that may see it. */
export const APP_NAV_ITEMS: readonly NavItem[] = [
  { labelKey: 'nav.dashboard', icon: 'dashboard', route: '/', exact: true },
  { labelKey: 'nav.profile', icon: 'person', route: '/profile' },
  { labelKey: 'nav.audit', icon: 'history', route: '/audit', roles: ['admin'] },
];
