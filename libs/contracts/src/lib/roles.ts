/** Roles of the platform. A role is always granted on an org-unit subtree. */
export const ROLES = ['learner', 'trainer', 'unit_admin', 'certifier', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  /** Root of the subtree the role applies to. */
  orgUnitId: number;
  orgUnitName: string;
}
