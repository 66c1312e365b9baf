import type { JWK } from 'jose';
import type { PublicKeyEntry } from './key-store';

export interface VerificationMethod {
  id: string;
  type: 'JsonWebKey2020';
  controller: string;
  publicKeyJwk: JWK;
}

export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: VerificationMethod[];
  assertionMethod: string[];
}

export const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';
export const JWS_2020_CONTEXT = 'https://w3id.org/security/suites/jws-2020/v1';

/**
 * The platform's issuer DID for its public base URL, per the did:web method: the host (with the
 * port's colon written `%3A`), then any path segments joined by `:`.
 * `https://daotao.namdinh.gov.vn` → `did:web:daotao.namdinh.gov.vn`;
 * `http://127.0.0.1:3000` → `did:web:127.0.0.1%3A3000`.
 */
export function issuerDidFor(publicBaseUrl: string): string {
  const url = parseBaseUrl(publicBaseUrl);
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  return ['did:web', host, ...pathSegments(url)].join(':');
}

/**
 * Where the DID document must be served for that base URL: `/.well-known/did.json` at the root of
 * the host, or `<path>/did.json` when the platform lives under a path (did:web's rule).
 */
export function didDocumentPath(publicBaseUrl: string): string {
  const segments = pathSegments(parseBaseUrl(publicBaseUrl));
  return segments.length ? `/${segments.join('/')}/did.json` : '/.well-known/did.json';
}

/** The verification method id a JWS header names as `kid`. */
export function verificationMethodId(did: string, kid: string): string {
  return `${did}#${kid}`;
}

/** The DID document: every key, old ones included, may assert (sign) credentials. */
export function buildDidDocument(did: string, keys: PublicKeyEntry[]): DidDocument {
  const verificationMethod = keys.map(({ kid, publicJwk }) => ({
    id: verificationMethodId(did, kid),
    type: 'JsonWebKey2020' as const,
    controller: did,
    publicKeyJwk: { kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x },
  }));
  return {
    '@context': [DID_CONTEXT, JWS_2020_CONTEXT],
    id: did,
    verificationMethod,
    assertionMethod: verificationMethod.map((method) => method.id),
  };
}

function parseBaseUrl(publicBaseUrl: string): URL {
  const url = new URL(publicBaseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`The public base URL must be http(s), not ${url.protocol}`);
  }
  // A DID cannot hold an IPv6 literal's brackets; such a deployment needs a host name.
  if (url.hostname.startsWith('[')) throw new Error('The public base URL needs a host name, not an IPv6 address');
  return url;
}

/** Path segments as they appear in the URL (already percent-encoded by URL). */
function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter((segment) => segment !== '');
}
