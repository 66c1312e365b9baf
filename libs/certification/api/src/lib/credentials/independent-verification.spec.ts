import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CertificateFacts } from './credential';
import { buildDidDocument, issuerDidFor, type DidDocument } from './issuer';
import { CredentialKeyStore } from './key-store';
import { signCredential } from './sign';

/**
 * A verifier that shares no code with ours: did-jwt-vc (did-jwt, @noble/curves) resolves the
 * issuer's did:web through a did-resolver Resolver whose `web` method answers our DID document
 * (no network) and checks the JWS itself.
 *
 * It runs in a child Node process: did-jwt needs ESM-only packages (@scure/base, …) that Node's own
 * require loads (Node ≥ 20.19) but jest's CommonJS module loader cannot parse.
 */
const DID_JWT_VC_SCRIPT = `
const [vcPath, resolverPath] = process.argv.slice(1);
const { verifyCredential } = require(vcPath);
const { Resolver } = require(resolverPath);
let input = '';
process.stdin.on('data', (chunk) => (input += chunk)).on('end', async () => {
  const { jwt, did, didDocument, options } = JSON.parse(input);
  const resolver = new Resolver({
    web: async (asked) => asked === did
      ? { didDocument, didDocumentMetadata: {}, didResolutionMetadata: { contentType: 'application/did+json' } }
      : { didDocument: null, didDocumentMetadata: {}, didResolutionMetadata: { error: 'notFound' } },
  });
  try {
    const verified = await verifyCredential(jwt, resolver, options);
    process.stdout.write(JSON.stringify({ verified: verified.verified, issuer: verified.issuer, signer: verified.signer.id, credential: verified.verifiableCredential }));
  } catch (error) {
    process.stdout.write(JSON.stringify({ verified: false, error: String(error.message) }));
  }
});
`;

interface DidJwtVcAnswer {
  verified: boolean;
  issuer?: string;
  signer?: string;
  credential?: Record<string, unknown>;
  error?: string;
}

function verifyWithDidJwtVc(jwt: string, did: string, didDocument: DidDocument, options: object): DidJwtVcAnswer {
  const child = spawnSync(process.execPath, ['-e', DID_JWT_VC_SCRIPT, require.resolve('did-jwt-vc'), require.resolve('did-resolver')], {
    input: JSON.stringify({ jwt, did, didDocument, options }),
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (child.status !== 0 || !child.stdout) throw new Error(`did-jwt-vc child failed: ${child.stderr || child.error}`);
  return JSON.parse(child.stdout) as DidJwtVcAnswer;
}

const BASE_URL = 'https://daotao.namdinh.gov.vn';
const DID = issuerDidFor(BASE_URL);

const facts: CertificateFacts = {
  publicCode: 'M4XC-7NQE-R2KB',
  registerNumber: 'CN-2025-000311',
  holder: { name: 'Hoàng Minh Đức', unit: 'Văn phòng UBND tỉnh', personRef: '311' },
  course: { code: 'ATTT-02', title: 'An toàn thông tin nâng cao', hours: 40 },
  classCode: 'ATTT-02-K02',
  issuedOn: '2025-05-20',
  expiresOn: '2030-05-19',
  decision: { number: '201/QĐ-SKHCN', date: '2025-05-19' },
  signer: { name: 'Trần Văn Minh', title: 'Phó Giám đốc' },
  issuer: { name: 'Sở Khoa học và Công nghệ tỉnh Nam Định' },
  verifyUrl: `${BASE_URL}/verify/M4XC-7NQE-R2KB`,
  statusUrl: `${BASE_URL}/api/credentials/status/1`,
  statusIndex: 311,
};

// did-jwt-vc's format check wants the VC 1.1 context (https://www.w3.org/2018/credentials/v1);
// Open Badges 3.0 credentials carry the VC 2.0 one, so that one check is switched off and the
// contexts are asserted below instead. Signature, key purpose, issuer and dates are still checked.
const OPTIONS = { proofPurpose: 'assertionMethod', policies: { format: false } };

describe('independent verification with did-jwt-vc', () => {
  let dir: string;
  let keys: CredentialKeyStore;
  const didDocument = async () => buildDidDocument(DID, await keys.publicKeys());

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cds-didjwt-'));
    keys = new CredentialKeyStore(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('verifies our VC-JWT against the did:web document and reads the Open Badges credential', async () => {
    const { credential, jwt } = await signCredential(facts, keys, DID);
    const answer = verifyWithDidJwtVc(jwt, DID, await didDocument(), OPTIONS);

    expect(answer).toMatchObject({ verified: true, issuer: DID, signer: `${DID}#${(await keys.current()).kid}` });
    expect(answer.credential).toMatchObject({
      '@context': credential['@context'],
      id: credential.id,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: DID, name: 'Sở Khoa học và Công nghệ tỉnh Nam Định' },
      credentialSubject: { id: credential.credentialSubject.id, licenseNumber: 'CN-2025-000311' },
      credentialStatus: { type: 'BitstringStatusListEntry', statusListIndex: '311' },
      proof: { type: 'JwtProof2020', jwt },
    });
  });

  it('still verifies a certificate signed with a key that has since been rotated out', async () => {
    const before = await signCredential(facts, keys, DID);
    await keys.rotate();
    expect(verifyWithDidJwtVc(before.jwt, DID, await didDocument(), OPTIONS)).toMatchObject({ verified: true });
  });

  it('rejects a JWT with one character of its payload changed, and a key missing from the DID document', async () => {
    const { jwt } = await signCredential(facts, keys, DID);
    const [header, payload, signature] = jwt.split('.');
    const index = Math.floor(payload.length / 2);
    const changed = `${payload.slice(0, index)}${payload[index] === 'A' ? 'B' : 'A'}${payload.slice(index + 1)}`;
    expect(verifyWithDidJwtVc(`${header}.${changed}.${signature}`, DID, await didDocument(), OPTIONS)).toMatchObject({
      verified: false,
      error: expect.stringMatching(/invalid_signature/),
    });
    const { kid } = await keys.current();
    const withoutCurrentKey = buildDidDocument(
      DID,
      (await keys.publicKeys()).filter((key) => key.kid !== kid),
    );
    expect(verifyWithDidJwtVc(jwt, DID, withoutCurrentKey, OPTIONS)).toMatchObject({ verified: false });
  });

  it('refuses the VC 2.0 context only in its VC 1.1 format check (why that check is off)', async () => {
    const { jwt } = await signCredential(facts, keys, DID);
    expect(verifyWithDidJwtVc(jwt, DID, await didDocument(), { proofPurpose: 'assertionMethod' })).toMatchObject({
      verified: false,
      error: expect.stringMatching(/schema_error: @context is missing default context/),
    });
  });
});
