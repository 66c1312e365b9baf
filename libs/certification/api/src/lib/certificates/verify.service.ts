import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UploadVerification, VerificationResult } from '@cds/contracts';
import { DataSource } from 'typeorm';
import { refuse, type Lang } from '@cds/api/common';
import { parseDbDate } from '@cds/audit/api';
import { Certificate, type PrintedFacts } from '../certificate.entity';
import { registerNumber } from '../completion/completion.service';
import { MAX_VERIFY_INPUT_LENGTH, VERIFY_FAILURE_MESSAGES, verifyCredential } from '../credentials';
import { publicCodeOf, verifyPdfSignature } from '../pdf';
import { normaliseCode } from './codes';
import { stateOf } from './certificates.service';
import { SigningService } from './signing.service';


const PDF_MESSAGES = {
  unsigned: { vi: 'Tệp PDF không có chữ ký số.', en: 'The PDF carries no digital signature.' },
  altered: { vi: 'Tệp PDF đã bị sửa sau khi ký: chữ ký số không còn khớp với nội dung.', en: 'The PDF was changed after it was signed: the signature no longer matches its content.' },
  appended: { vi: 'Tệp PDF có nội dung được thêm vào sau chữ ký.', en: 'Content was added to the PDF after it was signed.' },
  foreign: { vi: 'Tệp PDF không được ký bằng chứng thư của hệ thống này.', en: 'The PDF was not signed with this platform’s certificate.' },
  noCode: { vi: 'Không tìm thấy mã tra cứu trong tệp PDF.', en: 'No verification code was found in the PDF.' },
  unknown: { vi: 'Chữ ký hợp lệ nhưng mã tra cứu không có trong sổ chứng chỉ.', en: 'The signature holds, but the code is not in the register.' },
} as const;

/**
 * Verification for anyone, without signing in: by public code, or of an uploaded credential or
 * PDF. Says nothing beyond what the paper itself shows.
 */
@Injectable()
export class VerifyService {
  /**
   * Signature checks of stored credentials by certificate id. A stored credential is written once
   * at issue and never changes (a re-issue writes a new row), and keys are never withdrawn, so each
   * is checked once per process.
   */
  private readonly checked = new Map<number, boolean>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly signing: SigningService,
  ) {}

  async byCode(input: string): Promise<VerificationResult> {
    const code = normaliseCode(input);
    if (!code) throw refuse(HttpStatus.BAD_REQUEST, 'certification.code_malformed');
    // Everything but the credential (a few KB): its signature check is remembered per certificate.
    const cert = await this.byPublicCode(code);
    if (!cert) throw refuse(HttpStatus.NOT_FOUND, 'certification.unknown_code', { code });
    return this.result(cert);
  }

  async credential(body: unknown, lang: Lang): Promise<UploadVerification> {
    const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
    if (text.length > MAX_VERIFY_INPUT_LENGTH) return { authentic: false, reason: VERIFY_FAILURE_MESSAGES.malformed[lang], certificate: null };
    const checked = await verifyCredential(text, this.signing.keys, this.signing.did);
    if (!checked.authentic) return { authentic: false, reason: VERIFY_FAILURE_MESSAGES[checked.reason][lang], certificate: null };
    const code = normaliseCode(String(checked.credential.id ?? '').split('/').pop() ?? '');
    const cert = code ? await this.byPublicCode(code) : null;
    // Signed by us yet not in the register: authentic, but nothing to show (should never happen).
    return { authentic: true, reason: null, certificate: cert ? await this.result(cert) : null };
  }

  async pdf(bytes: Buffer, lang: Lang): Promise<UploadVerification> {
    const fail = (key: keyof typeof PDF_MESSAGES): UploadVerification => ({ authentic: false, reason: PDF_MESSAGES[key][lang], certificate: null });
    const check = verifyPdfSignature(bytes);
    if (!check.signed) return fail('unsigned');
    if (!check.intact) return fail('altered');
    if (!check.coversWholeFile) return fail('appended');
    if (check.certificateSha256 !== this.signing.pdf().certificateSha256) return fail('foreign');
    const code = normaliseCode(publicCodeOf(bytes) ?? '');
    if (!code) return fail('noCode');
    const cert = await this.byPublicCode(code);
    if (!cert) return { authentic: true, reason: PDF_MESSAGES.unknown[lang], certificate: null };
    return { authentic: true, reason: null, certificate: await this.result(cert) };
  }

  /**
   * What the public page shows, by code: one plain statement (the query builder's own work was a
   * third of this route's time), everything but the credential text, whose check is remembered.
   */
  private async byPublicCode(code: string): Promise<Certificate | null> {
    const rows: Record<string, unknown>[] = await this.db.query(
      'SELECT id, public_code, status, issued_on, expires_on, register_year, register_seq, printed, revoked_at, revoked_reason, superseded_by FROM certificate WHERE public_code = ?',
      [code],
    );
    const r = rows[0];
    if (!r) return null;
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return Object.assign(new Certificate(), {
      id: Number(r['id']),
      publicCode: String(r['public_code']),
      status: r['status'] as Certificate['status'],
      issuedOn: String(r['issued_on']).slice(0, 10),
      expiresOn: r['expires_on'] === null ? null : String(r['expires_on']).slice(0, 10),
      registerYear: num(r['register_year']),
      registerSeq: num(r['register_seq']),
      printed: typeof r['printed'] === 'string' ? (JSON.parse(r['printed']) as PrintedFacts) : (r['printed'] as PrintedFacts | null),
      revokedAt: r['revoked_at'] === null ? null : parseDbDate(r['revoked_at'] as string | Date),
      revokedReason: (r['revoked_reason'] as string | null) ?? null,
      supersededBy: num(r['superseded_by']),
    });
  }

  /** The stored credential verifies with our published keys and names this certificate's code. */
  private async signatureValid(cert: Certificate): Promise<boolean> {
    const known = this.checked.get(cert.id);
    if (known !== undefined) return known;
    const row = await this.db.getRepository(Certificate).findOne({ select: { id: true, credential: true }, where: { id: cert.id } });
    if (!row?.credential) return false;
    const checked = await verifyCredential(row.credential, this.signing.keys, this.signing.did);
    const valid = checked.authentic && String(checked.credential.id).endsWith(`/${cert.publicCode}`);
    if (this.checked.size >= 20_000) this.checked.delete(this.checked.keys().next().value as number);
    this.checked.set(cert.id, valid);
    return valid;
  }

  private async result(cert: Certificate): Promise<VerificationResult> {
    const p = cert.printed as PrintedFacts;
    const successor = cert.supersededBy ? await this.db.getRepository(Certificate).findOne({ select: { id: true, publicCode: true }, where: { id: cert.supersededBy } }) : null;
    return {
      code: cert.publicCode as string,
      state: stateOf(cert),
      // The stored credential verifies with our published keys and says what the register says.
      signatureValid: await this.signatureValid(cert),
      holderName: p.holderName,
      holderUnit: p.holderUnit,
      courseCode: p.courseCode,
      courseTitle: p.courseTitle,
      hours: p.hours,
      classCode: p.classCode,
      issuedOn: String(cert.issuedOn).slice(0, 10),
      expiresOn: cert.expiresOn ? String(cert.expiresOn).slice(0, 10) : null,
      decision: { number: p.decisionNumber, decidedOn: p.decisionDate },
      signer: { name: p.signerName, title: p.signerTitle },
      issuer: p.department,
      registerNumber: registerNumber(cert.registerYear, cert.registerSeq),
      revokedOn: cert.revokedAt ? new Date(cert.revokedAt).toISOString().slice(0, 10) : null,
      revokedReason: cert.revokedReason,
      supersededBy: successor?.publicCode ?? null,
    };
  }
}
