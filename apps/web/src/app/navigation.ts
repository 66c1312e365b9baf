import { NavItem } from '@cds/web/core';

/** The side navigation. A module adds its entry here, with the capability (access map) it needs. */
export const APP_NAV_ITEMS: readonly NavItem[] = [
  { labelKey: 'nav.dashboard', icon: 'dashboard', route: '/', exact: true },
  { labelKey: 'nav.learn', icon: 'school', route: '/learn' },
  { labelKey: 'nav.profile', icon: 'person', route: '/profile' },
  { labelKey: 'nav.myCertificates', icon: 'picture_as_pdf', route: '/certification/mine' },
  { labelKey: 'nav.catalogue', icon: 'menu_book', route: '/catalogue', capability: 'catalogue.write' },
  { labelKey: 'nav.grading', icon: 'check_circle', route: '/assessment/grading', capability: 'grading.do' },
  { labelKey: 'nav.classes', icon: 'event_note', route: '/classes', capability: 'classes.read' },
  { labelKey: 'nav.plans', icon: 'assignment', route: '/plans', capability: 'plan.read' },
  { labelKey: 'nav.enrolment', icon: 'done_all', route: '/enrolment', capability: 'enrolment.read' },
  { labelKey: 'nav.org', icon: 'account_tree', route: '/org', capability: 'org.read' },
  { labelKey: 'nav.people', icon: 'groups', route: '/people', capability: 'people.read' },
  { labelKey: 'nav.coreTeam', icon: 'verified_user', route: '/core-team', capability: 'coreTeam.read' },
  { labelKey: 'nav.certificateRegister', icon: 'description', route: '/certification/register', capability: 'certificates.read' },
  { labelKey: 'nav.audit', icon: 'history', route: '/audit', capability: 'audit.read' },
];
