import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { coversPath, type Principal } from '@cds/api/authz';
import { checkUpload, cleanFileName, FileStorage, foldVietnamese, type Lang, message, normalizeText, plainTextProblem, refuse, todayInVietnam } from '@cds/api/common';
import { AuditService } from '@cds/audit/api';
import { Course } from '@cds/catalogue/api';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { ExternalTraining } from '../certification.entities';
import type { ExternalImportProblem, ExternalImportReport, ExternalImportRow } from './external-training.dto';
import { Cell, EXTERNAL_IMPORT_COLUMNS, ExternalImportColumn, mapHeader, parseHours, parseSheetDate, readSheet } from './external-training-sheet';
import { EVIDENCE_KINDS, EVIDENCE_MAX_BYTES, EXTERNAL_WRITERS, ExternalRecordInput, insertExternalRecord, UploadedFile } from './external-training.service';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 1000;
/** IN lists are cut to this many values (well under either engine's limit on bound parameters). */
const CHUNK = 500;

const HEADER: Record<ExternalImportColumn, string> = Object.fromEntries(EXTERNAL_IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<ExternalImportColumn, string>;
const MAX_LENGTH: Partial<Record<ExternalImportColumn, number>> = { fullName: 255, title: 255, issuingBody: 255, note: 500 };

interface Candidate {
  id: number;
  fullName: string;
  email: string | null;
  unitPath: string | null;
}

const chunks = <T>(values: T[]): T[][] => Array.from({ length: Math.ceil(values.length / CHUNK) }, (_, i) => values.slice(i * CHUNK, (i + 1) * CHUNK));
/** Names compare as typed, without regard to case, spacing or how the marks were composed. */
const nameKey = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/**
 * The Excel import of training done elsewhere: a certifier sends the filled-in template with ONE
 * evidence file for every row (e.g. the Ministry's list of completions). Every row is checked and
 * every bad row reported with its number and reason; a preview (`dryRun`, the default) writes
 * nothing, and a real run writes all rows in one transaction — or none when any row is bad.
 * People are found among those in the certifier's subtree: by email when one is given, otherwise
 * by the exact full name (several people of that name: the row asks for the email).
 */
@Injectable()
export class ExternalTrainingImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
  ) {}

  async import(principal: Principal, sheetFile: UploadedFile | null, evidence: UploadedFile | null, dryRun: boolean, lang: Lang, ip: string | null): Promise<ExternalImportReport> {
    if (!sheetFile) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'external_training.import_no_file');
    if (!evidence) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'external_training.evidence_required');
    const fileName = cleanFileName(sheetFile.fileName);
    if (!/\.xlsx$/i.test(fileName)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'external_training.import_bad_file_type');
    await checkUpload(sheetFile.bytes, fileName, ['xlsx'], IMPORT_MAX_BYTES);
    const evidenceName = cleanFileName(evidence.fileName);
    const { mime } = await checkUpload(evidence.bytes, evidenceName, EVIDENCE_KINDS, EVIDENCE_MAX_BYTES);
    let sheet: Cell[][];
    try {
      sheet = await readSheet(sheetFile.bytes);
    } catch {
      throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'external_training.import_unreadable');
    }

    const problem = (row: number, column: ExternalImportColumn | null, code: string, params?: Record<string, string | number>): ExternalImportProblem => ({
      row,
      column: column ? HEADER[column] : null,
      code,
      message: message(code, lang, params),
    });
    const [header = [], ...body] = sheet;
    const rows = body.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => c !== null));
    const report: ExternalImportReport = { dryRun, fileName, evidenceName, totalRows: rows.length, problems: [], rows: [], imported: 0, counted: 0 };

    const { columns, unknown, missing } = mapHeader(header);
    report.problems.push(
      ...unknown.map((name) => problem(1, null, 'import.unknown_column', { name, expected: EXTERNAL_IMPORT_COLUMNS.map((c) => c.header).join(', ') })),
      ...missing.map((name) => problem(1, null, 'import.missing_column', { name })),
    );
    if (rows.length === 0) report.problems.push(problem(1, null, 'import.empty'));
    if (rows.length > MAX_IMPORT_ROWS) report.problems.push(problem(1, null, 'import.too_many_rows', { max: MAX_IMPORT_ROWS }));
    if (report.problems.length) return report;

    const cellOf = (cells: Cell[], key: ExternalImportColumn): Cell => {
      const index = columns.indexOf(key);
      return index < 0 ? null : (cells[index] ?? null);
    };
    const textOf = (cells: Cell[], key: ExternalImportColumn): string | null => {
      const value = cellOf(cells, key);
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      return value === null ? null : normalizeText(value) || null;
    };

    const { byEmail, byName } = await this.candidates(
      principal,
      rows.map((r) => textOf(r.cells, 'email')?.toLowerCase()).filter((e): e is string => !!e),
      rows.map((r) => textOf(r.cells, 'fullName')).filter((n): n is string => !!n),
    );
    const courses = await this.coursesByCode(rows.map((r) => textOf(r.cells, 'courseCode')).filter((c): c is string => !!c));

    const today = todayInVietnam();
    const firstRowOf = new Map<string, number>();
    const valid: { row: number; input: ExternalRecordInput; fullName: string; course: Course | null }[] = [];
    for (const { row, cells } of rows) {
      const found: ExternalImportProblem[] = [];
      const text = (key: ExternalImportColumn) => {
        const value = textOf(cells, key);
        const max = MAX_LENGTH[key];
        if (value !== null && max && value.length > max) found.push(problem(row, key, 'import.too_long', { max }));
        const bad = value === null ? null : plainTextProblem(value);
        if (bad === 'formula') found.push(problem(row, key, 'import.formula', { value: (value as string).slice(0, 40) }));
        if (bad === 'control') found.push(problem(row, key, 'import.control_chars'));
        return value;
      };
      const required = (key: ExternalImportColumn) => {
        const value = text(key);
        if (value === null) found.push(problem(row, key, 'import.required', { column: HEADER[key] }));
        return value;
      };

      // The person: by email when given ("email wins"), else by the exact name.
      const fullName = text('fullName');
      const email = textOf(cells, 'email')?.toLowerCase() ?? null;
      let person: Candidate | undefined;
      if (email) {
        person = byEmail.get(email);
        if (!person) found.push(problem(row, 'email', 'external_training.import_unknown_email', { value: email }));
      } else if (fullName) {
        const named = byName.get(nameKey(fullName)) ?? [];
        if (named.length === 1) person = named[0];
        else if (named.length === 0) found.push(problem(row, 'fullName', 'external_training.import_unknown_name', { value: fullName }));
        else found.push(problem(row, 'fullName', 'external_training.import_ambiguous_name', { value: fullName, count: named.length }));
      } else {
        found.push(problem(row, 'fullName', 'external_training.import_person_required'));
      }
      if (person && person.id === principal.personId) found.push(problem(row, email ? 'email' : 'fullName', 'external_training.import_own'));

      const title = required('title');
      const issuingBody = required('issuingBody');
      const dateCell = cellOf(cells, 'completedOn');
      const completedOn = dateCell === null ? null : parseSheetDate(dateCell);
      if (dateCell === null) found.push(problem(row, 'completedOn', 'import.required', { column: HEADER.completedOn }));
      else if (!completedOn) found.push(problem(row, 'completedOn', 'import.bad_date', { value: String(dateCell) }));
      else if (completedOn > today) found.push(problem(row, 'completedOn', 'external_training.future_date', { value: completedOn }));
      const hoursCell = cellOf(cells, 'hours');
      const hours = parseHours(hoursCell);
      if (hoursCell === null) found.push(problem(row, 'hours', 'import.required', { column: HEADER.hours }));
      else if (hours === null) found.push(problem(row, 'hours', 'external_training.import_bad_hours', { value: String(hoursCell) }));
      const code = textOf(cells, 'courseCode');
      const course = code ? (courses.get(code.toLowerCase()) ?? null) : null;
      if (code && !course) found.push(problem(row, 'courseCode', 'external_training.import_unknown_course', { value: code }));
      const note = text('note');

      if (person && title && completedOn) {
        const key = `${person.id}|${title}|${completedOn}`;
        const first = firstRowOf.get(key);
        if (first !== undefined) found.push(problem(row, null, 'external_training.import_duplicate_row', { row: first }));
        else firstRowOf.set(key, row);
      }
      if (found.length) report.problems.push(...found);
      else if (person && title && issuingBody && completedOn && hours !== null) {
        valid.push({ row, fullName: person.fullName, course, input: { personId: person.id, title, issuingBody, completedOn, hours, note: note ?? '', courseId: course?.id ?? null } });
      }
    }
    report.problems.push(...(await this.alreadyRecorded(valid, problem)));
    report.problems.sort((a, b) => a.row - b.row);
    if (report.problems.length) return report;

    report.rows = valid.map(({ row, fullName, course, input }): ExternalImportRow => ({
      row,
      personId: input.personId,
      fullName,
      title: input.title,
      issuingBody: input.issuingBody,
      completedOn: input.completedOn,
      hours: input.hours,
      countsFor: course ? { id: course.id, code: course.code, title: course.title } : null,
      note: input.note,
    }));
    if (dryRun) return report;

    const key = await this.storage.put(evidence.bytes);
    try {
      const ids = await this.db.transaction(async (tx) => {
        const now = new Date();
        const written: number[] = [];
        // One row at a time: a thousand rows take well under a second, and every id is the database's own.
        for (const v of valid) written.push((await insertExternalRecord(tx, v.input, { key, name: evidenceName }, principal.personId, now)).id);
        await this.audit.record(
          {
            action: 'certification.external_recorded',
            actorId: principal.accountId,
            actorEmail: principal.email,
            targetType: 'external_training_import',
            targetLabel: fileName,
            ip,
            details: { fileName, evidence: { name: evidenceName, contentType: mime, size: evidence.bytes.length }, imported: written.length, counted: valid.filter((v) => v.course).length, ids: written },
          },
          tx,
        );
        return written;
      });
      report.imported = ids.length;
      report.counted = valid.filter((v) => v.course).length;
      return report;
    } catch (e) {
      await this.storage.remove(key).catch(() => undefined);
      throw e;
    }
  }

  /** People of the caller's certifying subtree with one of these emails, or one of these names. */
  private async candidates(principal: Principal, emails: string[], names: string[]): Promise<{ byEmail: Map<string, Candidate>; byName: Map<string, Candidate[]> }> {
    const load = async (where: string, values: string[]): Promise<Candidate[]> => {
      const found: Candidate[] = [];
      for (const chunk of chunks([...new Set(values)])) {
        const rows = await this.db
          .getRepository(Person)
          .createQueryBuilder('p')
          .leftJoin(OrgUnit, 'u', 'u.id = p.orgUnitId')
          .select('p.id', 'id')
          .addSelect('p.fullName', 'fullName')
          .addSelect('p.email', 'email')
          .addSelect('u.path', 'unitPath')
          .where(where, { values: chunk })
          .getRawMany<{ id: number | string; fullName: string; email: string | null; unitPath: string | null }>();
        found.push(...rows.map((r) => ({ id: Number(r.id), fullName: r.fullName, email: r.email, unitPath: r.unitPath })));
      }
      return found.filter((c) => c.unitPath !== null && coversPath(principal, EXTERNAL_WRITERS, c.unitPath));
    };
    const byEmail = new Map((await load('LOWER(p.email) IN (:...values)', emails)).map((c) => [(c.email as string).toLowerCase(), c]));
    const byName = new Map<string, Candidate[]>();
    for (const c of await load('p.searchText IN (:...values)', names.map(foldVietnamese))) {
      const key = nameKey(c.fullName);
      byName.set(key, [...(byName.get(key) ?? []), c]);
    }
    return { byEmail, byName };
  }

  /** Courses by code, compared without case. */
  private async coursesByCode(codes: string[]): Promise<Map<string, Course>> {
    const found = new Map<string, Course>();
    for (const chunk of chunks([...new Set(codes.map((c) => c.toLowerCase()))])) {
      for (const course of await this.db.getRepository(Course).createQueryBuilder('c').where('LOWER(c.code) IN (:...codes)', { codes: chunk }).getMany()) {
        found.set(course.code.toLowerCase(), course);
      }
    }
    return found;
  }

  /** Rows whose person already has that course title and completion date on record. */
  private async alreadyRecorded(
    valid: { row: number; fullName: string; input: ExternalRecordInput }[],
    problem: (row: number, column: ExternalImportColumn | null, code: string, params?: Record<string, string | number>) => ExternalImportProblem,
  ): Promise<ExternalImportProblem[]> {
    const existing = new Set<string>();
    for (const chunk of chunks([...new Set(valid.map((v) => v.input.personId))])) {
      const rows = await this.db.getRepository(ExternalTraining).find({ select: { personId: true, title: true, completedOn: true }, where: { personId: In(chunk) } });
      rows.forEach((r) => existing.add(`${r.personId}|${r.title}|${r.completedOn}`));
    }
    return valid
      .filter((v) => existing.has(`${v.input.personId}|${v.input.title}|${v.input.completedOn}`))
      .map((v) => problem(v.row, 'title', 'external_training.import_exists', { title: v.input.title, date: v.input.completedOn, name: v.fullName }));
  }
}
