import { Certificate, CertificationDecision, Completion, CompletionRule, evaluateCompletion, nextSeq, writeCertificate, type PrintedFacts, type SigningService } from '@cds/certification/api';
import { Course } from '@cds/catalogue/api';
import { TrainingClass } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';
import { Person } from '@cds/people/api';
import { EntityManager, In } from 'typeorm';

/** The demo learner's certificate: a fixed code so the README can give it (every other code is random). */
export const DEMO_CERTIFICATE_CODE = 'NB22-CDS2-0001';

export interface CertificationContext {
  now: Date;
  /** The finished 2022 class the demo learner took. */
  classId: number;
  learnerPersonId: number;
  certifierPersonId: number;
  /** Who held which post in 2022: the unit printed on a 2022 certificate is the unit of then. */
  unitIn2022: Map<number, string>;
  /** The department that certified in 2022 (before the merger). */
  department2022: string;
  signing: SigningService;
}

export interface SeededCertification {
  decisions: number;
  certificates: number;
  revoked: string;
  expired: string;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The 2022 class certified: its completion evaluated under its rules (75 % attendance), a decision
 * for those who completed (no expiry), a second one two weeks later for a learner who made up a
 * missed session (valid two years, so expired by now), and one certificate revoked.
 */
export async function seedCertification(tx: EntityManager, ctx: CertificationContext): Promise<SeededCertification> {
  const cls = await tx.findOneByOrFail(TrainingClass, { id: ctx.classId });
  const course = await tx.findOneByOrFail(Course, { id: cls.courseId });
  const endDate = String(cls.endDate).slice(0, 10);
  await tx.insert(CompletionRule, { classId: cls.id, allLessons: true, allQuizzes: true, minAttendance: 75, finalQuizId: null, signOff: false, updatedBy: ctx.certifierPersonId, updatedAt: new Date(`${endDate}T10:00:00+07:00`) });
  const rows = await evaluateCompletion(tx, cls.id, {}, new Date(`${endDate}T17:30:00+07:00`));
  const complete = rows.filter((r) => r.complete).map((r) => r.personId);
  // The seed's "completed" learners who fell short of 75 %: the certifier accepted their make-up work.
  const completedState = await tx.query(`SELECT person_id AS "personId" FROM enrolment WHERE class_id = ? AND state = 'completed'`, [cls.id]);
  for (const { personId } of completedState as { personId: number }[]) {
    if (complete.includes(Number(personId))) continue;
    await tx.update(Completion, { classId: cls.id, personId: Number(personId) }, { complete: true, completedAt: new Date(`${endDate}T17:30:00+07:00`), exceptionReason: 'Đã học bù buổi vắng theo kế hoạch của Sở', exceptionBy: ctx.certifierPersonId });
    complete.push(Number(personId));
  }
  const people = await tx
    .getRepository(Person)
    .createQueryBuilder('p')
    .leftJoin(OrgUnit, 'u', 'u.id = p.orgUnitId')
    .select('p.id', 'id')
    .addSelect('p.fullName', 'fullName')
    .addSelect('u.name', 'unitName')
    .where({ id: In(complete) })
    .getRawMany<{ id: number; fullName: string; unitName: string | null }>();
  const sorted = people.map((p) => ({ ...p, id: Number(p.id) })).sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
  // The make-up learner: the last in the list who is not the demo learner.
  const late = [...sorted].reverse().find((p) => p.id !== ctx.learnerPersonId) as (typeof sorted)[number];
  const main = sorted.filter((p) => p !== late);

  const signer = { signerName: 'Hoàng Văn Thắng', signerTitle: 'GIÁM ĐỐC' };
  const decide = async (number: string, decidedOn: string, list: typeof sorted, validityMonths: number | null) => {
    const year = Number(decidedOn.slice(0, 4));
    const r = await tx.insert(CertificationDecision, { year, number, decidedOn, classId: cls.id, ...signer, createdBy: ctx.certifierPersonId, createdAt: new Date(`${decidedOn}T09:00:00+07:00`) });
    const decisionId = Number(r.identifiers[0]['id']);
    let seq = await nextSeq(tx, year);
    const codes = new Map<number, string>();
    for (const p of list) {
      const printed: PrintedFacts = {
        holderName: p.fullName,
        holderUnit: ctx.unitIn2022.get(p.id) ?? p.unitName ?? '',
        courseCode: course.code,
        courseTitle: course.title,
        hours: course.hours,
        classCode: cls.code,
        decisionNumber: number,
        decisionDate: decidedOn,
        ...signer,
        department: ctx.department2022,
        place: 'Nam Định',
      };
      const expiresOn = validityMonths ? addDays(decidedOn, Math.round(validityMonths * 30.4)) : null;
      const id = await writeCertificate(tx, ctx.signing, { personId: p.id, courseId: course.id, classId: cls.id, decisionId, issuedOn: decidedOn, expiresOn, year, seq: seq++, printed }, p.id === ctx.learnerPersonId ? DEMO_CERTIFICATE_CODE : undefined);
      codes.set(p.id, (await tx.findOneByOrFail(Certificate, { id })).publicCode as string);
    }
    return codes;
  };
  const mainCodes = await decide('86/QĐ-STTTT', addDays(endDate, 12), main, null);
  const lateCodes = await decide('97/QĐ-STTTT', addDays(endDate, 26), [late], 24);

  // One certificate withdrawn: not the demo learner's.
  const revokedPerson = main.find((p) => p.id !== ctx.learnerPersonId) as (typeof main)[number];
  const revoked = mainCodes.get(revokedPerson.id) as string;
  await tx.update(Certificate, { publicCode: revoked }, { status: 'revoked', revokedReason: 'Phát hiện kê khai điểm danh không đúng thực tế', revokedAt: new Date(`${addDays(endDate, 60)}T10:00:00+07:00`), revokedBy: ctx.certifierPersonId });
  return { decisions: 2, certificates: main.length + 1, revoked, expired: lateCodes.get(late.id) as string };
}
