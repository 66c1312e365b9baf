import type { TopicArea } from './catalogue';
import type { IsoDate } from './org';

// ---- delivery: yearly plan, classes, sessions, enrolment, learning, attendance ------------

/** The tiers a plan sets targets for (the unit kinds group into them). */
export const PLAN_TIERS = ['province', 'department', 'district', 'commune'] as const;
export type PlanTier = (typeof PLAN_TIERS)[number];

export interface PlanItemDto {
  id: number;
  courseId: number;
  courseCode: string;
  courseTitle: string;
  topicArea: TopicArea;
  plannedClasses: number;
  /** People to train, per tier. */
  targets: Record<PlanTier, number>;
  /** Delivered so far: classes run (started) this year, people completed per tier. */
  deliveredClasses: number;
  completed: Record<PlanTier, number>;
  note: string;
}

export interface PlanDto {
  id: number;
  year: number;
  title: string;
  items: PlanItemDto[];
}

export interface CreatePlanRequest {
  year: number;
  title: string;
}
export interface PlanItemRequest {
  courseId: number;
  plannedClasses: number;
  targets: Record<PlanTier, number>;
  note: string;
}

export const CLASS_MODES = ['online', 'in_person', 'blended'] as const;
export type ClassMode = (typeof CLASS_MODES)[number];

/** Derived from the dates: upcoming (not started), running, finished; or cancelled. */
export const CLASS_STATES = ['upcoming', 'running', 'finished', 'cancelled'] as const;
export type ClassState = (typeof CLASS_STATES)[number];

export interface PersonRef {
  personId: number;
  fullName: string;
}

export interface ClassSummary {
  id: number;
  code: string;
  title: string;
  courseId: number;
  courseVersionId: number;
  courseTitle: string;
  mode: ClassMode;
  state: ClassState;
  startDate: IsoDate;
  endDate: IsoDate;
  enrolmentDeadline: IsoDate;
  place: string;
  capacity: number;
  enrolled: number;
  waitlisted: number;
  /** Whether a nomination or a request to join is still accepted (before the deadline, not cancelled). */
  open: boolean;
  organiserUnitId: number;
  organiserUnitName: string;
  trainers: PersonRef[];
}

export interface SessionDto {
  id: number;
  classId: number;
  title: string;
  /** ISO 8601 instants (UTC); shown in Asia/Ho_Chi_Minh. */
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string | null;
}

export interface ClassDetail extends ClassSummary {
  sessions: SessionDto[];
}

export interface CreateClassRequest {
  courseId: number;
  code: string;
  title: string;
  mode: ClassMode;
  startDate: IsoDate;
  endDate: IsoDate;
  enrolmentDeadline: IsoDate;
  place: string;
  capacity: number;
  organiserUnitId: number;
  trainerIds: number[];
}
export interface SessionRequest {
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string | null;
}

/**
 * An enrolment's state. Approval enrols the person at once when the class has a free place and
 * puts them on the waiting list otherwise; a withdrawal moves the first waiting person up.
 */
export const ENROLMENT_STATES = ['nominated', 'requested', 'waitlisted', 'enrolled', 'rejected', 'withdrawn', 'completed', 'failed'] as const;
export type EnrolmentState = (typeof ENROLMENT_STATES)[number];

export interface EnrolmentDto {
  id: number;
  classId: number;
  classCode: string;
  classTitle: string;
  personId: number;
  fullName: string;
  orgUnitName: string;
  state: EnrolmentState;
  /** Who nominated (null for a learner's own request). */
  nominatedBy: PersonRef | null;
  decidedBy: PersonRef | null;
  reason: string | null;
  /** Place on the waiting list, 1-based, while waitlisted. */
  waitlistPosition: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface NominateRequest {
  personIds: number[];
}
export interface NominateResponse {
  nominated: EnrolmentDto[];
}
export interface DecideRequest {
  decision: 'approve' | 'reject';
  /** Required to reject. */
  reason?: string;
}
export interface WithdrawRequest {
  reason: string;
}

// ---- learning ----

export interface LearnerClassCard {
  enrolmentId: number;
  classId: number;
  classCode: string;
  classTitle: string;
  courseTitle: string;
  mode: ClassMode;
  state: EnrolmentState;
  classState: ClassState;
  startDate: IsoDate;
  endDate: IsoDate;
  lessonsDone: number;
  lessonCount: number;
  /** 0–100. */
  progress: number;
  nextSession: SessionDto | null;
  /** The lesson to open next: where they left off, or the first not done. */
  nextLesson: { lessonId: number; title: string } | null;
  /** Attended sessions ÷ sessions held so far, 0–100; null before the first session. */
  attendanceRate: number | null;
}

export interface LearnerHome {
  classes: LearnerClassCard[];
}

export interface ClassOutline {
  classId: number;
  enrolmentId: number;
  courseTitle: string;
  modules: { id: number; title: string; lessons: { id: number; title: string; minutes: number; done: boolean }[] }[];
  lastLessonId: number | null;
}

export interface LessonView {
  classId: number;
  lesson: { id: number; title: string; minutes: number; html: string; videoUrl: string | null; files: { id: number; fileName: string; contentType: string; size: number }[] };
  moduleTitle: string;
  done: boolean;
  /** Where the learner left off in this lesson, 0–1 of its length. */
  position: number;
  previousLessonId: number | null;
  nextLessonId: number | null;
}

export interface LessonProgressRequest {
  /** 0–1 of the lesson's length read. */
  position: number;
  done: boolean;
}

// ---- attendance ----

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_METHODS = ['roll_call', 'qr', 'sheet'] as const;
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number];

export interface RollCallLine {
  enrolmentId: number;
  personId: number;
  fullName: string;
  orgUnitName: string;
  status: AttendanceStatus | null;
  method: AttendanceMethod | null;
  at: string | null;
}
export interface RollCall {
  session: SessionDto;
  lines: RollCallLine[];
}
export interface RollCallRequest {
  marks: { enrolmentId: number; status: AttendanceStatus }[];
}

/** The code the trainer's screen shows; it changes every `periodSeconds`. */
export interface CheckInCode {
  sessionId: number;
  code: string;
  /** The URL the QR code carries: the learner's check-in page with the code (`/learn/classes/:classId/check-in?code=`). */
  url: string;
  /** The QR code of `url`, as an SVG document (made on the server with `qrcode`). */
  qrSvg: string;
  /** When this code stops being shown (ISO); the screen asks for the next one then. */
  refreshAt: string;
  periodSeconds: number;
  checkedIn: number;
  enrolled: number;
}
export interface CheckInRequest {
  code: string;
}
export interface CheckInResponse {
  sessionId: number;
  sessionTitle: string;
  status: AttendanceStatus;
  at: string;
}

export interface SignInSheetDto {
  id: number;
  sessionId: number;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: PersonRef;
  uploadedAt: string;
  confirmedBy: PersonRef | null;
  confirmedAt: string | null;
}
export interface ConfirmSheetRequest {
  /** Enrolments the trainer confirms were present according to the sheet. */
  presentEnrolmentIds: number[];
}

export interface AttendanceSummaryLine {
  enrolmentId: number;
  fullName: string;
  orgUnitName: string;
  /** Per held session, in session order. */
  marks: (AttendanceStatus | null)[];
  /** (present + late) ÷ held sessions, 0–100. */
  rate: number;
}
export interface AttendanceSummary {
  sessions: SessionDto[];
  lines: AttendanceSummaryLine[];
}
