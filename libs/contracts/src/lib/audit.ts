/**
 * Every act the audit log records. The API's AuditService accepts only these, so a new act is
 * added here first (and named in the web app's audit words, which a spec checks against this list).
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.refresh_reuse',
  'auth.password_changed',
  'role.granted',
  'role.revoked',
  'org.created',
  'org.renamed',
  'org.moved',
  'org.ended',
  'org.merged',
  'people.created',
  'people.updated',
  'people.deactivated',
  'people.account_created',
  'people.imported',
  'core_team.seat_created',
  'core_team.seat_ended',
  'core_team.assigned',
  'core_team.assignment_ended',
  'catalogue.course_created',
  'catalogue.course_published',
  'catalogue.file_refused',
  'plan.created',
  'plan.changed',
  'class.created',
  'class.changed',
  'enrolment.nominated',
  'enrolment.requested',
  'enrolment.approved',
  'enrolment.rejected',
  'enrolment.waitlisted',
  'enrolment.enrolled',
  'enrolment.withdrawn',
  'enrolment.refused',
  'attendance.marked',
  'attendance.check_in_refused',
  'attendance.sheet_uploaded',
  'attendance.sheet_confirmed',
  'assessment.question_saved',
  'assessment.questions_imported',
  'assessment.quiz_saved',
  'assessment.override_saved',
  'assessment.override_removed',
  'assessment.attempt_submitted',
  'assessment.attempt_refused',
  'assessment.response_graded',
  'assessment.quiz_regraded',
  'certification.rules_saved',
  'certification.signed_off',
  'certification.exception_set',
  'certification.decision_issued',
  'certification.certificate_revoked',
  'certification.certificate_reissued',
  'certification.external_recorded',
  'certification.external_counted',
  'certification.key_rotated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
