import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuizDto, QuizOverrideDto } from '@cds/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import type { Principal } from '@cds/api/authz';
import { Lang, message, refuse } from '@cds/api/common';
import { Course } from '@cds/catalogue/api';
import { TrainingClass } from '@cds/delivery/api';
import { Person } from '@cds/people/api';
import { currentVersions, questionCountOf, selectionProblems } from './question-pool';
import { Quiz, QuizOverride } from './quiz.entities';
import { readOverride, readQuizSettings, type SettingsProblem } from './quiz-settings';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const comparable = (v: unknown) => JSON.stringify(v instanceof Date ? v.toISOString() : v);

export function quizDto(q: Quiz): QuizDto {
  return {
    id: q.id,
    courseId: q.courseId,
    title: q.title,
    description: q.description,
    moduleId: q.moduleId,
    classId: q.classId,
    selection: q.selection,
    shuffleQuestions: !!q.shuffleQuestions,
    shuffleOptions: !!q.shuffleOptions,
    timeLimitMinutes: q.timeLimitMinutes,
    opensAt: iso(q.opensAt),
    closesAt: iso(q.closesAt),
    maxAttempts: q.maxAttempts,
    passPercent: q.passPercent,
    gradingMethod: q.gradingMethod,
    review: q.review,
    secondMarker: !!q.secondMarker,
    published: !!q.published,
    questionCount: questionCountOf(q.selection),
    updatedAt: q.updatedAt.toISOString(),
  };
}

/** 422 listing every problem, in the caller's language. */
function invalid(problems: SettingsProblem[], lang: Lang) {
  return refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.quiz_invalid', { problems: problems.map((p) => message(p.code, lang, p.params)).join(' ') });
}

/**
 * Quizzes as their authors set them up: questions (fixed or drawn by tag), timing, attempts,
 * grading method, review policy; and per-person overrides. A published quiz whose questions can
 * no longer be drawn (a tag with too few questions) is refused when saved, not when a learner starts.
 */
@Injectable()
export class QuizService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(courseId: number): Promise<QuizDto[]> {
    await this.course(courseId);
    const quizzes = await this.db.getRepository(Quiz).find({ where: { courseId }, order: { id: 'ASC' } });
    return quizzes.map(quizDto);
  }

  async get(id: number): Promise<QuizDto> {
    return quizDto(await this.quiz(id));
  }

  async create(principal: Principal, courseId: number, input: unknown, lang: Lang): Promise<QuizDto> {
    const course = await this.course(courseId);
    const settings = await this.checked(courseId, input, lang);
    const id = await this.db.transaction(async (tx) => {
      const inserted = await tx.insert(Quiz, { ...settings, courseId, createdBy: principal.accountId, updatedAt: new Date() });
      const quizId = Number(inserted.identifiers[0]['id']);
      await this.audit.record(
        { action: 'assessment.quiz_saved', actorId: principal.accountId, actorEmail: principal.email, targetType: 'quiz', targetId: quizId, targetLabel: settings.title, details: { courseId, course: course.code, created: true } },
        tx,
      );
      return quizId;
    });
    return this.get(id);
  }

  async update(principal: Principal, id: number, input: unknown, lang: Lang): Promise<QuizDto> {
    const before = await this.quiz(id);
    const settings = await this.checked(before.courseId, input, lang);
    await this.db.transaction(async (tx) => {
      await tx.update(Quiz, { id }, { ...settings, updatedAt: new Date() });
      const changed = (Object.keys(settings) as (keyof typeof settings)[]).filter((k) => comparable(settings[k]) !== comparable(before[k]));
      await this.audit.record(
        { action: 'assessment.quiz_saved', actorId: principal.accountId, actorEmail: principal.email, targetType: 'quiz', targetId: id, targetLabel: settings.title, details: { courseId: before.courseId, changed } },
        tx,
      );
    });
    return this.get(id);
  }

  async overrides(quizId: number): Promise<QuizOverrideDto[]> {
    await this.quiz(quizId);
    const rows = await this.db
      .getRepository(QuizOverride)
      .createQueryBuilder('o')
      .innerJoin(Person, 'p', 'p.id = o.personId')
      .addSelect('p.fullName', 'full_name')
      .where('o.quizId = :quizId', { quizId })
      .orderBy('p.fullName', 'ASC')
      .getRawAndEntities<{ full_name: string }>();
    return rows.entities.map((o, i) => overrideDto(o, rows.raw[i].full_name));
  }

  async setOverride(principal: Principal, quizId: number, personId: number, input: unknown, lang: Lang): Promise<QuizOverrideDto> {
    const quiz = await this.quiz(quizId);
    const person = await this.db.getRepository(Person).findOneBy({ id: personId });
    if (!person) throw refuse(HttpStatus.NOT_FOUND, 'assessment.person_not_found', { id: personId });
    const { override, problems } = readOverride(input);
    if (!override) throw invalid(problems, lang);
    const row = { quizId, personId, ...override, createdBy: principal.accountId, updatedAt: new Date() };
    await this.db.transaction(async (tx) => {
      await tx.getRepository(QuizOverride).save(row);
      await this.audit.record(
        {
          action: 'assessment.override_saved',
          actorId: principal.accountId,
          actorEmail: principal.email,
          targetType: 'quiz',
          targetId: quizId,
          targetLabel: quiz.title,
          details: { personId, person: person.fullName, extraMinutes: override.extraMinutes, extraAttempts: override.extraAttempts, opensAt: iso(override.opensAt), closesAt: iso(override.closesAt), reason: override.reason },
        },
        tx,
      );
    });
    return overrideDto(await this.db.getRepository(QuizOverride).findOneByOrFail({ quizId, personId }), person.fullName);
  }

  async removeOverride(principal: Principal, quizId: number, personId: number): Promise<void> {
    const quiz = await this.quiz(quizId);
    await this.db.transaction(async (tx) => {
      const removed = await tx.delete(QuizOverride, { quizId, personId });
      if (!removed.affected) throw refuse(HttpStatus.NOT_FOUND, 'assessment.override_not_found');
      await this.audit.record(
        { action: 'assessment.override_removed', actorId: principal.accountId, actorEmail: principal.email, targetType: 'quiz', targetId: quizId, targetLabel: quiz.title, details: { personId } },
        tx,
      );
    });
  }

  // ---- helpers ------------------------------------------------------------------------

  async quiz(id: number): Promise<Quiz> {
    const quiz = await this.db.getRepository(Quiz).findOneBy({ id });
    if (!quiz) throw refuse(HttpStatus.NOT_FOUND, 'assessment.quiz_not_found', { id });
    return quiz;
  }

  private async course(id: number): Promise<Course> {
    const course = await this.db.getRepository(Course).findOneBy({ id });
    if (!course) throw refuse(HttpStatus.NOT_FOUND, 'assessment.course_not_found', { id });
    return course;
  }

  /** Settings that read well and fit the course: a class of this course, questions of its bank, enough questions per tag. */
  private async checked(courseId: number, input: unknown, lang: Lang) {
    const { settings, problems } = readQuizSettings(input);
    if (!settings) throw invalid(problems, lang);
    const more: SettingsProblem[] = [];
    if (settings.classId !== null) {
      const cls = await this.db.getRepository(TrainingClass).findOneBy({ id: settings.classId });
      if (!cls || cls.courseId !== courseId) more.push({ code: 'assessment.quiz_class_not_of_course', params: { id: settings.classId } });
    }
    more.push(...selectionProblems(settings.selection, await currentVersions(this.db, courseId)));
    if (more.length) throw invalid(more, lang);
    return settings;
  }
}

function overrideDto(o: QuizOverride, fullName: string): QuizOverrideDto {
  return { quizId: o.quizId, personId: o.personId, fullName, extraMinutes: o.extraMinutes, extraAttempts: o.extraAttempts, opensAt: iso(o.opensAt), closesAt: iso(o.closesAt), reason: o.reason };
}
