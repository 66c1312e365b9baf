export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.refresh_reuse',
  'auth.password_changed',
  'role.granted',
  'role.revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number] | (string & {});

export interface AuditEntry {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  actorId: number | null;
  actorEmail: string | null;
  action: AuditAction;
  targetType: string | null;
  targetId: string | null;
  /** What the target was called when the act happened (a unit's or a person's name, an email). */
  targetLabel: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}
