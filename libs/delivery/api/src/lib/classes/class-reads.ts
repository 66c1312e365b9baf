import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClassMode, ClassState, EnrolmentState } from '@cds/contracts';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { parseDbDate } from '@cds/audit/api';
import { refuse, todayInVietnam } from '@cds/api/common';
import { CourseVersion } from '@cds/catalogue/api';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { ClassSession, ClassTrainer, Enrolment, TrainingClass } from '../delivery.entities';
import type { ClassSummaryResponse, EnrolmentResponse, PersonRefDto, SessionResponse } from './classes.dto';

/** A class's state on a day: cancelled, or from its dates. */
export function classState(c: Pick<TrainingClass, 'cancelled' | 'startDate' | 'endDate'>, today = todayInVietnam()): ClassState {
  if (c.cancelled) return 'cancelled';
  if (today < c.startDate) return 'upcoming';
  if (today > c.endDate) return 'finished';
  return 'running';
}

/** Whether nominations and requests to join are still taken: not cancelled, and today is on or before the deadline. */
export const isOpen = (c: Pick<TrainingClass, 'cancelled' | 'enrolmentDeadline'>, today = todayInVietnam()) => !c.cancelled && today <= c.enrolmentDeadline;

/** SQL for the state filter of the class list (`c` is training_class); `:today` is bound by the caller. */
export const STATE_CONDITION: Record<ClassState, string> = {
  cancelled: 'c.cancelled = 1',
  upcoming: 'c.cancelled = 0 AND c.start_date > :today',
  running: 'c.cancelled = 0 AND c.start_date <= :today AND c.end_date >= :today',
  finished: 'c.cancelled = 0 AND c.end_date < :today',
};

/** The condition of an open class (`c` is training_class); `:today` is bound by the caller. */
export const OPEN_CONDITION = 'c.cancelled = 0 AND c.enrolment_deadline >= :today';

export const toSessionDto = (s: ClassSession): SessionResponse => ({
  id: Number(s.id),
  classId: Number(s.classId),
  title: s.title,
  startsAt: parseDbDate(s.startsAt).toISOString(),
  endsAt: parseDbDate(s.endsAt).toISOString(),
  place: s.place,
  onlineUrl: s.onlineUrl,
});

interface ClassRow {
  id: number;
  code: string;
  title: string;
  courseId: number;
  courseVersionId: number;
  courseTitle: string;
  mode: ClassMode;
  startDate: string;
  endDate: string;
  enrolmentDeadline: string;
  place: string;
  capacity: number;
  enrolled: number;
  waitlisted: number | string;
  cancelled: number | boolean;
  organiserUnitId: number;
  organiserUnitName: string;
}

interface EnrolmentRow {
  id: number;
  classId: number;
  classCode: string;
  classTitle: string;
  personId: number;
  fullName: string;
  orgUnitName: string | null;
  state: EnrolmentState;
  nominatedById: number | null;
  nominatedByName: string | null;
  decidedById: number | null;
  decidedByName: string | null;
  reason: string | null;
  waitlistPosition: number | string | null;
  createdAt: string | Date;
  updatedAt: string | Date;
}

/** The read side of classes and enrolments: summaries, sessions, trainers and enrolment lines, each in a few aggregated queries. */
@Injectable()
export class ClassReads {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A query over classes with everything a summary shows (`c` class, `v` its course version, `u` the organiser). */
  classQuery(manager: EntityManager = this.db.manager): SelectQueryBuilder<TrainingClass> {
    return manager
      .getRepository(TrainingClass)
      .createQueryBuilder('c')
      .innerJoin(CourseVersion, 'v', 'v.id = c.course_version_id')
      .innerJoin(OrgUnit, 'u', 'u.id = c.organiser_unit_id')
      .select([
        'c.id AS id',
        'c.code AS code',
        'c.title AS title',
        'c.course_id AS courseId',
        'c.course_version_id AS courseVersionId',
        'v.title AS courseTitle',
        'c.mode AS mode',
        'c.start_date AS startDate',
        'c.end_date AS endDate',
        'c.enrolment_deadline AS enrolmentDeadline',
        'c.place AS place',
        'c.capacity AS capacity',
        'c.enrolled_count AS enrolled',
        'c.cancelled AS cancelled',
        'c.organiser_unit_id AS organiserUnitId',
        'u.name AS organiserUnitName',
      ])
      .addSelect(`(SELECT COUNT(*) FROM enrolment w WHERE w.class_id = c.id AND w.state = 'waitlisted')`, 'waitlisted');
  }

  /** Runs a class query and adds the trainers. */
  async summaries(qb: SelectQueryBuilder<TrainingClass>, today = todayInVietnam()): Promise<ClassSummaryResponse[]> {
    const rows = await qb.getRawMany<ClassRow>();
    const trainers = await this.trainersOf(rows.map((r) => Number(r.id)));
    return rows.map((r) => {
      const c = { cancelled: Number(r.cancelled) === 1 || r.cancelled === true, startDate: r.startDate, endDate: r.endDate, enrolmentDeadline: r.enrolmentDeadline };
      return {
        id: Number(r.id),
        code: r.code,
        title: r.title,
        courseId: Number(r.courseId),
        courseVersionId: Number(r.courseVersionId),
        courseTitle: r.courseTitle,
        mode: r.mode,
        state: classState(c, today),
        startDate: r.startDate,
        endDate: r.endDate,
        enrolmentDeadline: r.enrolmentDeadline,
        place: r.place,
        capacity: Number(r.capacity),
        enrolled: Number(r.enrolled),
        waitlisted: Number(r.waitlisted),
        open: isOpen(c, today),
        organiserUnitId: Number(r.organiserUnitId),
        organiserUnitName: r.organiserUnitName,
        trainers: trainers.get(Number(r.id)) ?? [],
      };
    });
  }

  async summary(classId: number): Promise<ClassSummaryResponse> {
    const [summary] = await this.summaries(this.classQuery().where('c.id = :classId', { classId }));
    if (!summary) throw refuse(HttpStatus.NOT_FOUND, 'delivery.class_not_found');
    return summary;
  }

  async sessions(classId: number, manager: EntityManager = this.db.manager): Promise<SessionResponse[]> {
    const rows = await manager.getRepository(ClassSession).find({ where: { classId }, order: { startsAt: 'ASC', id: 'ASC' } });
    return rows.map(toSessionDto);
  }

  async trainersOf(classIds: number[]): Promise<Map<number, PersonRefDto[]>> {
    const map = new Map<number, PersonRefDto[]>();
    if (!classIds.length) return map;
    const rows = await this.db
      .getRepository(ClassTrainer)
      .createQueryBuilder('t')
      .innerJoin(Person, 'p', 'p.id = t.person_id')
      .select(['t.class_id AS classId', 'p.id AS personId', 'p.full_name AS fullName'])
      .where('t.class_id IN (:...classIds)', { classIds })
      .orderBy('p.sort_key', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getRawMany<{ classId: number; personId: number; fullName: string }>();
    for (const r of rows) map.set(Number(r.classId), [...(map.get(Number(r.classId)) ?? []), { personId: Number(r.personId), fullName: r.fullName }]);
    return map;
  }

  async isTrainer(classId: number, personId: number, manager: EntityManager = this.db.manager): Promise<boolean> {
    return (await manager.getRepository(ClassTrainer).countBy({ classId, personId })) > 0;
  }

  /**
   * Enrolment lines with names and waiting-list places (`e` enrolment, `c` class, `p` person, `u`
   * the person's unit). Callers add conditions and order.
   */
  enrolmentQuery(manager: EntityManager = this.db.manager): SelectQueryBuilder<Enrolment> {
    return manager
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .innerJoin(TrainingClass, 'c', 'c.id = e.class_id')
      .innerJoin(Person, 'p', 'p.id = e.person_id')
      .leftJoin(OrgUnit, 'u', 'u.id = p.org_unit_id')
      .leftJoin(Person, 'nb', 'nb.id = e.nominated_by')
      .leftJoin(Person, 'dp', 'dp.id = e.decided_by')
      .select([
        'e.id AS id',
        'e.class_id AS classId',
        'c.code AS classCode',
        'c.title AS classTitle',
        'e.person_id AS personId',
        'p.full_name AS fullName',
        'u.name AS orgUnitName',
        'e.state AS state',
        'e.nominated_by AS nominatedById',
        'nb.full_name AS nominatedByName',
        'e.decided_by AS decidedById',
        'dp.full_name AS decidedByName',
        'e.reason AS reason',
        'e.created_at AS createdAt',
        'e.updated_at AS updatedAt',
      ])
      .addSelect(
        `CASE WHEN e.state = 'waitlisted' THEN 1 + (SELECT COUNT(*) FROM enrolment w WHERE w.class_id = e.class_id AND w.state = 'waitlisted'
           AND (w.waitlisted_at < e.waitlisted_at OR (w.waitlisted_at = e.waitlisted_at AND w.id < e.id))) ELSE NULL END`,
        'waitlistPosition',
      );
  }

  async enrolmentLines(qb: SelectQueryBuilder<Enrolment>): Promise<EnrolmentResponse[]> {
    const rows = await qb.getRawMany<EnrolmentRow>();
    return rows.map((r) => ({
      id: Number(r.id),
      classId: Number(r.classId),
      classCode: r.classCode,
      classTitle: r.classTitle,
      personId: Number(r.personId),
      fullName: r.fullName,
      orgUnitName: r.orgUnitName ?? '',
      state: r.state,
      nominatedBy: r.nominatedById == null ? null : { personId: Number(r.nominatedById), fullName: r.nominatedByName ?? '' },
      decidedBy: r.decidedById == null ? null : { personId: Number(r.decidedById), fullName: r.decidedByName ?? '' },
      reason: r.reason,
      waitlistPosition: r.waitlistPosition == null ? null : Number(r.waitlistPosition),
      createdAt: parseDbDate(r.createdAt).toISOString(),
      updatedAt: parseDbDate(r.updatedAt).toISOString(),
    }));
  }

  async enrolments(ids: number[], manager: EntityManager = this.db.manager): Promise<EnrolmentResponse[]> {
    if (!ids.length) return [];
    const lines = await this.enrolmentLines(this.enrolmentQuery(manager).where('e.id IN (:...ids)', { ids }));
    return ids.map((id) => lines.find((l) => l.id === id)).filter((l): l is EnrolmentResponse => !!l);
  }

  async enrolment(id: number): Promise<EnrolmentResponse> {
    const [line] = await this.enrolments([id]);
    if (!line) throw refuse(HttpStatus.NOT_FOUND, 'delivery.enrolment_not_found');
    return line;
  }
}
