import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACCESS, type EnrolmentState, type Page, type Role } from '@cds/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import { coversPath, hasRole, Principal } from '@cds/api/authz';
import { decodeCursor, encodeCursor, isUniqueViolation, refuse } from '@cds/api/common';
import { OrgUnit, ScopeService } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { Enrolment, TrainingClass } from '../delivery.entities';
import { ClassReads, isOpen } from './class-reads';
import type { DecideDto, EnrolmentResponse, EnrolmentsQuery, NominateResponseDto } from './classes.dto';
import { inTransaction } from './transaction';
import { Waitlist } from './waitlist';

const NOMINATORS = ACCESS['enrolment.nominate'];
const DECIDERS = ACCESS['enrolment.decide'];
const QUEUE_READERS = ACCESS['enrolment.read'];
const CLASS_READERS = ACCESS['classes.read'];
const CLASS_WRITERS = ACCESS['classes.write'];
/** Staff who may withdraw someone of their subtree. */
const WITHDRAWERS: readonly Role[] = [...new Set<Role>([...NOMINATORS, ...DECIDERS])];

/** States a decision is taken from. */
const UNDECIDED: readonly EnrolmentState[] = ['nominated', 'requested'];
/** States a person may leave a class from. */
const WITHDRAWABLE: readonly EnrolmentState[] = ['enrolled', 'waitlisted', 'nominated', 'requested'];
/** States after which a person may be nominated again or ask again (the row is reused: one per person and class). */
const ENDED: readonly EnrolmentState[] = ['rejected', 'withdrawn'];

type EnrolmentAction = 'enrolment.nominated' | 'enrolment.requested' | 'enrolment.approved' | 'enrolment.rejected' | 'enrolment.waitlisted' | 'enrolment.enrolled' | 'enrolment.withdrawn';

/**
 * Enrolment: unit admins nominate people of their subtree, learners ask to join, certifiers
 * decide, and anyone leaves. Each change of state is a conditional update on the state it leaves;
 * places are taken with `enrolled_count + 1 … WHERE enrolled_count < capacity`, so capacity holds
 * under approvals at the same moment.
 */
@Injectable()
export class EnrolmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly reads: ClassReads,
    private readonly waitlist: Waitlist,
  ) {}

  /** All or nothing: one person who cannot be nominated refuses the whole list, naming them. */
  async nominate(principal: Principal, classId: number, personIds: number[]): Promise<NominateResponseDto> {
    const cls = await this.classOf(classId);
    const people = await this.db.getRepository(Person).find({ where: { id: In(personIds) }, relations: { orgUnit: true } });
    const byId = new Map(people.map((p) => [Number(p.id), p]));
    for (const id of personIds) {
      const person = byId.get(id);
      if (!person) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.nominee_not_found', { id });
      if (!person.active) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.nominee_inactive', { name: person.fullName });
    }
    const outside = personIds.map((id) => byId.get(id) as Person).filter((p) => !p.orgUnit || !coversPath(principal, NOMINATORS, p.orgUnit.path));
    if (outside.length) {
      const names = outside.map((p) => p.fullName).join(', ');
      await this.audit.record({
        action: 'enrolment.refused',
        actorId: principal.accountId,
        actorEmail: principal.email,
        targetType: 'training_class',
        targetId: cls.id,
        targetLabel: `${cls.code} · ${cls.title}`,
        details: { reason: 'out_of_scope', personIds: outside.map((p) => Number(p.id)), names },
      });
      throw refuse(HttpStatus.FORBIDDEN, 'delivery.nominee_out_of_scope', { name: names });
    }
    if (!isOpen(cls)) throw refuse(HttpStatus.CONFLICT, 'delivery.enrolment_closed', { deadline: cls.enrolmentDeadline });
    // In id order, so two lists naming the same people lock their index entries in one order.
    const ordered = [...personIds].sort((a, b) => a - b).map((id) => byId.get(id) as Person);
    const ids = await inTransaction(this.db, async (tx) => {
      const made: number[] = [];
      for (const person of ordered) made.push(await this.place(tx, principal, cls, person, 'nominated'));
      return made;
    });
    const lines = await this.reads.enrolments(ids);
    return { nominated: personIds.map((pid) => lines.find((l) => l.personId === pid)).filter((l): l is EnrolmentResponse => !!l) };
  }

  /** The caller asks to join an open class. */
  async join(principal: Principal, classId: number): Promise<EnrolmentResponse> {
    const cls = await this.classOf(classId);
    if (!isOpen(cls)) throw refuse(HttpStatus.CONFLICT, 'delivery.enrolment_closed', { deadline: cls.enrolmentDeadline });
    const person = await this.db.getRepository(Person).findOneBy({ id: principal.personId });
    if (!person) throw refuse(HttpStatus.NOT_FOUND, 'people.not_found');
    if (!person.active) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'people.inactive', { name: person.fullName });
    const id = await inTransaction(this.db, (tx) => this.place(tx, principal, cls, person, 'requested'));
    return this.reads.enrolment(id);
  }

  /** The queues: enrolments of people whose unit lies in the caller's subtrees, oldest first (keyset on id). */
  async queue(principal: Principal, query: EnrolmentsQuery): Promise<Page<EnrolmentResponse>> {
    const limit = query.limit ?? 50;
    const inScope = this.scope.subtreeCondition(principal, QUEUE_READERS, 'u.path');
    const qb = this.reads.enrolmentQuery().where(inScope.sql, inScope.params).orderBy('e.id', 'ASC').limit(limit + 1);
    if (query.state) qb.andWhere('e.state = :state', { state: query.state });
    if (query.classId) qb.andWhere('e.class_id = :classId', { classId: query.classId });
    const after = decodeCursor(query.cursor, { id: 'number' });
    if (after) qb.andWhere('e.id > :afterId', { afterId: after.id });
    const rows = await this.reads.enrolmentLines(qb);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor({ id: last.id }) : null };
  }

  /**
   * A class's participants: all of them for its trainers and the staff managing its organiser;
   * for other staff, those of their subtrees.
   */
  async participants(principal: Principal, classId: number): Promise<EnrolmentResponse[]> {
    const cls = await this.db.getRepository(TrainingClass).findOne({ where: { id: classId }, relations: { organiserUnit: true } });
    if (!cls?.organiserUnit) throw refuse(HttpStatus.NOT_FOUND, 'delivery.class_not_found');
    const qb = this.reads.enrolmentQuery().where('e.class_id = :classId', { classId }).orderBy('p.sort_key', 'ASC').addOrderBy('e.id', 'ASC').limit(5000);
    const all = coversPath(principal, CLASS_WRITERS, cls.organiserUnit.path) || (await this.reads.isTrainer(classId, principal.personId));
    if (!all) {
      if (!hasRole(principal, CLASS_READERS)) throw refuse(HttpStatus.FORBIDDEN, 'delivery.class_forbidden');
      const inScope = this.scope.subtreeCondition(principal, CLASS_READERS, 'u.path');
      qb.andWhere(inScope.sql, inScope.params);
    }
    return this.reads.enrolmentLines(qb);
  }

  /**
   * A certifier approves or rejects a nomination or a request. Approval takes a free place, or
   * puts the person on the waiting list; both in one transaction with the state change, which is
   * conditional on the state read, so of two decisions at once one wins and the other is a 409.
   */
  async decide(principal: Principal, enrolmentId: number, dto: DecideDto): Promise<EnrolmentResponse> {
    const { enrolment, person } = await this.enrolmentOf(enrolmentId);
    if (!person.orgUnit || !coversPath(principal, DECIDERS, person.orgUnit.path)) throw refuse(HttpStatus.FORBIDDEN, 'auth.out_of_scope');
    if (enrolment.personId === principal.personId) throw refuse(HttpStatus.FORBIDDEN, 'delivery.own_enrolment');
    if (!UNDECIDED.includes(enrolment.state)) throw refuse(HttpStatus.CONFLICT, 'delivery.already_decided', { state: enrolment.state });
    const reason = dto.reason?.trim() || null;
    if (dto.decision === 'reject' && !reason) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.reason_required');
    const cls = await this.classOf(enrolment.classId);
    if (dto.decision === 'approve' && cls.cancelled) throw refuse(HttpStatus.CONFLICT, 'delivery.class_cancelled');
    const label = `${person.fullName} · ${cls.code}`;
    await inTransaction(this.db, async (tx) => {
      const now = new Date();
      if (dto.decision === 'reject') {
        await this.move(tx, enrolment, { state: 'rejected', decidedBy: principal.personId, reason, updatedAt: now }, 'delivery.already_decided');
        await this.record(tx, principal, 'enrolment.rejected', enrolment, label, { from: enrolment.state, to: 'rejected', reason });
        return;
      }
      // The place first: this UPDATE of the class row decides, and takes its lock (MariaDB).
      const placed = await this.waitlist.takePlace(tx, cls.id);
      const state: EnrolmentState = placed ? 'enrolled' : 'waitlisted';
      // Undone with the transaction (and the place with it) when someone decided first.
      await this.move(tx, enrolment, { state, decidedBy: principal.personId, reason, waitlistedAt: placed ? null : now, updatedAt: now }, 'delivery.already_decided');
      await this.record(tx, principal, 'enrolment.approved', enrolment, label, { from: enrolment.state, to: state });
      await this.record(tx, principal, placed ? 'enrolment.enrolled' : 'enrolment.waitlisted', enrolment, label, { from: enrolment.state, to: state });
    });
    return this.reads.enrolment(enrolmentId);
  }

  /**
   * The person leaves the class (themself, or staff managing their unit). Leaving a place gives
   * it to the first person on the waiting list, in the same transaction.
   */
  async withdraw(principal: Principal, enrolmentId: number, reasonText: string): Promise<EnrolmentResponse> {
    const { enrolment, person } = await this.enrolmentOf(enrolmentId);
    const self = enrolment.personId === principal.personId;
    if (!self && !(person.orgUnit && coversPath(principal, WITHDRAWERS, person.orgUnit.path))) throw refuse(HttpStatus.FORBIDDEN, 'delivery.withdraw_forbidden');
    if (!WITHDRAWABLE.includes(enrolment.state)) throw refuse(HttpStatus.CONFLICT, 'delivery.cannot_withdraw', { state: enrolment.state });
    const cls = await this.classOf(enrolment.classId);
    const reason = reasonText.trim() || null;
    await inTransaction(this.db, async (tx) => {
      // The class row first (its lock on MariaDB), so the waiting list read below is the committed one.
      if (enrolment.state === 'enrolled') await this.waitlist.freePlace(tx, cls.id);
      else if (enrolment.state === 'waitlisted') await this.waitlist.lockClass(tx, cls.id);
      await this.move(tx, enrolment, { state: 'withdrawn', reason, waitlistedAt: null, updatedAt: new Date() }, 'delivery.enrolment_changed');
      await this.record(tx, principal, 'enrolment.withdrawn', enrolment, `${person.fullName} · ${cls.code}`, { from: enrolment.state, to: 'withdrawn', reason, bySelf: self });
      if (enrolment.state === 'enrolled' && !cls.cancelled) await this.waitlist.promote(tx, principal, cls.id, cls.code, 1);
    });
    return this.reads.enrolment(enrolmentId);
  }

  // ---- internals ------------------------------------------------------------------------

  private async classOf(classId: number): Promise<TrainingClass> {
    const cls = await this.db.getRepository(TrainingClass).findOneBy({ id: classId });
    if (!cls) throw refuse(HttpStatus.NOT_FOUND, 'delivery.class_not_found');
    return cls;
  }

  private async enrolmentOf(id: number): Promise<{ enrolment: Enrolment; person: Person & { orgUnit: OrgUnit | null } }> {
    const enrolment = await this.db.getRepository(Enrolment).findOneBy({ id });
    if (!enrolment) throw refuse(HttpStatus.NOT_FOUND, 'delivery.enrolment_not_found');
    const person = await this.db.getRepository(Person).findOne({ where: { id: enrolment.personId }, relations: { orgUnit: true } });
    if (!person) throw refuse(HttpStatus.NOT_FOUND, 'delivery.enrolment_not_found');
    return { enrolment, person: person as Person & { orgUnit: OrgUnit | null } };
  }

  /**
   * Puts a person in the class as nominated or requested: a new row, or the row of an earlier
   * rejection or withdrawal taken up again. Anyone already in it is a 409 naming them.
   */
  private async place(tx: EntityManager, principal: Principal, cls: TrainingClass, person: Person, state: 'nominated' | 'requested'): Promise<number> {
    const now = new Date();
    const taken = () => refuse(HttpStatus.CONFLICT, 'delivery.already_in_class', { name: person.fullName });
    const existing = await tx.getRepository(Enrolment).findOneBy({ classId: cls.id, personId: person.id });
    const columns = { state, nominatedBy: state === 'nominated' ? principal.personId : null, decidedBy: null, reason: null, waitlistedAt: null, updatedAt: now };
    let id: number;
    if (existing) {
      if (!ENDED.includes(existing.state)) throw taken();
      await this.move(tx, existing, columns, 'delivery.already_in_class', { name: person.fullName });
      id = Number(existing.id);
    } else {
      try {
        const { identifiers } = await tx.insert(Enrolment, { classId: cls.id, personId: person.id, lastLessonId: null, createdAt: now, ...columns });
        id = Number(identifiers[0]['id']);
      } catch (e) {
        if (isUniqueViolation(e, 'UQ_enrolment_class_person', 'enrolment.class_id', 'enrolment.person_id')) throw taken();
        throw e;
      }
    }
    await this.record(tx, principal, state === 'nominated' ? 'enrolment.nominated' : 'enrolment.requested', { id, classId: cls.id, personId: person.id }, `${person.fullName} · ${cls.code}`, {
      from: existing?.state ?? null,
      to: state,
    });
    return id;
  }

  /** The conditional update of a state change: only from the state read; anything else is the given 409. */
  private async move(tx: EntityManager, enrolment: Enrolment, changes: Partial<Enrolment>, conflict: string, params?: Record<string, string | number>) {
    const result = await tx
      .createQueryBuilder()
      .update(Enrolment)
      .set(changes)
      .where('id = :id AND state = :expected', { id: enrolment.id, expected: enrolment.state })
      .execute();
    if (result.affected !== 1) throw refuse(HttpStatus.CONFLICT, conflict, params ?? { state: enrolment.state });
  }

  private record(tx: EntityManager, principal: Principal, action: EnrolmentAction, enrolment: Pick<Enrolment, 'id' | 'classId' | 'personId'>, label: string, details: Record<string, unknown>) {
    return this.audit.record(
      { action, actorId: principal.accountId, actorEmail: principal.email, targetType: 'enrolment', targetId: enrolment.id, targetLabel: label, details: { classId: enrolment.classId, personId: enrolment.personId, ...details } },
      tx,
    );
  }
}
