import { HttpStatus } from '@nestjs/common';
import { ACCESS, type ClassState, type Role, type SessionDto } from '@cds/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { coversPath, type Principal } from '@cds/api/authz';
import { refuse, todayInVietnam } from '@cds/api/common';
import { OrgUnit } from '@cds/org/api';
import { ClassSession, ClassTrainer, TrainingClass } from '../delivery.entities';

/** Who may take attendance besides the class's own trainers: an administrator whose scope covers the organiser. */
export const ATTENDANCE_ADMINS: readonly Role[] = ACCESS['attendance.take'].filter((r) => r === 'admin');
/** Who may read a class's attendance besides its trainers: staff reading classes in scope. */
export const ATTENDANCE_READERS: readonly Role[] = ACCESS['classes.read'];

/** The enrolment states that appear on a roll call and in the attendance sheet. */
export const PARTICIPANT_STATES = ['enrolled', 'completed', 'failed'] as const;

export interface ClassContext {
  cls: TrainingClass;
  organiserPath: string;
  /** Whether the caller is one of the class's trainers. */
  isTrainer: boolean;
}

export const toSessionDto = (s: ClassSession): SessionDto => ({
  id: s.id,
  classId: s.classId,
  title: s.title,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  place: s.place,
  onlineUrl: s.onlineUrl,
});

/** A class's state from its dates, as of today in Vietnam. */
export function classState(cls: { cancelled: boolean | number; startDate: string; endDate: string }, today = todayInVietnam()): ClassState {
  if (cls.cancelled) return 'cancelled';
  if (today < cls.startDate) return 'upcoming';
  if (today > cls.endDate) return 'finished';
  return 'running';
}

/** A class with its organiser's path and whether the caller trains it, in one statement; 404 when there is no such class. */
export async function loadClassContext(db: DataSource | EntityManager, classId: number, personId: number): Promise<ClassContext> {
  const { entities, raw } = await db
    .getRepository(TrainingClass)
    .createQueryBuilder('c')
    .innerJoin(OrgUnit, 'u', 'u.id = c.organiserUnitId')
    .leftJoin(ClassTrainer, 'ct', 'ct.classId = c.id AND ct.personId = :personId', { personId })
    .addSelect('u.path', 'organiser_path')
    .addSelect('ct.personId', 'trainer_person_id')
    .where('c.id = :classId', { classId })
    .getRawAndEntities<{ organiser_path: string; trainer_person_id: number | null }>();
  if (!entities.length) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
  return { cls: entities[0], organiserPath: raw[0].organiser_path, isTrainer: raw[0].trainer_person_id != null };
}

/** A session with its class context; 404 when there is no such session. */
export async function loadSessionContext(db: DataSource | EntityManager, sessionId: number, personId: number): Promise<ClassContext & { session: ClassSession }> {
  const session = await db.getRepository(ClassSession).findOneBy({ id: sessionId });
  if (!session) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
  return { session, ...(await loadClassContext(db, session.classId, personId)) };
}

/** Taking attendance: a trainer of the class, or an administrator whose scope covers the organising unit. */
export function assertMayTakeAttendance(principal: Principal, ctx: ClassContext) {
  if (ctx.isTrainer || coversPath(principal, ATTENDANCE_ADMINS, ctx.organiserPath)) return;
  throw refuse(HttpStatus.FORBIDDEN, 'attendance.not_trainer');
}

/** Reading a class's attendance: its trainers, or staff with classes.read whose scope covers the organiser. */
export function assertMayReadAttendance(principal: Principal, ctx: ClassContext) {
  if (ctx.isTrainer || coversPath(principal, ATTENDANCE_READERS, ctx.organiserPath)) return;
  throw refuse(HttpStatus.FORBIDDEN, 'auth.out_of_scope');
}
