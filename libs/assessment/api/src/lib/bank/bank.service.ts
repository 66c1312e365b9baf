import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportProblem, QuestionBody, QuestionDetail, QuestionImportPreview, QuestionImportResult, QuestionSummary } from '@cds/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import type { Principal } from '@cds/api/authz';
import { AppError, isUniqueViolation, Lang, message, refuse, renderMarkdown } from '@cds/api/common';
import { isMysqlFamily } from '@cds/api/database';
import { Course } from '@cds/catalogue/api';
import type ExcelJS from 'exceljs';
import { excelTemplate, exportGift, parseAiken, parseExcel, parseGift } from '../import';
import { normaliseSpace, validateQuestion } from '../questions';
import { AttemptService } from '../attempts/attempt.service';
import { Question, QuestionVersion } from './question.entity';
import { QuestionShapeError, readQuestion } from './read-question';

/** At most this many questions in one import (preview and confirm). */
export const MAX_IMPORT_QUESTIONS = 500;
/** The longest import text (bytes of UTF-8). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const IMPORT_FORMATS = ['gift', 'aiken', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What an import sent: a multipart file (with its name) or, for GIFT and Aiken, JSON text (no name). */
export interface ImportUpload {
  bytes: Buffer;
  fileName: string | null;
}

/** A parsed import: questions, problems, and where in the file (line or sheet row) each question came from. */
interface ParsedImport {
  questions: QuestionBody[];
  problems: ImportProblem[];
  source(index: number): { line: number; text: string };
}

const EXCERPT_CHARS = 160;
/** Thrown inside the edit transaction when another edit moved the question first. */
class Changed extends Error {}

const excerpt = (text: string) => {
  const flat = normaliseSpace(text);
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
};
const labelOf = (body: QuestionBody) => (body.name.trim() || excerpt(body.text)).slice(0, 255);

/**
 * A course's question bank. Every save writes a new, never-changed version and then moves the
 * question's current version with a conditional update, so attempts keep the version they saw and
 * two editors racing each other get a clear 409 instead of one silently losing. Markdown is stored
 * as written and rendered only through `renderMarkdown`.
 */
@Injectable()
export class BankService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly attempts: AttemptService,
  ) {}

  async list(courseId: number, tag?: string): Promise<QuestionSummary[]> {
    await this.course(courseId);
    const rows = await this.db
      .getRepository(QuestionVersion)
      .createQueryBuilder('v')
      .innerJoin(Question, 'q', 'q.current_version_id = v.id')
      .where('q.course_id = :courseId', { courseId })
      .orderBy('q.id', 'ASC')
      .getMany();
    const wanted = tag?.trim().normalize('NFC').toLocaleLowerCase('vi');
    return rows
      .filter((v) => !wanted || v.tags.some((t) => t.toLocaleLowerCase('vi') === wanted))
      .map((v) => ({
        id: v.questionId,
        courseId,
        version: v.version,
        type: v.type,
        name: v.name,
        tags: v.tags,
        excerpt: excerpt(v.body.text),
        updatedAt: v.createdAt.toISOString(),
      }));
  }

  async detail(id: number): Promise<QuestionDetail> {
    const question = await this.db.getRepository(Question).findOneBy({ id });
    if (!question?.currentVersionId) throw refuse(HttpStatus.NOT_FOUND, 'assessment.question_not_found', { id });
    const version = await this.db.getRepository(QuestionVersion).findOneByOrFail({ id: question.currentVersionId });
    return this.view(question, version);
  }

  async create(principal: Principal, courseId: number, input: unknown, lang: Lang): Promise<QuestionDetail> {
    const body = this.checked(input, lang);
    await this.course(courseId);
    const id = await this.db.transaction(async (tx) => {
      const [questionId] = await this.insertQuestions(tx, principal, courseId, [body]);
      await this.audit.record(
        { action: 'assessment.question_saved', actorId: principal.accountId, actorEmail: principal.email, targetType: 'question', targetId: questionId, targetLabel: labelOf(body), details: { courseId, version: 1, type: body.type } },
        tx,
      );
      return questionId;
    });
    this.attempts.forgetPool(courseId);
    return this.detail(id);
  }

  /** Saves a new version. With `baseVersion`, refuses (409) when the question has moved on since the author opened it. */
  async update(principal: Principal, id: number, input: unknown, lang: Lang, baseVersion?: number): Promise<QuestionDetail> {
    const body = this.checked(input, lang);
    const saved = await this.db
      .transaction(async (tx) => {
        // Edits of one question queue on its row (MySQL/MariaDB; SQLite runs one write transaction at
        // a time): each then reads the version before it and writes the next. Without the lock, two
        // edits insert into the same unique-index gap and MariaDB answers with a deadlock.
        if (isMysqlFamily(this.db.options)) await tx.query('SELECT id FROM question WHERE id = ? FOR UPDATE', [id]);
        const question = await tx.findOneBy(Question, { id });
        if (!question?.currentVersionId) throw refuse(HttpStatus.NOT_FOUND, 'assessment.question_not_found', { id });
        const current = await tx.findOneByOrFail(QuestionVersion, { id: question.currentVersionId });
        if (baseVersion !== undefined && baseVersion !== current.version) throw new Changed();
        const version = current.version + 1;
        const inserted = await tx.insert(QuestionVersion, this.versionRow(principal, id, version, body));
        const versionId = Number(inserted.identifiers[0]['id']);
        const moved = await tx
          .createQueryBuilder()
          .update(Question)
          .set({ currentVersionId: versionId })
          .where('id = :id AND current_version_id = :current', { id, current: current.id })
          .execute();
        if (moved.affected !== 1) throw new Changed();
        await this.audit.record(
          {
            action: 'assessment.question_saved',
            actorId: principal.accountId,
            actorEmail: principal.email,
            targetType: 'question',
            targetId: id,
            targetLabel: labelOf(body),
            details: { courseId: question.courseId, version, type: body.type, previousVersion: current.version },
          },
          tx,
        );
        return { question, versionId };
      })
      .catch((e: unknown) => {
        if (e instanceof Changed || isUniqueViolation(e, 'UQ_question_version')) throw refuse(HttpStatus.CONFLICT, 'assessment.question_changed');
        throw e;
      });
    // The version this edit wrote, not whatever is current by now: another edit may already have
    // landed on top of it.
    const version = await this.db.getRepository(QuestionVersion).findOneByOrFail({ id: saved.versionId });
    this.attempts.forgetPool(saved.question.courseId);
    return this.view(saved.question, version);
  }

  /** Parses an import and answers what it read; saves nothing. Questions that parse but break an authoring rule become problems. */
  async preview(courseId: number, format: ImportFormat, upload: ImportUpload, lang: Lang): Promise<QuestionImportPreview> {
    await this.course(courseId);
    const parsed = format === 'xlsx' ? await excelImport(upload, lang) : textImport(format, upload.bytes, lang);
    if (parsed.questions.length > MAX_IMPORT_QUESTIONS) {
      throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.import_too_many', { max: MAX_IMPORT_QUESTIONS, count: parsed.questions.length });
    }
    const questions: QuestionBody[] = [];
    const problems: ImportProblem[] = [...parsed.problems];
    parsed.questions.forEach((q, i) => {
      let reason: string | null = null;
      try {
        const body = readQuestion(q);
        const codes = validateQuestion(body);
        if (codes.length) reason = message('assessment.import_question_invalid', lang, { name: labelOf(q).slice(0, 80), problems: codes.map((c) => message(c, lang)).join(' ') });
        else questions.push(body);
      } catch (e) {
        if (!(e instanceof QuestionShapeError)) throw e;
        reason = message('assessment.question_shape', lang, { field: e.path });
      }
      if (reason) problems.push({ ...parsed.source(i), reason });
    });
    problems.sort((a, b) => a.line - b.line);
    return { format, questions, problems };
  }

  /** The Excel template of an import (the course must exist, like every route under it). */
  async importTemplate(courseId: number): Promise<ExcelJS.Workbook> {
    await this.course(courseId);
    return excelTemplate();
  }

  /** Saves previewed questions, all or nothing: every one is checked first. Audited once, with the count. */
  async confirm(principal: Principal, courseId: number, input: unknown, lang: Lang): Promise<QuestionImportResult> {
    const list = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
    if (!list || Object.keys(list).some((k) => k !== 'questions') || !Array.isArray(list['questions'])) {
      throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.question_shape', { field: 'questions' });
    }
    const raw = list['questions'] as unknown[];
    if (raw.length === 0) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.import_empty');
    if (raw.length > MAX_IMPORT_QUESTIONS) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.import_too_many', { max: MAX_IMPORT_QUESTIONS, count: raw.length });
    const bodies = raw.map((q, i) => {
      try {
        return this.checked(q, lang);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        const problems = e.code === 'assessment.question_invalid' ? String(e.params?.['problems'] ?? '') : message(e.code, lang, e.params);
        throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.import_invalid', { number: i + 1, problems });
      }
    });
    await this.course(courseId);
    const ids = await this.db.transaction(async (tx) => {
      const saved = await this.insertQuestions(tx, principal, courseId, bodies);
      const course = await tx.findOneByOrFail(Course, { id: courseId });
      await this.audit.record(
        { action: 'assessment.questions_imported', actorId: principal.accountId, actorEmail: principal.email, targetType: 'course', targetId: courseId, targetLabel: `${course.code} ${course.title}`, details: { count: saved.length, firstId: saved[0], lastId: saved[saved.length - 1] } },
        tx,
      );
      return saved;
    });
    this.attempts.forgetPool(courseId);
    return { imported: ids.length, ids };
  }

  /** The course's current questions in GIFT, with names, tags and keys. */
  async exportGift(courseId: number): Promise<{ text: string; fileName: string }> {
    const course = await this.course(courseId);
    const rows = await this.db
      .getRepository(QuestionVersion)
      .createQueryBuilder('v')
      .innerJoin(Question, 'q', 'q.current_version_id = v.id')
      .where('q.course_id = :courseId', { courseId })
      .orderBy('q.id', 'ASC')
      .getMany();
    return { text: exportGift(rows.map((v) => v.body)), fileName: `cau-hoi-${course.code.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.gift` };
  }

  // ---- helpers ------------------------------------------------------------------------

  private async course(id: number): Promise<Course> {
    const course = await this.db.getRepository(Course).findOneBy({ id });
    if (!course) throw refuse(HttpStatus.NOT_FOUND, 'assessment.course_not_found', { id });
    return course;
  }

  /** A body read from untrusted JSON and checked against the authoring rules (422 with every problem's words). */
  private checked(input: unknown, lang: Lang): QuestionBody {
    let body: QuestionBody;
    try {
      body = readQuestion(input);
    } catch (e) {
      if (e instanceof QuestionShapeError) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.question_shape', { field: e.path });
      throw e;
    }
    const codes = validateQuestion(body);
    if (codes.length) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.question_invalid', { problems: codes.map((c) => message(c, lang)).join(' ') });
    return body;
  }

  private versionRow(principal: Principal, questionId: number, version: number, body: QuestionBody) {
    return { questionId, version, type: body.type, name: body.name.slice(0, 255), body, tags: body.tags, createdBy: principal.accountId, createdAt: new Date() };
  }

  /** New questions with their version 1, in order; returns their ids. */
  private async insertQuestions(tx: EntityManager, principal: Principal, courseId: number, bodies: QuestionBody[]): Promise<number[]> {
    const ids: number[] = [];
    for (const body of bodies) {
      const inserted = await tx.insert(Question, { courseId, currentVersionId: null, createdAt: new Date() });
      const questionId = Number(inserted.identifiers[0]['id']);
      const version = await tx.insert(QuestionVersion, this.versionRow(principal, questionId, 1, body));
      await tx.update(Question, { id: questionId }, { currentVersionId: Number(version.identifiers[0]['id']) });
      ids.push(questionId);
    }
    return ids;
  }

  private view(question: Question, version: QuestionVersion): QuestionDetail {
    return {
      id: question.id,
      courseId: question.courseId,
      versionId: version.id,
      version: version.version,
      body: version.body,
      html: renderMarkdown(version.body.text),
      createdBy: version.createdBy,
      updatedAt: version.createdAt.toISOString(),
    };
  }

  /** Versions by id (for later slices: attempts read the version they saw). */
  versions(ids: number[]): Promise<QuestionVersion[]> {
    return ids.length ? this.db.getRepository(QuestionVersion).findBy({ id: In(ids) }) : Promise.resolve([]);
  }
}

/** GIFT or Aiken text: UTF-8 only (a BOM is dropped); a question's source is found again by its name or first words. */
function textImport(format: 'gift' | 'aiken', bytes: Buffer, lang: Lang): ParsedImport {
  const text = decodeText(bytes);
  const parsed = format === 'gift' ? parseGift(text, lang) : parseAiken(text, lang);
  const lines = text.split(/\r\n|\r|\n/);
  return {
    ...parsed,
    source: (i) => {
      const q = parsed.questions[i];
      const line = lineOf(lines, q);
      return { line, text: (line ? lines[line - 1] : q.text).trim().slice(0, 120) };
    },
  };
}

function decodeText(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.import_not_text');
  }
  if (text.includes('\u0000')) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.import_not_text');
  return text.replace(/^\uFEFF/, '');
}

/** An Excel workbook: sent as a file only; each question's source is its sheet row. */
async function excelImport(upload: ImportUpload, lang: Lang): Promise<ParsedImport> {
  if (upload.fileName === null) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.import_xlsx_file');
  const parsed = await parseExcel(upload.bytes, upload.fileName, lang, MAX_IMPORT_BYTES);
  return { ...parsed, source: (i) => parsed.sources[i] };
}

/** The 1-based line where a parsed question starts in the source (by its name, else its first words); 0 when not found. */
function lineOf(lines: string[], q: QuestionBody): number {
  const needles = [q.name.trim() ? `::${q.name.trim()}::` : '', normaliseSpace(q.text.split('\n')[0] ?? '').slice(0, 40)].filter((n) => n.length >= 3);
  for (const needle of needles) {
    const i = lines.findIndex((l) => normaliseSpace(l).includes(needle));
    if (i >= 0) return i + 1;
  }
  return 0;
}
