import { InjectionToken } from '@angular/core';
import { canWith, Capability, Role } from '@cds/contracts';

/** One entry of the side navigation. Modules add entries to the app's list. */
export interface NavItem {
  /** Translation key of the label. */
  labelKey: string;
  /** Name of an icon registered with MatIconRegistry (see provideAppIcons). */
  icon: string;
  route: string;
  /** What the person must be able to do to see the entry (the access map); absent = every signed-in person. */
  capability?: Capability;
  /** Highlight only on an exact URL match (for '/'). */
  exact?: boolean;
}

export const NAV_ITEMS = new InjectionToken<readonly NavItem[]>('NAV_ITEMS', { factory: () => [] });

/** Entries the person may see, in configured order. */
export function visibleNavItems(items: readonly NavItem[], roles: readonly Role[]): NavItem[] {
  return items.filter((item) => !item.capability || canWith(roles, item.capability));
}
