import { buildDidDocument, didDocumentPath, issuerDidFor } from './issuer';
import type { PublicKeyEntry } from './key-store';

describe('issuer did:web', () => {
  it.each([
    ['https://daotao.namdinh.gov.vn', 'did:web:daotao.namdinh.gov.vn'],
    ['https://DaoTao.NamDinh.gov.vn/', 'did:web:daotao.namdinh.gov.vn'],
    ['https://daotao.namdinh.gov.vn:443', 'did:web:daotao.namdinh.gov.vn'],
    ['http://127.0.0.1:3000', 'did:web:127.0.0.1%3A3000'],
    ['https://namdinh.gov.vn/daotao/', 'did:web:namdinh.gov.vn:daotao'],
  ])('%s → %s', (url, did) => {
    expect(issuerDidFor(url)).toBe(did);
  });

  it('serves the document at /.well-known/did.json, or under the path when the platform has one', () => {
    expect(didDocumentPath('http://127.0.0.1:3000')).toBe('/.well-known/did.json');
    expect(didDocumentPath('https://namdinh.gov.vn/daotao')).toBe('/daotao/did.json');
  });

  it('refuses what cannot be a did:web', () => {
    expect(() => issuerDidFor('ftp://example.org')).toThrow();
    expect(() => issuerDidFor('http://[::1]:3000')).toThrow();
    expect(() => issuerDidFor('not a url')).toThrow();
  });

  it('lists every key, old ones included, as JsonWebKey2020 assertion methods', () => {
    const did = 'did:web:127.0.0.1%3A3000';
    const key = (kid: string, x: string): PublicKeyEntry => ({
      kid,
      createdAt: '2025-01-01T00:00:00.000Z',
      publicJwk: { kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' },
    });

    expect(buildDidDocument(did, [key('oldKey0000000000', 'AAA'), key('newKey0000000000', 'BBB')])).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
      id: did,
      verificationMethod: [
        { id: `${did}#oldKey0000000000`, type: 'JsonWebKey2020', controller: did, publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'AAA' } },
        { id: `${did}#newKey0000000000`, type: 'JsonWebKey2020', controller: did, publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'BBB' } },
      ],
      assertionMethod: [`${did}#oldKey0000000000`, `${did}#newKey0000000000`],
    });
  });
});
