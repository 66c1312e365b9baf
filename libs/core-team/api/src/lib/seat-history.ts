import { HttpStatus } from '@nestjs/common';
import type { EndReason } from '@cds/contracts';
import { refuse } from '@cds/api/common';
import { EntityManager, IsNull } from 'typeorm';
import { OrgUnit } from '@cds/org/api';
import { Assignment } from './assignment.entity';
import { Seat, SeatCourse } from './seat.entity';

/**
 * Operations on seats that reorganisations need. Seats and assignments are never rewritten:
 * they end on the effective date, and successors start on it.
 */

/**
 * The one way a seat's version moves on: `UPDATE seat SET … version = version + 1 WHERE id = ? AND
 * version = ?` with the version read, which must change exactly that row. Anything written about
 * the seat (its end, its assignments) in the same transaction stands or falls with it: if someone
 * changed the seat meanwhile, 409 core_team.concurrent_change and the transaction rolls back.
 */
export async function bumpSeatVersion(tx: EntityManager, seat: Pick<Seat, 'id' | 'version'>, changes: Partial<Seat> = {}): Promise<void> {
  const result = await tx
    .createQueryBuilder()
    .update(Seat)
    .set({ ...changes, version: seat.version + 1 })
    .where('id = :id AND version = :version', { id: seat.id, version: seat.version })
    .execute();
  if (result.affected !== 1) throw refuse(HttpStatus.CONFLICT, 'core_team.concurrent_change');
  seat.version += 1;
}

/** Ends the assignments of a seat that are still running on `date` (those starting later are left alone). */
export async function endRunningAssignments(tx: EntityManager, seatId: number, date: string, reason: EndReason): Promise<Assignment[]> {
  const running = await tx
    .getRepository(Assignment)
    .createQueryBuilder('a')
    .where('a.seat_id = :seatId AND a.start_date < :date AND (a.end_date IS NULL OR a.end_date > :date)', { seatId, date })
    .getMany();
  for (const a of running) await tx.update(Assignment, { id: a.id }, { endDate: date, endReason: reason });
  return running;
}

/** Ends every seat of a unit still open on `date`, with their running assignments. */
export async function endSeatsOf(tx: EntityManager, unitId: number, date: string): Promise<Seat[]> {
  const seats = await tx.getRepository(Seat).find({ where: { orgUnitId: unitId, validTo: IsNull() } });
  for (const seat of seats) {
    await endRunningAssignments(tx, seat.id, date, 'reorganisation');
    await bumpSeatVersion(tx, seat, { validTo: date });
  }
  return seats;
}

/**
 * Moves the open seats of `fromUnitId` into `target` on `date`: each seat ends and a successor
 * with the same function, title and qualifying courses opens in the target; its holders continue
 * there from the same day.
 */
export async function carryOverSeats(
  tx: EntityManager,
  fromUnitId: number,
  target: Pick<OrgUnit, 'id' | 'name'>,
  date: string,
  actorId: number | null,
): Promise<{ seats: number; assignments: number }> {
  const seats = await tx.getRepository(Seat).find({ where: { orgUnitId: fromUnitId, validTo: IsNull() } });
  let assignments = 0;
  const now = new Date();
  for (const seat of seats) {
    const holders = await endRunningAssignments(tx, seat.id, date, 'reorganisation');
    await bumpSeatVersion(tx, seat, { validTo: date });
    const { identifiers } = await tx.insert(Seat, {
      orgUnitId: target.id,
      function: seat.function,
      title: seat.title,
      validFrom: date,
      validTo: null,
      predecessorSeatId: seat.id,
      version: 1,
      createdAt: now,
    });
    const successorId = Number(identifiers[0]['id']);
    const courses = await tx.getRepository(SeatCourse).findBy({ seatId: seat.id });
    if (courses.length) await tx.insert(SeatCourse, courses.map((c) => ({ seatId: successorId, courseId: c.courseId })));
    for (const holder of holders) {
      await tx.insert(Assignment, {
        seatId: successorId,
        personId: holder.personId,
        unitId: target.id,
        unitName: target.name,
        startDate: date,
        endDate: holder.endDate && holder.endDate > date ? holder.endDate : null,
        endReason: null,
        createdBy: actorId,
        createdAt: now,
      });
      assignments++;
    }
  }
  return { seats: seats.length, assignments };
}
