import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssignmentDto } from '@cds/contracts';
import { OrgHooks, OrgListener, OrgUnit, UnitMerge } from '@cds/org/api';
import { ImportedHolder, PeopleHooks, PeopleListener, PersonLeaving } from '@cds/people/api';
import { DataSource, EntityManager } from 'typeorm';
import { Assignment } from './assignment.entity';
import { CoreTeamService } from './core-team.service';
import { carryOverSeats, endSeatsOf } from './seat-history';
import { Seat } from './seat.entity';

/** Posts across reorganisations: seats never move; they end and reopen in the successor unit. */
@Injectable()
export class CoreTeamOrgListener implements OrgListener {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    hooks: OrgHooks,
  ) {
    hooks.register(this);
  }

  async unitEnding(tx: EntityManager, unit: OrgUnit, date: string): Promise<void> {
    await endSeatsOf(tx, unit.id, date);
  }

  async unitMerging(tx: EntityManager, { source, target, date, actorId }: UnitMerge) {
    const carried = await carryOverSeats(tx, source.id, target, date, actorId);
    return { carriedSeats: carried.seats, carriedAssignments: carried.assignments };
  }

  /** Posts of the unit that existed on `asOf`. */
  async unitFacts(unitId: number, asOf: string) {
    const seatCount = await this.db
      .getRepository(Seat)
      .createQueryBuilder('s')
      .where('s.org_unit_id = :unitId AND s.valid_from <= :asOf AND (s.valid_to IS NULL OR s.valid_to > :asOf)', { unitId, asOf })
      .getCount();
    return { seatCount };
  }
}

/** Posts of people who leave, posts given by an import, and the posts shown on people's pages. */
@Injectable()
export class CoreTeamPeopleListener implements PeopleListener {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly coreTeam: CoreTeamService,
    hooks: PeopleHooks,
  ) {
    hooks.register(this);
  }

  /**
   * An inactive person holds no post: every assignment still running on the day they leave, or
   * starting later, ends that day (one that has not started yet ends on its own start, so it never
   * counts), and its seat's version moves on so a concurrent change to the seat is refused.
   */
  async personLeaving(tx: EntityManager, { personId, date, reason }: PersonLeaving) {
    const running = await tx
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .where('a.person_id = :personId AND (a.end_date IS NULL OR a.end_date > :date)', { personId, date })
      .getMany();
    const ended: number[] = [];
    for (const a of running) {
      // Only if it is still running: an assignment someone else ended meanwhile keeps its end.
      const { affected } = await tx
        .createQueryBuilder()
        .update(Assignment)
        .set({ endDate: a.startDate > date ? a.startDate : date, endReason: reason })
        .where('id = :id AND (end_date IS NULL OR end_date > :date)', { id: a.id, date })
        .execute();
      if (affected !== 1) continue;
      await tx.update(Seat, { id: a.seatId }, { version: () => 'version + 1' });
      ended.push(a.id);
    }
    return { endedAssignments: ended };
  }

  holdersImported(tx: EntityManager, holders: ImportedHolder[], actorId: number): Promise<number> {
    return this.coreTeam.assignImported(tx, holders, actorId);
  }

  async postsHeld(personIds: number[], date: string): Promise<Map<number, string[]>> {
    const held = new Map<number, string[]>();
    const rows = await this.db
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoin('a.seat', 's')
      .select(['a.person_id AS personId', 's.title AS title'])
      .where('a.person_id IN (:...personIds) AND a.start_date <= :date AND (a.end_date IS NULL OR a.end_date > :date)', { personIds, date })
      .getRawMany<{ personId: number | string; title: string }>();
    for (const r of rows) held.set(Number(r.personId), [...(held.get(Number(r.personId)) ?? []), r.title]);
    return held;
  }

  postHistory(personId: number): Promise<AssignmentDto[]> {
    return this.coreTeam.assignmentsWhere('a.person_id = :personId', { personId });
  }
}
