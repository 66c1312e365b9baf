import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCertificatePdf } from './certificate-pdf';
import {
  createDemoP12,
  createPdfSigner,
  DEMO_P12_FILE,
  DEMO_PASS_FILE,
  loadOrCreateDemoP12,
  P12PdfSigner,
} from './pdf-signer';
import { hasTool, runOnPdf, sampleFacts } from './pdf-testing';
import { publicCodeOf, verifyPdfSignature } from './pdf-verify';

const DEPARTMENT = 'Sở Khoa học và Công nghệ tỉnh Ninh Bình';
// Skipped only off CI: in CI (which installs poppler-utils) a missing pdfsig fails the test instead.
const withPdfsig = hasTool('pdfsig') || process.env['CI'] ? it : it.skip;
const INFO = { reason: 'Cấp giấy chứng nhận NB7K-Q2XM-4HTD', location: 'Ninh Bình', name: DEPARTMENT };

/** Flips one byte of the /Producer value, which sits inside the first signed range. */
function alterOneByte(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('(PDFKit)') + 1;
  expect(at).toBeGreaterThan(0);
  copy[at] = 'Q'.charCodeAt(0);
  return copy;
}

describe('PDF signing', () => {
  let folder: string;
  let unsigned: Buffer;
  let signed: Buffer;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cert-sign-'));
    unsigned = await renderCertificatePdf(sampleFacts());
    signed = await createPdfSigner({ folder, departmentName: DEPARTMENT }).sign(unsigned, INFO);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('makes the demo identity once, owner-only, and reuses it', () => {
    const p12Path = join(folder, DEMO_P12_FILE);
    const passPath = join(folder, DEMO_PASS_FILE);
    expect(statSync(p12Path).mode & 0o777).toBe(0o600);
    expect(statSync(passPath).mode & 0o777).toBe(0o600);
    const before = readFileSync(p12Path);
    const again = loadOrCreateDemoP12(folder, 'Another name');
    expect(again.p12.equals(before)).toBe(true);
    expect(again.passphrase).toBe(readFileSync(passPath, 'utf8').trim());
    expect(createPdfSigner({ folder, departmentName: DEPARTMENT }).subject).toBe(DEPARTMENT);
  });

  it('signs so that our own check finds it whole and names the department', () => {
    const check = verifyPdfSignature(signed);
    expect(check).toMatchObject({ signed: true, intact: true, coversWholeFile: true, signer: DEPARTMENT });
    const signedAt = check.signed ? check.signedAt : undefined;
    expect(Math.abs(Date.now() - (signedAt?.getTime() ?? 0))).toBeLessThan(5 * 60_000);
    expect(publicCodeOf(signed)).toBe('NB7K-Q2XM-4HTD');
    // Vietnamese text in the signature dictionary is written as UTF-16BE, not mangled.
    expect(signed.toString('latin1')).toContain(
      `/Location <FEFF${Buffer.from('Ninh Bình', 'utf16le').swap16().toString('hex').toUpperCase()}>`,
    );
  });

  withPdfsig('is shown by pdfsig as a valid PAdES signature of the whole document', async () => {
    const out = await runOnPdf('pdfsig', signed);
    expect(out).toContain(`Signer Certificate Common Name: ${DEPARTMENT}`);
    expect(out).toContain('Signature Type: ETSI.CAdES.detached');
    expect(out).toContain('Signing Hash Algorithm: SHA-256');
    expect(out).toContain('Total document signed');
    expect(out).toContain('Signature Validation: Signature is Valid.');
    // The demo certificate is self-signed, so pdfsig cannot trust its issuer; that is expected.
  });

  withPdfsig('is reported broken by pdfsig and by us after one byte changes', async () => {
    const altered = alterOneByte(signed);
    const out = await runOnPdf('pdfsig', altered);
    expect(out).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
    expect(out).not.toContain('Signature is Valid');
    expect(verifyPdfSignature(altered)).toMatchObject({ signed: true, intact: false });
  });

  it('finds a change even without pdfsig, and tells when bytes were appended after signing', () => {
    expect(verifyPdfSignature(alterOneByte(signed))).toMatchObject({ intact: false });
    const appended = Buffer.concat([signed, Buffer.from('\n% added later\n')]);
    expect(verifyPdfSignature(appended)).toMatchObject({ signed: true, intact: true, coversWholeFile: false });
  });

  it('signs with empty, one-letter or repeated dictionary texts', async () => {
    const signer = createPdfSigner({ folder, departmentName: DEPARTMENT });
    const out = await signer.sign(unsigned, { reason: 'x', name: 'x', location: '' });
    expect(verifyPdfSignature(out)).toMatchObject({ intact: true, coversWholeFile: true });
    expect(out.toString('latin1')).toMatch(/\/Reason <FEFF0078 *>/);
  });

  it('uses a configured .p12 instead of the demo one', async () => {
    const otherFolder = mkdtempSync(join(tmpdir(), 'cert-sign-ca-'));
    try {
      const p12Path = join(otherFolder, 'ca-issued.p12');
      writeFileSync(p12Path, createDemoP12('Công ty Chứng thực số Thử nghiệm', 'mật-khẩu-đúng'));
      const signer = createPdfSigner({
        folder: join(otherFolder, 'demo'),
        departmentName: DEPARTMENT,
        p12Path,
        passphrase: 'mật-khẩu-đúng',
      });
      expect(signer.subject).toBe('Công ty Chứng thực số Thử nghiệm');
      expect(existsSync(join(otherFolder, 'demo', DEMO_P12_FILE))).toBe(false);
      const check = verifyPdfSignature(await signer.sign(unsigned, INFO));
      expect(check).toMatchObject({ intact: true, signer: 'Công ty Chứng thực số Thử nghiệm' });
    } finally {
      rmSync(otherFolder, { recursive: true, force: true });
    }
  });

  it('explains in Vietnamese and English when the configured .p12 cannot be opened, without the passphrase', () => {
    const p12Path = join(folder, 'ca.p12');
    writeFileSync(p12Path, createDemoP12('CA', 'đúng'));
    const open = () => createPdfSigner({ folder, departmentName: DEPARTMENT, p12Path, passphrase: 'sai-bí-mật' });
    expect(open).toThrow(/Không mở được tệp chứng thư số ký PDF.*Cannot open the PDF signing certificate/s);
    expect(open).not.toThrow(/sai-bí-mật/);
    expect(() => createPdfSigner({ folder, departmentName: DEPARTMENT, p12Path: join(folder, 'missing.p12') })).toThrow(
      /Không mở được/,
    );
  });

  it('takes a P12PdfSigner straight from a buffer', () => {
    expect(new P12PdfSigner(createDemoP12('Ký thử', 'x'), 'x').subject).toBe('Ký thử');
  });
});
