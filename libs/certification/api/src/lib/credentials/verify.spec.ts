import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { base64url, CompactSign, generateKeyPair } from 'jose';
import type { CertificateFacts } from './credential';
import { CredentialKeyStore } from './key-store';
import { credentialDownload, signCredential, type SignedCredential } from './sign';
import { MAX_VERIFY_INPUT_LENGTH, verifyCredential } from './verify';

const DID = 'did:web:127.0.0.1%3A3000';

const facts = (overrides: Partial<CertificateFacts> = {}): CertificateFacts => ({
  publicCode: 'H3RT-PL9X-2MVC',
  registerNumber: 'CN-2025-000007',
  holder: { name: 'Phạm Quốc Việt', unit: 'Phòng Văn hóa - Thông tin huyện Ý Yên', personRef: '7' },
  course: { code: 'CDS-02', title: 'Chuyển đổi số trong cơ quan nhà nước', hours: 16 },
  classCode: 'CDS-02-K01',
  issuedOn: '2025-04-02',
  expiresOn: '2030-04-01',
  decision: { number: '88/QĐ-SKHCN', date: '2025-04-01' },
  signer: { name: 'Đỗ Thu Trang', title: 'Giám đốc' },
  issuer: { name: 'Sở Khoa học và Công nghệ tỉnh Nam Định' },
  verifyUrl: 'http://127.0.0.1:3000/verify/H3RT-PL9X-2MVC',
  ...overrides,
});

/** The same text with character `index` replaced by another base64url character. */
function changeCharacter(text: string, index: number): string {
  const replacement = text[index] === 'A' ? 'B' : 'A';
  return `${text.slice(0, index)}${replacement}${text.slice(index + 1)}`;
}

describe('verifyCredential', () => {
  let root: string;
  let keys: CredentialKeyStore;
  let signed: SignedCredential;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cds-verify-'));
    keys = new CredentialKeyStore(join(root, 'keys'));
    signed = await signCredential(facts(), keys, DID);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const verify = (input: string) => verifyCredential(input, keys, DID);

  describe('accepts', () => {
    it('the bare JWT, and answers the signed credential and the key that signed it', async () => {
      const result = await verify(signed.jwt);
      expect(result).toEqual({
        authentic: true,
        credential: signed.credential,
        kid: (await keys.current()).kid,
        jwt: signed.jwt,
        expired: false,
      });
    });

    it.each([
      ['with whitespace and a byte-order mark', (jwt: string) => `\uFEFF  ${jwt}\n`],
      ['as a JSON string', (jwt: string) => JSON.stringify(jwt)],
      ['wrapped as {"jwt": …}', (jwt: string) => JSON.stringify({ jwt })],
      [
        'as a VC 2.0 EnvelopedVerifiableCredential',
        (jwt: string) =>
          JSON.stringify({
            '@context': 'https://www.w3.org/ns/credentials/v2',
            id: `data:application/vc+jwt,${jwt}`,
            type: 'EnvelopedVerifiableCredential',
          }),
      ],
    ])('the JWT %s', async (_, wrap) => {
      expect(await verify(wrap(signed.jwt))).toMatchObject({ authentic: true, credential: signed.credential });
    });

    it('the downloaded .json document, pretty-printed or with its members in another order', async () => {
      const download = credentialDownload(signed);
      expect(await verify(JSON.stringify(download, null, 2))).toMatchObject({ authentic: true });
      const reordered = Object.fromEntries(Object.entries(download).reverse());
      expect(await verify(JSON.stringify(reordered))).toMatchObject({ authentic: true });
    });

    it('the downloaded document re-saved by an editor that decomposes Vietnamese letters (NFD)', async () => {
      const text = JSON.stringify(credentialDownload(signed));
      expect(await verify(text.normalize('NFD'))).toMatchObject({ authentic: true });
    });

    it('a certificate signed before a key rotation, and one signed after', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'cds-rotate-'));
      try {
        const store = new CredentialKeyStore(dir);
        const before = await signCredential(facts(), store, DID);
        await store.rotate();
        const after = await signCredential(facts(), store, DID);

        const [old, fresh] = [await verifyCredential(before.jwt, store, DID), await verifyCredential(after.jwt, store, DID)];
        expect(old).toMatchObject({ authentic: true });
        expect(fresh).toMatchObject({ authentic: true });
        expect(old.authentic && fresh.authentic && old.kid !== fresh.kid).toBe(true);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('an expired certificate as authentic, saying that it has expired', async () => {
      const old = await signCredential(facts({ issuedOn: '2020-01-02', expiresOn: '2023-01-01' }), keys, DID);
      expect(await verify(old.jwt)).toMatchObject({ authentic: true, expired: true });
    });
  });

  describe('detects a change of one character', () => {
    it('anywhere in the signature', async () => {
      const [header, payload, signature] = signed.jwt.split('.');
      for (let index = 0; index < signature.length; index++) {
        const result = await verify(`${header}.${payload}.${changeCharacter(signature, index)}`);
        expect({ index, result }).toEqual({ index, result: { authentic: false, reason: 'bad_signature' } });
      }
    });

    it('in the last character of the signature, whatever the replacement (its spare bits included)', async () => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const body = signed.jwt.slice(0, -1);
      for (const last of alphabet.replace(signed.jwt.slice(-1), '')) {
        expect({ last, result: await verify(`${body}${last}`) }).toEqual({ last, result: { authentic: false, reason: 'bad_signature' } });
      }
    });

    it('in the payload, at its start, middle and end', async () => {
      const [header, payload, signature] = signed.jwt.split('.');
      for (const index of [0, 1, Math.floor(payload.length / 2), payload.length - 2, payload.length - 1]) {
        const result = await verify(`${header}.${changeCharacter(payload, index)}.${signature}`);
        expect({ index, result }).toEqual({ index, result: { authentic: false, reason: 'bad_signature' } });
      }
    });

    it('in the header', async () => {
      const [header, payload, signature] = signed.jwt.split('.');
      for (const index of [0, Math.floor(header.length / 2), header.length - 1]) {
        expect(await verify(`${changeCharacter(header, index)}.${payload}.${signature}`)).toMatchObject({ authentic: false });
      }
    });

    it("in the readable JSON of a download (the holder's name)", async () => {
      const download = credentialDownload(signed);
      const edited = JSON.stringify(download).replace('Phạm Quốc Việt', 'Phạm Quốc Viên');
      expect(edited).not.toBe(JSON.stringify(download));
      expect(await verify(edited)).toEqual({ authentic: false, reason: 'content_mismatch' });
    });
  });

  it('detects a download whose proof was taken from another certificate', async () => {
    const other = await signCredential(facts({ holder: { name: 'Vũ Thị Lan', unit: 'Sở Nội vụ', personRef: '8' } }), keys, DID);
    const forged = { ...credentialDownload(signed), proof: { type: 'JwtProof2020', jwt: other.jwt } };
    expect(await verify(JSON.stringify(forged))).toEqual({ authentic: false, reason: 'content_mismatch' });
  });

  it('answers unknown_key for a key this platform does not hold', async () => {
    const elsewhere = new CredentialKeyStore(join(root, 'other-keys'));
    const foreign = await signCredential(facts(), elsewhere, DID);
    expect(await verify(foreign.jwt)).toEqual({ authentic: false, reason: 'unknown_key' });
  });

  it('answers bad_signature for a foreign key that claims to be ours', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const [, payload] = signed.jwt.split('.');
    const forged = await new CompactSign(base64url.decode(payload))
      .setProtectedHeader({ alg: 'EdDSA', kid: `${DID}#${(await keys.current()).kid}`, typ: 'JWT' })
      .sign(privateKey);
    expect(await verify(forged)).toEqual({ authentic: false, reason: 'bad_signature' });
  });

  it('answers wrong_issuer for a certificate of another DID', async () => {
    expect(await verifyCredential(signed.jwt, keys, 'did:web:daotao.namdinh.gov.vn')).toEqual({ authentic: false, reason: 'wrong_issuer' });
  });

  it.each<[string, () => string]>([
    ['text', () => 'hello'],
    ['an empty object', () => '{}'],
    ['a JSON array', () => '[]'],
    ['a wrapper that is not a JWT', () => '{"jwt": "not.a.jwt!"}'],
    ['a wrapper with more than the JWT', () => JSON.stringify({ jwt: signed.jwt, name: 'Phạm Quốc Việt' })],
    ['a proof of another type', () => JSON.stringify({ ...signed.credential, proof: { type: 'DataIntegrityProof', jwt: signed.jwt } })],
    ['an oversized input', () => `${signed.jwt}${' '.repeat(MAX_VERIFY_INPUT_LENGTH)}`],
  ])('answers malformed for %s', async (_, input) => {
    expect(await verify(input())).toEqual({ authentic: false, reason: 'malformed' });
  });
});
