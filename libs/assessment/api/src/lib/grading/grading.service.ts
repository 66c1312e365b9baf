import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EssayQuestion, GradeMark, GradingQueueItem, GradingResponse, MarkRole } from '@cds/contracts';
import { MARK_ROLES } from '@cds/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import type { Principal } from '@cds/api/authz';
import { refuse } from '@cds/api/common';
import { Course } from '@cds/catalogue/api';
import { TrainingClass } from '@cds/delivery/api';
import { Person } from '@cds/people/api';
import { AttemptService } from '../attempts/attempt.service';
import { AssessmentHooks } from '../quizzes/assessment-hooks';
import { attemptScore, roundPoints } from '../quizzes/policy';
import { Attempt, AttemptMark, AttemptQuestion, Quiz } from '../quizzes/quiz.entities';
import { assertMayGrade, gradableClassIds } from './grader-access';

const MARKERS = { first: 1, second: 2, settle: 3 } as const;
const MAX_COMMENT = 5_000;
const GRADABLE_STATES = ['awaiting_grading', 'graded'];

interface ResponseRow {
  attemptId: number;
  slot: number;
  questionId: number;
  questionVersionId: number;
  points: number;
  fraction: number | null;
  answerText: string;
  quizId: number;
  classId: number;
  personId: number;
  submittedAt: Date | null;
}

const wordsIn = (text: string) => (text.trim() ? text.trim().split(/\s+/u).length : 0);

/** What counts of one response's marks: the settled mark, else the one mark (no second marker), else two that agree. */
export function countingMark(marks: Map<number, AttemptMark>, secondMarker: boolean): AttemptMark | null {
  const settled = marks.get(MARKERS.settle);
  if (settled) return settled;
  const first = marks.get(MARKERS.first) ?? null;
  if (!secondMarker) return first;
  const second = marks.get(MARKERS.second);
  return first && second && first.points === second.points ? first : null;
}

export function markState(marks: Map<number, AttemptMark>, secondMarker: boolean): GradingResponse['state'] {
  if (countingMark(marks, secondMarker)) return 'graded';
  if (!marks.get(MARKERS.first)) return 'pending';
  return marks.get(MARKERS.second) ? 'disagreement' : 'second_pending';
}

/**
 * Grading essays: a trainer's queue across the classes they train, grading one question across
 * every learner, an optional second marker with differences settled, and every grade change
 * audited with who, when, before and after. A response's grade writes its fraction and
 * recomputes the attempt in the same transaction.
 */
@Injectable()
export class GradingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly attempts: AttemptService,
    private readonly hooks: AssessmentHooks,
  ) {}

  /** Essay questions with responses, per quiz, in the caller's classes; those waiting first. */
  async queue(principal: Principal): Promise<GradingQueueItem[]> {
    const classIds = await gradableClassIds(this.db, principal);
    if (!classIds.length) return [];
    const rows = await this.essayRows(this.db, { classIds });
    if (!rows.length) return [];
    const marks = await this.marksOf(rows);
    const quizzes = new Map((await this.db.getRepository(Quiz).findBy({ id: In([...new Set(rows.map((r) => r.quizId))]) })).map((q) => [q.id, q] as const));
    const courses = new Map((await this.db.getRepository(Course).findBy({ id: In([...new Set([...quizzes.values()].map((q) => q.courseId))]) })).map((c) => [c.id, c] as const));
    const versions = await this.attempts.versions.get(this.db, rows.map((r) => r.questionVersionId));
    const items = new Map<string, GradingQueueItem>();
    for (const r of rows) {
      const quiz = quizzes.get(r.quizId) as Quiz;
      const key = `${r.quizId}:${r.questionId}`;
      const item = items.get(key) ?? {
        quizId: r.quizId,
        quizTitle: quiz.title,
        courseCode: courses.get(quiz.courseId)?.code ?? '',
        questionId: r.questionId,
        questionName: versions.get(r.questionVersionId)?.name || `#${r.questionId}`,
        pending: 0,
        disagreements: 0,
        graded: 0,
      };
      const state = markState(marks.get(`${r.attemptId}:${r.slot}`) ?? new Map(), !!quiz.secondMarker);
      if (state === 'graded') item.graded++;
      else if (state === 'disagreement') item.disagreements++;
      else item.pending++;
      items.set(key, item);
    }
    return [...items.values()].sort((a, b) => b.pending + b.disagreements - (a.pending + a.disagreements) || a.quizTitle.localeCompare(b.quizTitle, 'vi'));
  }

  /** Every response to one essay question of a quiz in the caller's classes (waiting ones first, then by name). */
  async responses(principal: Principal, quizId: number, questionId: number): Promise<GradingResponse[]> {
    const classIds = await gradableClassIds(this.db, principal);
    if (!classIds.length) return [];
    const rows = await this.essayRows(this.db, { classIds, quizId, questionId });
    const views = await this.views(this.db, rows, principal);
    const order = { pending: 0, second_pending: 1, disagreement: 0, graded: 2 };
    return views.sort((a, b) => order[a.state] - order[b.state] || a.fullName.localeCompare(b.fullName, 'vi') || a.attemptId - b.attemptId);
  }

  /** Earlier comments on this question, the most used first (then the latest): a marker reuses them with one click. */
  async comments(principal: Principal, questionId: number): Promise<string[]> {
    const classIds = await gradableClassIds(this.db, principal);
    if (!classIds.length) return [];
    const rows = await this.db
      .getRepository(AttemptMark)
      .createQueryBuilder('m')
      .innerJoin(AttemptQuestion, 'aq', 'aq.attemptId = m.attemptId AND aq.slot = m.slot')
      .innerJoin(Attempt, 'a', 'a.id = m.attemptId')
      .select('m.comment', 'comment')
      .addSelect('COUNT(*)', 'uses')
      .addSelect('MAX(m.markedAt)', 'last_used')
      .where('aq.questionId = :questionId', { questionId })
      .andWhere('a.classId IN (:...classIds)', { classIds })
      .andWhere("m.comment <> ''")
      .groupBy('m.comment')
      .orderBy('uses', 'DESC')
      .addOrderBy('last_used', 'DESC')
      .limit(30)
      .getRawMany<{ comment: string }>();
    return rows.map((r) => r.comment);
  }

  /** Records a mark (first, second, or settling two that differ), then the response's grade and the attempt's result. */
  async grade(principal: Principal, attemptId: number, slot: number, input: unknown): Promise<GradingResponse> {
    const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const role = body['role'] as MarkRole;
    if (!MARK_ROLES.includes(role)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.grade_role');
    const comment = typeof body['comment'] === 'string' ? body['comment'].trim() : '';
    if (comment.length > MAX_COMMENT) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.grade_comment');

    const attempt = await this.db.getRepository(Attempt).findOneBy({ id: attemptId });
    if (!attempt) throw refuse(HttpStatus.NOT_FOUND, 'assessment.attempt_not_found', { id: attemptId });
    await assertMayGrade(this.db, principal, attempt.classId);
    if (!GRADABLE_STATES.includes(attempt.state)) throw refuse(HttpStatus.CONFLICT, 'assessment.response_not_submitted');
    const row = await this.db.getRepository(AttemptQuestion).findOneBy({ attemptId, slot });
    if (!row) throw refuse(HttpStatus.NOT_FOUND, 'assessment.slot_not_in_attempt', { slot });
    const version = (await this.attempts.versions.get(this.db, [row.questionVersionId])).get(row.questionVersionId);
    if (version?.body.type !== 'essay') throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.response_not_essay');
    const points = body['points'];
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > row.points) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.grade_points', { max: row.points });
    const quiz = await this.db.getRepository(Quiz).findOneByOrFail({ id: attempt.quizId });

    await this.db.transaction(async (tx) => {
      const marks = new Map((await tx.findBy(AttemptMark, { attemptId, slot })).map((m) => [m.marker, m] as const));
      const first = marks.get(MARKERS.first);
      const second = marks.get(MARKERS.second);
      if (role !== 'first' && !quiz.secondMarker) throw refuse(HttpStatus.CONFLICT, 'assessment.no_second_marker');
      if (role === 'first' && second && second.markedBy === principal.personId) throw refuse(HttpStatus.CONFLICT, 'assessment.same_marker');
      if (role === 'second') {
        if (!first) throw refuse(HttpStatus.CONFLICT, 'assessment.first_mark_missing');
        if (first.markedBy === principal.personId) throw refuse(HttpStatus.CONFLICT, 'assessment.same_marker');
      }
      if (role === 'settle' && !(first && second && first.points !== second.points) && !marks.get(MARKERS.settle)) throw refuse(HttpStatus.CONFLICT, 'assessment.nothing_to_settle');

      const marker = MARKERS[role];
      const before = marks.get(marker) ?? null;
      const mark = { attemptId, slot, marker, points: roundPoints(points), comment, markedBy: principal.personId, markedAt: new Date() };
      await tx.getRepository(AttemptMark).save(mark);
      marks.set(marker, Object.assign(new AttemptMark(), mark));

      const counting = countingMark(marks, !!quiz.secondMarker);
      const fractionBefore = row.fraction;
      const fraction = counting ? (row.points > 0 ? counting.points / row.points : 0) : null;
      await tx.update(AttemptQuestion, { attemptId, slot }, { fraction, comment: counting ? counting.comment || null : null });
      const rows = await tx.find(AttemptQuestion, { where: { attemptId } });
      const result = attemptScore(rows, quiz.passPercent);
      await tx.update(Attempt, { id: attemptId }, { state: result.state, score: result.score, passed: result.passed });
      await this.audit.record(
        {
          action: 'assessment.response_graded',
          actorId: principal.accountId,
          actorEmail: principal.email,
          targetType: 'attempt',
          targetId: attemptId,
          targetLabel: quiz.title,
          details: {
            slot,
            role,
            learnerId: attempt.personId,
            before: before ? { points: before.points, comment: before.comment, by: before.markedBy, at: before.markedAt.toISOString() } : null,
            after: { points: mark.points, comment },
            grade: { before: fractionBefore === null ? null : roundPoints(fractionBefore * row.points), after: fraction === null ? null : roundPoints(fraction * row.points) },
            attempt: { state: result.state, score: result.score },
          },
        },
        tx,
      );
    });
    await this.hooks.resultsChanged({ classId: attempt.classId, personIds: [attempt.personId] });
    const [view] = await this.views(this.db, await this.essayRows(this.db, { attemptId, slot }), principal);
    return view;
  }

  // ---- helpers ------------------------------------------------------------------------

  /** Essay responses of submitted attempts (an essay's row has no fraction until graded, or marks once it is). */
  private async essayRows(db: DataSource | EntityManager, where: { classIds?: number[]; quizId?: number; questionId?: number; attemptId?: number; slot?: number }): Promise<ResponseRow[]> {
    const qb = db
      .getRepository(AttemptQuestion)
      .createQueryBuilder('aq')
      .innerJoin(Attempt, 'a', 'a.id = aq.attemptId')
      .where('a.state IN (:...states)', { states: GRADABLE_STATES })
      .andWhere('(aq.fraction IS NULL OR EXISTS (SELECT 1 FROM attempt_mark m WHERE m.attempt_id = aq.attempt_id AND m.slot = aq.slot))');
    if (where.classIds) qb.andWhere('a.classId IN (:...classIds)', { classIds: where.classIds });
    if (where.quizId !== undefined) qb.andWhere('a.quizId = :quizId', { quizId: where.quizId });
    if (where.questionId !== undefined) qb.andWhere('aq.questionId = :questionId', { questionId: where.questionId });
    if (where.attemptId !== undefined) qb.andWhere('aq.attemptId = :attemptId AND aq.slot = :slot', { attemptId: where.attemptId, slot: where.slot });
    const { entities, raw } = await qb
      .addSelect('a.quizId', 'quiz_id_')
      .addSelect('a.classId', 'class_id_')
      .addSelect('a.personId', 'person_id_')
      .addSelect('a.submittedAt', 'submitted_at_')
      .getRawAndEntities<{ quiz_id_: number; class_id_: number; person_id_: number; submitted_at_: string | Date | null }>();
    return entities.map((e, i) => ({
      attemptId: e.attemptId,
      slot: e.slot,
      questionId: e.questionId,
      questionVersionId: e.questionVersionId,
      points: e.points,
      fraction: e.fraction,
      answerText: e.answer && e.answer.type === 'essay' ? e.answer.text : '',
      quizId: Number(raw[i].quiz_id_),
      classId: Number(raw[i].class_id_),
      personId: Number(raw[i].person_id_),
      submittedAt: raw[i].submitted_at_ ? new Date(raw[i].submitted_at_ as string) : null,
    }));
  }

  private async marksOf(rows: { attemptId: number; slot: number }[]): Promise<Map<string, Map<number, AttemptMark>>> {
    const out = new Map<string, Map<number, AttemptMark>>();
    if (!rows.length) return out;
    const marks = await this.db.getRepository(AttemptMark).findBy({ attemptId: In([...new Set(rows.map((r) => r.attemptId))]) });
    for (const m of marks) {
      const key = `${m.attemptId}:${m.slot}`;
      const byMarker = out.get(key) ?? new Map<number, AttemptMark>();
      byMarker.set(m.marker, m);
      out.set(key, byMarker);
    }
    return out;
  }

  private async views(db: DataSource | EntityManager, rows: ResponseRow[], principal: Principal): Promise<GradingResponse[]> {
    if (!rows.length) return [];
    const marks = await this.marksOf(rows);
    const versions = await this.attempts.versions.get(db, rows.map((r) => r.questionVersionId));
    const people = new Map((await db.getRepository(Person).findBy({ id: In([...new Set(rows.map((r) => r.personId))]) })).map((p) => [p.id, p] as const));
    const markerIds = [...new Set([...marks.values()].flatMap((m) => [...m.values()].map((x) => x.markedBy)))];
    const markers = new Map((markerIds.length ? await db.getRepository(Person).findBy({ id: In(markerIds) }) : []).map((p) => [p.id, p.fullName] as const));
    const classes = new Map((await db.getRepository(TrainingClass).findBy({ id: In([...new Set(rows.map((r) => r.classId))]) })).map((c) => [c.id, c.code] as const));
    const quizzes = new Map((await db.getRepository(Quiz).findBy({ id: In([...new Set(rows.map((r) => r.quizId))]) })).map((q) => [q.id, q] as const));
    const markOf = (m: AttemptMark | undefined): GradeMark | null =>
      m ? { points: m.points, comment: m.comment, by: markers.get(m.markedBy) ?? '', mine: m.markedBy === principal.personId, at: m.markedAt.toISOString() } : null;
    return rows.map((r) => {
      const body = versions.get(r.questionVersionId)?.body as EssayQuestion;
      const byMarker = marks.get(`${r.attemptId}:${r.slot}`) ?? new Map<number, AttemptMark>();
      return {
        attemptId: r.attemptId,
        slot: r.slot,
        personId: r.personId,
        fullName: people.get(r.personId)?.fullName ?? '',
        classCode: classes.get(r.classId) ?? '',
        submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
        // Every response to a question shows the same text and rubric: rendered once, from the attempts' cache.
        questionHtml: this.attempts.render(body.text),
        rubricHtml: this.attempts.render(body.rubric),
        maxPoints: r.points,
        maxWords: body.maxWords,
        text: r.answerText,
        words: wordsIn(r.answerText),
        first: markOf(byMarker.get(MARKERS.first)),
        second: markOf(byMarker.get(MARKERS.second)),
        points: r.fraction === null ? null : roundPoints(r.fraction * r.points),
        state: markState(byMarker, !!quizzes.get(r.quizId)?.secondMarker),
      };
    });
  }
}

