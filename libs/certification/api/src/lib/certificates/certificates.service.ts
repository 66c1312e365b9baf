import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACCESS, type CertificateDto, type CertificateState, type DecisionSummary, type ExpiringCertificate, type IssueDecisionRequest, type Page, type ReissueRequest, type Role } from '@cds/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { coversPath, hasRole, scopePathsOf, type Principal } from '@cds/api/authz';
import { isUniqueViolation, refuse, todayInVietnam } from '@cds/api/common';
import { AuditService } from '@cds/audit/api';
import { Course } from '@cds/catalogue/api';
import { TrainingClass } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { classRights } from '../access';
import { Certificate, CertificationDecision, type PrintedFacts } from '../certificate.entity';
import { Completion } from '../certification.entities';
import { CompletionService, registerNumber } from '../completion/completion.service';
import { credentialDownload, signCredential, type CertificateFacts } from '../credentials';
import { renderCertificatePdf, type CertificatePdfFacts } from '../pdf';
import { newPublicCode } from './codes';
import { SigningService } from './signing.service';

const READERS: readonly Role[] = ACCESS['certificates.read'];
const ISSUERS: readonly Role[] = ACCESS['certificates.issue'];
const MAX_PEOPLE = 500;
const MAX_REASON = 500;

export interface RegisterQuery {
  q?: string;
  state?: CertificateState;
  year?: number;
  cursor?: string;
  limit?: number;
}

/** YYYY-MM-DD plus whole months, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const isDate = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** The state a certificate is in today: stored (valid, revoked, superseded), or expired by its date. */
export function stateOf(c: Pick<Certificate, 'status' | 'expiresOn'>, today = todayInVietnam()): CertificateState {
  if (c.status !== 'valid') return c.status;
  return c.expiresOn !== null && String(c.expiresOn).slice(0, 10) < today ? 'expired' : 'valid';
}

/**
 * Certification decisions and the certificates they issue: register numbers in a yearly sequence,
 * random public codes, the signed credential at issue and the signed PDF on demand, revocation
 * and re-issue, the register and what expires soon.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly signing: SigningService,
    private readonly completion: CompletionService,
  ) {}

  // ---- decisions ------------------------------------------------------------------------

  async issue(principal: Principal, input: IssueDecisionRequest, ip: string | null): Promise<DecisionSummary> {
    const req = validDecision(input);
    const rights = await classRights(this.db, principal, req.classId);
    if (!rights.issue) throw refuse(HttpStatus.FORBIDDEN, 'certification.not_certifier');
    if (req.personIds.includes(principal.personId)) throw refuse(HttpStatus.FORBIDDEN, 'certification.own_completion');
    const cls = rights.cls;
    const people = await this.peopleWithUnits(req.personIds);
    const missing = req.personIds.filter((id) => !people.has(id));
    if (missing.length) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.not_a_learner', { id: missing.join(', ') });
    // Completion as of every event so far (evaluation runs just after the events, see CompletionService).
    await this.completion.settled();
    const completions = await this.db.getRepository(Completion).findBy({ classId: cls.id, personId: In(req.personIds) });
    const complete = new Set(completions.filter((c) => c.complete).map((c) => c.personId));
    const notComplete = req.personIds.filter((id) => !complete.has(id));
    if (notComplete.length) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.not_complete', { names: notComplete.map((id) => people.get(id)?.fullName).join(', ') });
    const holding = await this.db.getRepository(Certificate).find({ select: { personId: true }, where: { classId: cls.id, personId: In(req.personIds), status: 'valid' } });
    if (holding.length) throw refuse(HttpStatus.CONFLICT, 'certification.already_certified', { names: holding.map((h) => people.get(h.personId)?.fullName).join(', ') });
    const course = await this.db.getRepository(Course).findOneByOrFail({ id: cls.courseId });
    const year = Number(req.decidedOn.slice(0, 4));

    let decisionId = 0;
    try {
      decisionId = await this.db.transaction(async (tx) => {
        const { identifiers } = await tx.insert(CertificationDecision, {
          year,
          number: req.number,
          decidedOn: req.decidedOn,
          classId: cls.id,
          signerName: req.signerName,
          signerTitle: req.signerTitle,
          createdBy: principal.personId,
          createdAt: new Date(),
        });
        const id = Number(identifiers[0]['id']);
        let seq = await nextSeq(tx, year);
        for (const personId of req.personIds) {
          const person = people.get(personId) as PersonWithUnit;
          const printed: PrintedFacts = {
            holderName: person.fullName,
            holderUnit: person.unitName ?? '',
            courseCode: course.code,
            courseTitle: course.title,
            hours: course.hours,
            classCode: cls.code,
            decisionNumber: req.number,
            decisionDate: req.decidedOn,
            signerName: req.signerName,
            signerTitle: req.signerTitle,
            department: this.signing.department,
            place: this.signing.place,
          };
          await writeCertificate(tx, this.signing, {
            personId,
            courseId: course.id,
            classId: cls.id,
            decisionId: id,
            issuedOn: req.decidedOn,
            expiresOn: req.validityMonths ? addMonths(req.decidedOn, req.validityMonths) : null,
            year,
            seq: seq++,
            printed,
          });
        }
        await this.audit.record(
          {
            action: 'certification.decision_issued',
            actorId: principal.accountId,
            actorEmail: principal.email,
            targetType: 'certification_decision',
            targetId: id,
            targetLabel: `${req.number} · ${cls.code}`,
            ip,
            details: { classId: cls.id, number: req.number, decidedOn: req.decidedOn, personIds: req.personIds, validityMonths: req.validityMonths },
          },
          tx,
        );
        return id;
      });
    } catch (e) {
      if (isUniqueViolation(e)) {
        const taken = await this.db.getRepository(CertificationDecision).existsBy({ year, number: req.number });
        if (taken) throw refuse(HttpStatus.CONFLICT, 'certification.decision_number_taken', { number: req.number, year });
        throw refuse(HttpStatus.CONFLICT, 'certification.concurrent_issue');
      }
      throw e;
    }
    return (await this.decisionSummaries({ id: decisionId }))[0];
  }

  async decisions(principal: Principal, classId: number): Promise<DecisionSummary[]> {
    await classRights(this.db, principal, classId);
    return this.decisionSummaries({ classId });
  }

  /** The decision with its certificates, for the zip: the caller must be able to read the class. */
  async decisionCertificates(principal: Principal, decisionId: number): Promise<{ decision: CertificationDecision; certificates: Certificate[] }> {
    const decision = await this.db.getRepository(CertificationDecision).findOneBy({ id: decisionId });
    if (!decision) throw refuse(HttpStatus.NOT_FOUND, 'certification.decision_not_found', { id: decisionId });
    await classRights(this.db, principal, decision.classId);
    const certificates = await this.db.getRepository(Certificate).find({ where: { decisionId }, order: { registerSeq: 'ASC' } });
    return { decision, certificates };
  }

  // ---- one certificate ------------------------------------------------------------------

  async mine(principal: Principal): Promise<CertificateDto[]> {
    const rows = await this.db.getRepository(Certificate).find({ where: { personId: principal.personId, source: 'platform' }, order: { issuedOn: 'DESC', id: 'DESC' } });
    return this.toDtos(rows.filter((r) => r.publicCode !== null));
  }

  async get(principal: Principal, id: number): Promise<CertificateDto> {
    return (await this.toDtos([await this.readable(principal, id)]))[0];
  }

  /** The certificate as a signed PDF: rendered from what was printed at issue, with its state today, and signed now. */
  async pdf(principal: Principal, id: number): Promise<{ bytes: Buffer; fileName: string }> {
    const cert = await this.readable(principal, id);
    return { bytes: await this.signedPdf(cert), fileName: `chung-chi-${cert.publicCode}.pdf` };
  }

  async signedPdf(cert: Certificate): Promise<Buffer> {
    const p = cert.printed as PrintedFacts;
    const state = stateOf(cert);
    const facts: CertificatePdfFacts = {
      department: p.department,
      place: p.place ?? this.signing.place,
      holder: { name: p.holderName, unit: p.holderUnit },
      course: { code: p.courseCode, title: p.courseTitle, hours: p.hours },
      classCode: p.classCode,
      issuedOn: String(cert.issuedOn).slice(0, 10),
      expiresOn: cert.expiresOn ? String(cert.expiresOn).slice(0, 10) : null,
      decision: { number: p.decisionNumber, date: p.decisionDate },
      registerNumber: registerNumber(cert.registerYear, cert.registerSeq),
      publicCode: cert.publicCode as string,
      signer: { name: p.signerName, title: p.signerTitle },
      verifyUrl: this.signing.verifyUrl(cert.publicCode as string),
      ...(state === 'revoked' || state === 'expired' ? { status: state } : {}),
    };
    const signer = this.signing.pdf();
    return signer.sign(await renderCertificatePdf(facts), { reason: `Cấp giấy chứng nhận ${cert.publicCode}`, location: this.signing.place, name: signer.subject });
  }

  /** The Open Badges credential file: the credential in the clear plus its signed JWT. */
  async credentialFile(principal: Principal, id: number): Promise<{ json: string; fileName: string }> {
    const cert = await this.readable(principal, id);
    if (!cert.credential) throw refuse(HttpStatus.NOT_FOUND, 'certification.no_credential');
    const [, payload] = cert.credential.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const credential = Object.fromEntries(Object.entries(claims).filter(([k]) => !['iss', 'jti', 'sub', 'nbf', 'exp', 'iat'].includes(k)));
    const file = credentialDownload({ credential: credential as never, jwt: cert.credential });
    return { json: JSON.stringify(file, null, 2), fileName: `chung-chi-${cert.publicCode}.json` };
  }

  async revoke(principal: Principal, id: number, reasonInput: unknown, ip: string | null): Promise<CertificateDto> {
    const cert = await this.actionable(principal, id);
    const reason = requiredReason(reasonInput);
    const moved = await this.db.transaction(async (tx) => {
      const res = await tx
        .createQueryBuilder()
        .update(Certificate)
        .set({ status: 'revoked', revokedReason: reason, revokedAt: new Date(), revokedBy: principal.personId })
        .where("id = :id AND status = 'valid'", { id })
        .execute();
      if (res.affected !== 1) return false;
      await this.audit.record(
        { action: 'certification.certificate_revoked', actorId: principal.accountId, actorEmail: principal.email, targetType: 'certificate', targetId: id, targetLabel: cert.publicCode, ip, details: { reason, personId: cert.personId } },
        tx,
      );
      return true;
    });
    if (!moved) throw refuse(HttpStatus.CONFLICT, 'certification.not_valid');
    return this.get(principal, id);
  }

  /**
   * A new certificate in place of a valid (or expired) one, after a retake or to correct what is
   * printed: a new register number and code, issued today, valid as long as the old one was; the old
   * one is kept as superseded and points to the new.
   */
  async reissue(principal: Principal, id: number, input: ReissueRequest, ip: string | null): Promise<CertificateDto> {
    const old = await this.actionable(principal, id);
    if (old.personId === principal.personId) throw refuse(HttpStatus.FORBIDDEN, 'certification.own_completion');
    const reason = requiredReason(input?.reason);
    const holderName = optionalText(input?.holderName, 255, 'holderName');
    const holderUnit = optionalText(input?.holderUnit, 255, 'holderUnit');
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4));
    const printed: PrintedFacts = { ...(old.printed as PrintedFacts), reissueReason: reason };
    if (holderName) printed.holderName = holderName;
    if (holderUnit) printed.holderUnit = holderUnit;
    const validity = old.expiresOn ? monthsBetween(String(old.issuedOn).slice(0, 10), String(old.expiresOn).slice(0, 10)) : null;
    const newId = await this.db.transaction(async (tx) => {
      const created = await writeCertificate(tx, this.signing, {
        personId: old.personId,
        courseId: old.courseId,
        classId: old.classId,
        decisionId: old.decisionId,
        issuedOn: today,
        expiresOn: validity ? addMonths(today, validity) : null,
        year,
        seq: await nextSeq(tx, year),
        printed,
      });
      const res = await tx
        .createQueryBuilder()
        .update(Certificate)
        .set({ status: 'superseded', supersededBy: created })
        .where("id = :id AND status = 'valid'", { id })
        .execute();
      if (res.affected !== 1) throw refuse(HttpStatus.CONFLICT, 'certification.not_valid');
      await this.audit.record(
        {
          action: 'certification.certificate_reissued',
          actorId: principal.accountId,
          actorEmail: principal.email,
          targetType: 'certificate',
          targetId: id,
          targetLabel: old.publicCode,
          ip,
          details: { reason, personId: old.personId, newCertificateId: created, corrected: { holderName: holderName ?? null, holderUnit: holderUnit ?? null } },
        },
        tx,
      );
      return created;
    });
    return this.get(principal, newId);
  }

  // ---- the register -----------------------------------------------------------------------

  async register(principal: Principal, query: RegisterQuery): Promise<Page<CertificateDto>> {
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
    const qb = this.registerQuery(principal, query).orderBy('c.id', 'DESC').take(limit + 1);
    if (query.cursor) {
      const after = Number(query.cursor);
      if (!Number.isInteger(after) || after < 1) throw refuse(HttpStatus.BAD_REQUEST, 'certification.bad_cursor');
      qb.andWhere('c.id < :after', { after });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    return { items: await this.toDtos(page), nextCursor: rows.length > limit ? String(page[page.length - 1].id) : null };
  }

  /** Every matching row, for the Excel export (at most 20,000). */
  async registerAll(principal: Principal, query: RegisterQuery): Promise<CertificateDto[]> {
    return this.toDtos(await this.registerQuery(principal, query).orderBy('c.registerYear', 'DESC').addOrderBy('c.registerSeq', 'DESC').take(20_000).getMany());
  }

  async expiring(principal: Principal, days: number): Promise<ExpiringCertificate[]> {
    if (!Number.isInteger(days) || days < 1 || days > 3650) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.bad_days');
    const today = todayInVietnam();
    const until = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const rows = await this.registerQuery(principal, { state: 'valid' })
      .andWhere('c.expiresOn IS NOT NULL AND c.expiresOn <= :until', { until })
      .orderBy('c.expiresOn', 'ASC')
      .take(2000)
      .getMany();
    const dtos = await this.toDtos(rows);
    return dtos.map((certificate) => ({ certificate, daysLeft: Math.round((Date.parse(`${certificate.expiresOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000) }));
  }

  // ---- internals ----------------------------------------------------------------------------

  private registerQuery(principal: Principal, query: RegisterQuery) {
    const paths = principal.grants.filter((g) => READERS.includes(g.role)).flatMap(scopePathsOf);
    if (!paths.length) throw refuse(HttpStatus.FORBIDDEN, 'certification.not_for_you');
    const qb = this.db
      .getRepository(Certificate)
      .createQueryBuilder('c')
      .innerJoin(Person, 'p', 'p.id = c.personId')
      .leftJoin(OrgUnit, 'u', 'u.id = p.orgUnitId')
      .leftJoin(TrainingClass, 'k', 'k.id = c.classId')
      .leftJoin(OrgUnit, 'ou', 'ou.id = k.organiserUnitId')
      .where('c.publicCode IS NOT NULL');
    // In scope: the holder's unit or the class's organiser lies in one of the caller's subtrees.
    const scope = paths.map((_, i) => `u.path LIKE :p${i} OR ou.path LIKE :p${i}`).join(' OR ');
    qb.andWhere(`(${scope})`, Object.fromEntries(paths.map((p, i) => [`p${i}`, `${p}%`])));
    const today = todayInVietnam();
    if (query.state === 'valid') qb.andWhere("c.status = 'valid' AND (c.expiresOn IS NULL OR c.expiresOn >= :today)", { today });
    else if (query.state === 'expired') qb.andWhere("c.status = 'valid' AND c.expiresOn < :today", { today });
    else if (query.state === 'revoked' || query.state === 'superseded') qb.andWhere('c.status = :status', { status: query.state });
    if (query.year) qb.andWhere('c.registerYear = :year', { year: query.year });
    const q = query.q?.trim();
    // Wildcards typed by the caller are dropped rather than escaped (SQLite's LIKE has no default escape character).
    if (q) qb.andWhere('(p.fullName LIKE :q OR c.publicCode LIKE :q OR c.printed LIKE :q)', { q: `%${q.replace(/[%_\\]/g, '')}%` });
    return qb;
  }

  /** The certificate when the caller holds it or reads the register over its holder or class; 404 otherwise (no hint it exists). */
  private async readable(principal: Principal, id: number): Promise<Certificate> {
    const cert = await this.db.getRepository(Certificate).findOneBy({ id });
    if (!cert || cert.publicCode === null) throw refuse(HttpStatus.NOT_FOUND, 'certification.certificate_not_found', { id });
    if (cert.personId === principal.personId) return cert;
    if (hasRole(principal, READERS)) {
      const paths = await this.pathsOf(cert);
      if (paths.some((p) => coversPath(principal, READERS, p))) return cert;
    }
    throw refuse(HttpStatus.NOT_FOUND, 'certification.certificate_not_found', { id });
  }

  /** A platform certificate a certifier may revoke or re-issue: the class's organiser lies in their subtree. */
  private async actionable(principal: Principal, id: number): Promise<Certificate> {
    const cert = await this.readable(principal, id);
    if (cert.classId === null) throw refuse(HttpStatus.CONFLICT, 'certification.not_platform');
    const [, organiserPath] = await this.pathsOf(cert);
    if (!organiserPath || !coversPath(principal, ISSUERS, organiserPath)) throw refuse(HttpStatus.FORBIDDEN, 'certification.not_certifier');
    return cert;
  }

  private async pathsOf(cert: Certificate): Promise<[string, string]> {
    const row = await this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .leftJoin(OrgUnit, 'u', 'u.id = p.orgUnitId')
      .leftJoin(TrainingClass, 'k', 'k.id = :classId', { classId: cert.classId ?? 0 })
      .leftJoin(OrgUnit, 'ou', 'ou.id = k.organiserUnitId')
      .select('u.path', 'holderPath')
      .addSelect('ou.path', 'organiserPath')
      .where('p.id = :personId', { personId: cert.personId })
      .getRawOne<{ holderPath: string | null; organiserPath: string | null }>();
    return [row?.holderPath ?? '', row?.organiserPath ?? ''];
  }

  private async peopleWithUnits(ids: number[]): Promise<Map<number, PersonWithUnit>> {
    if (!ids.length) return new Map();
    const rows = await this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .leftJoin(OrgUnit, 'u', 'u.id = p.orgUnitId')
      .select('p.id', 'id')
      .addSelect('p.fullName', 'fullName')
      .addSelect('u.name', 'unitName')
      .where('p.id IN (:...ids)', { ids })
      .getRawMany<PersonWithUnit>();
    return new Map(rows.map((r) => [Number(r.id), { ...r, id: Number(r.id) }]));
  }

  private async decisionSummaries(where: { id?: number; classId?: number }): Promise<DecisionSummary[]> {
    const decisions = await this.db.getRepository(CertificationDecision).find({ where, order: { decidedOn: 'DESC', id: 'DESC' } });
    if (!decisions.length) return [];
    const classes = new Map((await this.db.getRepository(TrainingClass).findBy({ id: In([...new Set(decisions.map((d) => d.classId))]) })).map((c) => [c.id, c]));
    const courses = new Map((await this.db.getRepository(Course).findBy({ id: In([...new Set([...classes.values()].map((c) => c.courseId))]) })).map((c) => [c.id, c]));
    const counts = await this.db
      .getRepository(Certificate)
      .createQueryBuilder('c')
      .select('c.decisionId', 'decisionId')
      .addSelect('COUNT(*)', 'n')
      .where('c.decisionId IN (:...ids)', { ids: decisions.map((d) => d.id) })
      .groupBy('c.decisionId')
      .getRawMany<{ decisionId: number; n: string | number }>();
    const countOf = new Map(counts.map((c) => [Number(c.decisionId), Number(c.n)]));
    return decisions.map((d) => {
      const cls = classes.get(d.classId);
      return {
        id: d.id,
        number: d.number,
        decidedOn: String(d.decidedOn).slice(0, 10),
        classId: d.classId,
        classCode: cls?.code ?? '',
        courseTitle: (cls && courses.get(cls.courseId)?.title) ?? '',
        signerName: d.signerName,
        signerTitle: d.signerTitle,
        certificateCount: countOf.get(d.id) ?? 0,
      };
    });
  }

  async toDtos(rows: Certificate[]): Promise<CertificateDto[]> {
    if (!rows.length) return [];
    const decisions = new Map(
      (await this.db.getRepository(CertificationDecision).findBy({ id: In([...new Set(rows.map((r) => r.decisionId).filter((x): x is number => x !== null))].concat([0])) })).map((d) => [d.id, d]),
    );
    const linked = [...new Set(rows.map((r) => r.supersededBy).filter((x): x is number => x !== null))];
    const replaced = await this.db.getRepository(Certificate).find({ select: { id: true, publicCode: true, supersededBy: true }, where: { supersededBy: In(rows.map((r) => r.id)) } });
    const successors = linked.length ? await this.db.getRepository(Certificate).find({ select: { id: true, publicCode: true }, where: { id: In(linked) } }) : [];
    const codeOf = new Map(successors.map((s) => [s.id, s.publicCode as string]));
    const replacedBy = new Map(replaced.map((r) => [r.supersededBy as number, { id: r.id, publicCode: r.publicCode as string }]));
    const today = todayInVietnam();
    return rows.map((c) => {
      const p = c.printed as PrintedFacts;
      const d = c.decisionId !== null ? decisions.get(c.decisionId) : undefined;
      return {
        id: c.id,
        publicCode: c.publicCode as string,
        registerNumber: registerNumber(c.registerYear, c.registerSeq),
        state: stateOf(c, today),
        holderName: p.holderName,
        holderUnit: p.holderUnit,
        personId: c.personId,
        courseCode: p.courseCode,
        courseTitle: p.courseTitle,
        hours: p.hours,
        classCode: p.classCode,
        issuedOn: String(c.issuedOn).slice(0, 10),
        expiresOn: c.expiresOn ? String(c.expiresOn).slice(0, 10) : null,
        decision: { id: d?.id ?? 0, number: p.decisionNumber, decidedOn: p.decisionDate },
        signer: { name: p.signerName, title: p.signerTitle },
        revokedReason: c.revokedReason,
        verifyUrl: this.signing.verifyUrl(c.publicCode as string),
        supersededBy: c.supersededBy !== null ? { id: c.supersededBy, publicCode: codeOf.get(c.supersededBy) ?? '' } : null,
        replaces: replacedBy.get(c.id) ?? null,
      };
    });
  }
}

/**
 * Writes one platform certificate and signs its credential (the certificate's id is its index in
 * the revocation status list). The demo seed passes a fixed public code; everything else draws one.
 */
export async function writeCertificate(
  tx: EntityManager,
  signing: SigningService,
  c: { personId: number; courseId: number; classId: number | null; decisionId: number | null; issuedOn: string; expiresOn: string | null; year: number; seq: number; printed: PrintedFacts },
  publicCode = newPublicCode(),
): Promise<number> {
  const { identifiers } = await tx.insert(Certificate, {
    personId: c.personId,
    courseId: c.courseId,
    classId: c.classId,
    decisionId: c.decisionId,
    issuedOn: c.issuedOn,
    expiresOn: c.expiresOn,
    status: 'valid',
    source: 'platform',
    publicCode,
    registerYear: c.year,
    registerSeq: c.seq,
    printed: c.printed,
    createdAt: new Date(),
  });
  const id = Number(identifiers[0]['id']);
  const facts: CertificateFacts = {
    publicCode,
    registerNumber: registerNumber(c.year, c.seq),
    holder: { name: c.printed.holderName, unit: c.printed.holderUnit, personRef: String(c.personId) },
    course: { code: c.printed.courseCode, title: c.printed.courseTitle, hours: c.printed.hours },
    classCode: c.printed.classCode,
    issuedOn: c.issuedOn,
    expiresOn: c.expiresOn,
    decision: { number: c.printed.decisionNumber, date: c.printed.decisionDate },
    signer: { name: c.printed.signerName, title: c.printed.signerTitle },
    issuer: { name: c.printed.department },
    verifyUrl: signing.verifyUrl(publicCode),
    statusUrl: `${signing.baseUrl}/api/credentials/status/1`,
    statusIndex: id,
  };
  const { jwt } = await signCredential(facts, signing.keys, signing.did);
  await tx.update(Certificate, { id }, { credential: jwt });
  return id;
}

interface PersonWithUnit {
  id: number;
  fullName: string;
  unitName: string | null;
}

/** The next register number of a year: one more than the highest (the unique index catches two at once). */
export async function nextSeq(tx: EntityManager, year: number): Promise<number> {
  const row = await tx.getRepository(Certificate).createQueryBuilder('c').select('MAX(c.registerSeq)', 'max').where('c.registerYear = :year', { year }).getRawOne<{ max: number | string | null }>();
  return Number(row?.max ?? 0) + 1;
}

function monthsBetween(from: string, to: string): number {
  const [y1, m1] = from.split('-').map(Number);
  const [y2, m2] = to.split('-').map(Number);
  return Math.max(1, (y2 - y1) * 12 + (m2 - m1));
}

function requiredReason(input: unknown): string {
  const reason = typeof input === 'string' ? input.trim() : '';
  if (!reason || reason.length > MAX_REASON) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.reason_length', { max: MAX_REASON });
  return reason;
}

function optionalText(input: unknown, max: number, field: string): string | undefined {
  if (input === undefined || input === null || input === '') return undefined;
  if (typeof input !== 'string' || !input.trim() || input.trim().length > max) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.decision_field', { field });
  return input.trim().normalize('NFC');
}

function validDecision(input: unknown): IssueDecisionRequest {
  const b = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const text = (k: string, max: number) => {
    const v = b[k];
    if (typeof v !== 'string' || !v.trim() || v.trim().length > max) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.decision_field', { field: k });
    return v.trim().normalize('NFC');
  };
  if (typeof b['classId'] !== 'number' || !Number.isInteger(b['classId'])) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.decision_field', { field: 'classId' });
  if (!isDate(b['decidedOn'])) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.decision_date');
  if (b['decidedOn'] > todayInVietnam()) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.decision_in_future');
  const ids = b['personIds'];
  if (!Array.isArray(ids) || !ids.length || ids.length > MAX_PEOPLE || !ids.every((x) => Number.isInteger(x) && x > 0)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.decision_people', { max: MAX_PEOPLE });
  const months = b['validityMonths'];
  if (months !== null && months !== undefined && (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > 120)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.decision_field', { field: 'validityMonths' });
  return {
    classId: b['classId'] as number,
    number: text('number', 40),
    decidedOn: b['decidedOn'] as string,
    signerName: text('signerName', 255),
    signerTitle: text('signerTitle', 255),
    personIds: [...new Set(ids as number[])],
    validityMonths: (months as number | null | undefined) ?? null,
  };
}
