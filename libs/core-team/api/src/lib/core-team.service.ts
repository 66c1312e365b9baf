import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACCESS, type CourseRef, type CoverageReport, type CoverageState, type EndReason, RETRAIN_WINDOW_DAYS, type SeatCoverage, SEAT_FUNCTION_LABELS } from '@cds/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import { coversPath, Principal } from '@cds/api/authz';
import { ScopeService, OrgUnitVersion, OrgUnit, SUBTREE_AS_OF_CTE, subtreeParams } from '@cds/org/api';
import { Course } from '@cds/catalogue/api';
import { refuse, liveOn, todayInVietnam } from '@cds/api/common';
import { Person } from '@cds/people/api';
import type { ImportedHolder } from '@cds/people/api';
import { AssignmentResponse } from '@cds/people/api';
import { Assignment } from './assignment.entity';
import { CreateSeatDto, SeatResponse } from './core-team.dto';
import { bumpSeatVersion, endRunningAssignments } from './seat-history';
import { Seat, SeatCourse } from './seat.entity';

const CORE_TEAM_READERS = ACCESS['coreTeam.read'];
const CORE_TEAM_WRITERS = ACCESS['coreTeam.write'];

interface SeatRow {
  id: number;
  orgUnitId: number;
  orgUnitName: string;
  function: Seat['function'];
  title: string;
  validFrom: string;
  validTo: string | null;
  personId: number | null;
  fullName: string | null;
  since: string | null;
  assignmentId: number | null;
}

/** Core-team posts (seats), who holds them (assignments), and whether they are covered. */
@Injectable()
export class CoreTeamService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  async seats(principal: Principal, unitId: number, asOf = todayInVietnam(), subunits = false): Promise<SeatResponse[]> {
    await this.scope.assertUnitInScope(principal, CORE_TEAM_READERS, unitId);
    return subunits
      ? this.loadSeats('s.org_unit_id IN (SELECT id FROM subtree) AND s.valid_from <= ? AND (s.valid_to IS NULL OR s.valid_to > ?)', [asOf, asOf], asOf, subtreeParams(unitId, asOf))
      : this.loadSeats('s.org_unit_id = ? AND s.valid_from <= ? AND (s.valid_to IS NULL OR s.valid_to > ?)', [unitId, asOf, asOf], asOf);
  }

  async createSeat(principal: Principal, dto: CreateSeatDto): Promise<SeatResponse> {
    const unit = await this.scope.assertUnitInScope(principal, CORE_TEAM_WRITERS, dto.orgUnitId);
    if (!liveOn(unit, dto.validFrom)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'org.not_live', { name: unit.name, date: dto.validFrom });
    const courses = dto.qualifyingCourseIds.length ? await this.db.getRepository(Course).findBy({ id: In(dto.qualifyingCourseIds) }) : [];
    if (courses.length !== dto.qualifyingCourseIds.length) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'core_team.unknown_course');
    const id = await this.db.transaction(async (tx) => {
      const { identifiers } = await tx.insert(Seat, {
        orgUnitId: unit.id,
        function: dto.function,
        title: dto.title?.trim() || SEAT_FUNCTION_LABELS[dto.function],
        validFrom: dto.validFrom,
        validTo: null,
        predecessorSeatId: null,
        version: 1,
        createdAt: new Date(),
      });
      const seatId = Number(identifiers[0]['id']);
      if (courses.length) await tx.insert(SeatCourse, courses.map((c) => ({ seatId, courseId: c.id })));
      await this.audit.record({ action: 'core_team.seat_created', actorId: principal.accountId, actorEmail: principal.email, targetType: 'seat', targetId: seatId, targetLabel: `${dto.title?.trim() || SEAT_FUNCTION_LABELS[dto.function]} · ${unit.name}`, details: { ...dto } }, tx);
      return seatId;
    });
    return this.seatById(id, dto.validFrom);
  }

  async endSeat(principal: Principal, seatId: number, date: string): Promise<SeatResponse> {
    await this.db.transaction(async (tx) => {
      const seat = await this.writableSeat(tx, principal, seatId);
      if (seat.validTo !== null) throw refuse(HttpStatus.CONFLICT, 'core_team.seat_ended', { date: seat.validTo });
      if (date <= seat.validFrom) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'core_team.date_before_start', { date: seat.validFrom });
      await endRunningAssignments(tx, seat.id, date, 'other');
      await this.bumpVersion(tx, seat, { validTo: date });
      await this.audit.record({ action: 'core_team.seat_ended', actorId: principal.accountId, actorEmail: principal.email, targetType: 'seat', targetId: seatId, targetLabel: `${seat.title} · ${seat.orgUnit.name}`, details: { effectiveDate: date } }, tx);
    });
    return this.seatById(seatId, todayInVietnam());
  }

  async assignments(principal: Principal, seatId: number): Promise<AssignmentResponse[]> {
    const seat = await this.db.getRepository(Seat).findOne({ where: { id: seatId }, relations: { orgUnit: true } });
    if (!seat?.orgUnit) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    if (!coversPath(principal, CORE_TEAM_READERS, seat.orgUnit.path)) throw refuse(HttpStatus.FORBIDDEN, 'auth.out_of_scope');
    return this.assignmentsWhere('a.seat_id = :seatId', { seatId });
  }

  async assign(principal: Principal, seatId: number, personId: number, startDate: string): Promise<AssignmentResponse> {
    const id = await this.db.transaction(async (tx) => {
      const seat = await this.writableSeat(tx, principal, seatId);
      return this.addAssignment(tx, principal, seat, personId, startDate);
    });
    return (await this.assignmentsWhere('a.id = :id', { id }))[0];
  }

  async endAssignment(principal: Principal, assignmentId: number, endDate: string, reason: EndReason): Promise<AssignmentResponse> {
    await this.db.transaction(async (tx) => {
      const assignment = await tx.getRepository(Assignment).findOneBy({ id: assignmentId });
      if (!assignment) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
      const seat = await this.writableSeat(tx, principal, assignment.seatId);
      await this.closeAssignment(tx, principal, seat, assignment, endDate, reason);
    });
    return (await this.assignmentsWhere('a.id = :id', { id: assignmentId }))[0];
  }

  /** Ends the person's assignment in one seat and starts one in another on the same day, in one transaction. */
  async transfer(principal: Principal, personId: number, fromSeatId: number, toSeatId: number, date: string) {
    if (fromSeatId === toSeatId) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'core_team.same_seat');
    const [endedId, startedId] = await this.db.transaction(async (tx) => {
      const from = await this.writableSeat(tx, principal, fromSeatId);
      const to = await this.writableSeat(tx, principal, toSeatId);
      const running = await tx
        .getRepository(Assignment)
        .createQueryBuilder('a')
        .where('a.seat_id = :seatId AND a.person_id = :personId AND a.start_date < :date AND (a.end_date IS NULL OR a.end_date > :date)', { seatId: from.id, personId, date })
        .getOne();
      if (!running) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'core_team.not_holder', { date });
      await this.closeAssignment(tx, principal, from, running, date, 'transfer');
      const started = await this.addAssignment(tx, principal, to, personId, date);
      return [running.id, started];
    });
    const rows = await this.assignmentsWhere('a.id IN (:...ids)', { ids: [endedId, startedId] });
    return { ended: rows.find((r) => r.id === endedId) as AssignmentResponse, started: rows.find((r) => r.id === startedId) as AssignmentResponse };
  }

  /**
   * Coverage of every seat in a unit's subtree (as the tree stood on the date): covered when the
   * holder has a valid certificate of one of the seat's qualifying courses on that date. One
   * aggregated query; no entity is loaded.
   */
  async coverage(principal: Principal, unitId: number, asOf = todayInVietnam()): Promise<CoverageReport> {
    await this.scope.assertUnitInScope(principal, CORE_TEAM_READERS, unitId);
    const rows: { seatId: number; title: string; function: Seat['function']; orgUnitId: number; orgUnitName: string; personId: number | null; fullName: string | null; qualified: number | string; validUntil: string | Date | null }[] =
      await this.db.query(
        `${SUBTREE_AS_OF_CTE}
         SELECT s.id AS seatId, s.title AS title, s.function AS function, s.org_unit_id AS orgUnitId,
                COALESCE(v.name, u.name) AS orgUnitName, a.person_id AS personId, p.full_name AS fullName,
                CASE WHEN a.id IS NOT NULL AND EXISTS (
                  SELECT 1 FROM seat_course sc INNER JOIN certificate c ON c.course_id = sc.course_id
                  WHERE sc.seat_id = s.id AND c.person_id = a.person_id AND c.status = 'valid'
                    AND c.issued_on <= ? AND (c.expires_on IS NULL OR c.expires_on > ?)
                ) THEN 1 ELSE 0 END AS qualified,
                (SELECT MAX(COALESCE(c.expires_on, '9999-12-31')) FROM seat_course sc INNER JOIN certificate c ON c.course_id = sc.course_id
                  WHERE a.id IS NOT NULL AND sc.seat_id = s.id AND c.person_id = a.person_id AND c.status = 'valid'
                    AND c.issued_on <= ? AND (c.expires_on IS NULL OR c.expires_on > ?)) AS validUntil
         FROM seat s
         INNER JOIN subtree ON subtree.id = s.org_unit_id
         INNER JOIN org_unit u ON u.id = s.org_unit_id
         LEFT JOIN org_unit_version v ON v.unit_id = s.org_unit_id AND v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to > ?)
         LEFT JOIN assignment a ON a.seat_id = s.id AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?)
         LEFT JOIN person p ON p.id = a.person_id
         WHERE s.valid_from <= ? AND (s.valid_to IS NULL OR s.valid_to > ?)
         ORDER BY orgUnitName, s.title, s.id`,
        [...subtreeParams(unitId, asOf), asOf, asOf, asOf, asOf, asOf, asOf, asOf, asOf, asOf, asOf],
      );
    const seats: SeatCoverage[] = rows.map((r) => {
      const state: CoverageState = r.personId === null ? 'vacant' : Number(r.qualified) === 1 ? 'covered' : 'unqualified';
      return {
        seatId: Number(r.seatId),
        title: r.title,
        function: r.function,
        orgUnitId: Number(r.orgUnitId),
        orgUnitName: r.orgUnitName,
        state,
        holder: r.personId === null ? null : { personId: Number(r.personId), fullName: r.fullName ?? '' },
      };
    });
    const totals: Record<CoverageState, number> = { covered: 0, unqualified: 0, vacant: 0 };
    for (const s of seats) totals[s.state]++;
    // Covered today by a certificate that runs out within the window: to retrain before it does.
    const retrainBy = new Date(Date.parse(`${asOf}T00:00:00Z`) + RETRAIN_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
    const expiring = new Map<number, string>();
    rows.forEach((r, i) => {
      const until = r.validUntil === null ? null : r.validUntil instanceof Date ? r.validUntil.toISOString().slice(0, 10) : String(r.validUntil).slice(0, 10);
      if (seats[i].state === 'covered' && until !== null && until <= retrainBy) expiring.set(seats[i].seatId, until);
    });
    const unqualified = seats.filter((s) => s.state === 'unqualified' || expiring.has(s.seatId));
    const courses = await this.coursesOf(unqualified.map((s) => s.seatId));
    return {
      asOf,
      unitId,
      totals,
      seats,
      needTraining: unqualified.map((s) => ({
        personId: s.holder?.personId as number,
        fullName: s.holder?.fullName ?? '',
        orgUnitName: s.orgUnitName,
        seatTitle: s.title,
        courses: courses.get(s.seatId) ?? [],
        expiresOn: expiring.get(s.seatId) ?? null,
      })),
    };
  }

  /**
   * Puts imported people in posts of their unit's function: a seat of that function vacant from the
   * start date, else a new seat. Each existing seat taken goes through the seat's version check, so
   * an assignment made to it at the same time makes the import fail whole instead of overlapping.
   */
  async assignImported(tx: EntityManager, holders: ImportedHolder[], actorId: number): Promise<number> {
    const now = new Date();
    const used = new Set<number>();
    const rows: Partial<Assignment>[] = [];
    for (const h of holders) {
      const vacant = await tx
        .getRepository(Seat)
        .createQueryBuilder('s')
        .where('s.org_unit_id = :unitId AND s.function = :fn AND s.valid_from <= :start AND s.valid_to IS NULL', { unitId: h.unit.id, fn: h.seatFunction, start: h.startDate })
        .andWhere('NOT EXISTS (SELECT 1 FROM assignment a WHERE a.seat_id = s.id AND (a.end_date IS NULL OR a.end_date > :start))', { start: h.startDate })
        .orderBy('s.id')
        .getMany();
      const seat = vacant.find((s) => !used.has(s.id));
      let seatId: number;
      if (seat) {
        await this.bumpVersion(tx, seat);
        seatId = seat.id;
      } else {
        const { identifiers } = await tx.insert(Seat, {
          orgUnitId: h.unit.id,
          function: h.seatFunction,
          title: SEAT_FUNCTION_LABELS[h.seatFunction],
          validFrom: h.startDate < h.unit.validFrom ? h.unit.validFrom : h.startDate,
          validTo: null,
          predecessorSeatId: null,
          version: 1,
          createdAt: now,
        });
        seatId = Number(identifiers[0]['id']);
      }
      used.add(seatId);
      rows.push({ seatId, personId: h.personId, unitId: h.unit.id, unitName: h.unit.name, startDate: h.startDate, endDate: null, endReason: null, createdBy: actorId, createdAt: now });
    }
    for (let i = 0; i < rows.length; i += 200) await tx.insert(Assignment, rows.slice(i, i + 200));
    return rows.length;
  }

  // ---- internals ------------------------------------------------------------------------

  private async writableSeat(tx: EntityManager, principal: Principal, seatId: number): Promise<Seat & { orgUnit: OrgUnit }> {
    const seat = await tx.getRepository(Seat).findOne({ where: { id: seatId }, relations: { orgUnit: true } });
    if (!seat?.orgUnit) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    if (!coversPath(principal, CORE_TEAM_WRITERS, seat.orgUnit.path)) throw refuse(HttpStatus.FORBIDDEN, 'auth.out_of_scope');
    return seat as Seat & { orgUnit: OrgUnit };
  }

  /** Guarded write: the seat's version must still be the one read, or someone else changed it meanwhile. */
  private bumpVersion(tx: EntityManager, seat: Seat, changes: Partial<Seat> = {}) {
    return bumpSeatVersion(tx, seat, changes);
  }

  private async addAssignment(tx: EntityManager, principal: Principal, seat: Seat & { orgUnit: OrgUnit }, personId: number, startDate: string): Promise<number> {
    if (!liveOn(seat, startDate)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'core_team.seat_not_open', { date: startDate });
    // An assignment runs until it is ended: a post that has ended takes none (it would outlive it).
    if (seat.validTo !== null) throw refuse(HttpStatus.CONFLICT, 'core_team.seat_ended', { date: seat.validTo });
    const person = await tx.getRepository(Person).findOne({ where: { id: personId }, relations: { orgUnit: true } });
    if (!person) throw refuse(HttpStatus.NOT_FOUND, 'people.not_found');
    if (!person.active) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'people.inactive', { name: person.fullName });
    if (!person.orgUnit || !coversPath(principal, CORE_TEAM_WRITERS, person.orgUnit.path)) throw refuse(HttpStatus.FORBIDDEN, 'auth.out_of_scope');
    const overlapping = await tx
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.person', 'p')
      .where('a.seat_id = :seatId AND (a.end_date IS NULL OR a.end_date > :start)', { seatId: seat.id, start: startDate })
      .getOne();
    if (overlapping) {
      throw refuse(HttpStatus.CONFLICT, 'core_team.assignment_overlap', { name: overlapping.person?.fullName ?? '', from: overlapping.startDate, to: overlapping.endDate ?? '…' });
    }
    await this.bumpVersion(tx, seat);
    const unitName = (await tx.getRepository(OrgUnitVersion).createQueryBuilder('v').where('v.unit_id = :id AND v.valid_from <= :d AND (v.valid_to IS NULL OR v.valid_to > :d)', { id: seat.orgUnitId, d: startDate }).getOne())?.name ?? seat.orgUnit.name;
    const { identifiers } = await tx.insert(Assignment, {
      seatId: seat.id,
      personId,
      unitId: seat.orgUnitId,
      unitName,
      startDate,
      endDate: null,
      endReason: null,
      createdBy: principal.accountId,
      createdAt: new Date(),
    });
    const id = Number(identifiers[0]['id']);
    await this.audit.record({ action: 'core_team.assigned', actorId: principal.accountId, actorEmail: principal.email, targetType: 'assignment', targetId: id, targetLabel: `${person.fullName} · ${seat.title}`, details: { seatId: seat.id, personId, startDate } }, tx);
    return id;
  }

  private async closeAssignment(tx: EntityManager, principal: Principal, seat: Seat, assignment: Assignment, endDate: string, reason: EndReason) {
    if (assignment.endDate !== null) throw refuse(HttpStatus.CONFLICT, 'core_team.assignment_ended', { date: assignment.endDate });
    if (endDate <= assignment.startDate) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'core_team.date_before_start', { date: assignment.startDate });
    await this.bumpVersion(tx, seat);
    await tx.update(Assignment, { id: assignment.id }, { endDate, endReason: reason });
    const holder = await tx.getRepository(Person).findOneBy({ id: assignment.personId });
    await this.audit.record({ action: 'core_team.assignment_ended', actorId: principal.accountId, actorEmail: principal.email, targetType: 'assignment', targetId: assignment.id, targetLabel: `${holder?.fullName ?? ''} · ${seat.title}`, details: { endDate, reason } }, tx);
  }

  private async seatById(id: number, asOf: string): Promise<SeatResponse> {
    const [seat] = await this.loadSeats('s.id = ?', [id], asOf);
    if (!seat) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    return seat;
  }

  /** Seats matching a condition, with their holder on `asOf` and their qualifying courses; `subtreeParams` adds the as-of subtree CTE. */
  private async loadSeats(where: string, params: unknown[], asOf: string, subtree?: unknown[]): Promise<SeatResponse[]> {
    const rows: SeatRow[] = await this.db.query(
      `${subtree ? SUBTREE_AS_OF_CTE : ''}
       SELECT s.id AS id, s.org_unit_id AS orgUnitId, u.name AS orgUnitName, s.function AS function, s.title AS title,
              s.valid_from AS validFrom, s.valid_to AS validTo, a.person_id AS personId, p.full_name AS fullName,
              a.start_date AS since, a.id AS assignmentId
       FROM seat s
       INNER JOIN org_unit u ON u.id = s.org_unit_id
       LEFT JOIN assignment a ON a.seat_id = s.id AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?)
       LEFT JOIN person p ON p.id = a.person_id
       WHERE ${where}
       ORDER BY u.name, s.title, s.id`,
      [...(subtree ?? []), asOf, asOf, ...params],
    );
    const courses = await this.coursesOf(rows.map((r) => Number(r.id)));
    return rows.map((r) => ({
      id: Number(r.id),
      orgUnitId: Number(r.orgUnitId),
      orgUnitName: r.orgUnitName,
      function: r.function,
      title: r.title,
      validFrom: r.validFrom,
      validTo: r.validTo,
      qualifyingCourses: courses.get(Number(r.id)) ?? [],
      holder: r.personId === null ? null : { personId: Number(r.personId), fullName: r.fullName ?? '', since: r.since ?? '', assignmentId: Number(r.assignmentId) },
    }));
  }

  private async coursesOf(seatIds: number[]): Promise<Map<number, CourseRef[]>> {
    const map = new Map<number, CourseRef[]>();
    if (!seatIds.length) return map;
    const rows = await this.db
      .getRepository(SeatCourse)
      .createQueryBuilder('sc')
      .innerJoin('sc.course', 'c')
      .select(['sc.seat_id AS seatId', 'c.id AS id', 'c.code AS code', 'c.title AS title'])
      .where('sc.seat_id IN (:...seatIds)', { seatIds })
      .orderBy('c.code')
      .getRawMany<{ seatId: number; id: number; code: string; title: string }>();
    for (const r of rows) map.set(Number(r.seatId), [...(map.get(Number(r.seatId)) ?? []), { id: Number(r.id), code: r.code, title: r.title }]);
    return map;
  }

  async assignmentsWhere(where: string, params: Record<string, unknown>): Promise<AssignmentResponse[]> {
    const rows = await this.db
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoin('a.seat', 's')
      .innerJoin('a.person', 'p')
      .select([
        'a.id AS id',
        'a.seat_id AS seatId',
        's.title AS seatTitle',
        's.function AS seatFunction',
        'a.person_id AS personId',
        'p.full_name AS personName',
        'a.unit_id AS unitId',
        'a.unit_name AS unitName',
        'a.start_date AS startDate',
        'a.end_date AS endDate',
        'a.end_reason AS endReason',
      ])
      .where(where, params)
      .orderBy('a.start_date', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getRawMany<AssignmentResponse>();
    return rows.map((r) => ({ ...r, id: Number(r.id), seatId: Number(r.seatId), personId: Number(r.personId), unitId: Number(r.unitId) }));
  }
}
