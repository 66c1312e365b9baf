import type { Role } from '@cds/contracts';

export interface Grant {
  role: Role;
  orgUnitId: number;
  orgUnitName: string;
  /** Materialised path of the granted unit; the subtree is every unit whose path starts with it. */
  orgUnitPath: string;
  /**
   * The granted subtree plus the subtrees of every unit merged into it (transitively), so the
   * successor of a merger sees its predecessors' history. Defaults to [orgUnitPath].
   */
  scopePaths?: string[];
}

export const scopePathsOf = (grant: Grant) => grant.scopePaths ?? [grant.orgUnitPath];

/** The signed-in caller, loaded from the database on every request (never trusted from the token alone). */
export interface Principal {
  accountId: number;
  personId: number;
  email: string;
  fullName: string;
  /** Refresh-token family of this session. */
  sessionId: string;
  grants: Grant[];
}

export function hasRole(principal: Principal, roles: readonly Role[]): boolean {
  return principal.grants.some((g) => roles.includes(g.role));
}

/** Whether a unit (by its path) lies inside a subtree the caller holds one of `roles` on. */
export function coversPath(principal: Principal, roles: readonly Role[], unitPath: string): boolean {
  return principal.grants.some((g) => roles.includes(g.role) && scopePathsOf(g).some((p) => unitPath.startsWith(p)));
}
