import { AuditLog } from '../audit/audit-log.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { RoleGrantEntity } from '../authz/role-grant.entity';
import { Course } from '../catalogue/course.entity';
import { Certificate } from '../certification/certificate.entity';
import { Assignment } from '../core-team/assignment.entity';
import { Seat, SeatCourse } from '../core-team/seat.entity';
import { OrgUnitSuccessor } from '../org/org-unit-successor.entity';
import { OrgUnitVersion } from '../org/org-unit-version.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Account } from '../people/account.entity';
import { ImportJob, ImportProblem } from '../people/import/import-job.entity';
import { Person } from '../people/person.entity';
import { Foundation1764403200000 } from './migrations/1764403200000-Foundation';
import { OrgHistoryPeopleCoreTeam1764489600000 } from './migrations/1764489600000-OrgHistoryPeopleCoreTeam';

/** Entities and migrations as class arrays (not globs), so the webpack bundle carries them. */
export const ENTITIES = [
  OrgUnit,
  OrgUnitVersion,
  OrgUnitSuccessor,
  Person,
  Account,
  RoleGrantEntity,
  RefreshToken,
  AuditLog,
  Course,
  Certificate,
  Seat,
  SeatCourse,
  Assignment,
  ImportJob,
  ImportProblem,
];
export const MIGRATIONS = [Foundation1764403200000, OrgHistoryPeopleCoreTeam1764489600000];
