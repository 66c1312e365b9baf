import type { IsoDate } from './org';
import type { Role, RoleGrant } from './roles';

export interface PersonSummary {
  id: number;
  fullName: string;
  position: string | null;
  orgUnitId: number | null;
  orgUnitName: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
  hasAccount: boolean;
  /** Titles of the seats the person holds today. */
  currentSeats: string[];
}

export interface AssignmentDto {
  id: number;
  seatId: number;
  seatTitle: string;
  seatFunction: SeatFunction;
  personId: number;
  personName: string;
  /** The seat's unit, as it was named when the assignment started. */
  unitId: number;
  unitName: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  endReason: EndReason | null;
}

/** A role grant as an administrator manages it. */
export interface RoleGrantDetail extends RoleGrant {
  id: number;
  grantedAt: string;
}

export interface PersonDetail extends PersonSummary {
  account: { email: string; active: boolean; roles: RoleGrantDetail[] } | null;
  /** Newest first. */
  assignments: AssignmentDto[];
}

/** `GET /api/people?q=&unitId=&subunits=true&active=true&limit=&cursor=` */
export interface PeopleQuery {
  q?: string;
  unitId?: number;
  subunits?: boolean;
  active?: boolean;
  limit?: number;
  cursor?: string;
}

export interface CreatePersonRequest {
  fullName: string;
  position?: string | null;
  orgUnitId: number;
  email?: string | null;
  phone?: string | null;
}

export type UpdatePersonRequest = Partial<CreatePersonRequest>;

/** `POST /api/people/:id/roles` (admin): grant a role on a unit subtree. */
export interface GrantRoleRequest {
  role: Role;
  orgUnitId: number;
}

/** `POST /api/people/:id/deactivate`: the day they left (default today) and why; their posts end on it. */
export interface DeactivatePersonRequest {
  date?: IsoDate;
  reason?: EndReason;
}

export interface CreateAccountResponse {
  email: string;
  /** Shown once to the administrator, who hands it over; the person changes it at first sign-in. */
  temporaryPassword: string;
}

// ---- import -------------------------------------------------------------------------------

/** Columns of the import template, in order (the header row is in Vietnamese). */
export const IMPORT_COLUMNS = [
  { key: 'fullName', header: 'Họ và tên', required: true },
  { key: 'position', header: 'Chức vụ', required: false },
  { key: 'unitCode', header: 'Mã đơn vị', required: false },
  { key: 'unitName', header: 'Tên đơn vị', required: false },
  { key: 'email', header: 'Email', required: false },
  { key: 'phone', header: 'Điện thoại', required: false },
  { key: 'seatFunction', header: 'Vị trí đội nòng cốt', required: false },
  { key: 'startDate', header: 'Ngày bắt đầu', required: false },
] as const;
export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

export interface ImportRowProblem {
  /** 1-based row number in the sheet (the header is row 1). */
  row: number;
  column: ImportColumnKey | null;
  /** Stable code, e.g. `import.unknown_unit`; `message` is already in the caller's language. */
  code: string;
  message: string;
}

export type ImportJobStatus = 'validating' | 'invalid' | 'importing' | 'done' | 'failed';

export interface ImportJobDto {
  id: number;
  fileName: string;
  /** true for a preview: nothing is written whatever the outcome. */
  dryRun: boolean;
  status: ImportJobStatus;
  totalRows: number;
  processedRows: number;
  problems: ImportRowProblem[];
  createdPeople: number;
  createdAssignments: number;
  createdAt: string;
  finishedAt: string | null;
}

// ---- core team ----------------------------------------------------------------------------

export const SEAT_FUNCTIONS = [
  'steering_committee_member',
  'working_group_member',
  'department_cds_lead',
  'commune_cds_specialist',
  'community_tech_team_lead',
] as const;
export type SeatFunction = (typeof SEAT_FUNCTIONS)[number];

/** The Vietnamese name of each post function (the default title of a new post, the import's vocabulary). */
export const SEAT_FUNCTION_LABELS: Record<SeatFunction, string> = {
  steering_committee_member: 'Thành viên Ban Chỉ đạo CĐS',
  working_group_member: 'Thành viên Tổ công tác giúp việc',
  department_cds_lead: 'Lãnh đạo phụ trách CĐS',
  commune_cds_specialist: 'Công chức phụ trách CĐS cấp xã',
  community_tech_team_lead: 'Tổ trưởng Tổ công nghệ số cộng đồng',
};

export const END_REASONS = ['transfer', 'retirement', 'resignation', 'reorganisation', 'dismissal', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export interface CourseRef {
  id: number;
  code: string;
  title: string;
}

export interface SeatDto {
  id: number;
  orgUnitId: number;
  orgUnitName: string;
  function: SeatFunction;
  title: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  qualifyingCourses: CourseRef[];
  /** Holder today (or as of the date asked). */
  holder: { personId: number; fullName: string; since: IsoDate; assignmentId: number } | null;
}

export interface CreateSeatRequest {
  orgUnitId: number;
  function: SeatFunction;
  title?: string;
  validFrom: IsoDate;
  qualifyingCourseIds: number[];
}

export interface AssignRequest {
  personId: number;
  startDate: IsoDate;
}

export interface EndAssignmentRequest {
  endDate: IsoDate;
  reason: EndReason;
}

/** Moves a person from the seat they hold to another, in one step: one ends where the other starts. */
export interface TransferRequest {
  personId: number;
  fromSeatId: number;
  toSeatId: number;
  date: IsoDate;
}

export type CoverageState = 'covered' | 'unqualified' | 'vacant';

export interface SeatCoverage {
  seatId: number;
  title: string;
  function: SeatFunction;
  orgUnitId: number;
  orgUnitName: string;
  state: CoverageState;
  holder: { personId: number; fullName: string } | null;
}

/** How far ahead coverage flags a certificate that expires, for retraining. */
export const RETRAIN_WINDOW_DAYS = 90;

/** `GET /api/core-team/coverage?unitId=&asOf=` */
export interface CoverageReport {
  asOf: IsoDate;
  unitId: number;
  totals: Record<CoverageState, number>;
  seats: SeatCoverage[];
  /** Holders without a qualifying valid certificate, with the courses any of which would qualify them. */
  /**
   * Holders to (re)train: those without a valid qualifying certificate, and those whose certificate
   * expires within `RETRAIN_WINDOW_DAYS` of the date (`expiresOn` set: covered today, not for long).
   */
  needTraining: { personId: number; fullName: string; orgUnitName: string; seatTitle: string; courses: CourseRef[]; expiresOn: IsoDate | null }[];
}
