import type { Role } from './roles';

/**
 * Who may do what: the one access map. The API's `@Can(...)` (and the scope checks behind it),
 * the web route guards and the navigation all read it, so a role gains or loses a capability in
 * one place. Roles are always granted on an org-unit subtree; the map says which roles count, the
 * scope check says where.
 */
export const ACCESS = {
  /** Read the organisation tree and a unit's history. */
  'org.read': ['admin', 'unit_admin', 'certifier', 'trainer'],
  /** Create, rename, move, end and merge units. */
  'org.write': ['admin'],
  /** Read people, their posts and accounts. */
  'people.read': ['admin', 'unit_admin', 'certifier'],
  /** Create, change, deactivate and import people; create accounts. */
  'people.write': ['admin', 'unit_admin'],
  /** Grant and remove roles. */
  'people.grant': ['admin'],
  /** Read core-team posts, holders and coverage. */
  'coreTeam.read': ['admin', 'unit_admin', 'certifier'],
  /** Create and end posts, assign, end and transfer holders. */
  'coreTeam.write': ['admin', 'unit_admin'],
  /** Author courses: drafts, versions, modules, lessons, files; publish. (Every signed-in person reads published courses.) */
  'catalogue.write': ['trainer', 'admin'],
  /** Read the yearly training plans and their progress. */
  'plan.read': ['admin', 'unit_admin', 'certifier', 'trainer'],
  /** Create plans and set their courses and targets. */
  'plan.write': ['admin', 'certifier'],
  /** See classes, their sessions and participants (in scope, or as a class's trainer). */
  'classes.read': ['admin', 'unit_admin', 'certifier', 'trainer'],
  /** Create classes and schedule their sessions. */
  'classes.write': ['admin', 'certifier', 'trainer'],
  /** See the nomination and approval queues (of one's subtree). */
  'enrolment.read': ['admin', 'unit_admin', 'certifier'],
  /** Nominate people of one's subtree to a class. */
  'enrolment.nominate': ['admin', 'unit_admin'],
  /** Approve or reject nominations and requests of people in one's subtree. */
  'enrolment.decide': ['admin', 'certifier'],
  /** Take attendance (roll call, check-in display, sign-in sheets) as a class's trainer. */
  'attendance.take': ['admin', 'trainer'],
  /** Read a course's question bank (with the keys) and export it. */
  'questions.read': ['trainer', 'admin'],
  /** Write questions (each edit a new version) and import them. */
  'questions.write': ['trainer', 'admin'],
  /** Set up quizzes of a course (questions, timing, attempts, review policy), overrides and regrades. */
  'quizzes.write': ['trainer', 'admin'],
  /** Grade essays and read results of the classes one trains (an admin: of classes in scope). */
  'grading.do': ['trainer', 'admin'],
  /** See the completion board of classes (a trainer: the classes they train). */
  'completion.read': ['admin', 'certifier', 'trainer'],
  /** Set a class's completion rules and sign off learners' practical work, as the class's trainer. */
  'completion.signOff': ['admin', 'trainer'],
  /** Waive completion rules for a learner, with a reason; issue decisions, revoke and re-issue certificates; record external training. */
  'certificates.issue': ['certifier'],
  /** Read the certificate register and external training (of one's subtree) and export them. */
  'certificates.read': ['admin', 'certifier', 'unit_admin'],
  /** Rotate the key that signs certificates' credentials (older keys keep verifying). */
  'keys.rotate': ['admin'],
  /** Read the audit log. */
  'audit.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof ACCESS;

/** The roles that hold a capability. */
export const rolesFor = (capability: Capability): readonly Role[] => ACCESS[capability];

/** Whether any of these roles holds the capability (anywhere; the API also checks where). */
export const canWith = (roles: readonly Role[], capability: Capability): boolean =>
  roles.some((r) => (ACCESS[capability] as readonly Role[]).includes(r));
