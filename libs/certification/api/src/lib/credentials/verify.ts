import { base64url, compactVerify, errors, importJWK, type JWK, type KeyLike } from 'jose';
import type { AchievementCredential } from './credential';
import type { PublicKeySource } from './key-store';
import { credentialJwtClaims, JWT_CLAIM_NAMES } from './sign';

export type VerifyFailureReason = 'malformed' | 'unknown_key' | 'bad_signature' | 'wrong_issuer' | 'content_mismatch';

export type VerifyResult =
  | {
      authentic: true;
      /** Always the signed credential, never the readable copy that came with it. */
      credential: AchievementCredential;
      kid: string;
      jwt: string;
      /** Past validUntil at `now`; an expired certificate is still authentic. Revocation is the caller's check. */
      expired: boolean;
    }
  | { authentic: false; reason: VerifyFailureReason };

/** What each failure means to a person (Vietnamese first, English second). */
export const VERIFY_FAILURE_MESSAGES: Record<VerifyFailureReason, { vi: string; en: string }> = {
  malformed: {
    vi: 'Không đọc được chứng nhận điện tử: tệp hoặc chuỗi không đúng định dạng.',
    en: 'The digital certificate cannot be read: the file or text is not in the expected format.',
  },
  unknown_key: {
    vi: 'Chứng nhận được ký bằng một khóa không thuộc hệ thống này.',
    en: 'The certificate was signed with a key this platform does not hold.',
  },
  bad_signature: {
    vi: 'Chữ ký không khớp: nội dung chứng nhận đã bị thay đổi sau khi ký.',
    en: 'The signature does not match: the certificate was changed after it was signed.',
  },
  wrong_issuer: {
    vi: 'Chứng nhận không do hệ thống này cấp.',
    en: 'The certificate was not issued by this platform.',
  },
  content_mismatch: {
    vi: 'Phần nội dung đọc được trong tệp khác với nội dung đã ký: tệp đã bị sửa.',
    en: 'The readable part of the file differs from the signed content: the file was edited.',
  },
};

/** Larger inputs are not certificates (one is a few kilobytes). */
export const MAX_VERIFY_INPUT_LENGTH = 256 * 1024;

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const ENVELOPED_PREFIX = 'data:application/vc+jwt,';
/** Claims beside the credential in the payload; `iat` is not written but would not be part of the credential either. */
const CLAIMS: string[] = [...JWT_CLAIM_NAMES, 'iat'];

/**
 * Checks a certificate given as any of:
 * 1. the compact JWT itself (surrounding whitespace and a JSON string's quotes are ignored);
 * 2. `{"jwt": "<jwt>"}` with no other member;
 * 3. the downloaded document: the credential's JSON with `proof: {type: "JwtProof2020", jwt}` —
 *    the readable JSON must then equal the signed credential (member order and Unicode
 *    normalisation aside), so editing it is detected as `content_mismatch`;
 * 4. a VC 2.0 `EnvelopedVerifiableCredential` whose id is `data:application/vc+jwt,<jwt>`.
 * Keys rotated out stay verifiable as long as the key store keeps them.
 */
const imported = new WeakMap<object, Promise<KeyLike | Uint8Array>>();

/** The JWK as a key object, made once per published key entry (the store hands out the same entry each time). */
function importedKey(jwk: JWK): Promise<KeyLike | Uint8Array> {
  let key = imported.get(jwk);
  if (!key) imported.set(jwk, (key = importJWK(jwk, 'EdDSA')));
  return key;
}

export async function verifyCredential(input: string, keys: PublicKeySource, issuerDid: string, now = new Date()): Promise<VerifyResult> {
  const extracted = input.length <= MAX_VERIFY_INPUT_LENGTH ? extractJwt(input) : null;
  if (!extracted) return failure('malformed');
  const { jwt, shown } = extracted;
  const [encodedHeader, , encodedSignature] = jwt.split('.');

  const header = decodeJsonObject(encodedHeader);
  if (!header || header['alg'] !== 'EdDSA' || typeof header['kid'] !== 'string') return failure('malformed');
  const hash = header['kid'].lastIndexOf('#');
  if (hash < 0 || header['kid'].slice(0, hash) !== issuerDid) return failure('wrong_issuer');
  const kid = header['kid'].slice(hash + 1);
  const key = await keys.publicKey(kid);
  if (!key) return failure('unknown_key');

  // base64url leaves spare bits in the last character: refuse a signature not written canonically,
  // so that any change to the text, not only to the decoded bytes, is caught.
  if (base64url.encode(base64url.decode(encodedSignature)) !== encodedSignature) return failure('bad_signature');
  let payloadBytes: Uint8Array;
  try {
    ({ payload: payloadBytes } = await compactVerify(jwt, await importedKey(key.publicJwk), { algorithms: ['EdDSA'] }));
  } catch (error) {
    return failure(error instanceof errors.JWSSignatureVerificationFailed ? 'bad_signature' : 'malformed');
  }

  const payload = parseJsonObject(new TextDecoder().decode(payloadBytes));
  if (!payload) return failure('malformed');
  const credential = withoutMembers(payload, CLAIMS) as unknown as AchievementCredential;
  if (payload['iss'] !== issuerDid || credential.issuer?.id !== issuerDid) return failure('wrong_issuer');
  if (!claimsMatch(payload, credential)) return failure('malformed');
  if (shown && canonicalJson(shown) !== canonicalJson(credential)) return failure('content_mismatch');

  const expired = !!credential.validUntil && Date.parse(credential.validUntil) < now.getTime();
  return { authentic: true, credential, kid, jwt, expired };
}

/** Finds the JWT in one of the accepted shapes, with the readable copy when the input carried one. */
function extractJwt(input: string): { jwt: string; shown?: Record<string, unknown> } | null {
  const text = input.replace(/^\uFEFF/, '').trim();
  if (COMPACT_JWS.test(text)) return { jwt: text };
  const parsed = parseJson(text);
  if (typeof parsed === 'string') return COMPACT_JWS.test(parsed.trim()) ? { jwt: parsed.trim() } : null;
  if (!isObject(parsed)) return null;

  let jwt: unknown;
  let shown: Record<string, unknown> | undefined;
  if ('proof' in parsed) {
    const proof = Array.isArray(parsed['proof']) && parsed['proof'].length === 1 ? parsed['proof'][0] : parsed['proof'];
    if (!isObject(proof) || proof['type'] !== 'JwtProof2020') return null;
    jwt = proof['jwt'];
    shown = withoutMembers(parsed, ['proof']);
  } else if (
    parsed['type'] === 'EnvelopedVerifiableCredential' &&
    typeof parsed['id'] === 'string' &&
    parsed['id'].startsWith(ENVELOPED_PREFIX)
  ) {
    jwt = parsed['id'].slice(ENVELOPED_PREFIX.length);
  } else if (Object.keys(parsed).length === 1) {
    jwt = parsed['jwt'];
  }
  return typeof jwt === 'string' && COMPACT_JWS.test(jwt) ? { jwt, shown } : null;
}

/** The JWT claims must say what the credential says (Open Badges 3.0 verification steps). */
function claimsMatch(payload: Record<string, unknown>, credential: AchievementCredential): boolean {
  try {
    const expected: Record<string, unknown> = { ...credentialJwtClaims(credential) };
    return JWT_CLAIM_NAMES.every((claim) => payload[claim] === expected[claim]);
  } catch {
    return false;
  }
}

function failure(reason: VerifyFailureReason): VerifyResult {
  return { authentic: false, reason };
}

function decodeJsonObject(segment: string): Record<string, unknown> | null {
  try {
    return parseJsonObject(new TextDecoder().decode(base64url.decode(segment)));
  } catch {
    return null;
  }
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  const value = parseJson(text);
  return isObject(value) ? value : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutMembers(object: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([name]) => !names.includes(name)));
}

/** JSON with members sorted and strings in NFC, so that two texts saying the same thing compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const members = Object.keys(value)
      .sort()
      .map((name) => `${JSON.stringify(name.normalize('NFC'))}:${canonicalJson(value[name])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(typeof value === 'string' ? value.normalize('NFC') : value);
}
