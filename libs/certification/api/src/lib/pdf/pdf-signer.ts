import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject, randomBytes, sign as signWith } from 'node:crypto';
import { join } from 'node:path';
import forge from 'node-forge';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';

export interface PdfSignatureInfo {
  reason: string;
  location: string;
  name: string;
  contactInfo?: string;
}

/** Signs a finished PDF. The demo signer and a CA-issued .p12 both sit behind this. */
export interface PdfSigner {
  sign(pdf: Buffer, info: PdfSignatureInfo): Promise<Buffer>;
  /** Common name (or full subject) of the signing certificate, for display and logs. */
  readonly subject: string;
  /** SHA-256 of the signing certificate (DER, hex): how a verifier tells this signer from one that copied its name. */
  readonly certificateSha256: string;
}

export const DEMO_P12_FILE = 'pdf-signing-demo.p12';
export const DEMO_PASS_FILE = 'pdf-signing-demo.pass';

const OID = {
  data: forge.pki.oids['data'],
  signedData: forge.pki.oids['signedData'],
  sha256: forge.pki.oids['sha256'],
  rsaEncryption: forge.pki.oids['rsaEncryption'],
  contentType: forge.pki.oids['contentType'],
  messageDigest: forge.pki.oids['messageDigest'],
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

const { asn1 } = forge;
const seq = (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
const set = (items: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items);
const oid = (id: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
const octets = (bytes: Buffer) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary'));
const int = (n: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const nullValue = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');
const algorithm = (id: string) => seq([oid(id), nullValue()]);
const der = (node: forge.asn1.Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');

/**
 * CMS SignedData for PAdES baseline B-B (ETSI EN 319 142-1): detached, SHA-256, signed
 * attributes content-type, message-digest and signing-certificate-v2, and no signing-time
 * attribute (PAdES takes the time from the signature dictionary's /M).
 */
class PadesCmsSigner extends Signer {
  /** The same key for Node's native RSA: node-forge's pure-JS modular exponentiation took a quarter of each certificate's CPU. */
  private readonly nativeKey: KeyObject;

  constructor(
    key: forge.pki.rsa.PrivateKey,
    private readonly chain: forge.pki.Certificate[],
  ) {
    super();
    this.nativeKey = createPrivateKey(forge.pki.privateKeyToPem(key));
  }

  override async sign(content: Buffer): Promise<Buffer> {
    const certAsn1 = this.chain.map((cert) => forge.pki.certificateToAsn1(cert));
    const signerCertDer = der(certAsn1[0]);
    const tbs = (certAsn1[0].value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
    const offset = tbs[0].tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0; // [0] version present
    const serial = tbs[offset];
    const issuer = tbs[offset + 2];

    const essCertIdV2 = seq([
      octets(createHash('sha256').update(signerCertDer).digest()),
      // IssuerSerial: GeneralNames with the issuer as directoryName [4], and the serial.
      seq([seq([asn1.create(asn1.Class.CONTEXT_SPECIFIC, 4, true, [issuer])]), serial]),
    ]);
    const attributes = [
      seq([oid(OID.contentType), set([oid(OID.data)])]),
      seq([oid(OID.messageDigest), set([octets(createHash('sha256').update(content).digest())])]),
      seq([oid(OID.signingCertificateV2), set([seq([seq([essCertIdV2])])])]),
    ];
    // DER wants a SET OF sorted by encoding; verifiers hash the SET exactly as it is written.
    const sortedAttributes = attributes
      .map((attribute) => ({ attribute, bytes: der(attribute) }))
      .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
      .map(({ attribute }) => attribute);

    const signature = signWith('sha256', Buffer.from(asn1.toDer(set(sortedAttributes)).getBytes(), 'binary'), this.nativeKey);

    const signerInfo = seq([
      int(1),
      seq([issuer, serial]),
      algorithm(OID.sha256),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, sortedAttributes),
      algorithm(OID.rsaEncryption),
      octets(signature),
    ]);
    const signedData = seq([
      int(1),
      set([algorithm(OID.sha256)]),
      seq([oid(OID.data)]),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, certAsn1),
      set([signerInfo]),
    ]);
    return der(seq([oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
  }
}

/**
 * Signs with the key and certificate chain of a PKCS#12 file (the demo one or a CA-issued one).
 * Only RSA keys: node-forge cannot read other key types from a .p12.
 */
export class P12PdfSigner implements PdfSigner {
  readonly subject: string;
  readonly certificateSha256: string;
  private readonly key: forge.pki.rsa.PrivateKey;
  private cms: PadesCmsSigner | undefined;
  private readonly chain: forge.pki.Certificate[];

  constructor(p12: Buffer, passphrase: string) {
    const parsed = forge.pkcs12.pkcs12FromAsn1(asn1.fromDer(p12.toString('binary')), false, passphrase);
    const keyBag = parsed.getBags({ bagType: forge.pki.oids['pkcs8ShroudedKeyBag'] })[
      forge.pki.oids['pkcs8ShroudedKeyBag']
    ]?.[0];
    const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
    if (!key || !('n' in key)) throw new Error('no RSA private key in the .p12');
    const certs = (parsed.getBags({ bagType: forge.pki.oids['certBag'] })[forge.pki.oids['certBag']] ?? [])
      .map((bag) => bag.cert)
      .filter((cert): cert is forge.pki.Certificate => !!cert);
    const own = certs.find((cert) => {
      const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
      return publicKey.n?.equals(key.n) && publicKey.e?.equals(key.e);
    });
    if (!own) throw new Error('no certificate for the private key in the .p12');
    this.key = key;
    this.chain = [own, ...certs.filter((cert) => cert !== own)];
    this.certificateSha256 = createHash('sha256').update(Buffer.from(asn1.toDer(forge.pki.certificateToAsn1(own)).getBytes(), 'binary')).digest('hex');
    const commonName = own.subject.getField('CN') as forge.pki.CertificateField | null;
    this.subject = commonName
      ? fieldText(commonName)
      : own.subject.attributes.map((a) => `${a.shortName ?? a.type}=${fieldText(a)}`).join(', ');
  }

  async sign(pdf: Buffer, info: PdfSignatureInfo): Promise<Buffer> {
    const fields = {
      reason: info.reason,
      location: info.location,
      name: info.name,
      contactInfo: info.contactInfo ?? '',
    };
    // placeholder-plain writes text strings through a UTF-8 round trip that garbles anything
    // outside ASCII, so it gets same-length ASCII markers that we swap for UTF-16BE hex strings.
    const markers = Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [key, textMarker(value.normalize('NFC'))]),
    ) as Record<keyof typeof fields, { marker: string; hex: string }>;
    const chainBytes = this.chain.reduce((sum, cert) => sum + der(forge.pki.certificateToAsn1(cert)).length, 0);
    let withPlaceholder = plainAddPlaceholder({
      pdfBuffer: pdf,
      reason: markers.reason.marker,
      location: markers.location.marker,
      name: markers.name.marker,
      contactInfo: markers.contactInfo.marker,
      signingTime: new Date(),
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      // Room for the chain, the signature and the CMS structure, rounded up.
      signatureLength: Math.ceil((chainBytes + 3072) / 1024) * 1024,
      appName: 'certification-api',
    });
    for (const { marker, hex } of Object.values(markers)) {
      withPlaceholder = replaceOnce(withPlaceholder, `(${marker})`, hex);
    }
    this.cms ??= new PadesCmsSigner(this.key, this.chain);
    return new SignPdf().sign(withPlaceholder, this.cms);
  }
}

/** forge hands parsed UTF8String values over as raw UTF-8 bytes. */
function fieldText(field: forge.pki.CertificateField): string {
  const value = String(field.value ?? '');
  if ((field.valueTagClass as number | undefined) !== forge.asn1.Type.UTF8) return value;
  try {
    return forge.util.decodeUtf8(value);
  } catch {
    return value;
  }
}

/**
 * A unique ASCII literal "(SIGFIELD…)" and the UTF-16BE hex string "<FEFF…>" that replaces it,
 * padded with spaces (ignored inside hex strings) to the same length so no offset moves.
 */
function textMarker(value: string): { marker: string; hex: string } {
  const hex = `<FEFF${Buffer.from(value, 'utf16le').swap16().toString('hex').toUpperCase()}`;
  const unique = `SIGFIELD${randomBytes(12).toString('hex').toUpperCase()}`;
  const marker = unique.padEnd(hex.length - 1, 'X');
  return { marker, hex: `${hex.padEnd(marker.length + 1, ' ')}>` };
}

function replaceOnce(pdf: Buffer, search: string, replacement: string): Buffer {
  const at = pdf.indexOf(search, 0, 'latin1');
  if (at < 0 || pdf.indexOf(search, at + 1, 'latin1') >= 0 || search.length !== replacement.length) {
    throw new Error('Không chèn được thông tin chữ ký vào PDF. / Could not place the signature fields.');
  }
  return Buffer.concat([pdf.subarray(0, at), Buffer.from(replacement, 'latin1'), pdf.subarray(at + search.length)]);
}

/**
 * The demo signing identity: made at first start (self-signed RSA-2048, 5 years), kept as
 * `<folder>/pdf-signing-demo.p12` with a random passphrase in `pdf-signing-demo.pass`,
 * both readable by the owner only, and reused on later starts.
 */
export function loadOrCreateDemoP12(folder: string, commonName: string): { p12: Buffer; passphrase: string } {
  const p12Path = join(folder, DEMO_P12_FILE);
  const passPath = join(folder, DEMO_PASS_FILE);
  if (existsSync(p12Path) && existsSync(passPath)) {
    return { p12: readFileSync(p12Path), passphrase: readFileSync(passPath, 'utf8').trim() };
  }
  mkdirSync(folder, { recursive: true });
  const passphrase = randomBytes(24).toString('base64url');
  const p12 = createDemoP12(commonName, passphrase);
  // Passphrase first, then the .p12: a crash in between leaves no .p12 without its passphrase.
  writeAtomically(passPath, `${passphrase}\n`);
  writeAtomically(p12Path, p12);
  return { p12, passphrase };
}

function writeAtomically(path: string, data: string | Buffer): void {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, data, { mode: 0o600 });
  chmodSync(temp, 0o600); // the umask cannot widen it, but an existing file's mode would stay
  renameSync(temp, path);
}

/** Self-signed RSA-2048 signing certificate, subject CN = the department, C = VN. */
export function createDemoP12(commonName: string, passphrase: string, now = new Date()): Buffer {
  // Node generates the key natively (forge's pure JavaScript generator takes seconds).
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const key = forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`; // positive, 16 bytes
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now);
  cert.validity.notAfter.setFullYear(now.getFullYear() + 5);
  const utf8 = forge.asn1.Type.UTF8;
  const name = commonName.normalize('NFC');
  // UTF8String (forge encodes it) so the diacritics survive; forge's default is PrintableString.
  const attrs = [
    { shortName: 'C', value: 'VN' },
    { shortName: 'O', value: name, valueTagClass: utf8 },
    { shortName: 'OU', value: 'Chữ ký số thử nghiệm (demo)', valueTagClass: utf8 },
    { shortName: 'CN', value: name, valueTagClass: utf8 },
  ] as forge.pki.CertificateField[];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, {
    algorithm: '3des', // read by every PKCS#12 reader, OpenSSL 1.x and Windows included
    friendlyName: 'pdf-signing-demo',
  });
  return Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), 'binary');
}

export interface PdfSignerOptions {
  /** Folder for the demo identity (created when missing). */
  folder: string;
  /** Common name of the demo certificate: the department's name. */
  departmentName: string;
  /** A CA-issued .p12; when given it is used instead of the demo identity. */
  p12Path?: string;
  passphrase?: string;
}

/** The configured .p12 when one is given, otherwise the demo identity (made on first call). */
export function createPdfSigner(options: PdfSignerOptions): PdfSigner {
  if (options.p12Path) {
    try {
      return new P12PdfSigner(readFileSync(options.p12Path), options.passphrase ?? '');
    } catch (error) {
      // Never echo the passphrase; the reason tells a wrong passphrase from an unreadable file.
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Không mở được tệp chứng thư số ký PDF "${options.p12Path}" (sai mật khẩu, tệp hỏng hoặc không có khóa RSA): ${reason}. ` +
          `/ Cannot open the PDF signing certificate "${options.p12Path}" (wrong passphrase, damaged file or no RSA key).`,
      );
    }
  }
  const demo = loadOrCreateDemoP12(options.folder, options.departmentName);
  return new P12PdfSigner(demo.p12, demo.passphrase);
}
