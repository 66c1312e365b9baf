import { Capability, CurrentUser, rolesFor } from '@cds/contracts';

export interface UnitChoice {
  id: number;
  name: string;
}

/** The units on which the person holds a role with the capability (each once), for a unit select. */
export function grantedUnits(user: CurrentUser | null, capability: Capability): UnitChoice[] {
  const roles = rolesFor(capability) as readonly string[];
  const units = new Map<number, string>();
  for (const g of user?.roles ?? []) {
    if (roles.includes(g.role) && !units.has(g.orgUnitId)) units.set(g.orgUnitId, g.orgUnitName);
  }
  return [...units].map(([id, name]) => ({ id, name }));
}
