import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { buildCredential, nameBasedUuid, type CertificateFacts } from './credential';
import { CredentialKeyStore } from './key-store';
import { credentialDownload, signCredential, signCredentialJwt } from './sign';

const DID = 'did:web:daotao.namdinh.gov.vn';

function sampleFacts(overrides: Partial<CertificateFacts> = {}): CertificateFacts {
  return {
    publicCode: 'K7QM-2XPA-94TD',
    registerNumber: 'CN-2025-000125',
    holder: { name: 'Nguyễn Thị Hương', unit: 'UBND xã Hải Hậu', personRef: '42' },
    course: {
      code: 'ATTT-01',
      title: 'An toàn thông tin cơ bản',
      hours: 24,
      summary: 'Nhận diện và phòng tránh nguy cơ mất an toàn thông tin.',
    },
    classCode: 'ATTT-01-K03',
    issuedOn: '2025-03-10',
    expiresOn: '2028-03-09',
    decision: { number: '125/QĐ-SKHCN', date: '2025-03-10' },
    signer: { name: 'Trần Văn Minh', title: 'Phó Giám đốc' },
    issuer: { name: 'Sở Khoa học và Công nghệ tỉnh Nam Định' },
    verifyUrl: 'https://daotao.namdinh.gov.vn/verify/K7QM-2XPA-94TD',
    statusUrl: 'https://daotao.namdinh.gov.vn/api/credentials/status/1',
    statusIndex: 125,
    ...overrides,
  };
}

describe('buildCredential', () => {
  it('makes an Open Badges 3.0 credential on the VC 2.0 model from the certificate facts', () => {
    const credential = buildCredential(sampleFacts(), DID);

    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: 'https://daotao.namdinh.gov.vn/verify/K7QM-2XPA-94TD',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Chứng nhận hoàn thành khóa học An toàn thông tin cơ bản',
      issuer: { id: DID, type: ['Profile'], name: 'Sở Khoa học và Công nghệ tỉnh Nam Định' },
      validFrom: '2025-03-10T00:00:00+07:00',
      validUntil: '2028-03-09T23:59:59+07:00',
      credentialSubject: {
        id: `urn:uuid:${nameBasedUuid(`${DID}#person-42`)}`,
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Nguyễn Thị Hương' }],
        achievement: {
          type: ['Achievement'],
          achievementType: 'CertificateOfCompletion',
          name: 'An toàn thông tin cơ bản',
          description: 'Nhận diện và phòng tránh nguy cơ mất an toàn thông tin.',
          criteria: { narrative: expect.stringContaining('(24 giờ)') },
          humanCode: 'ATTT-01',
          creditsAvailable: 24,
        },
        creditsEarned: 24,
        licenseNumber: 'CN-2025-000125',
      },
      evidence: [
        {
          type: ['Evidence'],
          name: 'Quyết định số 125/QĐ-SKHCN ngày 10/03/2025',
          genre: 'Quyết định công nhận hoàn thành',
          description: 'Phó Giám đốc Trần Văn Minh ký.',
        },
      ],
      credentialStatus: {
        id: 'https://daotao.namdinh.gov.vn/api/credentials/status/1#125',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '125',
        statusListCredential: 'https://daotao.namdinh.gov.vn/api/credentials/status/1',
      },
    });
    expect(credential.description).toBe(
      'Nguyễn Thị Hương (UBND xã Hải Hậu) đã hoàn thành khóa học "An toàn thông tin cơ bản" (24 giờ), lớp ATTT-01-K03. ' +
        'Số hiệu CN-2025-000125; mã xác thực K7QM-2XPA-94TD.',
    );
  });

  it('leaves out validUntil for a certificate without expiry and the status without a status list', () => {
    const credential = buildCredential(sampleFacts({ expiresOn: null, statusUrl: undefined, statusIndex: undefined }), DID);
    expect(credential).not.toHaveProperty('validUntil');
    expect(credential).not.toHaveProperty('credentialStatus');
  });

  it('refuses half a status entry and dates that are not YYYY-MM-DD', () => {
    expect(() => buildCredential(sampleFacts({ statusIndex: undefined }), DID)).toThrow();
    expect(() => buildCredential(sampleFacts({ statusIndex: -1 }), DID)).toThrow();
    expect(() => buildCredential(sampleFacts({ issuedOn: '10/03/2025' }), DID)).toThrow();
  });

  it('gives the same person the same subject id on every certificate, and another person another', () => {
    const first = buildCredential(sampleFacts(), DID).credentialSubject.id;
    const again = buildCredential(sampleFacts({ course: { code: 'X', title: 'Khác', hours: 8 } }), DID).credentialSubject.id;
    const other = buildCredential(sampleFacts({ holder: { name: 'Lê Văn An', unit: 'Sở Y tế', personRef: '43' } }), DID).credentialSubject
      .id;
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('computes standard version 5 UUIDs (checked against Python uuid.uuid5)', () => {
    expect(nameBasedUuid('did:web:daotao.namdinh.gov.vn#person-42')).toBe('64808aae-f676-512d-aa01-384c588c68db');
  });
});

describe('signCredential', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'cds-sign-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('signs a VC-JWT whose payload is the credential plus the Open Badges claims', async () => {
    const keys = new CredentialKeyStore(dir);
    const { credential, jwt } = await signCredential(sampleFacts(), keys, DID);

    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'EdDSA', kid: `${DID}#${(await keys.current()).kid}`, typ: 'JWT' });
    expect(decodeJwt(jwt)).toEqual({
      ...credential,
      iss: DID,
      jti: credential.id,
      sub: credential.credentialSubject.id,
      nbf: Date.parse('2025-03-10T00:00:00+07:00') / 1000,
      exp: Date.parse('2028-03-09T23:59:59+07:00') / 1000,
    });
    expect(decodeJwt(jwt)).not.toHaveProperty('vc');
  });

  it('refuses to sign for another issuer than the credential names', async () => {
    const { credential } = await signCredential(sampleFacts(), new CredentialKeyStore(dir), DID);
    await expect(signCredentialJwt(credential, new CredentialKeyStore(dir), 'did:web:other.example')).rejects.toThrow();
  });

  it('downloads as the readable credential with a JwtProof2020 proof', async () => {
    const signed = await signCredential(sampleFacts(), new CredentialKeyStore(dir), DID);
    expect(credentialDownload(signed)).toEqual({ ...signed.credential, proof: { type: 'JwtProof2020', jwt: signed.jwt } });
  });
});
