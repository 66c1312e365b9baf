import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClassResultRow, QuizResultsDto, RegradeChange, RegradeReport } from '@cds/contracts';
import ExcelJS from 'exceljs';
import { DataSource, In } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import type { Principal } from '@cds/api/authz';
import { Lang, refuse, tableSheet } from '@cds/api/common';
import { Enrolment, TrainingClass } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { AttemptService, writeFractions } from '../attempts/attempt.service';
import { Question } from '../bank/question.entity';
import { grade } from '../questions';
import { AssessmentHooks } from '../quizzes/assessment-hooks';
import { attemptScore, percentOf, quizResult, roundPoints } from '../quizzes/policy';
import { Attempt, AttemptQuestion, Quiz } from '../quizzes/quiz.entities';
import { assertMayGrade } from './grader-access';

const RESULT_STATES = ['enrolled', 'completed', 'failed'];

const HEADERS: Record<Lang, Record<string, string>> = {
  vi: { name: 'Họ và tên', unit: 'Đơn vị', attempts: 'Số lần làm', state: 'Trạng thái', percent: 'Kết quả (%)', passed: 'Đạt', sheet: 'Kết quả' },
  en: { name: 'Full name', unit: 'Unit', attempts: 'Attempts', state: 'State', percent: 'Result (%)', passed: 'Passed', sheet: 'Results' },
};
const STATE_WORDS: Record<Lang, Record<ClassResultRow['state'], string>> = {
  vi: { not_started: 'Chưa làm', in_progress: 'Đang làm', awaiting_grading: 'Chờ chấm', graded: 'Đã chấm' },
  en: { not_started: 'Not started', in_progress: 'In progress', awaiting_grading: 'Awaiting grading', graded: 'Graded' },
};

/** Results of a quiz in one class (table, distribution, Excel) and regrading after a key is corrected. */
@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly attempts: AttemptService,
    private readonly hooks: AssessmentHooks,
  ) {}

  async results(principal: Principal, quizId: number, classId: number): Promise<QuizResultsDto> {
    const quiz = await this.db.getRepository(Quiz).findOneBy({ id: quizId });
    if (!quiz) throw refuse(HttpStatus.NOT_FOUND, 'assessment.quiz_not_found', { id: quizId });
    const cls = await this.db.getRepository(TrainingClass).findOneBy({ id: classId });
    if (!cls || cls.courseId !== quiz.courseId || (quiz.classId !== null && quiz.classId !== classId)) throw refuse(HttpStatus.NOT_FOUND, 'assessment.quiz_not_in_class');
    await assertMayGrade(this.db, principal, classId);
    // Abandoned attempts past their deadline count as submitted before anyone reads results.
    while ((await this.attempts.sweep(new Date(), 200, quizId)) === 200);

    const learners = await this.db
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .innerJoin(Person, 'p', 'p.id = e.personId')
      .leftJoin(OrgUnit, 'u', 'u.id = p.orgUnitId')
      .select('p.id', 'personId')
      .addSelect('p.fullName', 'fullName')
      .addSelect('u.name', 'unitName')
      .where('e.classId = :classId AND e.state IN (:...states)', { classId, states: RESULT_STATES })
      .getRawMany<{ personId: number; fullName: string; unitName: string | null }>();
    const attempts = await this.db.getRepository(Attempt).find({ where: { quizId, classId }, order: { number: 'ASC' } });
    const byPerson = new Map<number, Attempt[]>();
    for (const a of attempts) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);

    const rows: ClassResultRow[] = learners
      .map((l) => {
        const own = byPerson.get(Number(l.personId)) ?? [];
        const result = quizResult(own, quiz.gradingMethod, quiz.passPercent);
        const state: ClassResultRow['state'] = result ? result.state : own.length ? 'in_progress' : 'not_started';
        return { personId: Number(l.personId), fullName: l.fullName, unitName: l.unitName ?? '', attempts: own.length, state, percent: result?.percent ?? null, passed: result?.passed ?? null };
      })
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
    const graded = rows.filter((r) => r.percent !== null).map((r) => r.percent as number);
    const distribution = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: (i + 1) * 10, count: 0 }));
    for (const p of graded) distribution[Math.min(9, Math.floor(p / 10))].count++;
    return {
      quizId,
      quizTitle: quiz.title,
      classId,
      classCode: cls.code,
      passPercent: quiz.passPercent,
      rows,
      distribution,
      mean: graded.length ? Math.round((graded.reduce((s, p) => s + p, 0) / graded.length) * 100) / 100 : null,
      passRate: graded.length ? Math.round((rows.filter((r) => r.passed).length / graded.length) * 10_000) / 100 : null,
    };
  }

  async resultsWorkbook(principal: Principal, quizId: number, classId: number, lang: Lang): Promise<{ workbook: ExcelJS.Workbook; fileName: string }> {
    const results = await this.results(principal, quizId, classId);
    const h = HEADERS[lang];
    const workbook = new ExcelJS.Workbook();
    tableSheet(
      workbook,
      h['sheet'],
      [
        { header: h['name'], key: 'name', width: 30 },
        { header: h['unit'], key: 'unit', width: 36 },
        { header: h['attempts'], key: 'attempts' },
        { header: h['state'], key: 'state', width: 18 },
        { header: h['percent'], key: 'percent' },
        { header: h['passed'], key: 'passed' },
      ],
      results.rows.map((r) => ({
        name: r.fullName,
        unit: r.unitName,
        attempts: r.attempts,
        state: STATE_WORDS[lang][r.state],
        percent: r.percent,
        passed: r.passed === null ? '' : r.passed ? (lang === 'vi' ? 'Đạt' : 'Yes') : lang === 'vi' ? 'Chưa đạt' : 'No',
      })),
    );
    return { workbook, fileName: `ket-qua-${results.classCode}-bai-${quizId}.xlsx` };
  }

  /**
   * Grades the submitted attempts' responses again against the current version of each question
   * (after a key was corrected). A dry run lists whose result would change and writes nothing;
   * otherwise the responses move to the current version, the attempts' scores are recomputed, and
   * the regrade is audited — all in one transaction. Essays keep their trainer's grade.
   */
  async regrade(principal: Principal, quizId: number, dryRun: boolean): Promise<RegradeReport> {
    const quiz = await this.db.getRepository(Quiz).findOneBy({ id: quizId });
    if (!quiz) throw refuse(HttpStatus.NOT_FOUND, 'assessment.quiz_not_found', { id: quizId });
    const changed = new Map<number, Set<number>>();
    const report = await this.db.transaction(async (tx): Promise<RegradeReport> => {
      const attempts = await tx.find(Attempt, { where: { quizId, state: In(['awaiting_grading', 'graded']) }, order: { id: 'ASC' } });
      if (!attempts.length) return { dryRun, attemptsChecked: 0, responsesRegraded: 0, changes: [] };
      const rows = await tx.find(AttemptQuestion, { where: { attemptId: In(attempts.map((a) => a.id)) }, order: { attemptId: 'ASC', slot: 'ASC' } });
      const questions = await tx.findBy(Question, { id: In([...new Set(rows.map((r) => r.questionId))]) });
      const current = new Map(questions.map((q) => [q.id, q.currentVersionId as number] as const));
      const versions = await this.attempts.versions.get(tx, [...rows.map((r) => r.questionVersionId), ...current.values()]);
      const people = new Map((await tx.findBy(Person, { id: In([...new Set(attempts.map((a) => a.personId))]) })).map((p) => [p.id, p.fullName] as const));

      let responsesRegraded = 0;
      const changes: RegradeChange[] = [];
      const byAttempt = new Map<number, AttemptQuestion[]>();
      for (const r of rows) byAttempt.set(r.attemptId, [...(byAttempt.get(r.attemptId) ?? []), r]);
      for (const attempt of attempts) {
        const own = byAttempt.get(attempt.id) ?? [];
        const moved: AttemptQuestion[] = [];
        for (const r of own) {
          const newVersionId = current.get(r.questionId);
          const seen = versions.get(r.questionVersionId)?.body;
          const now = newVersionId ? versions.get(newVersionId)?.body : undefined;
          // Only a newer version of the same type can be regraded; an essay keeps its marker's grade.
          if (!seen || !now || newVersionId === r.questionVersionId || now.type !== seen.type || now.type === 'essay') continue;
          r.questionVersionId = newVersionId as number;
          r.points = now.points;
          r.fraction = grade(now, r.answer).fraction;
          moved.push(r);
        }
        if (!moved.length) continue;
        responsesRegraded += moved.length;
        const before = { percent: attempt.score === null ? null : percentOf(attempt.score, attempt.maxScore), passed: attempt.passed === null ? null : !!attempt.passed };
        const result = attemptScore(own, quiz.passPercent);
        const after = { percent: result.score === null ? null : percentOf(result.score, result.maxScore), passed: result.passed };
        if (before.percent !== after.percent || before.passed !== after.passed) {
          changes.push({ attemptId: attempt.id, personId: attempt.personId, fullName: people.get(attempt.personId) ?? '', number: attempt.number, before, after });
        }
        if (dryRun) continue;
        changed.set(attempt.classId, (changed.get(attempt.classId) ?? new Set()).add(attempt.personId));
        for (const r of moved) await tx.update(AttemptQuestion, { attemptId: r.attemptId, slot: r.slot }, { questionVersionId: r.questionVersionId, points: r.points });
        await writeFractions(tx, attempt.id, moved);
        await tx.update(Attempt, { id: attempt.id }, { state: result.state, score: result.score, maxScore: roundPoints(result.maxScore), passed: result.passed });
      }
      if (!dryRun) {
        await this.audit.record(
          {
            action: 'assessment.quiz_regraded',
            actorId: principal.accountId,
            actorEmail: principal.email,
            targetType: 'quiz',
            targetId: quizId,
            targetLabel: quiz.title,
            details: { attemptsChecked: attempts.length, responsesRegraded, changed: changes.map((c) => ({ attemptId: c.attemptId, before: c.before, after: c.after })) },
          },
          tx,
        );
      }
      return { dryRun, attemptsChecked: attempts.length, responsesRegraded, changes };
    });
    for (const [classId, people] of changed) await this.hooks.resultsChanged({ classId, personIds: [...people] });
    return report;
  }
}
