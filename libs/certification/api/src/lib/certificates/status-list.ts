import { CompactSign } from 'jose';
import { gzipSync } from 'node:zlib';
import { VC_CONTEXT_V2, verificationMethodId, type SigningKeySource } from '../credentials';

/** At least 16 KB of bits, as the Bitstring Status List recommends, so one entry says little about the others. */
const MIN_BITS = 131_072;

/** The revocation list as a Bitstring Status List credential: bit i is 1 when certificate i is revoked. */
export function statusListCredential(listUrl: string, issuerDid: string, revokedIds: number[], now = new Date()) {
  const bits = Math.max(MIN_BITS, Math.ceil((Math.max(0, ...revokedIds) + 1) / 8) * 8);
  const bytes = Buffer.alloc(bits / 8);
  // Bit 0 is the most significant bit of the first byte.
  for (const id of revokedIds) bytes[id >> 3] |= 0x80 >> (id & 7);
  return {
    '@context': [VC_CONTEXT_V2],
    id: listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerDid,
    validFrom: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: { id: `${listUrl}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: `u${gzipSync(bytes).toString('base64url')}` },
  };
}

/** The list signed as a VC-JWT with the platform's current key. */
export async function signStatusList(list: ReturnType<typeof statusListCredential>, keys: SigningKeySource, issuerDid: string): Promise<string> {
  const { kid, privateKey } = await keys.current();
  const payload = { ...list, iss: issuerDid, jti: list.id, iat: Math.floor(Date.parse(list.validFrom) / 1000) };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'EdDSA', kid: verificationMethodId(issuerDid, kid), typ: 'JWT' }).sign(privateKey);
}
