import { createHash } from 'node:crypto';

export const VC_CONTEXT_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** What a certificate of completion states, as plain data (dates `YYYY-MM-DD`, Vietnam time). */
export interface CertificateFacts {
  publicCode: string;
  registerNumber: string;
  /** `personRef` is the platform's own id of the person (not a national id number): it only seeds the subject's URN. */
  holder: { name: string; unit: string; personRef: string };
  course: { code: string; title: string; hours: number; summary?: string };
  classCode: string;
  issuedOn: string;
  expiresOn: string | null;
  decision: { number: string; date: string };
  signer: { name: string; title: string };
  /** The department that certifies (the issuer's display name). */
  issuer: { name: string };
  /** The public verification page; also the credential's id. */
  verifyUrl: string;
  /** Both or neither: the revocation status list credential and this certificate's index in it. */
  statusUrl?: string;
  statusIndex?: number;
}

/** An Open Badges 3.0 AchievementCredential (type OpenBadgeCredential) on the VC Data Model 2.0. */
export interface AchievementCredential {
  '@context': string[];
  id: string;
  type: string[];
  name: string;
  description: string;
  issuer: { id: string; type: string[]; name: string };
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    id: string;
    type: string[];
    identifier: { type: 'IdentityObject'; identityType: 'name'; hashed: false; identityHash: string }[];
    achievement: {
      id: string;
      type: string[];
      achievementType: 'CertificateOfCompletion';
      name: string;
      description: string;
      criteria: { narrative: string };
      humanCode: string;
      creditsAvailable: number;
    };
    creditsEarned: number;
    licenseNumber: string;
  };
  evidence: { type: string[]; name: string; genre: string; description: string }[];
  credentialStatus?: {
    id: string;
    type: 'BitstringStatusListEntry';
    statusPurpose: 'revocation';
    statusListIndex: string;
    statusListCredential: string;
  };
}

/** Certificates are dated in Vietnam (UTC+7, no daylight saving). */
const VIETNAM_OFFSET = '+07:00';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Builds the credential. Open Badges fields carry what they were made for (the learner's name as
 * an IdentityObject, the course code as `humanCode`, hours as credits, the register number as
 * `licenseNumber`); the certification decision is the evidence; `description` says everything in
 * one Vietnamese sentence for a person reading the JSON.
 */
export function buildCredential(facts: CertificateFacts, issuerDid: string): AchievementCredential {
  const { holder, course, decision, signer } = facts;
  const credential: AchievementCredential = {
    '@context': [VC_CONTEXT_V2, OB_CONTEXT_V3],
    id: facts.verifyUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Chứng nhận hoàn thành khóa học ${course.title}`,
    description:
      `${holder.name} (${holder.unit}) đã hoàn thành khóa học "${course.title}" (${course.hours} giờ), lớp ${facts.classCode}. ` +
      `Số hiệu ${facts.registerNumber}; mã xác thực ${facts.publicCode}.`,
    issuer: { id: issuerDid, type: ['Profile'], name: facts.issuer.name },
    validFrom: `${checkedDate(facts.issuedOn)}T00:00:00${VIETNAM_OFFSET}`,
    ...(facts.expiresOn ? { validUntil: `${checkedDate(facts.expiresOn)}T23:59:59${VIETNAM_OFFSET}` } : {}),
    credentialSubject: {
      id: `urn:uuid:${nameBasedUuid(`${issuerDid}#person-${holder.personRef}`)}`,
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: holder.name }],
      achievement: {
        id: `urn:uuid:${nameBasedUuid(`${issuerDid}#course-${course.code}`)}`,
        type: ['Achievement'],
        achievementType: 'CertificateOfCompletion',
        name: course.title,
        description: course.summary || `Khóa học ${course.title}`,
        criteria: {
          narrative: `Hoàn thành khóa học "${course.title}" (${course.hours} giờ) và được ${facts.issuer.name} công nhận hoàn thành bằng quyết định.`,
        },
        humanCode: course.code,
        creditsAvailable: course.hours,
      },
      creditsEarned: course.hours,
      licenseNumber: facts.registerNumber,
    },
    evidence: [
      {
        type: ['Evidence'],
        name: `Quyết định số ${decision.number} ngày ${displayDate(checkedDate(decision.date))}`,
        genre: 'Quyết định công nhận hoàn thành',
        description: `${signer.title} ${signer.name} ký.`,
      },
    ],
  };
  const status = statusEntry(facts);
  return status ? { ...credential, credentialStatus: status } : credential;
}

function statusEntry({ statusUrl, statusIndex }: CertificateFacts): AchievementCredential['credentialStatus'] {
  if (statusUrl === undefined && statusIndex === undefined) return undefined;
  if (!statusUrl || statusIndex === undefined || !Number.isInteger(statusIndex) || statusIndex < 0) {
    throw new Error('A credential status needs both a status list URL and a non-negative integer index');
  }
  return {
    id: `${statusUrl}#${statusIndex}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(statusIndex),
    statusListCredential: statusUrl,
  };
}

function checkedDate(date: string): string {
  if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return date;
}

/** `2025-03-10` → `10/03/2025`, as dates are written in Vietnamese documents. */
function displayDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * RFC 9562 name-based (version 5) UUID in the URL namespace: a stable subject id for the same
 * person or course across certificates, without putting the platform's database ids in the clear.
 */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(URL_NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
