import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttendanceMethod, AttendanceStatus, AttendanceSummary, CheckInCode, CheckInResponse, RollCall, RollCallLine, SignInSheetDto } from '@cds/contracts';
import QRCode from 'qrcode';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '@cds/api/authz';
import { checkUpload, cleanFileName, FileStorage, isUniqueViolation, refuse } from '@cds/api/common';
import { AuditService, parseDbDate } from '@cds/audit/api';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { Attendance, ClassSession, Enrolment, SignInSheet, TrainingClass } from '../delivery.entities';
import { CHECK_IN_PERIOD_SECONDS, checkInWindow, macMatches, makeCheckInCode, parseCheckInCode, windowEnd } from './check-in-code';
import { DeliveryHooks } from '../delivery-hooks';
import { assertMayReadAttendance, assertMayTakeAttendance, loadClassContext, loadSessionContext, PARTICIPANT_STATES, toSessionDto } from './class-access';

/** Check-in opens this long before a session starts (and closes when it ends). */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60_000;
/** Checked in within this long after the start: present; later: late. */
export const LATE_AFTER_MS = 15 * 60_000;
/** Sign-in sheets: scans or photos. */
export const SHEET_KINDS = ['pdf', 'jpeg', 'png'] as const;
export const SHEET_MAX_BYTES = 10 * 1024 * 1024;

interface LineRow {
  enrolmentId: number;
  personId: number;
  fullName: string;
  orgUnitName: string | null;
  status?: AttendanceStatus | null;
  method?: AttendanceMethod | null;
  at?: string | Date | null;
}

interface SheetRow {
  id: number;
  sessionId: number;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: number;
  uploadedByName: string | null;
  uploadedAt: string | Date;
  confirmedBy: number | null;
  confirmedByName: string | null;
  confirmedAt: string | Date | null;
}

/** Roll call, QR self check-in, sign-in sheets and the attendance of a class. */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly hooks: DeliveryHooks,
  ) {}

  // ---- roll call ----

  async rollCall(principal: Principal, sessionId: number): Promise<RollCall> {
    const ctx = await loadSessionContext(this.db, sessionId, principal.personId);
    assertMayTakeAttendance(principal, ctx);
    return { session: toSessionDto(ctx.session), lines: await this.lines(this.db, ctx.session.id, ctx.session.classId) };
  }

  /**
   * Marks people present, late, absent or excused, all in one transaction with one audit entry.
   * A mark that does not change the recorded status leaves the row as it is (a QR check-in keeps
   * its method and time).
   */
  async mark(principal: Principal, sessionId: number, marks: { enrolmentId: number; status: AttendanceStatus }[], ip: string | null): Promise<RollCall> {
    const ctx = await loadSessionContext(this.db, sessionId, principal.personId);
    assertMayTakeAttendance(principal, ctx);
    const seen = new Set<number>();
    for (const m of marks) {
      if (seen.has(m.enrolmentId)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'attendance.duplicate_mark', { id: m.enrolmentId });
      seen.add(m.enrolmentId);
    }
    const now = new Date();
    await this.db.transaction(async (tx) => {
      await this.assertParticipants(tx, ctx.session.classId, [...seen]);
      const existing = seen.size ? await tx.getRepository(Attendance).findBy({ sessionId, enrolmentId: In([...seen]) }) : [];
      const current = new Map(existing.map((a) => [a.enrolmentId, a.status]));
      const changed = marks.filter((m) => current.get(m.enrolmentId) !== m.status);
      if (changed.length) {
        await tx.getRepository(Attendance).upsert(
          changed.map((m) => ({ sessionId, enrolmentId: m.enrolmentId, status: m.status, method: 'roll_call' as const, recordedBy: principal.personId, recordedAt: now })),
          { conflictPaths: ['sessionId', 'enrolmentId'], skipUpdateIfNoValuesChanged: false },
        );
      }
      const counts = { present: 0, late: 0, absent: 0, excused: 0 };
      for (const m of marks) counts[m.status]++;
      await this.audit.record(
        {
          action: 'attendance.marked',
          actorId: principal.accountId,
          actorEmail: principal.email,
          targetType: 'class_session',
          targetId: sessionId,
          targetLabel: `${ctx.session.title} · ${ctx.cls.code}`,
          ip,
          details: { method: 'roll_call', classId: ctx.cls.id, marked: marks.length, changed: changed.length, ...counts },
        },
        tx,
      );
    });
    await this.hooks.learnersChanged({ classId: ctx.session.classId, enrolmentIds: [...seen] });
    return { session: toSessionDto(ctx.session), lines: await this.lines(this.db, sessionId, ctx.session.classId) };
  }

  // ---- QR check-in ----

  /** The code the trainer's screen shows now, as text, link and QR, with how many have checked in. */
  async checkInCode(principal: Principal, sessionId: number, origin: string, now = new Date()): Promise<CheckInCode> {
    const ctx = await loadSessionContext(this.db, sessionId, principal.personId);
    assertMayTakeAttendance(principal, ctx);
    const window = checkInWindow(now);
    const code = makeCheckInCode(sessionId, ctx.session.checkInSecret, window);
    const url = `${origin}/learn/classes/${ctx.session.classId}/check-in?code=${encodeURIComponent(code)}`;
    const [qrSvg, checkedIn, enrolled] = await Promise.all([
      QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      this.db.getRepository(Attendance).countBy({ sessionId, status: In(['present', 'late']) }),
      this.db.getRepository(Enrolment).countBy({ classId: ctx.session.classId, state: In([...PARTICIPANT_STATES]) }),
    ]);
    return { sessionId, code, url, qrSvg, refreshAt: windowEnd(window).toISOString(), periodSeconds: CHECK_IN_PERIOD_SECONDS, checkedIn, enrolled };
  }

  /**
   * A learner checks in with the code from the trainer's screen. The code must carry the
   * session's own mac and be from the current or the previous window (so a photo of the screen
   * sent around stops working within 90 seconds); the session must be of this class and open; the
   * caller enrolled; and only once: the attendance primary key (session, enrolment) decides, so
   * five scans at once give one row. Every refusal is audited with its reason (never the code).
   */
  async checkIn(principal: Principal, classId: number, code: string, ip: string | null, now = new Date()): Promise<CheckInResponse> {
    const parsed = parseCheckInCode(code);
    const session = parsed ? await this.db.getRepository(ClassSession).findOneBy({ id: parsed.sessionId }) : null;
    const refused = async (status: HttpStatus, reason: string): Promise<never> => {
      await this.audit.record({
        action: 'attendance.check_in_refused',
        actorId: principal.accountId,
        actorEmail: principal.email,
        targetType: 'class_session',
        targetId: session?.id ?? null,
        targetLabel: session?.title ?? null,
        ip,
        details: { reason, classId },
      });
      throw refuse(status, reason);
    };
    if (!parsed || !session || !macMatches(parsed, session.checkInSecret)) return refused(HttpStatus.UNPROCESSABLE_ENTITY, 'attendance.code_invalid');
    const current = checkInWindow(now);
    if (parsed.window !== current && parsed.window !== current - 1) return refused(HttpStatus.GONE, 'attendance.code_expired');
    if (session.classId !== classId) return refused(HttpStatus.UNPROCESSABLE_ENTITY, 'attendance.code_other_class');
    const t = now.getTime();
    if (t < session.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS || t > session.endsAt.getTime()) return refused(HttpStatus.CONFLICT, 'attendance.session_not_open');
    const enrolment = await this.db.getRepository(Enrolment).findOne({ select: { id: true }, where: { classId, personId: principal.personId, state: 'enrolled' } });
    if (!enrolment) return refused(HttpStatus.FORBIDDEN, 'attendance.not_enrolled');
    const status: AttendanceStatus = t <= session.startsAt.getTime() + LATE_AFTER_MS ? 'present' : 'late';
    try {
      await this.db.getRepository(Attendance).insert({ sessionId: session.id, enrolmentId: enrolment.id, status, method: 'qr', recordedBy: principal.personId, recordedAt: now });
    } catch (e) {
      // Checked in already (by a scan, perhaps at this very moment, or by the trainer's roll call): the primary key lets one row in.
      if (isUniqueViolation(e)) return refused(HttpStatus.CONFLICT, 'attendance.already_checked_in');
      throw e;
    }
    await this.hooks.learnersChanged({ classId, personIds: [principal.personId] });
    return { sessionId: session.id, sessionTitle: session.title, status, at: now.toISOString() };
  }

  // ---- sign-in sheets ----

  async uploadSheet(principal: Principal, sessionId: number, file: { fileName: string; bytes: Buffer }, ip: string | null): Promise<SignInSheetDto> {
    const ctx = await loadSessionContext(this.db, sessionId, principal.personId);
    assertMayTakeAttendance(principal, ctx);
    const fileName = cleanFileName(file.fileName);
    const { mime } = await checkUpload(file.bytes, fileName, SHEET_KINDS, SHEET_MAX_BYTES);
    const key = await this.storage.put(file.bytes);
    let id: number;
    try {
      id = await this.db.transaction(async (tx) => {
        const { identifiers } = await tx.insert(SignInSheet, {
          sessionId,
          fileName,
          contentType: mime,
          size: file.bytes.length,
          storageKey: key,
          uploadedBy: principal.personId,
          uploadedAt: new Date(),
          confirmedBy: null,
          confirmedAt: null,
        });
        const sheetId = Number(identifiers[0]['id']);
        await this.audit.record(
          {
            action: 'attendance.sheet_uploaded',
            actorId: principal.accountId,
            actorEmail: principal.email,
            targetType: 'class_session',
            targetId: sessionId,
            targetLabel: `${ctx.session.title} · ${ctx.cls.code}`,
            ip,
            details: { sheetId, fileName, contentType: mime, size: file.bytes.length },
          },
          tx,
        );
        return sheetId;
      });
    } catch (e) {
      await this.storage.remove(key).catch(() => undefined);
      throw e;
    }
    return (await this.sheets(this.db, 's.id = :id', { id }))[0];
  }

  async listSheets(principal: Principal, sessionId: number): Promise<SignInSheetDto[]> {
    const ctx = await loadSessionContext(this.db, sessionId, principal.personId);
    assertMayTakeAttendance(principal, ctx);
    return this.sheets(this.db, 's.sessionId = :sessionId', { sessionId });
  }

  async sheetFile(principal: Principal, sheetId: number): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
    const sheet = await this.db.getRepository(SignInSheet).findOneBy({ id: sheetId });
    if (!sheet) throw refuse(HttpStatus.NOT_FOUND, 'attendance.sheet_not_found');
    assertMayTakeAttendance(principal, await loadSessionContext(this.db, sheet.sessionId, principal.personId));
    return { bytes: await this.storage.get(sheet.storageKey), contentType: sheet.contentType, fileName: sheet.fileName };
  }

  /** The trainer reads the sheet and names who signed: they are marked present (method sheet); the sheet records who confirmed it. */
  async confirmSheet(principal: Principal, sheetId: number, presentEnrolmentIds: number[], ip: string | null): Promise<RollCall> {
    const sheet = await this.db.getRepository(SignInSheet).findOneBy({ id: sheetId });
    if (!sheet) throw refuse(HttpStatus.NOT_FOUND, 'attendance.sheet_not_found');
    const ctx = await loadSessionContext(this.db, sheet.sessionId, principal.personId);
    assertMayTakeAttendance(principal, ctx);
    const ids = [...new Set(presentEnrolmentIds)];
    const now = new Date();
    await this.db.transaction(async (tx) => {
      await this.assertParticipants(tx, ctx.session.classId, ids);
      if (ids.length) {
        await tx.getRepository(Attendance).upsert(
          ids.map((enrolmentId) => ({ sessionId: sheet.sessionId, enrolmentId, status: 'present' as const, method: 'sheet' as const, recordedBy: principal.personId, recordedAt: now })),
          { conflictPaths: ['sessionId', 'enrolmentId'], skipUpdateIfNoValuesChanged: false },
        );
      }
      await tx.getRepository(SignInSheet).update({ id: sheetId }, { confirmedBy: principal.personId, confirmedAt: now });
      await this.audit.record(
        {
          action: 'attendance.sheet_confirmed',
          actorId: principal.accountId,
          actorEmail: principal.email,
          targetType: 'class_session',
          targetId: sheet.sessionId,
          targetLabel: `${ctx.session.title} · ${ctx.cls.code}`,
          ip,
          details: { sheetId, classId: ctx.cls.id, present: ids.length, enrolmentIds: ids },
        },
        tx,
      );
    });
    await this.hooks.learnersChanged({ classId: ctx.session.classId, enrolmentIds: ids });
    return { session: toSessionDto(ctx.session), lines: await this.lines(this.db, sheet.sessionId, ctx.session.classId) };
  }

  // ---- summary ----

  /** Each participant's mark at every session held so far (started before now) and their rate. */
  async summary(principal: Principal, classId: number, now = new Date()): Promise<{ cls: TrainingClass; summary: AttendanceSummary }> {
    const ctx = await loadClassContext(this.db, classId, principal.personId);
    assertMayReadAttendance(principal, ctx);
    const sessions = (await this.db.getRepository(ClassSession).find({ where: { classId }, order: { startsAt: 'ASC', id: 'ASC' } })).filter((s) => s.startsAt.getTime() < now.getTime());
    const [people, marks] = await Promise.all([
      this.lines(this.db, null, classId),
      sessions.length
        ? this.db.getRepository(Attendance).find({ select: { sessionId: true, enrolmentId: true, status: true }, where: { sessionId: In(sessions.map((s) => s.id)) } })
        : Promise.resolve([] as Attendance[]),
    ]);
    const markOf = new Map(marks.map((m) => [`${m.sessionId}:${m.enrolmentId}`, m.status]));
    return {
      cls: ctx.cls,
      summary: {
        sessions: sessions.map(toSessionDto),
        lines: people.map((p) => {
          const row = sessions.map((s) => markOf.get(`${s.id}:${p.enrolmentId}`) ?? null);
          const attended = row.filter((m) => m === 'present' || m === 'late').length;
          return { enrolmentId: p.enrolmentId, fullName: p.fullName, orgUnitName: p.orgUnitName, marks: row, rate: sessions.length ? Math.round((attended * 100) / sessions.length) : 0 };
        }),
      },
    };
  }

  // ---- helpers ----

  /** The class's participants in Vietnamese name order, with their mark at a session when one is given. */
  private async lines(db: DataSource | EntityManager, sessionId: number | null, classId: number): Promise<RollCallLine[]> {
    const qb = db
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .innerJoin(Person, 'p', 'p.id = e.personId')
      .leftJoin(OrgUnit, 'u', 'u.id = p.orgUnitId')
      .select('e.id', 'enrolmentId')
      .addSelect('e.personId', 'personId')
      .addSelect('p.fullName', 'fullName')
      .addSelect('u.name', 'orgUnitName')
      .where('e.classId = :classId AND e.state IN (:...states)', { classId, states: PARTICIPANT_STATES })
      .orderBy('p.sortKey', 'ASC')
      .addOrderBy('e.id', 'ASC');
    if (sessionId != null) {
      qb.leftJoin(Attendance, 'a', 'a.enrolmentId = e.id AND a.sessionId = :sessionId', { sessionId })
        .addSelect('a.status', 'status')
        .addSelect('a.method', 'method')
        .addSelect('a.recordedAt', 'at');
    }
    const rows = await qb.getRawMany<LineRow>();
    return rows.map((r) => ({
      enrolmentId: Number(r.enrolmentId),
      personId: Number(r.personId),
      fullName: r.fullName,
      orgUnitName: r.orgUnitName ?? '',
      status: r.status ?? null,
      method: r.method ?? null,
      at: r.at ? parseDbDate(r.at).toISOString() : null,
    }));
  }

  /** Every id must be an enrolment of the class in a participant state (422 naming the first that is not). */
  private async assertParticipants(tx: EntityManager, classId: number, ids: number[]) {
    if (!ids.length) return;
    const found = await tx.getRepository(Enrolment).find({ select: { id: true }, where: { id: In(ids), classId, state: In([...PARTICIPANT_STATES]) } });
    const known = new Set(found.map((e) => e.id));
    const stranger = ids.find((id) => !known.has(id));
    if (stranger !== undefined) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'attendance.not_participant', { id: stranger });
  }

  private async sheets(db: DataSource | EntityManager, where: string, params: Record<string, unknown>): Promise<SignInSheetDto[]> {
    const rows = await db
      .getRepository(SignInSheet)
      .createQueryBuilder('s')
      .leftJoin(Person, 'up', 'up.id = s.uploadedBy')
      .leftJoin(Person, 'cp', 'cp.id = s.confirmedBy')
      .select('s.id', 'id')
      .addSelect('s.sessionId', 'sessionId')
      .addSelect('s.fileName', 'fileName')
      .addSelect('s.contentType', 'contentType')
      .addSelect('s.size', 'size')
      .addSelect('s.uploadedBy', 'uploadedBy')
      .addSelect('up.fullName', 'uploadedByName')
      .addSelect('s.uploadedAt', 'uploadedAt')
      .addSelect('s.confirmedBy', 'confirmedBy')
      .addSelect('cp.fullName', 'confirmedByName')
      .addSelect('s.confirmedAt', 'confirmedAt')
      .where(where, params)
      .orderBy('s.id', 'ASC')
      .getRawMany<SheetRow>();
    return rows.map((r) => ({
      id: Number(r.id),
      sessionId: Number(r.sessionId),
      fileName: r.fileName,
      contentType: r.contentType,
      size: Number(r.size),
      uploadedBy: { personId: Number(r.uploadedBy), fullName: r.uploadedByName ?? '' },
      uploadedAt: parseDbDate(r.uploadedAt).toISOString(),
      confirmedBy: r.confirmedBy == null ? null : { personId: Number(r.confirmedBy), fullName: r.confirmedByName ?? '' },
      confirmedAt: r.confirmedAt ? parseDbDate(r.confirmedAt).toISOString() : null,
    }));
  }
}
