import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACCESS, type Page } from '@cds/contracts';
import { randomBytes } from 'node:crypto';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import { coversPath, hasRole, Principal } from '@cds/api/authz';
import { decodeCursor, encodeCursor, isUniqueViolation, refuse, todayInVietnam } from '@cds/api/common';
import { Course, CourseContent } from '@cds/catalogue/api';
import { OrgUnit, ScopeService } from '@cds/org/api';
import { Attendance, ClassSession, ClassTrainer, Enrolment, SignInSheet, TrainingClass } from '../delivery.entities';
import { classCalendar } from './calendar';
import { ClassReads, isOpen, OPEN_CONDITION, STATE_CONDITION, toSessionDto } from './class-reads';
import type { ClassDetailResponse, ClassesQuery, ClassSummaryResponse, CreateClassDto, SessionBodyDto, SessionResponse, UpdateClassDto, UpdateSessionDto } from './classes.dto';
import { inTransaction } from './transaction';
import { Waitlist } from './waitlist';
import { DeliveryHooks } from '../delivery-hooks';

const CLASS_READERS = ACCESS['classes.read'];
const CLASS_WRITERS = ACCESS['classes.write'];
/** Roles a class's trainer must hold (on some unit). */
const TRAINER_ROLES = ['trainer', 'admin'] as const;

type ClassWithUnit = TrainingClass & { organiserUnit: OrgUnit };

/** The Vietnam calendar day of an instant. */
const vietnamDay = (instant: Date) => todayInVietnam(instant);

const isForeignKeyViolation = (e: unknown) => {
  const errors = [e as { code?: unknown; errno?: unknown; driverError?: { code?: unknown; errno?: unknown } }, (e as { driverError?: { code?: unknown; errno?: unknown } })?.driverError];
  return errors.some((x) => !!x && (x.errno === 1451 || x.code === 'ER_ROW_IS_REFERENCED_2' || x.code === 'SQLITE_CONSTRAINT_FOREIGNKEY'));
};

/** Classes (runs of a course version) and their sessions; the .ics calendar. */
@Injectable()
export class ClassesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly content: CourseContent,
    private readonly reads: ClassReads,
    private readonly waitlist: Waitlist,
    private readonly hooks: DeliveryHooks,
  ) {}

  /** Every class (staff with classes.read see all), newest start first, keyset on (start date, id). */
  async list(query: ClassesQuery, today = todayInVietnam()): Promise<Page<ClassSummaryResponse>> {
    const limit = query.limit ?? 50;
    const qb = this.reads.classQuery().where('1 = 1').orderBy('c.start_date', 'DESC').addOrderBy('c.id', 'DESC').limit(limit + 1);
    if (query.state) qb.andWhere(STATE_CONDITION[query.state], { today });
    if (query.courseId) qb.andWhere('c.course_id = :courseId', { courseId: query.courseId });
    const q = query.q?.normalize('NFC').trim();
    if (q) {
      const like = `%${q.replace(/[!%_]/g, (m) => `!${m}`)}%`;
      qb.andWhere("(c.code LIKE :like ESCAPE '!' OR c.title LIKE :like ESCAPE '!')", { like });
    }
    const after = decodeCursor(query.cursor, { d: 'string', id: 'number' });
    if (after) qb.andWhere(new Brackets((w) => w.where('c.start_date < :afterDate', { afterDate: after.d }).orWhere('c.start_date = :afterDate AND c.id < :afterId', { afterDate: after.d, afterId: after.id })));
    const rows = await this.reads.summaries(qb, today);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor({ d: last.startDate, id: last.id }) : null };
  }

  /** Classes taking nominations and requests to join, soonest first. */
  async open(courseId?: number, today = todayInVietnam()): Promise<ClassSummaryResponse[]> {
    const qb = this.reads.classQuery().where(OPEN_CONDITION, { today }).orderBy('c.start_date', 'ASC').addOrderBy('c.id', 'ASC').limit(200);
    if (courseId) qb.andWhere('c.course_id = :courseId', { courseId });
    return this.reads.summaries(qb, today);
  }

  /** The next open class of a course (the soonest to start), or null. */
  async next(courseId: number, today = todayInVietnam()): Promise<ClassSummaryResponse | null> {
    const [first] = await this.open(courseId, today);
    return first ?? null;
  }

  /** A class with sessions: for staff with classes.read, its trainers, people in it, and anyone while it is open. */
  async detail(principal: Principal, classId: number): Promise<ClassDetailResponse> {
    await this.readable(principal, classId);
    return this.detailOf(classId);
  }

  async calendar(principal: Principal, classId: number): Promise<{ code: string; ics: string }> {
    await this.readable(principal, classId);
    const detail = await this.detailOf(classId);
    return { code: detail.code, ics: classCalendar(detail) };
  }

  async create(principal: Principal, dto: CreateClassDto): Promise<ClassDetailResponse> {
    const unit = await this.scope.assertUnitInScope(principal, CLASS_WRITERS, dto.organiserUnitId);
    if (unit.validTo !== null) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'org.unit_ended', { name: unit.name, date: unit.validTo });
    this.checkDates(dto);
    const course = await this.db.getRepository(Course).findOneBy({ id: dto.courseId });
    if (!course) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.course_not_found', { id: dto.courseId });
    // The class keeps the version published today; a later publish gives new classes the new one.
    const version = await this.content.publishedVersion(course.id);
    if (!version) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.course_not_published', { course: `${course.code} – ${course.title}` });
    await this.checkTrainers(dto.trainerIds);
    if (await this.db.getRepository(TrainingClass).existsBy({ code: dto.code })) throw refuse(HttpStatus.CONFLICT, 'delivery.class_code_taken', { code: dto.code });
    const id = await this.uniqueCode(dto.code, () =>
      inTransaction(this.db, async (tx) => {
        const { identifiers } = await tx.insert(TrainingClass, {
          code: dto.code,
          title: dto.title,
          courseId: course.id,
          courseVersionId: version.id,
          mode: dto.mode,
          startDate: dto.startDate,
          endDate: dto.endDate,
          enrolmentDeadline: dto.enrolmentDeadline,
          place: dto.place,
          capacity: dto.capacity,
          enrolledCount: 0,
          organiserUnitId: unit.id,
          cancelled: false,
          createdBy: principal.accountId,
          createdAt: new Date(),
        });
        const classId = Number(identifiers[0]['id']);
        if (dto.trainerIds.length) await tx.insert(ClassTrainer, dto.trainerIds.map((personId) => ({ classId, personId })));
        await this.record(tx, principal, 'class.created', 'training_class', classId, `${dto.code} · ${dto.title}`, { ...dto, courseVersionId: version.id });
        return classId;
      }),
    );
    return this.detailOf(id);
  }

  async update(principal: Principal, classId: number, dto: UpdateClassDto): Promise<ClassDetailResponse> {
    const cls = await this.writable(principal, classId, false);
    if (dto.organiserUnitId !== undefined && dto.organiserUnitId !== cls.organiserUnitId) {
      const unit = await this.scope.assertUnitInScope(principal, CLASS_WRITERS, dto.organiserUnitId);
      if (unit.validTo !== null) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'org.unit_ended', { name: unit.name, date: unit.validTo });
    }
    const next = {
      startDate: dto.startDate ?? cls.startDate,
      endDate: dto.endDate ?? cls.endDate,
      enrolmentDeadline: dto.enrolmentDeadline ?? cls.enrolmentDeadline,
    };
    this.checkDates(next);
    if (next.startDate !== cls.startDate || next.endDate !== cls.endDate) {
      const outside = (await this.db.getRepository(ClassSession).findBy({ classId })).filter((s) => !this.withinDates(s.startsAt, s.endsAt, next));
      if (outside.length) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.sessions_outside_dates', { count: outside.length, start: next.startDate, end: next.endDate });
    }
    if (dto.trainerIds) await this.checkTrainers(dto.trainerIds);
    if (dto.code !== undefined && dto.code !== cls.code && (await this.db.getRepository(TrainingClass).existsBy({ code: dto.code }))) {
      throw refuse(HttpStatus.CONFLICT, 'delivery.class_code_taken', { code: dto.code });
    }
    const { trainerIds, capacity, ...rest } = dto;
    // Fields not sent are absent (a DTO instance carries them as undefined).
    const columns = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<TrainingClass>;
    const changed = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    await this.uniqueCode(dto.code ?? cls.code, () =>
      inTransaction(this.db, async (tx) => {
        // First statement: the class row (and its lock). A lower capacity never goes below the enrolled count.
        if (capacity !== undefined) {
          const result = await tx.createQueryBuilder().update(TrainingClass).set({ capacity }).where('id = :classId AND enrolled_count <= :capacity', { classId, capacity }).execute();
          if (result.affected !== 1) {
            const now = await tx.getRepository(TrainingClass).findOneByOrFail({ id: classId });
            throw refuse(HttpStatus.CONFLICT, 'delivery.capacity_below_enrolled', { enrolled: now.enrolledCount });
          }
        } else {
          await this.waitlist.lockClass(tx, classId);
        }
        if (Object.keys(columns).length) await tx.update(TrainingClass, { id: classId }, columns);
        if (trainerIds) {
          await tx.delete(ClassTrainer, { classId });
          if (trainerIds.length) await tx.insert(ClassTrainer, trainerIds.map((personId) => ({ classId, personId })));
        }
        // More places: the waiting list moves up into them.
        const promoted = capacity !== undefined && capacity > cls.capacity && !(dto.cancelled ?? cls.cancelled) ? await this.waitlist.promote(tx, principal, classId, dto.code ?? cls.code) : [];
        await this.record(tx, principal, 'class.changed', 'training_class', classId, `${dto.code ?? cls.code} · ${dto.title ?? cls.title}`, { ...changed, ...(promoted.length ? { promotedEnrolmentIds: promoted } : {}) });
      }),
    );
    return this.detailOf(classId);
  }

  // ---- sessions -------------------------------------------------------------------------

  async addSession(principal: Principal, classId: number, dto: SessionBodyDto): Promise<SessionResponse> {
    const cls = await this.writable(principal, classId, true);
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    this.checkSession(cls, startsAt, endsAt);
    const id = await inTransaction(this.db, async (tx) => {
      const { identifiers } = await tx.insert(ClassSession, {
        classId,
        title: dto.title,
        startsAt,
        endsAt,
        place: dto.place,
        onlineUrl: dto.onlineUrl,
        checkInSecret: randomBytes(32).toString('hex'),
      });
      const sessionId = Number(identifiers[0]['id']);
      await this.record(tx, principal, 'class.changed', 'class_session', sessionId, `${cls.code} · ${dto.title}`, { classId, session: 'added', ...dto });
      return sessionId;
    });
    // One more session to attend changes every learner's attendance rate.
    await this.hooks.learnersChanged({ classId });
    return toSessionDto(await this.db.getRepository(ClassSession).findOneByOrFail({ id }));
  }

  async updateSession(principal: Principal, sessionId: number, dto: UpdateSessionDto): Promise<SessionResponse> {
    const session = await this.session(sessionId);
    const cls = await this.writable(principal, session.classId, true);
    const startsAt = dto.startsAt !== undefined ? new Date(dto.startsAt) : session.startsAt;
    const endsAt = dto.endsAt !== undefined ? new Date(dto.endsAt) : session.endsAt;
    this.checkSession(cls, startsAt, endsAt);
    await inTransaction(this.db, async (tx) => {
      const changes: Partial<ClassSession> = {};
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.place !== undefined) changes.place = dto.place;
      if (dto.onlineUrl !== undefined) changes.onlineUrl = dto.onlineUrl;
      if (dto.startsAt !== undefined) changes.startsAt = startsAt;
      if (dto.endsAt !== undefined) changes.endsAt = endsAt;
      if (Object.keys(changes).length) await tx.update(ClassSession, { id: sessionId }, changes);
      await this.record(tx, principal, 'class.changed', 'class_session', sessionId, `${cls.code} · ${dto.title ?? session.title}`, { classId: cls.id, session: 'changed', ...dto });
    });
    return toSessionDto(await this.db.getRepository(ClassSession).findOneByOrFail({ id: sessionId }));
  }

  async deleteSession(principal: Principal, sessionId: number): Promise<void> {
    const session = await this.session(sessionId);
    const cls = await this.writable(principal, session.classId, true);
    const marks = (await this.db.getRepository(Attendance).countBy({ sessionId })) + (await this.db.getRepository(SignInSheet).countBy({ sessionId }));
    if (marks > 0) throw refuse(HttpStatus.CONFLICT, 'delivery.session_has_attendance');
    try {
      await inTransaction(this.db, async (tx) => {
        await tx.delete(ClassSession, { id: sessionId });
        await this.record(tx, principal, 'class.changed', 'class_session', sessionId, `${cls.code} · ${session.title}`, { classId: cls.id, session: 'deleted', title: session.title });
      });
    } catch (e) {
      // Attendance recorded between the check and the delete: the foreign key keeps it.
      if (isForeignKeyViolation(e)) throw refuse(HttpStatus.CONFLICT, 'delivery.session_has_attendance');
      throw e;
    }
    await this.hooks.learnersChanged({ classId: cls.id });
  }

  // ---- internals ------------------------------------------------------------------------

  async detailOf(classId: number): Promise<ClassDetailResponse> {
    const summary = await this.reads.summary(classId);
    return { ...summary, sessions: await this.reads.sessions(classId) };
  }

  private async readable(principal: Principal, classId: number): Promise<TrainingClass> {
    const cls = await this.db.getRepository(TrainingClass).findOneBy({ id: classId });
    if (!cls) throw refuse(HttpStatus.NOT_FOUND, 'delivery.class_not_found');
    if (hasRole(principal, CLASS_READERS) || isOpen(cls)) return cls;
    if (await this.reads.isTrainer(classId, principal.personId)) return cls;
    if (await this.db.getRepository(Enrolment).existsBy({ classId, personId: principal.personId })) return cls;
    throw refuse(HttpStatus.FORBIDDEN, 'delivery.class_forbidden');
  }

  /** A class the caller may change: its organiser lies in their classes.write scope, or (for sessions) they train it. */
  private async writable(principal: Principal, classId: number, trainerMayWrite: boolean): Promise<ClassWithUnit> {
    const cls = await this.db.getRepository(TrainingClass).findOne({ where: { id: classId }, relations: { organiserUnit: true } });
    if (!cls?.organiserUnit) throw refuse(HttpStatus.NOT_FOUND, 'delivery.class_not_found');
    if (coversPath(principal, CLASS_WRITERS, cls.organiserUnit.path)) return cls as ClassWithUnit;
    if (trainerMayWrite && (await this.reads.isTrainer(classId, principal.personId))) return cls as ClassWithUnit;
    throw refuse(HttpStatus.FORBIDDEN, trainerMayWrite ? 'delivery.class_not_writable' : 'auth.out_of_scope');
  }

  private async session(sessionId: number): Promise<ClassSession> {
    const session = await this.db.getRepository(ClassSession).findOneBy({ id: sessionId });
    if (!session) throw refuse(HttpStatus.NOT_FOUND, 'delivery.session_not_found');
    return session;
  }

  private checkDates(d: { startDate: string; endDate: string; enrolmentDeadline: string }) {
    if (d.endDate < d.startDate) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.end_before_start', { start: d.startDate, end: d.endDate });
    if (d.enrolmentDeadline > d.startDate) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.deadline_after_start', { deadline: d.enrolmentDeadline, start: d.startDate });
  }

  /** Whether a session falls on the class's days (as days in Vietnam). */
  private withinDates(startsAt: Date, endsAt: Date, d: { startDate: string; endDate: string }) {
    return vietnamDay(new Date(startsAt)) >= d.startDate && vietnamDay(new Date(endsAt)) <= d.endDate;
  }

  private checkSession(cls: TrainingClass, startsAt: Date, endsAt: Date) {
    if (!(endsAt.getTime() > startsAt.getTime())) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.session_ends_before_start');
    if (!this.withinDates(startsAt, endsAt, cls)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.session_outside_class', { start: cls.startDate, end: cls.endDate });
  }

  /** Trainers are existing, active people whose active account holds the trainer or administrator role. */
  private async checkTrainers(personIds: number[]) {
    if (!personIds.length) return;
    const rows: { id: number; fullName: string; active: number | boolean; eligible: number | string }[] = await this.db.query(
      `SELECT p.id AS id, p.full_name AS fullName, p.active AS active,
              (SELECT COUNT(*) FROM account a INNER JOIN role_grant g ON g.account_id = a.id
               WHERE a.person_id = p.id AND a.active = 1 AND g.role IN (${TRAINER_ROLES.map(() => '?').join(', ')})) AS eligible
       FROM person p WHERE p.id IN (${personIds.map(() => '?').join(', ')})`,
      [...TRAINER_ROLES, ...personIds],
    );
    for (const id of personIds) {
      const row = rows.find((r) => Number(r.id) === id);
      if (!row) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.trainer_not_found', { id });
      if (!(Number(row.active) === 1 || row.active === true)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.trainer_inactive', { name: row.fullName });
      if (Number(row.eligible) === 0) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.not_a_trainer', { name: row.fullName });
    }
  }

  /** Runs a write; a class code taken meanwhile (the unique index decides) is a 409. */
  private async uniqueCode<T>(code: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (e) {
      if (isUniqueViolation(e, 'UQ_training_class_code', 'training_class.code')) throw refuse(HttpStatus.CONFLICT, 'delivery.class_code_taken', { code });
      throw e;
    }
  }

  private record(tx: EntityManager, principal: Principal, action: 'class.created' | 'class.changed', targetType: string, targetId: number, label: string, details: Record<string, unknown>) {
    return this.audit.record({ action, actorId: principal.accountId, actorEmail: principal.email, targetType, targetId, targetLabel: label, details }, tx);
  }
}
