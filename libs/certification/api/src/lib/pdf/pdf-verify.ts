import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { PUBLIC_CODE_KEYWORD } from './certificate-pdf';

export type PdfSignatureCheck =
  | { signed: false }
  | {
      signed: true;
      /** The signed byte ranges hash to the signed digest and the signature over it verifies. */
      intact: boolean;
      /** Nothing was appended after signing (an incremental update would not be covered). */
      coversWholeFile: boolean;
      /** Common name of the signing certificate ('' when it cannot be read). */
      signer: string;
      /** SHA-256 of the signing certificate (DER, hex; '' when it cannot be read): compare with the platform's signer. */
      certificateSha256: string;
      signedAt?: Date;
    };

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const OID = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  rsaPss: '1.2.840.113549.1.1.10',
};

type Asn1 = forge.asn1.Asn1;
const { asn1 } = forge;
const children = (node: Asn1 | undefined): Asn1[] => (Array.isArray(node?.value) ? (node.value as Asn1[]) : []);
const bytesOf = (node: Asn1 | undefined): Buffer =>
  Buffer.from(typeof node?.value === 'string' ? node.value : '', 'binary');
const der = (node: Asn1): Buffer => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const isContext = (node: Asn1 | undefined, tag: number): boolean =>
  node?.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === tag;

/**
 * Checks the last signature of a PDF in our own code (no poppler at run time): the byte
 * ranges named by its /ByteRange must hash to the CMS message digest, and the CMS signature
 * must verify with the signer's certificate. Trust in that certificate is not judged here.
 */
export function verifyPdfSignature(pdf: Buffer): PdfSignatureCheck {
  const text = pdf.toString('latin1');
  const match = [...text.matchAll(BYTE_RANGE)].pop();
  if (!match || match.index === undefined) return { signed: false };
  const [start, firstLength, secondStart, secondLength] = match.slice(1, 5).map(Number);
  const broken = { signed: true as const, intact: false, coversWholeFile: false, signer: '', certificateSha256: '' };

  const contentsStart = start + firstLength;
  if (start !== 0 || contentsStart >= secondStart || secondStart + secondLength > pdf.length) return broken;
  const contents = text.slice(contentsStart, secondStart);
  if (!/^<[0-9A-Fa-f\s]*>$/.test(contents)) return broken;
  const coversWholeFile = secondStart + secondLength === pdf.length;
  const signedBytes = Buffer.concat([
    pdf.subarray(start, contentsStart),
    pdf.subarray(secondStart, secondStart + secondLength),
  ]);
  const signedAtFromDictionary = dictionaryTime(text, match.index);

  let cms: ParsedCms;
  try {
    cms = parseCms(Buffer.from(contents.slice(1, -1).replace(/\s/g, ''), 'hex'));
  } catch {
    return { ...broken, coversWholeFile, signedAt: signedAtFromDictionary };
  }
  const signedAt = cms.signingTime ?? signedAtFromDictionary;
  return { signed: true, intact: checkCms(cms, signedBytes), coversWholeFile, signer: cms.signer, certificateSha256: cms.certificateSha256, signedAt };
}

interface ParsedCms {
  digest: string;
  /** DER of the signed attributes as a SET (what the signature covers), when present. */
  signedAttributes?: Buffer;
  messageDigest?: Buffer;
  signingTime?: Date;
  signature: Buffer;
  certificate?: X509Certificate;
  signer: string;
  certificateSha256: string;
}

function parseCms(bytes: Buffer): ParsedCms {
  // The typings know only the old boolean argument; forge 1.x takes these options.
  const options = {
    parseAllBytes: false, // the /Contents placeholder is padded with zeros
    decodeBitStrings: false, // keep certificates byte for byte
  } as unknown as boolean;
  const contentInfo = asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')), options);
  const [type, wrapped] = children(contentInfo);
  if (asn1.derToOid(type.value as string) !== OID.signedData) throw new Error('not SignedData');
  const signedData = children(children(wrapped)[0]);
  const certificates = signedData.find((node) => isContext(node, 0));
  const signerInfo = children(children(signedData[signedData.length - 1])[0]);
  const [, sid, digestAlgorithm] = signerInfo;
  const digest = DIGESTS[asn1.derToOid(children(digestAlgorithm)[0].value as string)];
  if (!digest) throw new Error('unsupported digest');

  let index = 3;
  let signedAttributes: Buffer | undefined;
  let messageDigest: Buffer | undefined;
  let signingTime: Date | undefined;
  if (isContext(signerInfo[index], 0)) {
    const attributes = children(signerInfo[index]);
    signedAttributes = der(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attributes));
    for (const attribute of attributes) {
      const [attrType, values] = children(attribute);
      const value = children(values)[0];
      const id = asn1.derToOid(attrType.value as string);
      if (id === OID.messageDigest) messageDigest = bytesOf(value);
      if (id === OID.signingTime) signingTime = asn1Time(value);
    }
    index += 1;
  }
  const signatureAlgorithm = asn1.derToOid(children(signerInfo[index])[0].value as string);
  if (signatureAlgorithm === OID.rsaPss) throw new Error('RSASSA-PSS is not supported');
  const signature = bytesOf(signerInfo[index + 1]);

  const certificate = findSignerCertificate(children(certificates), sid);
  return {
    digest,
    signedAttributes,
    messageDigest,
    signingTime,
    signature,
    certificate,
    signer: certificate ? commonName(certificate) : '',
    certificateSha256: certificate ? createHash('sha256').update(certificate.raw).digest('hex') : '',
  };
}

/** The certificate named by the signer's issuer and serial number (or the only one given). */
function findSignerCertificate(certificates: Asn1[], sid: Asn1): X509Certificate | undefined {
  const byIssuerSerial = (cert: Asn1): boolean => {
    const tbs = children(children(cert)[0]);
    const offset = isContext(tbs[0], 0) ? 1 : 0;
    const [issuer, serial] = children(sid);
    return (
      !!issuer &&
      !!serial &&
      der(tbs[offset]).equals(der(serial)) &&
      der(tbs[offset + 2]).equals(der(issuer))
    );
  };
  const found =
    certificates.find((cert) => sid.type === asn1.Type.SEQUENCE && byIssuerSerial(cert)) ??
    (certificates.length === 1 ? certificates[0] : undefined);
  return found ? new X509Certificate(der(found)) : undefined;
}

function checkCms(cms: ParsedCms, signedBytes: Buffer): boolean {
  if (!cms.certificate) return false;
  const contentDigest = createHash(cms.digest).update(signedBytes).digest();
  try {
    if (cms.signedAttributes) {
      if (!cms.messageDigest?.equals(contentDigest)) return false;
      return verifySignature(cms.digest, cms.signedAttributes, cms.certificate.publicKey, cms.signature);
    }
    return verifySignature(cms.digest, signedBytes, cms.certificate.publicKey, cms.signature);
  } catch {
    return false;
  }
}

function commonName(certificate: X509Certificate): string {
  const line = certificate.subject.split('\n').find((part) => part.startsWith('CN='));
  return line ? line.slice(3) : certificate.subject.replace(/\n/g, ', ');
}

function asn1Time(node: Asn1 | undefined): Date | undefined {
  if (!node || typeof node.value !== 'string') return undefined;
  if (node.type === asn1.Type.UTCTIME) return asn1.utcTimeToDate(node.value);
  if (node.type === asn1.Type.GENERALIZEDTIME) return asn1.generalizedTimeToDate(node.value);
  return undefined;
}

/** /M of the signature dictionary holding the /ByteRange at `at` ("D:20261215083000+07'00'"). */
function dictionaryTime(text: string, at: number): Date | undefined {
  const objectStart = Math.max(0, text.lastIndexOf(' obj', at));
  const objectEnd = text.indexOf('endobj', at);
  const dictionary = text.slice(objectStart, objectEnd < 0 ? at + 4096 : objectEnd);
  const m = /\/M\s*\(D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?\)/.exec(dictionary);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const zone = !sign || sign.toUpperCase() === 'Z' ? 'Z' : `${sign}${oh}:${om}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The public code written into the document's Keywords at render time, or null. Only a hint
 * for finding the certificate: whoever holds the file could have changed it, so look the
 * certificate up and check the signature before trusting anything.
 */
export function publicCodeOf(pdf: Buffer): string | null {
  const text = pdf.toString('latin1');
  const at = text.lastIndexOf('/Keywords');
  if (at < 0) return null;
  // pdfkit writes the Info values as indirect objects: "/Keywords 20 0 R" … "20 0 obj (…)".
  const reference = /^\s*(\d+)\s+(\d+)\s+R/.exec(text.slice(at + '/Keywords'.length, at + 40));
  const objectAt = reference ? text.lastIndexOf(`\n${reference[1]} ${reference[2]} obj`) : -1;
  if (reference && objectAt < 0) return null;
  const keywords = reference
    ? readPdfString(text, objectAt + `\n${reference[1]} ${reference[2]} obj`.length)
    : readPdfString(text, at + '/Keywords'.length);
  if (keywords === null) return null;
  const match = new RegExp(`${PUBLIC_CODE_KEYWORD}([^;]+)`).exec(keywords);
  return match ? match[1].trim() : null;
}

/** Reads the literal "(…)" or hex "<…>" string starting after optional spaces at `from`. */
function readPdfString(text: string, from: number): string | null {
  let i = from;
  while (/\s/.test(text[i] ?? '')) i += 1;
  let bytes: number[] = [];
  if (text[i] === '<') {
    const end = text.indexOf('>', i);
    if (end < 0) return null;
    const hex = text.slice(i + 1, end).replace(/\s/g, '');
    bytes = [...Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex')];
  } else if (text[i] === '(') {
    const parsed = readLiteral(text, i + 1);
    if (!parsed) return null;
    bytes = parsed;
  } else {
    return null;
  }
  const buffer = Buffer.from(bytes);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const body = Buffer.from(buffer.subarray(2, 2 + ((buffer.length - 2) & ~1)));
    return body.swap16().toString('utf16le');
  }
  return buffer.toString('latin1'); // PDFDocEncoding agrees with Latin-1 on what we write
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

function readLiteral(text: string, from: number): number[] | null {
  const bytes: number[] = [];
  let depth = 1;
  for (let i = from; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\\') {
      const next = text[i + 1];
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length;
      } else if (next === '\r' || next === '\n') {
        i += next === '\r' && text[i + 2] === '\n' ? 2 : 1; // line continuation
      } else {
        bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
        i += 1;
      }
      continue;
    }
    if (ch === '(') depth += 1;
    if (ch === ')' && --depth === 0) return bytes;
    bytes.push(ch.charCodeAt(0));
  }
  return null;
}
