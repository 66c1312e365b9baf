import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACCESS, type ExternalTrainingDto } from '@cds/contracts';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { coversPath, type Principal } from '@cds/api/authz';
import { checkUpload, cleanFileName, FILE_KINDS, type FileKind, FileStorage, foldVietnamese, refuse, todayInVietnam } from '@cds/api/common';
import { AuditService, parseDbDate } from '@cds/audit/api';
import { Course } from '@cds/catalogue/api';
import { OrgUnit, ScopeService } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { Certificate } from '../certificate.entity';
import { ExternalTraining } from '../certification.entities';
import type { RecordExternalTrainingFields } from './external-training.dto';

/** Who records external training and decides what it counts for. */
export const EXTERNAL_WRITERS = ACCESS['certificates.issue'];
/** Who reads the records and their evidence (within their subtree). */
export const EXTERNAL_READERS = ACCESS['certificates.read'];
/** Evidence: a scanned certificate, a decision or a list of completions, as a PDF or a photo. */
export const EVIDENCE_KINDS: readonly FileKind[] = ['pdf', 'png', 'jpeg'];
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** The longest list answered at once (newest first); a person's or a search's records are far fewer. */
export const LIST_LIMIT = 500;
/** Why a certificate made from external training stops counting when a certifier withdraws the recognition. */
export const NO_LONGER_RECOGNISED = 'Không còn được công nhận';

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

/** A person with the unit that decides who may act on their records. */
export interface PersonInUnit {
  id: number;
  fullName: string;
  unitPath: string | null;
}

/** One record to write, already checked. */
export interface ExternalRecordInput {
  personId: number;
  title: string;
  issuingBody: string;
  completedOn: string;
  hours: number;
  note: string;
  courseId: number | null;
}

interface DtoRow {
  id: number | string;
  personId: number | string;
  fullName: string;
  unitName: string | null;
  title: string;
  issuingBody: string;
  completedOn: string;
  hours: number | string;
  evidenceName: string;
  courseId: number | string | null;
  courseCode: string | null;
  courseTitle: string | null;
  note: string;
  createdAt: string | Date;
}

/** The `certificate` row that makes a record count for coverage: valid from the completion date, no expiry, no register number or public code. */
export async function insertExternalCertificate(tx: EntityManager, personId: number, courseId: number, issuedOn: string, now: Date): Promise<number> {
  const { identifiers } = await tx.insert(Certificate, {
    personId,
    courseId,
    issuedOn,
    expiresOn: null,
    status: 'valid',
    createdAt: now,
    source: 'external',
    publicCode: null,
    registerYear: null,
    registerSeq: null,
    classId: null,
    decisionId: null,
    printed: null,
    credential: null,
    revokedReason: null,
    revokedAt: null,
    revokedBy: null,
    supersededBy: null,
  });
  return Number(identifiers[0]['id']);
}

/** Writes one record (and its certificate when it counts for a course) inside the caller's transaction. */
export async function insertExternalRecord(
  tx: EntityManager,
  input: ExternalRecordInput,
  evidence: { key: string; name: string },
  createdBy: number,
  now: Date,
): Promise<{ id: number; certificateId: number | null }> {
  const certificateId = input.courseId === null ? null : await insertExternalCertificate(tx, input.personId, input.courseId, input.completedOn, now);
  const { identifiers } = await tx.insert(ExternalTraining, {
    personId: input.personId,
    title: input.title,
    issuingBody: input.issuingBody,
    completedOn: input.completedOn,
    hours: input.hours,
    evidenceKey: evidence.key,
    evidenceName: evidence.name,
    countsForCourseId: input.courseId,
    certificateId,
    note: input.note,
    createdBy,
    createdAt: now,
  });
  return { id: Number(identifiers[0]['id']), certificateId };
}

/**
 * Training done elsewhere (the Ministry, other bodies): a certifier records it with its evidence and
 * decides whether it counts as one of the platform's courses. Counting means a `certificate` row
 * (source `external`), which is what core-team coverage reads, so it counts exactly like a
 * certificate earned here. Every write is audited in its transaction.
 */
@Injectable()
export class ExternalTrainingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly scope: ScopeService,
  ) {}

  /** Records of people whose unit lies in the caller's subtree, newest completion first. */
  async list(principal: Principal, filters: { personId?: number; q?: string }): Promise<ExternalTrainingDto[]> {
    const inScope = this.scope.subtreeCondition(principal, EXTERNAL_READERS, 'u.path');
    const qb = this.dtoQuery(this.db).where(inScope.sql, inScope.params);
    if (filters.personId) qb.andWhere('e.personId = :personId', { personId: filters.personId });
    const q = filters.q?.normalize('NFC').trim();
    if (q) {
      const like = (text: string) => `%${text.replace(/[%_\\]/g, '')}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('p.searchText LIKE :folded', { folded: like(foldVietnamese(q)) })
            .orWhere('LOWER(e.title) LIKE :text', { text: like(q.toLowerCase()) })
            .orWhere('LOWER(e.issuingBody) LIKE :text', { text: like(q.toLowerCase()) }),
        ),
      );
    }
    const rows = await qb.orderBy('e.completedOn', 'DESC').addOrderBy('e.id', 'DESC').limit(LIST_LIMIT).getRawMany<DtoRow>();
    return rows.map(toDto);
  }

  async get(db: DataSource | EntityManager, id: number): Promise<ExternalTrainingDto> {
    const row = await this.dtoQuery(db).where('e.id = :id', { id }).getRawOne<DtoRow>();
    if (!row) throw refuse(HttpStatus.NOT_FOUND, 'external_training.not_found', { id });
    return toDto(row);
  }

  /**
   * Records training done elsewhere, with its evidence (required), and — when a course is named —
   * the certificate that makes it count, in one transaction. Refused: no evidence (422), an unknown
   * person (404) or course (422), a person outside the certifier's subtree (403), the certifier's
   * own training (403), the same course and date already recorded for the person (409).
   */
  async record(principal: Principal, fields: RecordExternalTrainingFields, evidence: UploadedFile | null, ip: string | null): Promise<ExternalTrainingDto> {
    if (!evidence) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'external_training.evidence_required');
    if (fields.completedOn > todayInVietnam()) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'external_training.future_date', { value: fields.completedOn });
    const person = await this.certifiable(principal, fields.personId);
    const course = fields.countsForCourseId ? await this.course(fields.countsForCourseId) : null;
    const input: ExternalRecordInput = {
      personId: person.id,
      title: fields.title,
      issuingBody: fields.issuingBody,
      completedOn: fields.completedOn,
      hours: fields.hours,
      note: fields.note ?? '',
      courseId: course?.id ?? null,
    };
    if (await this.db.getRepository(ExternalTraining).existsBy({ personId: person.id, title: input.title, completedOn: input.completedOn })) {
      throw refuse(HttpStatus.CONFLICT, 'external_training.duplicate', { title: input.title, date: input.completedOn });
    }
    const name = cleanFileName(evidence.fileName);
    const { mime } = await checkUpload(evidence.bytes, name, EVIDENCE_KINDS, EVIDENCE_MAX_BYTES);
    const key = await this.storage.put(evidence.bytes);
    let id: number;
    try {
      id = await this.db.transaction(async (tx) => {
        const written = await insertExternalRecord(tx, input, { key, name }, principal.personId, new Date());
        await this.audit.record(
          {
            action: 'certification.external_recorded',
            actorId: principal.accountId,
            actorEmail: principal.email,
            targetType: 'external_training',
            targetId: written.id,
            targetLabel: `${input.title} · ${person.fullName}`,
            ip,
            details: { personId: person.id, issuingBody: input.issuingBody, completedOn: input.completedOn, hours: input.hours, evidence: { name, contentType: mime, size: evidence.bytes.length }, countsForCourseId: input.courseId, certificateId: written.certificateId },
          },
          tx,
        );
        return written.id;
      });
    } catch (e) {
      // Nothing refers to the stored bytes when the transaction did not commit.
      await this.storage.remove(key).catch(() => undefined);
      throw e;
    }
    return this.get(this.db, id);
  }

  /**
   * Sets which course a record counts as. A new course: a new certificate row, and the one it had
   * before becomes `superseded` by it. Null: the certificate becomes `revoked` with the reason
   * "Không còn được công nhận" and stays linked to the record, so the history is kept and nothing
   * is deleted; coverage stops counting it at once. The record's change is conditional on what was
   * read (409 if another change came first).
   */
  async setCountsFor(principal: Principal, id: number, courseId: number | null, ip: string | null): Promise<ExternalTrainingDto> {
    const record = await this.db.getRepository(ExternalTraining).findOneBy({ id });
    if (!record) throw refuse(HttpStatus.NOT_FOUND, 'external_training.not_found', { id });
    const person = await this.certifiable(principal, record.personId);
    const current = record.certificateId === null ? null : await this.db.getRepository(Certificate).findOneBy({ id: record.certificateId });
    const counting = record.countsForCourseId !== null && current?.status === 'valid';
    // Nothing to do: the same course and its certificate still valid, or already not counting.
    if (courseId === record.countsForCourseId && (courseId === null || counting)) return this.get(this.db, id);
    const course = courseId === null ? null : await this.course(courseId);
    const now = new Date();
    await this.db.transaction(async (tx) => {
      const newCertificateId = course ? await insertExternalCertificate(tx, record.personId, course.id, record.completedOn, now) : null;
      const claim = tx
        .createQueryBuilder()
        .update(ExternalTraining)
        .set({ countsForCourseId: course?.id ?? null, certificateId: newCertificateId ?? record.certificateId })
        .where('id = :id', { id })
        .andWhere(record.countsForCourseId === null ? 'counts_for_course_id IS NULL' : 'counts_for_course_id = :was', { was: record.countsForCourseId })
        .andWhere(record.certificateId === null ? 'certificate_id IS NULL' : 'certificate_id = :cert', { cert: record.certificateId });
      if ((await claim.execute()).affected !== 1) throw refuse(HttpStatus.CONFLICT, 'external_training.concurrent_change');
      if (record.certificateId !== null) {
        const change = newCertificateId
          ? { status: 'superseded' as const, supersededBy: newCertificateId }
          : { status: 'revoked' as const, revokedReason: NO_LONGER_RECOGNISED, revokedAt: now, revokedBy: principal.personId };
        await tx.createQueryBuilder().update(Certificate).set(change).where('id = :cert AND status = :valid', { cert: record.certificateId, valid: 'valid' }).execute();
      }
      await this.audit.record(
        {
          action: 'certification.external_counted',
          actorId: principal.accountId,
          actorEmail: principal.email,
          targetType: 'external_training',
          targetId: id,
          targetLabel: `${record.title} · ${person.fullName}`,
          ip,
          details: {
            personId: record.personId,
            fromCourseId: counting ? record.countsForCourseId : null,
            toCourseId: course?.id ?? null,
            courseCode: course?.code ?? null,
            certificateId: newCertificateId,
            previousCertificateId: record.certificateId,
            previousCertificate: record.certificateId === null ? null : newCertificateId ? 'superseded' : 'revoked',
          },
        },
        tx,
      );
    });
    return this.get(this.db, id);
  }

  /** The evidence file, for readers whose subtree holds the person's unit. */
  async evidence(principal: Principal, id: number): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
    const record = await this.db.getRepository(ExternalTraining).findOneBy({ id });
    if (!record) throw refuse(HttpStatus.NOT_FOUND, 'external_training.not_found', { id });
    const person = await this.personInUnit(record.personId);
    if (!person?.unitPath || !coversPath(principal, EXTERNAL_READERS, person.unitPath)) throw refuse(HttpStatus.FORBIDDEN, 'external_training.outside_scope');
    const extension = record.evidenceName.toLowerCase().split('.').pop() ?? '';
    // The name's extension was checked against the content at upload.
    const kind = EVIDENCE_KINDS.find((k) => (FILE_KINDS[k].extensions as readonly string[]).includes(extension));
    return { bytes: await this.storage.get(record.evidenceKey), contentType: kind ? FILE_KINDS[kind].mime : 'application/octet-stream', fileName: record.evidenceName };
  }

  /** 404 for an unknown person; 403 outside the caller's certifying subtree, or for the caller themself. */
  async certifiable(principal: Principal, personId: number): Promise<PersonInUnit> {
    const person = await this.personInUnit(personId);
    if (!person) throw refuse(HttpStatus.NOT_FOUND, 'external_training.person_not_found', { id: personId });
    if (!person.unitPath || !coversPath(principal, EXTERNAL_WRITERS, person.unitPath)) throw refuse(HttpStatus.FORBIDDEN, 'external_training.outside_scope');
    if (person.id === principal.personId) throw refuse(HttpStatus.FORBIDDEN, 'external_training.own_record');
    return person;
  }

  private async personInUnit(personId: number): Promise<PersonInUnit | null> {
    const row = await this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .leftJoin(OrgUnit, 'u', 'u.id = p.orgUnitId')
      .select('p.id', 'id')
      .addSelect('p.fullName', 'fullName')
      .addSelect('u.path', 'unitPath')
      .where('p.id = :personId', { personId })
      .getRawOne<{ id: number | string; fullName: string; unitPath: string | null }>();
    return row ? { id: Number(row.id), fullName: row.fullName, unitPath: row.unitPath ?? null } : null;
  }

  private async course(id: number): Promise<Course> {
    const course = await this.db.getRepository(Course).findOneBy({ id });
    if (!course) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'external_training.unknown_course', { id });
    return course;
  }

  private dtoQuery(db: DataSource | EntityManager) {
    return db
      .getRepository(ExternalTraining)
      .createQueryBuilder('e')
      .innerJoin(Person, 'p', 'p.id = e.personId')
      .leftJoin(OrgUnit, 'u', 'u.id = p.orgUnitId')
      .leftJoin(Course, 'c', 'c.id = e.countsForCourseId')
      .select('e.id', 'id')
      .addSelect('e.personId', 'personId')
      .addSelect('p.fullName', 'fullName')
      .addSelect('u.name', 'unitName')
      .addSelect('e.title', 'title')
      .addSelect('e.issuingBody', 'issuingBody')
      .addSelect('e.completedOn', 'completedOn')
      .addSelect('e.hours', 'hours')
      .addSelect('e.evidenceName', 'evidenceName')
      .addSelect('c.id', 'courseId')
      .addSelect('c.code', 'courseCode')
      .addSelect('c.title', 'courseTitle')
      .addSelect('e.note', 'note')
      .addSelect('e.createdAt', 'createdAt');
  }
}

function toDto(r: DtoRow): ExternalTrainingDto {
  return {
    id: Number(r.id),
    personId: Number(r.personId),
    fullName: r.fullName,
    unitName: r.unitName ?? '',
    title: r.title,
    issuingBody: r.issuingBody,
    completedOn: r.completedOn,
    hours: Number(r.hours),
    evidenceName: r.evidenceName,
    countsFor: r.courseId == null ? null : { id: Number(r.courseId), code: r.courseCode ?? '', title: r.courseTitle ?? '' },
    note: r.note,
    createdAt: parseDbDate(r.createdAt).toISOString(),
  };
}
