import { HttpStatus, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompletionBoard, CompletionGap, CompletionRow, CompletionRules, MyCompletion } from '@cds/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '@cds/api/authz';
import { isUniqueViolation, refuse } from '@cds/api/common';
import { AssessmentHooks, Attempt, Quiz } from '@cds/assessment/api';
import { AuditService } from '@cds/audit/api';
import { CourseModule, CourseVersion, Lesson } from '@cds/catalogue/api';
import { Attendance, ClassSession, DeliveryHooks, Enrolment, LessonProgress, TrainingClass, type LearnerChange } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { classRights } from '../access';
import { Certificate } from '../certificate.entity';
import { Completion, CompletionRule } from '../certification.entities';

/** Enrolment states whose learners are evaluated (a withdrawn or rejected one is not). */
const LEARNER_STATES = ['enrolled', 'completed', 'failed'] as const;
const MAX_REASON = 500;

/** The rules of a class without its own: every lesson and quiz; 80 % attendance where there are sessions in person. */
export function defaultRules(cls: Pick<TrainingClass, 'mode'>): CompletionRules {
  return { allLessons: true, allQuizzes: true, minAttendance: cls.mode === 'online' ? null : 80, finalQuizId: null, signOff: false };
}

const rulesOf = (r: CompletionRule): CompletionRules => ({
  allLessons: !!r.allLessons,
  allQuizzes: !!r.allQuizzes,
  minAttendance: r.minAttendance,
  finalQuizId: r.finalQuizId,
  signOff: !!r.signOff,
});

/** The rules a learner has not met yet. */
export function gapsOf(rules: CompletionRules, c: Pick<Completion, 'lessonsDone' | 'lessonsTotal' | 'quizzesPassed' | 'quizzesTotal' | 'attendance' | 'finalPassed' | 'signedOffBy'>): CompletionGap[] {
  const gaps: CompletionGap[] = [];
  if (rules.allLessons && c.lessonsDone < c.lessonsTotal) gaps.push('lessons');
  if (rules.allQuizzes && c.quizzesPassed < c.quizzesTotal) gaps.push('quizzes');
  if (rules.minAttendance !== null && (c.attendance === null || c.attendance < rules.minAttendance)) gaps.push('attendance');
  if (rules.finalQuizId !== null && !c.finalPassed) gaps.push('final_exam');
  if (rules.signOff && c.signedOffBy === null) gaps.push('sign_off');
  return gaps;
}

/**
 * Completion of classes: evaluated for the learners concerned whenever something it depends on
 * happens (delivery and assessment call in after their change commits; sign-offs, exceptions and
 * rule changes here), never on a timer, so the learner and the certifier see the same state at once.
 */
interface PendingChange {
  all: boolean;
  personIds: Set<number>;
  enrolmentIds: Set<number>;
}

@Injectable()
export class CompletionService implements OnModuleInit {
  private readonly logger = new Logger('Completion');
  /** The batch of changes still collecting (it runs after the one before it), and the end of the queue. */
  private open: { changes: Map<number, PendingChange>; done: Promise<void> } | null = null;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly deliveryHooks: DeliveryHooks,
    private readonly assessmentHooks: AssessmentHooks,
  ) {}

  onModuleInit(): void {
    this.deliveryHooks.register({ learnersChanged: (change) => this.evaluateChange(change) });
    this.assessmentHooks.register({ resultsChanged: (change) => this.evaluateChange(change) });
  }

  /**
   * Evaluates the learners an event concerns, right after it and never on a timer, without making
   * the event wait: a learner's submit or a trainer's roll call answers at once (at a deadline of
   * 3,000 submits on MariaDB, waiting for completion put the submit's p95 at 16 s). Events are
   * batched: while one batch is being evaluated, the next collects every change that arrives (per
   * class, the learners named, or the whole class), so a crowd costs a few evaluations of many
   * learners; when nothing else is going on a batch starts at once. Whoever reads completion
   * (`settled()`) waits for the batches queued before it, so the learner and the certifier always
   * see the state after every event so far.
   */
  evaluateChange(change: LearnerChange): Promise<void> {
    this.enqueue(change);
    return Promise.resolve();
  }

  /** Resolves when every change queued so far has been evaluated and written. */
  settled(): Promise<void> {
    return this.open?.done ?? this.tail;
  }

  private enqueue(change: LearnerChange): void {
    if (!this.open) {
      const changes = new Map<number, PendingChange>();
      const done = this.tail.then(async () => {
        if (this.open?.changes === changes) this.open = null;
        for (const [classId, p] of changes) {
          try {
            await this.evaluate(this.db, classId, p.all ? {} : { personIds: [...p.personIds], enrolmentIds: [...p.enrolmentIds] });
          } catch (e) {
            this.logger.error(`completion of class ${classId} not evaluated: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
      });
      this.tail = done;
      this.open = { changes, done };
    }
    const p = this.open.changes.get(change.classId) ?? { all: false, personIds: new Set<number>(), enrolmentIds: new Set<number>() };
    if (!change.personIds && !change.enrolmentIds) p.all = true;
    change.personIds?.forEach((id) => p.personIds.add(id));
    change.enrolmentIds?.forEach((id) => p.enrolmentIds.add(id));
    this.open.changes.set(change.classId, p);
  }

  rules(db: DataSource | EntityManager, cls: TrainingClass): Promise<CompletionRules> {
    return rulesFor(db, cls);
  }

  evaluate(db: DataSource | EntityManager, classId: number, who: { personIds?: number[]; enrolmentIds?: number[] } = {}, now = new Date()): Promise<Completion[]> {
    return evaluateCompletion(db, classId, who, now);
  }

  // ---- the board -----------------------------------------------------------------------

  async board(principal: Principal, classId: number): Promise<CompletionBoard> {
    await this.settled();
    const rights = await classRights(this.db, principal, classId);
    const cls = rights.cls;
    const rules = await this.rules(this.db, cls);
    let rows = await this.db.getRepository(Completion).findBy({ classId });
    const learners = await this.db.getRepository(Enrolment).countBy({ classId, state: In([...LEARNER_STATES]) });
    // Learners nothing has happened to yet have no row: evaluate them once, now.
    if (rows.length < learners) rows = await this.evaluate(this.db, classId);
    const quizzes = await this.db
      .getRepository(Quiz)
      .createQueryBuilder('q')
      .select(['q.id', 'q.title'])
      .where('q.courseId = :courseId AND (q.classId IS NULL OR q.classId = :classId) AND q.published = :yes', { courseId: cls.courseId, classId, yes: true })
      .orderBy('q.id', 'ASC')
      .getMany();
    const version = await this.db.getRepository(CourseVersion).findOne({ select: { id: true, title: true }, where: { id: cls.courseVersionId } });
    return {
      classId,
      classCode: cls.code,
      courseTitle: version?.title ?? '',
      rules,
      quizzes: quizzes.map((q) => ({ id: q.id, title: q.title })),
      rows: await this.toRows(rules, rows),
      can: { setRules: rights.setRules, signOff: rights.signOff && rules.signOff, except: rights.except, issue: rights.issue },
    };
  }

  async mine(principal: Principal, classId: number): Promise<MyCompletion> {
    await this.settled();
    const enrolled = await this.db.getRepository(Enrolment).existsBy({ classId, personId: principal.personId, state: In([...LEARNER_STATES]) });
    if (!enrolled) throw refuse(HttpStatus.FORBIDDEN, 'certification.not_in_class');
    return this.myCompletion(principal, await this.db.getRepository(TrainingClass).findOneByOrFail({ id: classId }));
  }

  /** The caller's completion of every class they are taking now (enrolled, not finished). */
  async allMine(principal: Principal): Promise<MyCompletion[]> {
    await this.settled();
    const enrolments = await this.db.getRepository(Enrolment).find({ select: { classId: true }, where: { personId: principal.personId, state: 'enrolled' } });
    if (!enrolments.length) return [];
    const classes = await this.db.getRepository(TrainingClass).find({ where: { id: In(enrolments.map((e) => e.classId)) }, order: { startDate: 'DESC' } });
    const out: MyCompletion[] = [];
    for (const cls of classes) out.push(await this.myCompletion(principal, cls));
    return out;
  }

  private async myCompletion(principal: Principal, cls: TrainingClass): Promise<MyCompletion> {
    const rules = await this.rules(this.db, cls);
    const row = (await this.db.getRepository(Completion).findOneBy({ classId: cls.id, personId: principal.personId })) ?? (await this.evaluate(this.db, cls.id, { personIds: [principal.personId] }))[0];
    const version = await this.db.getRepository(CourseVersion).findOne({ select: { id: true, title: true }, where: { id: cls.courseVersionId } });
    return { classId: cls.id, classCode: cls.code, courseTitle: version?.title ?? '', rules, row: (await this.toRows(rules, [row]))[0] };
  }

  async setRules(principal: Principal, classId: number, input: CompletionRules, ip: string | null): Promise<CompletionBoard> {
    const rights = await classRights(this.db, principal, classId);
    if (!rights.setRules) throw refuse(HttpStatus.FORBIDDEN, 'certification.not_for_you');
    const rules = validRules(input);
    if (rules.finalQuizId !== null) {
      const quiz = await this.db.getRepository(Quiz).findOneBy({ id: rules.finalQuizId });
      if (!quiz || quiz.courseId !== rights.cls.courseId || (quiz.classId !== null && quiz.classId !== classId)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.final_quiz_not_in_class');
    }
    await this.db.transaction(async (tx) => {
      await tx.getRepository(CompletionRule).save({ classId, ...rules, updatedBy: principal.personId, updatedAt: new Date() });
      await this.audit.record(
        { action: 'certification.rules_saved', actorId: principal.accountId, actorEmail: principal.email, targetType: 'class', targetId: classId, targetLabel: rights.cls.code, ip, details: { ...rules } },
        tx,
      );
    });
    await this.evaluate(this.db, classId);
    return this.board(principal, classId);
  }

  async signOff(principal: Principal, classId: number, personId: number, signedOff: boolean, ip: string | null): Promise<CompletionRow> {
    const rights = await classRights(this.db, principal, classId);
    if (!rights.signOff) throw refuse(HttpStatus.FORBIDDEN, 'certification.not_for_you');
    await this.learnerRow(classId, personId);
    await this.db.transaction(async (tx) => {
      await tx.getRepository(Completion).update({ classId, personId }, signedOff ? { signedOffBy: principal.personId, signedOffAt: new Date() } : { signedOffBy: null, signedOffAt: null });
      await this.audit.record(
        { action: 'certification.signed_off', actorId: principal.accountId, actorEmail: principal.email, targetType: 'class', targetId: classId, targetLabel: rights.cls.code, ip, details: { personId, signedOff } },
        tx,
      );
    });
    return this.rowAfter(rights.cls, personId);
  }

  async setException(principal: Principal, classId: number, personId: number, reasonInput: unknown, ip: string | null): Promise<CompletionRow> {
    const rights = await classRights(this.db, principal, classId);
    if (!rights.except) throw refuse(HttpStatus.FORBIDDEN, 'certification.not_certifier');
    if (personId === principal.personId) throw refuse(HttpStatus.FORBIDDEN, 'certification.own_completion');
    const reason = typeof reasonInput === 'string' ? reasonInput.trim() : '';
    if (reason.length > MAX_REASON) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.reason_length', { max: MAX_REASON });
    const before = await this.learnerRow(classId, personId);
    await this.db.transaction(async (tx) => {
      await tx.getRepository(Completion).update({ classId, personId }, reason ? { exceptionReason: reason, exceptionBy: principal.personId } : { exceptionReason: null, exceptionBy: null });
      await this.audit.record(
        {
          action: 'certification.exception_set',
          actorId: principal.accountId,
          actorEmail: principal.email,
          targetType: 'class',
          targetId: classId,
          targetLabel: rights.cls.code,
          ip,
          details: { personId, before: before.exceptionReason, after: reason || null },
        },
        tx,
      );
    });
    return this.rowAfter(rights.cls, personId);
  }

  /** Board rows with names, units, gaps and the certificate issued from the class. */
  async toRows(rules: CompletionRules, rows: Completion[]): Promise<CompletionRow[]> {
    if (!rows.length) return [];
    const ids = [...new Set([...rows.map((r) => r.personId), ...rows.map((r) => r.exceptionBy).filter((x): x is number => x !== null)])];
    const people = await this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .leftJoin(OrgUnit, 'u', 'u.id = p.orgUnitId')
      .select('p.id', 'id')
      .addSelect('p.fullName', 'fullName')
      .addSelect('u.name', 'unitName')
      .where('p.id IN (:...ids)', { ids })
      .getRawMany<{ id: number; fullName: string; unitName: string | null }>();
    const byId = new Map(people.map((p) => [Number(p.id), p]));
    const certificates = await this.db.getRepository(Certificate).find({
      select: { id: true, personId: true, publicCode: true, registerYear: true, registerSeq: true },
      where: { classId: rows[0].classId, personId: In(rows.map((r) => r.personId)), status: 'valid' },
    });
    const certOf = new Map(certificates.map((c) => [c.personId, c]));
    return rows
      .map((r) => {
        const cert = certOf.get(r.personId);
        return {
          personId: r.personId,
          fullName: byId.get(r.personId)?.fullName ?? '',
          unitName: byId.get(r.personId)?.unitName ?? '',
          lessonsDone: r.lessonsDone,
          lessonsTotal: r.lessonsTotal,
          quizzesPassed: r.quizzesPassed,
          quizzesTotal: r.quizzesTotal,
          attendance: r.attendance,
          finalPassed: r.finalPassed === null ? null : !!r.finalPassed,
          signedOff: r.signedOffBy !== null,
          complete: !!r.complete,
          gaps: gapsOf(rules, r),
          exception: r.exceptionReason ? { reason: r.exceptionReason, by: byId.get(r.exceptionBy as number)?.fullName ?? '' } : null,
          certificate: cert && cert.publicCode ? { id: cert.id, publicCode: cert.publicCode, registerNumber: registerNumber(cert.registerYear, cert.registerSeq) } : null,
          evaluatedAt: new Date(r.evaluatedAt).toISOString(),
        };
      })
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
  }

  private async learnerRow(classId: number, personId: number): Promise<Completion> {
    const row = await this.db.getRepository(Completion).findOneBy({ classId, personId });
    if (row) return row;
    const [fresh] = await this.evaluate(this.db, classId, { personIds: [personId] });
    if (!fresh) throw refuse(HttpStatus.NOT_FOUND, 'certification.not_a_learner', { id: personId });
    return fresh;
  }

  private async rowAfter(cls: TrainingClass, personId: number): Promise<CompletionRow> {
    const [row] = await this.evaluate(this.db, cls.id, { personIds: [personId] });
    return (await this.toRows(await this.rules(this.db, cls), [row]))[0];
  }
}

export async function rulesFor(db: DataSource | EntityManager, cls: TrainingClass): Promise<CompletionRules> {
  const row = await db.getRepository(CompletionRule).findOneBy({ classId: cls.id });
  return row ? rulesOf(row) : defaultRules(cls);
}

/**
 * Re-evaluates the learners of a class (all of them, or those named) and writes their rows: four
 * statements for the class, then five per 200 learners, whatever the events. Returns the rows.
 */
export async function evaluateCompletion(db: DataSource | EntityManager, classId: number, who: { personIds?: number[]; enrolmentIds?: number[] } = {}, now = new Date()): Promise<Completion[]> {
  const cls = await db.getRepository(TrainingClass).findOneBy({ id: classId });
  if (!cls) return [];
  const rules = await rulesFor(db, cls);
  // The learners named by person or by enrolment (either), or all of them.
  const base = { classId, state: In([...LEARNER_STATES]) };
  const wheres =
    who.personIds || who.enrolmentIds
      ? [...chunks(who.personIds ?? []).map((ids) => ({ ...base, personId: In(ids) })), ...chunks(who.enrolmentIds ?? []).map((ids) => ({ ...base, id: In(ids) }))]
      : [base];
  const found = new Map<number, Enrolment>();
  for (const where of wheres) for (const e of await db.getRepository(Enrolment).find({ select: { id: true, personId: true }, where })) found.set(e.id, e);
  if (!found.size) return [];

  const lessonsTotal = await db
    .getRepository(Lesson)
    .createQueryBuilder('l')
    .innerJoin(CourseModule, 'm', 'm.id = l.moduleId')
    .where('m.versionId = :versionId', { versionId: cls.courseVersionId })
    .getCount();
  const quizzes = await db
    .getRepository(Quiz)
    .createQueryBuilder('q')
    .select(['q.id'])
    .where('q.courseId = :courseId AND (q.classId IS NULL OR q.classId = :classId) AND q.published = :yes', { courseId: cls.courseId, classId, yes: true })
    .getMany();
  const quizIds = quizzes.map((q) => q.id);
  const sessions = await db.getRepository(ClassSession).countBy({ classId });
  const figures = { lessonsTotal, quizIds, sessions };
  const rows: Completion[] = [];
  // A few hundred learners per round: TypeORM expands every IN-list parameter through the whole
  // statement, so one list of 3,000 ids took seconds of the event loop at a quiz deadline.
  for (const part of chunks([...found.values()])) rows.push(...(await evaluateSome(db, cls, rules, figures, part, now)));
  return rows;
}

async function evaluateSome(
  db: DataSource | EntityManager,
  cls: TrainingClass,
  rules: CompletionRules,
  { lessonsTotal, quizIds, sessions }: { lessonsTotal: number; quizIds: number[]; sessions: number },
  enrolments: Enrolment[],
  now: Date,
): Promise<Completion[]> {
  const classId = cls.id;
  const enrolmentIds = enrolments.map((e) => e.id);
  const personIds = enrolments.map((e) => e.personId);
  const done = await db
    .getRepository(LessonProgress)
    .createQueryBuilder('lp')
    .select('lp.enrolmentId', 'enrolmentId')
    .addSelect('COUNT(*)', 'n')
    .where('lp.enrolmentId IN (:...enrolmentIds) AND lp.completedAt IS NOT NULL', { enrolmentIds })
    .groupBy('lp.enrolmentId')
    .getRawMany<{ enrolmentId: number; n: number | string }>();
  const lessonsDone = new Map(done.map((r) => [Number(r.enrolmentId), Number(r.n)]));

  const passedRows = quizIds.length
    ? await db
        .getRepository(Attempt)
        .createQueryBuilder('a')
        .select('a.personId', 'personId')
        .addSelect('a.quizId', 'quizId')
        .distinct(true)
        .where('a.classId = :classId AND a.personId IN (:...personIds) AND a.quizId IN (:...quizIds) AND a.passed = :yes', { classId, personIds, quizIds, yes: true })
        .getRawMany<{ personId: number; quizId: number }>()
    : [];
  const passed = new Map<number, Set<number>>();
  for (const r of passedRows) passed.set(Number(r.personId), (passed.get(Number(r.personId)) ?? new Set()).add(Number(r.quizId)));

  const marks = await db
    .getRepository(Attendance)
    .createQueryBuilder('a')
    .select('a.enrolmentId', 'enrolmentId')
    .addSelect('a.status', 'status')
    .addSelect('COUNT(*)', 'n')
    .where('a.enrolmentId IN (:...enrolmentIds)', { enrolmentIds })
    .groupBy('a.enrolmentId')
    .addGroupBy('a.status')
    .getRawMany<{ enrolmentId: number; status: string; n: number | string }>();
  const attended = new Map<number, { present: number; excused: number }>();
  for (const m of marks) {
    const t = attended.get(Number(m.enrolmentId)) ?? { present: 0, excused: 0 };
    if (m.status === 'present' || m.status === 'late') t.present += Number(m.n);
    if (m.status === 'excused') t.excused += Number(m.n);
    attended.set(Number(m.enrolmentId), t);
  }

  const existing = new Map((await db.getRepository(Completion).findBy({ classId, personId: In(personIds) })).map((c) => [c.personId, c]));
  const rows: Completion[] = [];
  for (const e of enrolments) {
    const before = existing.get(e.personId);
    const own = passed.get(e.personId) ?? new Set<number>();
    const att = attended.get(e.id) ?? { present: 0, excused: 0 };
    const countable = sessions - att.excused;
    const row = Object.assign(new Completion(), {
      classId,
      personId: e.personId,
      lessonsDone: lessonsDone.get(e.id) ?? 0,
      lessonsTotal,
      quizzesPassed: quizIds.filter((id) => own.has(id)).length,
      quizzesTotal: quizIds.length,
      attendance: sessions === 0 ? null : countable <= 0 ? 100 : Math.floor((100 * att.present) / countable),
      finalPassed: rules.finalQuizId === null ? null : own.has(rules.finalQuizId),
      signedOffBy: before?.signedOffBy ?? null,
      signedOffAt: before?.signedOffAt ?? null,
      exceptionReason: before?.exceptionReason ?? null,
      exceptionBy: before?.exceptionBy ?? null,
      evaluatedAt: now,
    });
    row.complete = row.exceptionReason !== null || gapsOf(rules, row).length === 0;
    row.completedAt = row.complete ? (before?.complete && before.completedAt ? before.completedAt : now) : null;
    rows.push(row);
  }
  await writeCompletions(db, rows, existing);
  return rows;
}

/** What evaluation computes; sign-offs and exceptions are written by their own acts, never here. */
const COMPUTED = ['lessonsDone', 'lessonsTotal', 'quizzesPassed', 'quizzesTotal', 'attendance', 'finalPassed', 'complete'] as const;

/**
 * Inserts new rows and updates only the rows whose computed state changed (`evaluated_at` then says
 * when it last changed): at a quiz deadline most submits change nothing here, so they write nothing.
 */
async function writeCompletions(db: DataSource | EntityManager, rows: Completion[], existing: Map<number, Completion>): Promise<void> {
  const repo = db.getRepository(Completion);
  const fresh = rows.filter((r) => !existing.has(r.personId));
  for (const part of chunks(fresh)) {
    try {
      await repo.insert(part);
    } catch (e) {
      // Written by a concurrent evaluation (another process) a moment ago: update instead.
      if (!isUniqueViolation(e)) throw e;
      for (const r of part) await repo.update({ classId: r.classId, personId: r.personId }, pick(r));
    }
  }
  for (const r of rows) {
    const before = existing.get(r.personId);
    if (before && COMPUTED.some((k) => computedValue(before, k) !== computedValue(r, k))) await repo.update({ classId: r.classId, personId: r.personId }, pick(r));
  }
}

/** A computed field as compared: the drivers read booleans and numbers back in their own types (1/true, '3'/3). */
const computedValue = (c: Completion, k: (typeof COMPUTED)[number]) => (c[k] === null ? null : k === 'finalPassed' || k === 'complete' ? !!c[k] : Number(c[k]));

const pick = (r: Completion) => ({
  lessonsDone: r.lessonsDone,
  lessonsTotal: r.lessonsTotal,
  quizzesPassed: r.quizzesPassed,
  quizzesTotal: r.quizzesTotal,
  attendance: r.attendance,
  finalPassed: r.finalPassed,
  complete: r.complete,
  completedAt: r.completedAt,
  evaluatedAt: r.evaluatedAt,
});

const CHUNK = 200;
function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** "0007/2026": the register number printed on a certificate. */
export function registerNumber(year: number | null, seq: number | null): string {
  return year === null || seq === null ? '' : `${String(seq).padStart(4, '0')}/${year}`;
}

function validRules(input: unknown): CompletionRules {
  const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const bool = (k: string) => {
    if (typeof body[k] !== 'boolean') throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.rules_field', { field: k });
    return body[k] as boolean;
  };
  const intOrNull = (k: string, min: number, max: number) => {
    const v = body[k];
    if (v === null || v === undefined) return null;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.rules_field', { field: k });
    return v;
  };
  return { allLessons: bool('allLessons'), allQuizzes: bool('allQuizzes'), minAttendance: intOrNull('minAttendance', 0, 100), finalQuizId: intOrNull('finalQuizId', 1, 2 ** 31 - 1), signOff: bool('signOff') };
}
