import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportColumnKey, ImportJobDto, ImportRowProblem, SeatFunction } from '@cds/contracts';
import { IMPORT_COLUMNS, SEAT_FUNCTION_LABELS } from '@cds/contracts';
import { isEmail } from 'class-validator';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import { coversPath, Principal } from '@cds/api/authz';
import { AppError, foldVietnamese, Lang, message, normalizeText, plainTextProblem, todayInVietnam } from '@cds/api/common';
import { OrgUnit } from '@cds/org/api';
import { Account } from '../account.entity';
import { nameKeys, PEOPLE_WRITERS } from '../people.service';
import { PHONE_PATTERN } from '../people.dto';
import { Person } from '../person.entity';
import { ImportedHolder, PeopleHooks } from '../people-hooks';
import { Cell, mapHeader, parseDate, parseSeatFunction, readSheet } from './import-file';
import { ImportJob, ImportProblem } from './import-job.entity';

export const MAX_IMPORT_ROWS = 5000;
/** Far longer than any import of MAX_IMPORT_ROWS takes; a job still running after this lost its instance. */
export const STALE_AFTER_MS = 15 * 60 * 1000;
const PROGRESS_EVERY = 100;
/** The states a job leaves exactly once, by a conditional update: to its final status, or to failed when found stale. */
const RUNNING: ImportJob['status'][] = ['validating', 'importing'];

/** The job ended while its run was still going (reported failed as stale): the run stops and writes nothing. */
class ImportJobEnded extends Error {}
const WRITE_BATCH = 200;

interface ValidRow {
  row: number;
  fullName: string;
  position: string | null;
  unit: OrgUnit;
  email: string | null;
  phone: string | null;
  seatFunction: SeatFunction | null;
  startDate: string | null;
}

export function toImportJobDto(job: ImportJob, problems: ImportRowProblem[] = []): ImportJobDto {
  return {
    id: job.id,
    fileName: job.fileName,
    dryRun: Boolean(job.dryRun),
    status: job.status,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    problems,
    createdPeople: job.createdPeople,
    createdAssignments: job.createdAssignments,
    createdAt: new Date(job.createdAt).toISOString(),
    finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : null,
  };
}

/**
 * Imports people and their core-team posts from a sheet. Every row is checked first and every
 * problem reported; nothing is written unless the whole file is valid, and then all of it is
 * written in one transaction. Progress lives in the job row, which any API instance can serve.
 */
@Injectable()
export class PeopleImportService {
  private readonly logger = new Logger(PeopleImportService.name);
  private readonly running = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly hooks: PeopleHooks,
  ) {}

  async start(principal: Principal, file: { buffer: Buffer; fileName: string }, dryRun: boolean, lang: Lang): Promise<ImportJobDto> {
    if (!/\.(xlsx|csv)$/i.test(file.fileName)) throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'import.bad_file_type');
    let sheet: Cell[][];
    try {
      sheet = await readSheet(file.buffer, file.fileName);
    } catch {
      throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'import.unreadable');
    }
    const [header = [], ...body] = sheet;
    const rows = body.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => c !== null));
    const { identifiers } = await this.db.getRepository(ImportJob).insert({
      createdBy: principal.accountId,
      fileName: file.fileName.slice(0, 255),
      dryRun,
      status: 'validating',
      totalRows: rows.length,
      processedRows: 0,
      createdPeople: 0,
      createdAssignments: 0,
      createdAt: new Date(),
      finishedAt: null,
    });
    const job = await this.db.getRepository(ImportJob).findOneByOrFail({ id: Number(identifiers[0]['id']) });
    const work = this.run(job, principal, header, rows, lang)
      .catch(async (e) => {
        if (e instanceof ImportJobEnded) {
          this.logger.warn(`import job ${job.id} was reported failed before it finished; nothing was written`);
          return;
        }
        this.logger.error(`import job ${job.id} failed: ${(e as Error).stack ?? e}`);
        await this.finish(job.id, 'failed', [{ row: 0, column: null, code: 'import.failed', message: message('import.failed', lang) }]);
      })
      .finally(() => this.running.delete(work));
    this.running.add(work);
    return toImportJobDto(job);
  }

  async get(principal: Principal, id: number, lang: Lang = 'vi'): Promise<ImportJobDto> {
    const job = await this.db.getRepository(ImportJob).findOneBy({ id });
    // A job is its author's: another caller learns nothing about it.
    if (!job || job.createdBy !== principal.accountId) throw new AppError(HttpStatus.NOT_FOUND, 'http.not_found');
    if ((job.status === 'validating' || job.status === 'importing') && Date.now() - new Date(job.createdAt).getTime() > STALE_AFTER_MS) {
      // Its API instance stopped mid-way; the write is one transaction, so nothing was imported. If
      // the run ends it at this very moment, whichever comes first wins (finish is conditional),
      // and the job is read again either way.
      await this.finish(job.id, 'failed', [{ row: 0, column: null, code: 'import.failed', message: message('import.failed', lang) }]);
      return this.get(principal, id, lang);
    }
    const problems = await this.db.getRepository(ImportProblem).find({ where: { jobId: id }, order: { row: 'ASC', id: 'ASC' } });
    return toImportJobDto(job, problems.map(({ row, column, code, message }) => ({ row, column, code, message })));
  }

  /** Resolves when every job started by this instance has finished (graceful shutdown, tests). */
  async idle(): Promise<void> {
    await Promise.all([...this.running]);
  }

  private async run(job: ImportJob, principal: Principal, header: Cell[], rows: { row: number; cells: Cell[] }[], lang: Lang) {
    const problem = (row: number, column: ImportColumnKey | null, code: string, params?: Record<string, string | number>): ImportRowProblem => ({
      row,
      column,
      code,
      message: message(code, lang, params),
    });

    const { columns, unknown, missing } = mapHeader(header);
    const headerProblems = [
      ...unknown.map((name) => problem(1, null, 'import.unknown_column', { name, expected: IMPORT_COLUMNS.map((c) => c.header).join(', ') })),
      ...missing.map((name) => problem(1, null, 'import.missing_column', { name })),
    ];
    if (!columns.includes('unitCode') && !columns.includes('unitName')) headerProblems.push(problem(1, null, 'import.missing_column', { name: 'Mã đơn vị / Tên đơn vị' }));
    if (rows.length === 0) headerProblems.push(problem(1, null, 'import.empty'));
    if (rows.length > MAX_IMPORT_ROWS) headerProblems.push(problem(1, null, 'import.too_many_rows', { max: MAX_IMPORT_ROWS }));
    if (headerProblems.length) {
      await this.finish(job.id, 'invalid', headerProblems);
      return;
    }

    const today = todayInVietnam();
    const liveUnits = await this.db.getRepository(OrgUnit).findBy({ validTo: IsNull() });
    const unitsByCode = new Map(liveUnits.filter((u) => u.code).map((u) => [u.code as string, u]));
    const unitsByName = new Map<string, OrgUnit[]>();
    for (const u of liveUnits) unitsByName.set(foldVietnamese(u.name), [...(unitsByName.get(foldVietnamese(u.name)) ?? []), u]);
    const emailsInFile = rows.map((r) => this.text(r.cells, columns, 'email')?.toLowerCase()).filter((e): e is string => !!e);
    const taken = new Set<string>();
    for (let i = 0; i < emailsInFile.length; i += 500) {
      const chunk = emailsInFile.slice(i, i + 500);
      (await this.db.getRepository(Person).find({ select: { email: true }, where: { email: In(chunk) } })).forEach((p) => p.email && taken.add(p.email));
      (await this.db.getRepository(Account).find({ select: { email: true }, where: { email: In(chunk) } })).forEach((a) => taken.add(a.email));
    }

    const problems: ImportRowProblem[] = [];
    const valid: ValidRow[] = [];
    const firstRowOfEmail = new Map<string, number>();
    for (const [index, { row, cells }] of rows.entries()) {
      const get = (key: ImportColumnKey) => this.text(cells, columns, key);
      const rowProblems: ImportRowProblem[] = [];
      const fullName = get('fullName');
      if (!fullName) rowProblems.push(problem(row, 'fullName', 'import.required', { column: 'Họ và tên' }));
      else if (fullName.length > 255) rowProblems.push(problem(row, 'fullName', 'import.too_long', { max: 255 }));
      const position = get('position');
      if (position && position.length > 255) rowProblems.push(problem(row, 'position', 'import.too_long', { max: 255 }));
      for (const [column, value] of [['fullName', fullName], ['position', position]] as const) {
        const bad = plainTextCheck(value);
        if (bad) rowProblems.push(problem(row, column, bad.code, bad.params));
      }

      let unit: OrgUnit | undefined;
      const code = get('unitCode');
      const unitName = get('unitName');
      if (code) {
        unit = unitsByCode.get(code);
        if (!unit) rowProblems.push(problem(row, 'unitCode', 'import.unknown_unit', { unit: code }));
      } else if (unitName) {
        const matches = unitsByName.get(foldVietnamese(unitName)) ?? [];
        if (matches.length === 1) unit = matches[0];
        else rowProblems.push(problem(row, 'unitName', matches.length ? 'import.ambiguous_unit' : 'import.unknown_unit', { unit: unitName }));
      } else {
        rowProblems.push(problem(row, 'unitName', 'import.required', { column: 'Mã đơn vị / Tên đơn vị' }));
      }
      if (unit && !coversPath(principal, PEOPLE_WRITERS, unit.path)) {
        rowProblems.push(problem(row, code ? 'unitCode' : 'unitName', 'import.out_of_scope', { unit: unit.name }));
      }

      const email = get('email')?.toLowerCase() ?? null;
      if (email) {
        if (!isEmail(email)) rowProblems.push(problem(row, 'email', 'import.bad_email', { value: email }));
        else if (taken.has(email)) rowProblems.push(problem(row, 'email', 'import.email_exists', { value: email }));
        else if (firstRowOfEmail.has(email)) rowProblems.push(problem(row, 'email', 'import.duplicate_email', { value: email, row: firstRowOfEmail.get(email) as number }));
        else firstRowOfEmail.set(email, row);
      }
      const phone = get('phone');
      if (phone && !PHONE_PATTERN.test(phone)) rowProblems.push(problem(row, 'phone', 'import.bad_phone', { value: phone }));

      const functionText = get('seatFunction');
      const seatFunction = functionText ? parseSeatFunction(functionText) : null;
      if (functionText && !seatFunction) {
        rowProblems.push(problem(row, 'seatFunction', 'import.unknown_function', { value: functionText, expected: Object.values(SEAT_FUNCTION_LABELS).join('; ') }));
      }
      const startCell = this.cell(cells, columns, 'startDate');
      const startDate = startCell === null ? null : parseDate(startCell);
      if (startCell !== null && !startDate) rowProblems.push(problem(row, 'startDate', 'import.bad_date', { value: String(startCell) }));
      else if (seatFunction && !startDate) rowProblems.push(problem(row, 'startDate', 'import.required', { column: 'Ngày bắt đầu' }));
      else if (startDate && startDate > today) rowProblems.push(problem(row, 'startDate', 'import.future_date', { value: startDate }));
      else if (startDate && unit && startDate < unit.validFrom) rowProblems.push(problem(row, 'startDate', 'import.before_unit', { value: startDate, unit: unit.name }));

      if (rowProblems.length) problems.push(...rowProblems);
      else if (fullName && unit) {
        valid.push({ row, fullName, position, unit, email, phone, seatFunction, startDate });
      }
      if ((index + 1) % PROGRESS_EVERY === 0) {
        await this.db.getRepository(ImportJob).update({ id: job.id }, { processedRows: index + 1 });
        await new Promise((resolve) => setImmediate(resolve));
      }
    }

    if (problems.length || job.dryRun) {
      await this.db.getRepository(ImportJob).update({ id: job.id }, { processedRows: rows.length });
      await this.finish(job.id, problems.length ? 'invalid' : 'done', problems);
      return;
    }

    if (!(await this.endOrMove(this.db.manager, job.id, ['validating'], { status: 'importing', processedRows: 0 }))) throw new ImportJobEnded();
    const counts = await this.db.transaction(async (tx) => {
      const written = await this.write(tx, principal, valid);
      // The job ends in the same transaction as the write: reported failed meanwhile, the write rolls
      // back; ended here first, it can no longer be reported failed.
      const ended = await this.endOrMove(tx, job.id, ['importing'], {
        status: 'done',
        finishedAt: new Date(),
        processedRows: rows.length,
        createdPeople: written.people,
        createdAssignments: written.assignments,
      });
      if (!ended) throw new ImportJobEnded();
      return written;
    });
    await this.audit.record({ action: 'people.imported', actorId: principal.accountId, actorEmail: principal.email, targetType: 'import_job', targetId: job.id, targetLabel: job.fileName, details: { fileName: job.fileName, ...counts } });
  }

  /** All rows in one transaction: people in batches, then their posts (a vacant seat of the function, or a new one). */
  private async write(tx: EntityManager, principal: Principal, rows: ValidRow[]) {
    const now = new Date();
    const personIds: number[] = [];
    for (let i = 0; i < rows.length; i += WRITE_BATCH) {
      const batch = rows.slice(i, i + WRITE_BATCH).map((r) => ({
        fullName: r.fullName,
        position: r.position,
        orgUnitId: r.unit.id,
        email: r.email,
        phone: r.phone,
        active: true,
        ...nameKeys(r.fullName),
        createdAt: now,
        updatedAt: now,
      }));
      // One statement per batch. Both drivers number a multi-row insert's rows from the id it
      // reports (SQLite: the last, MySQL/MariaDB: the first; consecutive with InnoDB's default
      // auto-increment lock mode on MariaDB, not guaranteed with MySQL 8's interleaved mode), so
      // the ids are read back and checked: a mismatch fails the import whole instead of putting
      // posts on the wrong people.
      const ids = (await tx.insert(Person, batch)).identifiers.map((x) => Number(x['id']));
      const stored = await tx.getRepository(Person).find({ select: { id: true, sortKey: true, email: true, phone: true }, where: { id: In(ids) } });
      const keyOf = new Map(stored.map((p) => [Number(p.id), `${p.sortKey}|${p.email}|${p.phone}`]));
      if (ids.length !== batch.length || ids.some((id, k) => keyOf.get(id) !== `${batch[k].sortKey}|${batch[k].email}|${batch[k].phone}`)) {
        throw new Error('import: the database did not number a batch of people consecutively');
      }
      personIds.push(...ids);
    }
    const holders: ImportedHolder[] = rows.flatMap((r, i) =>
      r.seatFunction && r.startDate ? [{ personId: personIds[i], unit: r.unit, seatFunction: r.seatFunction, startDate: r.startDate }] : [],
    );
    const assignments = holders.length ? (await this.hooks.run('holdersImported', tx, holders, principal.accountId)).reduce((a, b) => a + b, 0) : 0;
    return { people: personIds.length, assignments };
  }

  /**
   * Ends a running job with its problems, in one transaction. Conditional: a job that already
   * ended (finished, or reported failed as stale) is left exactly as it is; returns whether this
   * call ended it.
   */
  private async finish(id: number, status: ImportJob['status'], problems: ImportRowProblem[]): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      if (!(await this.endOrMove(tx, id, RUNNING, { status, finishedAt: new Date() }))) return false;
      for (let i = 0; i < problems.length; i += 500) {
        await tx.getRepository(ImportProblem).insert(problems.slice(i, i + 500).map((p) => ({ jobId: id, ...p, message: p.message.slice(0, 1000) })));
      }
      return true;
    });
  }

  /** `UPDATE import_job SET … WHERE id = ? AND status IN (…)`: true when it changed the job, false when the job had moved on. */
  private async endOrMove(tx: EntityManager, id: number, from: ImportJob['status'][], changes: Partial<ImportJob>): Promise<boolean> {
    const { affected } = await tx.createQueryBuilder().update(ImportJob).set(changes).where('id = :id AND status IN (:...from)', { id, from }).execute();
    return affected === 1;
  }

  private cell(cells: Cell[], columns: (ImportColumnKey | null)[], key: ImportColumnKey): Cell {
    const index = columns.indexOf(key);
    return index < 0 ? null : (cells[index] ?? null);
  }

  private text(cells: Cell[], columns: (ImportColumnKey | null)[], key: ImportColumnKey): string | null {
    const value = this.cell(cells, columns, key);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return value === null ? null : normalizeText(value) || null;
  }
}

/** The row problem of a text cell that is not plain text (a formula, control characters), if any. */
function plainTextCheck(value: string | null): { code: string; params?: Record<string, string> } | null {
  const found = value === null ? null : plainTextProblem(value);
  if (found === 'formula') return { code: 'import.formula', params: { value: (value as string).slice(0, 40) } };
  if (found === 'control') return { code: 'import.control_chars' };
  return null;
}
