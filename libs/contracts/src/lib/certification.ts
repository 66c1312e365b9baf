// ---- certification: completion, decisions, certificates, verification, external training ----

/** What a class's learners must do to complete it. */
export interface CompletionRules {
  /** Every lesson of the class's course version completed. */
  allLessons: boolean;
  /** Every published quiz of the class passed. */
  allQuizzes: boolean;
  /** Attendance of the sessions held (present or late; excused sessions left out), percent; null: not required. */
  minAttendance: number | null;
  /** The quiz that is the final exam (passing it is required on its own); null: none. */
  finalQuizId: number | null;
  /** The trainer signs off each learner's practical work. */
  signOff: boolean;
}

/** Why a learner has not completed yet, one entry per unmet rule. */
export const COMPLETION_GAPS = ['lessons', 'quizzes', 'attendance', 'final_exam', 'sign_off'] as const;
export type CompletionGap = (typeof COMPLETION_GAPS)[number];

/** One learner's row on the class completion board. */
export interface CompletionRow {
  personId: number;
  fullName: string;
  unitName: string;
  lessonsDone: number;
  lessonsTotal: number;
  quizzesPassed: number;
  quizzesTotal: number;
  attendance: number | null;
  finalPassed: boolean | null;
  signedOff: boolean;
  complete: boolean;
  gaps: CompletionGap[];
  /** A certifier's exception, when the rules were waived for this learner. */
  exception: { reason: string; by: string } | null;
  /** The learner's valid certificate from this class, once issued. */
  certificate: { id: number; publicCode: string; registerNumber: string } | null;
  evaluatedAt: string;
}

export interface CompletionBoard {
  classId: number;
  classCode: string;
  courseTitle: string;
  rules: CompletionRules;
  /** The quizzes of the class, for choosing the final exam. */
  quizzes: { id: number; title: string }[];
  rows: CompletionRow[];
  /** What the caller may do here. */
  can: { setRules: boolean; signOff: boolean; except: boolean; issue: boolean };
}

/** The learner's own view of their completion of a class. */
export interface MyCompletion {
  classId: number;
  classCode: string;
  courseTitle: string;
  rules: CompletionRules;
  row: CompletionRow;
}

export interface SignOffRequest {
  signedOff: boolean;
}

export interface CompletionExceptionRequest {
  /** Why the rules are waived (required, audited); an empty reason removes the exception. */
  reason: string;
}

/** Issue a certification decision for some completed learners of a class. */
export interface IssueDecisionRequest {
  classId: number;
  /** The decision's number as written on it, e.g. "125/QĐ-SKHCN"; unique within the year of `decidedOn`. */
  number: string;
  /** YYYY-MM-DD. */
  decidedOn: string;
  signerName: string;
  signerTitle: string;
  personIds: number[];
  /** How long the certificates are valid, in months; null: no expiry. */
  validityMonths: number | null;
}

export interface DecisionSummary {
  id: number;
  number: string;
  decidedOn: string;
  classId: number;
  classCode: string;
  courseTitle: string;
  signerName: string;
  signerTitle: string;
  certificateCount: number;
}

export const CERTIFICATE_STATES = ['valid', 'expired', 'revoked', 'superseded'] as const;
/** `expired` is derived from the expiry date; the others are stored. */
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/** A certificate as its holder, a certifier and the register see it. */
export interface CertificateDto {
  id: number;
  publicCode: string;
  registerNumber: string;
  state: CertificateState;
  holderName: string;
  holderUnit: string;
  personId: number;
  courseCode: string;
  courseTitle: string;
  hours: number;
  classCode: string;
  issuedOn: string;
  expiresOn: string | null;
  decision: { id: number; number: string; decidedOn: string };
  signer: { name: string; title: string };
  revokedReason: string | null;
  /** The public verification page. */
  verifyUrl: string;
  /** The certificate that replaced this one, and the one this one replaced. */
  supersededBy: { id: number; publicCode: string } | null;
  replaces: { id: number; publicCode: string } | null;
}

export interface RevokeRequest {
  reason: string;
}

export interface ReissueRequest {
  /** Why (a retake, a corrected name…); required. */
  reason: string;
  /** Corrections to what is printed; omitted: as today in the records. */
  holderName?: string;
  holderUnit?: string;
}

/** What anyone sees at /verify/:code, without signing in. Nothing beyond what the paper shows. */
export interface VerificationResult {
  code: string;
  state: CertificateState;
  /** The stored credential's signature checks out with the platform's published keys. */
  signatureValid: boolean;
  holderName: string;
  holderUnit: string;
  courseCode: string;
  courseTitle: string;
  hours: number;
  classCode: string;
  issuedOn: string;
  expiresOn: string | null;
  decision: { number: string; decidedOn: string };
  signer: { name: string; title: string };
  issuer: string;
  registerNumber: string;
  revokedOn: string | null;
  revokedReason: string | null;
  /** When re-issued: the code of the certificate that replaces this one. */
  supersededBy: string | null;
}

/** The answer to an uploaded credential (JSON) or PDF. */
export interface UploadVerification {
  /** Signed by this platform and unaltered. */
  authentic: boolean;
  /** Why not, in the reader's words (Vietnamese, or English with ?lang=en). */
  reason: string | null;
  /** The certificate it is, when authentic and known; its current state may be revoked or expired. */
  certificate: VerificationResult | null;
}

/** Training done elsewhere, recorded by a certifier. */
export interface ExternalTrainingDto {
  id: number;
  personId: number;
  fullName: string;
  unitName: string;
  title: string;
  issuingBody: string;
  completedOn: string;
  hours: number;
  evidenceName: string;
  /** The platform course it counts as for posts' qualification; null: recorded only. */
  countsFor: { id: number; code: string; title: string } | null;
  note: string;
  createdAt: string;
}

/** A certificate whose expiry falls inside the window, with its holder to retrain. */
export interface ExpiringCertificate {
  certificate: CertificateDto;
  daysLeft: number;
}

// ---- import of training done elsewhere (POST /api/external-trainings/import?dryRun=) ----

export interface ExternalImportProblem {
  /** 1-based row of the sheet (the header is row 1; 0: the request itself). */
  row: number;
  /** The column's Vietnamese header, when the problem is in one cell. */
  column: string | null;
  /** Stable code; `message` is in the caller's language. */
  code: string;
  message: string;
}

export interface ExternalImportRow {
  row: number;
  personId: number;
  fullName: string;
  title: string;
  issuingBody: string;
  completedOn: string;
  hours: number;
  countsFor: { id: number; code: string; title: string } | null;
  note: string;
}

export interface ExternalImportReport {
  /** true: a preview, nothing was written whatever the outcome. */
  dryRun: boolean;
  fileName: string;
  evidenceName: string;
  /** Data rows in the sheet (blank rows left out). */
  totalRows: number;
  /** Every bad row with its reason; not empty → nothing was (or would be) written. */
  problems: ExternalImportProblem[];
  /** What the sheet records (all rows, when none is bad). */
  rows: ExternalImportRow[];
  /** Records written: 0 on a preview or when any row is bad. */
  imported: number;
  /** Of those, records that count for a course (a certificate row each). */
  counted: number;
}
