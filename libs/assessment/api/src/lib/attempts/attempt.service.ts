import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttemptQuestionView, AttemptReview, AttemptSummary, AttemptView, LearnerQuizDto, QuestionBody, SaveAnswersResult } from '@cds/contracts';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import type { Principal } from '@cds/api/authz';
import { isUniqueViolation, refuse, renderMarkdown } from '@cds/api/common';
import { EntityColumns } from '@cds/api/database';
import { Enrolment, TrainingClass } from '@cds/delivery/api';
import { grade, learnerView, naturalOrder, parseNumber, shuffleOrder } from '../questions';
import type { QuestionVersion } from '../bank/question.entity';
import { AssessmentHooks } from '../quizzes/assessment-hooks';
import { attemptScore, deadlineFor, effectiveSettings, isAnswered, keyOf, openParts, percentOf, quizResult, roundPoints, startBlock, type EffectiveSettings, type ReviewOpen } from '../quizzes/policy';
import { Bounded, currentVersions, drawQuestions, questionCountOf, VersionCache } from '../quizzes/question-pool';
import { Attempt, AttemptQuestion, Quiz, QuizOverride } from '../quizzes/quiz.entities';
import { readAnswer } from '../quizzes/answer-shape';

/** Saves in flight when the deadline passes still count for this long; later ones are refused. */
export const DEADLINE_GRACE_MS = 3_000;
/** The enrolment states that may take a class's quizzes. */
const TAKING_STATES = ['enrolled', 'completed'] as const;
const MAX_SAVE_ITEMS = 200;

/** Rendered Markdown by its source; question texts repeat across thousands of attempts (bounded, oldest out first). */
class RenderCache {
  private readonly entries = new Bounded<string, string>(5_000);
  render(markdown: string): string {
    let html = this.entries.get(markdown);
    if (html === undefined) {
      html = renderMarkdown(markdown);
      this.entries.set(markdown, html);
    }
    return html;
  }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Whose an attempt is and which question version each slot holds: fixed at the start (a regrade keeps the type), so kept in memory for saves. */
interface AttemptShape {
  personId: number;
  deadlineAt: Date | null;
  versions: Map<number, number>;
}

/**
 * The statements of the learner's hottest requests, each reading in one round trip what the
 * repositories would read in four or five (at a quiz's start, thousands of learners arrive in the
 * same seconds, and on MySQL each round trip is a write and a wake-up on both sides).
 */
class HotReads {
  readonly quiz: EntityColumns<Quiz>;
  readonly override: EntityColumns<QuizOverride>;
  readonly attempt: EntityColumns<Attempt>;
  readonly question: EntityColumns<AttemptQuestion>;
  /** A quiz as a learner starting it needs it: the class (does it exist, which course), their enrolment, override and attempts (one row per attempt). Parameters: class, person ×3, quiz. */
  readonly start: string;
  /** An attempt with its quiz, the learner's override and its questions (one row per slot). Parameter: attempt. */
  readonly attemptWithQuestions: string;
  /** An attempt's questions, in slot order. Parameter: attempt. */
  readonly questions: string;

  constructor(db: DataSource) {
    const q = (name: string) => db.driver.escape(name);
    this.quiz = new EntityColumns(db, Quiz, 'q');
    this.override = new EntityColumns(db, QuizOverride, 'o');
    this.attempt = new EntityColumns(db, Attempt, 'a');
    this.question = new EntityColumns(db, AttemptQuestion, 'aq');
    const taking = TAKING_STATES.map((s) => `'${s}'`).join(', ');
    this.start = `SELECT ${this.quiz.select}, c.id AS c__id, c.course_id AS c__course_id, e.id AS e__id, ${this.override.select}, ${this.attempt.select}
FROM ${q('quiz')} q
LEFT JOIN ${q('training_class')} c ON c.id = ?
LEFT JOIN ${q('enrolment')} e ON e.class_id = c.id AND e.person_id = ? AND e.state IN (${taking})
LEFT JOIN ${q('quiz_override')} o ON o.quiz_id = q.id AND o.person_id = ?
LEFT JOIN ${q('attempt')} a ON a.quiz_id = q.id AND a.person_id = ?
WHERE q.id = ?
ORDER BY a.${q('number')}`;
    this.attemptWithQuestions = `SELECT ${this.attempt.select}, ${this.quiz.select}, ${this.override.select}, ${this.question.select}
FROM ${q('attempt')} a
INNER JOIN ${q('quiz')} q ON q.id = a.quiz_id
LEFT JOIN ${q('quiz_override')} o ON o.quiz_id = a.quiz_id AND o.person_id = a.person_id
LEFT JOIN ${q('attempt_question')} aq ON aq.attempt_id = a.id
WHERE a.id = ?
ORDER BY aq.${q('slot')}`;
    this.questions = `SELECT ${this.question.select} FROM ${q('attempt_question')} aq WHERE aq.attempt_id = ? ORDER BY aq.${q('slot')}`;
  }
}

/** An attempt read whole: its quiz, the learner's settings and its questions in slot order. */
interface LoadedAttempt {
  attempt: Attempt;
  quiz: Quiz;
  settings: EffectiveSettings;
  rows: AttemptQuestion[];
}

/** How long a course's question pool (its current versions) is reused for starts; the bank drops it at once on an edit in this process. */
const POOL_TTL_MS = 5_000;

/**
 * A learner's attempts: start (or resume), load, save answers, submit. The server fixes the
 * deadline when the attempt starts and enforces it on every save; an attempt past its deadline is
 * submitted with what was saved — by the sweeper, or by whichever request meets it first. Submit
 * moves the attempt out of `in_progress` with a conditional update, so it grades once however
 * often it is sent. Nothing a learner receives before the review policy allows carries a key.
 */
@Injectable()
export class AttemptService {
  readonly versions = new VersionCache();
  private readonly shapes = new Bounded<number, AttemptShape>(20_000);
  private readonly pools = new Bounded<number, { at: number; versions: QuestionVersion[] }>(500);
  private readonly html = new RenderCache();
  /** Markdown to sanitised HTML, kept per source text (question texts repeat across attempts and responses). */
  readonly render = (md: string) => this.html.render(md);
  private hot?: HotReads;
  /** Built on first use, once the entities' metadata is there. */
  private get sql(): HotReads {
    return (this.hot ??= new HotReads(this.db));
  }

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly hooks: AssessmentHooks,
  ) {}

  // ---- the learner's quizzes ----------------------------------------------------------

  /** The published quizzes a class runs, as the caller (enrolled in it) sees them. */
  async classQuizzes(principal: Principal, classId: number, now = new Date()): Promise<LearnerQuizDto[]> {
    const cls = await this.enrolledClass(principal, classId);
    const quizzes = await this.db
      .getRepository(Quiz)
      .createQueryBuilder('q')
      .where('q.courseId = :courseId', { courseId: cls.courseId })
      .andWhere('(q.classId IS NULL OR q.classId = :classId)', { classId })
      .andWhere('q.published = :yes', { yes: true })
      .orderBy('q.id', 'ASC')
      .getMany();
    const out: LearnerQuizDto[] = [];
    for (const quiz of quizzes) {
      const settings = await this.settingsFor(quiz, principal.personId);
      out.push(this.learnerQuizOf(quiz, classId, settings, await this.attemptsOf(quiz.id, principal.personId, now), now));
    }
    return out;
  }

  async learnerQuiz(principal: Principal, quizId: number, classId: number, now = new Date()): Promise<LearnerQuizDto> {
    const { quiz, settings, attempts } = await this.quizContext(principal, quizId, classId, now);
    return this.learnerQuizOf(quiz, classId, settings, attempts, now);
  }

  private learnerQuizOf(quiz: Quiz, classId: number, settings: EffectiveSettings, attempts: Attempt[], now: Date): LearnerQuizDto {
    const open = openParts(quiz.review, true, settings.closesAt, now);
    const inProgress = attempts.find((a) => a.state === 'in_progress');
    return {
      id: quiz.id,
      classId,
      title: quiz.title,
      descriptionHtml: this.render(quiz.description),
      questionCount: questionCountOf(quiz.selection),
      timeLimitMinutes: settings.timeLimitMinutes,
      opensAt: iso(settings.opensAt),
      closesAt: iso(settings.closesAt),
      maxAttempts: settings.maxAttempts,
      passPercent: quiz.passPercent,
      gradingMethod: quiz.gradingMethod,
      attempts: attempts.map((a) => summary(a, open.score)),
      inProgressId: inProgress?.id ?? null,
      blocked: inProgress ? null : startBlock(settings, attempts.length, now),
      result: open.score ? quizResult(attempts, quiz.gradingMethod, quiz.passPercent) : null,
      serverNow: now.toISOString(),
    };
  }

  // ---- start, load, save, submit --------------------------------------------------------

  /** Starts an attempt, or answers the one under way (a second click, another tab). */
  async start(principal: Principal, quizId: number, classId: number, now = new Date()): Promise<AttemptView> {
    const { quiz, settings, attempts } = await this.quizContext(principal, quizId, classId, now);
    const underWay = attempts.find((a) => a.state === 'in_progress');
    if (underWay) return this.view(principal, underWay.id, now);
    const block = startBlock(settings, attempts.length, now);
    if (block === 'not_open') throw refuse(HttpStatus.FORBIDDEN, 'assessment.quiz_not_open', { opensAt: formatVietnam(settings.opensAt) });
    if (block === 'closed') throw refuse(HttpStatus.FORBIDDEN, 'assessment.quiz_closed');
    if (block === 'no_attempts_left') throw refuse(HttpStatus.CONFLICT, 'assessment.no_attempts_left', { max: settings.maxAttempts });

    const picked = drawQuestions(quiz.selection, await this.pool(quiz.courseId, now), quiz.shuffleQuestions, Math.random);
    if (picked.length !== questionCountOf(quiz.selection)) throw refuse(HttpStatus.CONFLICT, 'assessment.quiz_cannot_draw');
    picked.forEach((v) => this.versions.put(v));
    // Whole seconds, as MariaDB's DATETIME keeps them, so the answer equals what a reload reads.
    const startedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
    const attempt = Object.assign(new Attempt(), {
      quizId,
      classId,
      personId: principal.personId,
      number: attempts.length + 1,
      state: 'in_progress' as const,
      startedAt,
      deadlineAt: deadlineFor(settings, startedAt),
      submittedAt: null,
      submittedBy: null,
      score: null,
      maxScore: roundPoints(picked.reduce((s, v) => s + v.body.points, 0)),
      passed: null,
    });
    const rows = picked.map((v, i) =>
      Object.assign(new AttemptQuestion(), {
        slot: i + 1,
        questionId: v.questionId,
        questionVersionId: v.id,
        points: v.body.points,
        order: quiz.shuffleOptions ? shuffleOrder(v.body, Math.random) : naturalOrder(v.body),
        answer: null,
        seq: 0,
        savedAt: null,
        fraction: null,
        comment: null,
      }),
    );
    try {
      attempt.id = await this.db.transaction(async (tx) => {
        const inserted = await tx.insert(Attempt, { ...attempt });
        const attemptId = Number(inserted.identifiers[0]['id']);
        await tx.insert(
          AttemptQuestion,
          rows.map((r) => ({ ...r, attemptId })),
        );
        return attemptId;
      });
    } catch (e) {
      // Two starts at once (a double click, two tabs): the other one's attempt is the one under way.
      if (!isUniqueViolation(e, 'UQ_attempt_number')) throw e;
      const other = await this.db.getRepository(Attempt).findOneBy({ quizId, personId: principal.personId, state: 'in_progress' });
      if (!other) throw refuse(HttpStatus.CONFLICT, 'assessment.no_attempts_left', { max: settings.maxAttempts });
      return this.view(principal, other.id, now);
    }
    this.shapes.set(attempt.id, { personId: attempt.personId, deadlineAt: attempt.deadlineAt, versions: new Map(rows.map((r) => [r.slot, r.questionVersionId])) });
    // The answer is built from what was just written: no need to read it back.
    return this.viewOf(attempt, quiz, settings, rows, new Map(picked.map((v) => [v.id, v] as const)), now);
  }

  /**
   * One quiz as its learner takes it, in one statement: the quiz (published), the class (the
   * caller enrolled in it, running the quiz's course), the caller's settings and attempts so far
   * (one past its deadline submitted first). Refused in this order: no such published quiz (404),
   * no such class (404), not enrolled (403), not a quiz of the class (404).
   */
  private async quizContext(principal: Principal, quizId: number, classId: number, now: Date): Promise<{ quiz: Quiz; settings: EffectiveSettings; attempts: Attempt[] }> {
    const sql = this.sql;
    const rows: Record<string, unknown>[] = await this.db.query(sql.start, [classId, principal.personId, principal.personId, principal.personId, quizId]);
    const quiz = rows.length ? sql.quiz.from(rows[0]) : null;
    if (!quiz || !quiz.published) throw refuse(HttpStatus.NOT_FOUND, 'assessment.quiz_not_found', { id: quizId });
    if (rows[0]['c__id'] == null) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    if (rows[0]['e__id'] == null) throw refuse(HttpStatus.FORBIDDEN, 'assessment.not_in_class');
    if (Number(rows[0]['c__course_id']) !== quiz.courseId || (quiz.classId !== null && quiz.classId !== classId)) throw refuse(HttpStatus.NOT_FOUND, 'assessment.quiz_not_in_class');
    const attempts = rows.map((r) => sql.attempt.from(r)).filter((a): a is Attempt => a !== null);
    return { quiz, settings: effectiveSettings(quiz, sql.override.from(rows[0])), attempts: await this.settleOverdue(attempts, quizId, principal.personId, now) };
  }

  /** The attempt, its quiz, the owner's settings and its questions, in one statement; null when there is no such attempt. */
  private async loadAttempt(attemptId: number, manager: EntityManager = this.db.manager): Promise<LoadedAttempt | null> {
    const sql = this.sql;
    const raw: Record<string, unknown>[] = await manager.query(sql.attemptWithQuestions, [attemptId]);
    const attempt = raw.length ? sql.attempt.from(raw[0]) : null;
    if (!attempt) return null;
    const quiz = sql.quiz.from(raw[0]) as Quiz;
    const rows = raw.map((r) => sql.question.from(r)).filter((r): r is AttemptQuestion => r !== null);
    return { attempt, quiz, settings: effectiveSettings(quiz, sql.override.from(raw[0])), rows };
  }

  /** The current versions of a course's questions, reused for a few seconds across starts. */
  private async pool(courseId: number, now: Date): Promise<QuestionVersion[]> {
    const hit = this.pools.get(courseId);
    if (hit && now.getTime() - hit.at < POOL_TTL_MS) return hit.versions;
    const versions = await currentVersions(this.db, courseId);
    this.pools.set(courseId, { at: now.getTime(), versions });
    return versions;
  }

  /** Drops a course's pool: the bank calls it when a question of the course is saved. */
  forgetPool(courseId: number) {
    this.pools.delete(courseId);
  }

  /** The attempt as its learner sees it: questions without keys, their saved answers, and what the review policy opens. */
  async view(principal: Principal, attemptId: number, now = new Date()): Promise<AttemptView> {
    let loaded = await this.ownLoaded(principal, attemptId, 'view');
    if (await this.finishIfOverdue(loaded.attempt, now)) loaded = (await this.loadAttempt(attemptId)) as LoadedAttempt;
    const { attempt, quiz, settings, rows } = loaded;
    const versions = await this.versions.get(this.db, rows.map((r) => r.questionVersionId));
    if (attempt.state === 'in_progress') this.shapes.set(attempt.id, { personId: attempt.personId, deadlineAt: attempt.deadlineAt, versions: new Map(rows.map((r) => [r.slot, r.questionVersionId])) });
    return this.viewOf(attempt, quiz, settings, rows, versions, now);
  }

  private viewOf(attempt: Attempt, quiz: Quiz, settings: EffectiveSettings, rows: AttemptQuestion[], versions: Map<number, QuestionVersion>, now: Date): AttemptView {
    const submitted = attempt.state !== 'in_progress';
    const open = openParts(quiz.review, submitted, settings.closesAt, now);
    const questions: AttemptQuestionView[] = rows.map((r) => ({
      slot: r.slot,
      question: learnerView(bodyOf(versions, r), r.order, this.render),
      // While under way the learner's own answers; afterwards only when the review shows them.
      answer: !submitted || open.responses ? r.answer : null,
      seq: r.seq,
    }));
    return {
      ...summary(attempt, open.score),
      quizId: quiz.id,
      quizTitle: quiz.title,
      classId: attempt.classId,
      serverNow: now.toISOString(),
      questions,
      review: submitted ? this.review(rows, versions, open) : null,
    };
  }

  /**
   * Saves answers (one or many: the browser replays what it kept while offline). A save whose
   * sequence number is not newer than the stored one changes nothing; the answer lands only while
   * the attempt is the caller's, in progress and within its deadline — checked in the same
   * statement, so a save racing a submit either lands before the grading reads it or not at all.
   * On the usual path that statement is the only one: the attempt's slots are known in memory.
   */
  async save(principal: Principal, attemptId: number, input: unknown, now = new Date()): Promise<SaveAnswersResult> {
    const items = readSaveItems(input);
    let shape = this.shapes.get(attemptId);
    if (!shape || shape.personId !== principal.personId) {
      const attempt = await this.ownAttempt(principal, attemptId, 'save');
      await this.refuseClosed(attempt, now);
      const rows = await this.db.getRepository(AttemptQuestion).find({ select: { slot: true, questionVersionId: true }, where: { attemptId } });
      shape = { personId: attempt.personId, deadlineAt: attempt.deadlineAt, versions: new Map(rows.map((r) => [r.slot, r.questionVersionId])) };
      this.shapes.set(attemptId, shape);
    }
    const versions = await this.versions.get(this.db, [...shape.versions.values()]);
    for (const item of items) {
      const versionId = shape.versions.get(item.slot);
      if (versionId === undefined) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.slot_not_in_attempt', { slot: item.slot });
      if (bodyOf(versions, { questionVersionId: versionId }).type !== item.answer.type) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.answer_wrong_type', { slot: item.slot });
      // A numeric answer must read as a number (comma or dot decimals); it is stored as the text typed, never evaluated.
      if (item.answer.type === 'numeric' && item.answer.text.trim() !== '' && parseNumber(item.answer.text) === null) {
        throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.answer_not_a_number', { slot: item.slot });
      }
    }
    const cutoff = new Date(now.getTime() - DEADLINE_GRACE_MS);
    const saved: SaveAnswersResult['saved'] = [];
    for (const item of items) {
      const result = await this.db
        .createQueryBuilder()
        .update(AttemptQuestion)
        .set({ answer: item.answer, seq: item.seq, savedAt: now })
        .where('attempt_id = :attemptId AND slot = :slot AND seq < :seq', { attemptId, slot: item.slot, seq: item.seq })
        // The table name quoted: unquoted, the builder would read `attempt` as the relation of the same name.
        .andWhere(
          `EXISTS (SELECT 1 FROM ${this.db.driver.escape('attempt')} a WHERE a.id = :attemptId AND a.person_id = :personId AND a.state = 'in_progress' AND (a.deadline_at IS NULL OR a.deadline_at >= :cutoff))`,
          { personId: principal.personId, cutoff },
        )
        .execute();
      if (result.affected === 1) {
        saved.push({ slot: item.slot, seq: item.seq });
        continue;
      }
      // Nothing written: the attempt is no longer open (or its time is up), or a newer answer is there.
      const attempt = await this.ownAttempt(principal, attemptId, 'save');
      await this.refuseClosed(attempt, now);
      const stored = await this.db.getRepository(AttemptQuestion).findOneByOrFail({ attemptId, slot: item.slot });
      saved.push({ slot: item.slot, seq: stored.seq });
    }
    return { saved, deadlineAt: iso(shape.deadlineAt), serverNow: new Date().toISOString() };
  }

  /** 409 for an attempt that takes no more answers; one past its deadline is submitted first. */
  private async refuseClosed(attempt: Attempt, now: Date) {
    if (attempt.state !== 'in_progress') throw refuse(HttpStatus.CONFLICT, 'assessment.attempt_closed');
    if (attempt.deadlineAt && now.getTime() > attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS) {
      await this.finish(attempt.id, 'timeout', now);
      throw refuse(HttpStatus.CONFLICT, 'assessment.time_up');
    }
  }

  /** Submits with what was saved and grades it; a second submit changes nothing and answers the same result. */
  async submit(principal: Principal, attemptId: number, now = new Date()): Promise<AttemptView> {
    const loaded = await this.ownLoaded(principal, attemptId, 'submit');
    if (loaded.attempt.state !== 'in_progress') return this.view(principal, attemptId, now);
    const graded = await this.finish(attemptId, 'learner', now, loaded);
    // Graded here: the answer is built from what was just written. Someone else's submit (the
    // sweeper, a second tab) got there first: read what it wrote.
    if (!graded) return this.view(principal, attemptId, now);
    const versions = await this.versions.get(this.db, graded.rows.map((r) => r.questionVersionId));
    return this.viewOf(graded.attempt, loaded.quiz, loaded.settings, graded.rows, versions, now);
  }

  // ---- the deadline -------------------------------------------------------------------

  /** Submits every attempt (of one quiz, or all) whose deadline and grace have passed; returns how many it submitted. The sweeper calls it. */
  async sweep(now = new Date(), batch = 200, quizId?: number): Promise<number> {
    const overdue = await this.db.getRepository(Attempt).find({
      select: { id: true },
      where: { state: 'in_progress', deadlineAt: LessThan(new Date(now.getTime() - DEADLINE_GRACE_MS)), ...(quizId === undefined ? {} : { quizId }) },
      order: { deadlineAt: 'ASC' },
      take: batch,
    });
    let submitted = 0;
    for (const a of overdue) if (await this.finish(a.id, 'timeout', now)) submitted++;
    return submitted;
  }

  /** A learner's attempts at a quiz, in order; one past its deadline is submitted first. */
  private async attemptsOf(quizId: number, personId: number, now: Date): Promise<Attempt[]> {
    return this.settleOverdue(await this.db.getRepository(Attempt).find({ where: { quizId, personId }, order: { number: 'ASC' } }), quizId, personId, now);
  }

  /** Submits those of a learner's attempts that are past their deadline, and reads the attempts again if any was. */
  private async settleOverdue(attempts: Attempt[], quizId: number, personId: number, now: Date): Promise<Attempt[]> {
    let finished = false;
    for (const a of attempts) if (await this.finishIfOverdue(a, now)) finished = true;
    return finished ? this.db.getRepository(Attempt).find({ where: { quizId, personId }, order: { number: 'ASC' } }) : attempts;
  }

  private async finishIfOverdue(attempt: Attempt, now: Date): Promise<boolean> {
    if (attempt.state !== 'in_progress' || !attempt.deadlineAt || now.getTime() <= attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS) return false;
    return !!(await this.finish(attempt.id, 'timeout', now));
  }

  /**
   * Moves the attempt out of `in_progress` (conditional update: only one caller wins) and grades
   * what was saved, in one transaction; returns the attempt and its rows as graded, or null when
   * another caller had already moved it. Essays wait for a trainer (an empty one scores 0 at once).
   * The attempt and quiz may come from the caller's read: only the state moves, and it is checked
   * by the update.
   */
  async finish(attemptId: number, by: 'learner' | 'timeout', now: Date, known?: { attempt: Attempt; quiz: Quiz }): Promise<{ attempt: Attempt; rows: AttemptQuestion[] } | null> {
    const sql = this.sql;
    // Whole seconds, as MariaDB's DATETIME keeps them: the answer built here equals what a read gives.
    const submittedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
    const graded = await this.db.transaction(async (tx) => {
      const moved = await tx
        .createQueryBuilder()
        .update(Attempt)
        .set({ state: 'submitting', submittedAt, submittedBy: by })
        .where("id = :attemptId AND state = 'in_progress'", { attemptId })
        .execute();
      if (moved.affected !== 1) return null;
      // Read after the move: a save racing this submit either landed before it or is refused.
      const loaded = known ? null : await this.loadAttempt(attemptId, tx);
      const attempt = known?.attempt ?? (loaded as LoadedAttempt).attempt;
      const quiz = known?.quiz ?? (loaded as LoadedAttempt).quiz;
      const rows: AttemptQuestion[] = loaded
        ? loaded.rows
        : ((await tx.query(sql.questions, [attemptId])) as Record<string, unknown>[]).map((r) => sql.question.from(r) as AttemptQuestion);
      const versions = await this.versions.get(tx, rows.map((r) => r.questionVersionId));
      for (const r of rows) {
        const body = bodyOf(versions, r);
        r.fraction = body.type === 'essay' && !isAnswered(r.answer) ? 0 : grade(body, r.answer).fraction;
      }
      await writeFractions(tx, attemptId, rows);
      const result = attemptScore(rows, quiz.passPercent);
      await tx.update(Attempt, { id: attemptId }, { state: result.state, score: result.score, passed: result.passed });
      await this.audit.record(
        {
          action: 'assessment.attempt_submitted',
          actorId: null,
          targetType: 'attempt',
          targetId: attemptId,
          targetLabel: quiz.title,
          details: { quizId: quiz.id, personId: attempt.personId, number: attempt.number, by, state: result.state, score: result.score, maxScore: result.maxScore, answered: rows.filter((r) => isAnswered(r.answer)).length },
        },
        tx,
      );
      const after = Object.assign(new Attempt(), attempt, { state: result.state, score: result.score, passed: result.passed, submittedAt, submittedBy: by });
      return { attempt: after, rows };
    });
    if (graded) {
      this.shapes.delete(attemptId);
      await this.hooks.resultsChanged({ classId: graded.attempt.classId, personIds: [graded.attempt.personId] });
    }
    return graded;
  }

  // ---- helpers ------------------------------------------------------------------------

  private review(rows: AttemptQuestion[], versions: Map<number, QuestionVersion>, open: ReviewOpen): AttemptReview {
    return {
      showsScore: open.score,
      showsResponses: open.responses,
      showsCorrect: open.correct,
      showsFeedback: open.feedback,
      questions: rows.map((r) => {
        const body = bodyOf(versions, r);
        const answered = isAnswered(r.answer);
        const feedback = open.feedback ? [...grade(body, r.answer).feedback, body.generalFeedback, r.comment ?? ''].filter((f) => f.trim() !== '').map(this.render) : null;
        return {
          slot: r.slot,
          points: open.score && r.fraction !== null ? roundPoints(r.fraction * r.points) : null,
          maxPoints: r.points,
          state: body.type === 'essay' && answered && r.fraction === null ? 'awaiting_grading' : answered ? 'answered' : 'not_answered',
          key: open.correct ? keyOf(body) : null,
          feedbackHtml: feedback,
        };
      }),
    };
  }

  /** The caller's own attempt; someone else's is refused (403, audited) and a missing one is a 404. */
  private async ownAttempt(principal: Principal, attemptId: number, act: 'view' | 'save' | 'submit'): Promise<Attempt> {
    return this.own(principal, attemptId, act, await this.db.getRepository(Attempt).findOneBy({ id: attemptId }));
  }

  /** The caller's own attempt read whole (see `loadAttempt`), refused as `ownAttempt` refuses. */
  private async ownLoaded(principal: Principal, attemptId: number, act: 'view' | 'submit'): Promise<LoadedAttempt> {
    const loaded = await this.loadAttempt(attemptId);
    await this.own(principal, attemptId, act, loaded?.attempt ?? null);
    return loaded as LoadedAttempt;
  }

  private async own(principal: Principal, attemptId: number, act: 'view' | 'save' | 'submit', attempt: Attempt | null): Promise<Attempt> {
    if (!attempt) throw refuse(HttpStatus.NOT_FOUND, 'assessment.attempt_not_found', { id: attemptId });
    if (attempt.personId !== principal.personId) {
      await this.audit.record({ action: 'assessment.attempt_refused', actorId: principal.accountId, actorEmail: principal.email, targetType: 'attempt', targetId: attemptId, details: { act, reason: 'not_own' } });
      throw refuse(HttpStatus.FORBIDDEN, 'assessment.not_your_attempt');
    }
    return attempt;
  }

  private async enrolledClass(principal: Principal, classId: number): Promise<TrainingClass> {
    const cls = await this.db.getRepository(TrainingClass).findOneBy({ id: classId });
    if (!cls) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    const enrolment = await this.db.getRepository(Enrolment).findOneBy({ classId, personId: principal.personId, state: In([...TAKING_STATES]) });
    if (!enrolment) throw refuse(HttpStatus.FORBIDDEN, 'assessment.not_in_class');
    return cls;
  }

  async settingsFor(quiz: Quiz, personId: number): Promise<EffectiveSettings> {
    const override = await this.db.getRepository(QuizOverride).findOneBy({ quizId: quiz.id, personId });
    return effectiveSettings(quiz, override);
  }
}

function bodyOf(versions: Map<number, QuestionVersion>, row: Pick<AttemptQuestion, 'questionVersionId'>): QuestionBody {
  const v = versions.get(row.questionVersionId);
  if (!v) throw new Error(`question version ${row.questionVersionId} is missing`);
  return v.body;
}

export function summary(a: Attempt, showScore: boolean): AttemptSummary {
  const graded = a.state === 'graded' && a.score !== null;
  return {
    id: a.id,
    number: a.number,
    state: a.state === 'submitting' ? 'in_progress' : a.state,
    startedAt: a.startedAt.toISOString(),
    deadlineAt: iso(a.deadlineAt),
    submittedAt: iso(a.submittedAt),
    score: showScore && graded ? a.score : null,
    maxScore: a.maxScore,
    percent: showScore && graded ? percentOf(a.score as number, a.maxScore) : null,
    passed: showScore && graded ? !!a.passed : null,
  };
}

/** Writes the fractions of an attempt's rows in one statement (a CASE on the slot). */
export async function writeFractions(tx: EntityManager, attemptId: number, rows: Pick<AttemptQuestion, 'slot' | 'fraction'>[]) {
  if (!rows.length) return;
  const cases = rows.map(() => 'WHEN ? THEN ?').join(' ');
  const params = rows.flatMap((r) => [r.slot, r.fraction]);
  const slots = rows.map(() => '?').join(', ');
  await tx.query(`UPDATE ${tx.connection.driver.escape('attempt_question')} SET fraction = CASE slot ${cases} END WHERE attempt_id = ? AND slot IN (${slots})`, [...params, attemptId, ...rows.map((r) => r.slot)]);
}

/** The save request: up to 200 items; per slot only the newest (highest seq) counts. */
function readSaveItems(input: unknown): { slot: number; answer: NonNullable<ReturnType<typeof readAnswer>>; seq: number }[] {
  const list = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)['answers'] : undefined;
  if (!Array.isArray(list) || !list.length || list.length > MAX_SAVE_ITEMS) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.save_shape');
  const bySlot = new Map<number, { slot: number; answer: NonNullable<ReturnType<typeof readAnswer>>; seq: number }>();
  for (const raw of list) {
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const { slot, seq } = item;
    if (typeof slot !== 'number' || !Number.isInteger(slot) || slot < 1 || typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1 || seq > 2 ** 31 - 1) {
      throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.save_shape');
    }
    const answer = readAnswer(item['answer']);
    if (!answer) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.answer_shape', { slot });
    const prev = bySlot.get(slot);
    if (!prev || prev.seq < seq) bySlot.set(slot, { slot, answer, seq });
  }
  return [...bySlot.values()];
}

/** A time as people in Vietnam read it: HH:mm dd/MM/yyyy (UTC+7). */
export function formatVietnam(d: Date | null): string {
  if (!d) return '';
  const v = new Date(d.getTime() + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(v.getUTCHours())}:${p(v.getUTCMinutes())} ${p(v.getUTCDate())}/${p(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
}
