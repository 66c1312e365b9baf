import { CompactSign } from 'jose';
import { buildCredential, type AchievementCredential, type CertificateFacts } from './credential';
import { verificationMethodId } from './issuer';
import type { SigningKeySource } from './key-store';

export interface SignedCredential {
  credential: AchievementCredential;
  /** Compact JWS (VC-JWT). */
  jwt: string;
}

/** The JWT claims Open Badges 3.0 requires beside the credential, each mirroring a credential field. */
export interface CredentialJwtClaims {
  iss: string;
  jti: string;
  sub: string;
  nbf: number;
  exp?: number;
}

export const JWT_CLAIM_NAMES = ['iss', 'jti', 'sub', 'nbf', 'exp'] as const;

/** What a learner downloads: the readable credential with the JWT that proves it. `verifyCredential` accepts it as is. */
export type CredentialDownload = AchievementCredential & { proof: { type: 'JwtProof2020'; jwt: string } };

/**
 * Open Badges 3.0 "JSON Web Token Proof Format" (VC Data Model 2.0 edition): the payload is the
 * credential itself plus iss = issuer.id, jti = id, sub = credentialSubject.id, nbf = validFrom
 * and exp = validUntil. (The `vc` claim wrapper belongs to the VC 1.1 edition.)
 */
export function credentialJwtClaims(credential: AchievementCredential): CredentialJwtClaims {
  const claims: CredentialJwtClaims = {
    iss: credential.issuer.id,
    jti: credential.id,
    sub: credential.credentialSubject.id,
    nbf: epochSeconds(credential.validFrom),
  };
  if (credential.validUntil) claims.exp = epochSeconds(credential.validUntil);
  return claims;
}

/** Signs a built credential with the current key: header {alg: EdDSA, kid: `<did>#<kid>`, typ: JWT}. */
export async function signCredentialJwt(credential: AchievementCredential, keys: SigningKeySource, issuerDid: string): Promise<string> {
  if (credential.issuer.id !== issuerDid) throw new Error('The credential names another issuer than the signing DID');
  const { kid, privateKey } = await keys.current();
  const payload = { ...credential, ...credentialJwtClaims(credential) };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', kid: verificationMethodId(issuerDid, kid), typ: 'JWT' })
    .sign(privateKey);
}

/** Builds the credential from the certificate's facts and signs it. */
export async function signCredential(facts: CertificateFacts, keys: SigningKeySource, issuerDid: string): Promise<SignedCredential> {
  const credential = buildCredential(facts, issuerDid);
  return { credential, jwt: await signCredentialJwt(credential, keys, issuerDid) };
}

/** The downloadable `.json` document (the shape did-jwt-vc also produces when it reads a VC-JWT). */
export function credentialDownload({ credential, jwt }: SignedCredential): CredentialDownload {
  return { ...credential, proof: { type: 'JwtProof2020', jwt } };
}

function epochSeconds(dateTime: string): number {
  const millis = Date.parse(dateTime);
  if (Number.isNaN(millis)) throw new Error(`Not a date-time: ${dateTime}`);
  return Math.floor(millis / 1000);
}
