import { HttpStatus, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import type { Principal } from '@cds/api/authz';
import { refuse } from '@cds/api/common';
import { Person } from '@cds/people/api';
import { Enrolment, TrainingClass } from '../delivery.entities';

/**
 * The two guarded moves of a class's places. Every change to who holds a place or waits for one
 * starts, in its transaction, with an UPDATE of the class row, so on MariaDB the class's row lock
 * lines them up and the waiting list read after it is the committed one.
 */
@Injectable()
export class Waitlist {
  constructor(private readonly audit: AuditService) {}

  /**
   * Takes a place if one is free: `enrolled_count + 1` only while below capacity, decided by the
   * database row, never by a count read before. True when a place was taken.
   */
  async takePlace(tx: EntityManager, classId: number): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(TrainingClass)
      .set({ enrolledCount: () => 'enrolled_count + 1' })
      .where('id = :classId AND enrolled_count < capacity', { classId })
      .execute();
    return result.affected === 1;
  }

  /** Gives a place back (never below zero). */
  async freePlace(tx: EntityManager, classId: number): Promise<void> {
    await tx.createQueryBuilder().update(TrainingClass).set({ enrolledCount: () => 'enrolled_count - 1' }).where('id = :classId AND enrolled_count > 0', { classId }).execute();
  }

  /** Takes the class's row lock without changing it (for moves on the waiting list that free no place). */
  async lockClass(tx: EntityManager, classId: number): Promise<void> {
    await tx.createQueryBuilder().update(TrainingClass).set({ enrolledCount: () => 'enrolled_count' }).where('id = :classId', { classId }).execute();
  }

  /**
   * Moves people from the front of the waiting list (by waitlistedAt, then id) into free places,
   * at most `max` of them; returns who moved. Call with the class row already locked.
   */
  async promote(tx: EntityManager, principal: Principal, classId: number, classCode: string, max = Number.MAX_SAFE_INTEGER): Promise<number[]> {
    const moved: number[] = [];
    while (moved.length < max) {
      const next = await tx
        .getRepository(Enrolment)
        .createQueryBuilder('e')
        .where('e.class_id = :classId AND e.state = :waitlisted', { classId, waitlisted: 'waitlisted' })
        .orderBy('e.waitlisted_at', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .limit(1)
        .getOne();
      if (!next) break;
      if (!(await this.takePlace(tx, classId))) break;
      const result = await tx
        .createQueryBuilder()
        .update(Enrolment)
        .set({ state: 'enrolled', waitlistedAt: null, updatedAt: new Date() })
        .where('id = :id AND state = :waitlisted', { id: next.id, waitlisted: 'waitlisted' })
        .execute();
      if (result.affected !== 1) throw refuse(HttpStatus.CONFLICT, 'delivery.enrolment_changed');
      const person = await tx.getRepository(Person).findOneBy({ id: next.personId });
      await this.audit.record(
        {
          action: 'enrolment.enrolled',
          actorId: principal.accountId,
          actorEmail: principal.email,
          targetType: 'enrolment',
          targetId: next.id,
          targetLabel: `${person?.fullName ?? ''} · ${classCode}`,
          details: { classId, personId: next.personId, from: 'waitlisted', to: 'enrolled', fromWaitingList: true },
        },
        tx,
      );
      moved.push(Number(next.id));
    }
    return moved;
  }
}
