import { InjectionToken } from '@angular/core';
import { Role } from '@cds/contracts';

/** One entry of the side navigation. Modules add entries to the app's list. */
export interface NavItem {
  /** Translation key of the label. */
  labelKey: string;
  /** Name of an icon registered with MatIconRegistry (see provideAppIcons). */
  icon: string;
  route: string;
  /** Roles that see the entry; absent or empty = every signed-in person. */
  roles?: readonly Role[];
  /** Highlight only on an exact URL match (for '/'). */
  exact?: boolean;
}

export const NAV_ITEMS = new InjectionToken<readonly NavItem[]>('NAV_ITEMS', { factory: () => [] });

/** Entries the person may see, in configured order. */
export function visibleNavItems(items: readonly NavItem[], roles: readonly Role[]): NavItem[] {
  return items.filter((item) => !item.roles?.length || item.roles.some((r) => roles.includes(r)));
}
