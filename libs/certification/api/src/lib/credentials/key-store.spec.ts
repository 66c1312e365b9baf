import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompactSign, compactVerify, importJWK } from 'jose';
import { CredentialKeyStore } from './key-store';

describe('CredentialKeyStore', () => {
  let root: string;
  let dir: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'cds-keys-'));
    dir = join(root, 'keys', 'credentials');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const mode = async (path: string) => (await stat(path)).mode & 0o777;

  it('creates the folder (0700) and a first key (0600) named by its kid at first use', async () => {
    const { kid } = await new CredentialKeyStore(dir).current();

    expect(kid).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await mode(dir)).toBe(0o700);
    expect((await readdir(dir)).sort()).toEqual([`${kid}.key.json`, 'current'].sort());
    expect(await mode(join(dir, `${kid}.key.json`))).toBe(0o600);
    expect(await mode(join(dir, 'current'))).toBe(0o600);
    const stored = JSON.parse(await readFile(join(dir, `${kid}.key.json`), 'utf8'));
    expect(stored.jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid, d: expect.any(String) });
  });

  it('tightens a folder that already exists with a wider mode', async () => {
    await mkdir(dir, { recursive: true });
    await chmod(dir, 0o755);
    await new CredentialKeyStore(dir).current();
    expect(await mode(dir)).toBe(0o700);
  });

  it('keeps the key across restarts, and the public key verifies what the private key signed', async () => {
    const first = await new CredentialKeyStore(dir).current();
    const jws = await new CompactSign(new TextEncoder().encode('x')).setProtectedHeader({ alg: 'EdDSA' }).sign(first.privateKey);

    const restarted = new CredentialKeyStore(dir);
    expect((await restarted.current()).kid).toBe(first.kid);
    const entry = await restarted.publicKey(first.kid);
    if (!entry) throw new Error('the public key is missing after a restart');
    await expect(compactVerify(jws, await importJWK(entry.publicJwk, 'EdDSA'))).resolves.toBeTruthy();
  });

  it('publishes public keys only, never the private part', async () => {
    const store = new CredentialKeyStore(dir);
    const { kid } = await store.current();
    const keys = await store.publicKeys();
    expect(keys).toEqual([
      {
        kid,
        createdAt: expect.any(String),
        publicJwk: { kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid, alg: 'EdDSA', use: 'sig' },
      },
    ]);
    expect(JSON.stringify(keys)).not.toContain('"d"');
  });

  it('rotates to a new current key and keeps the old one for verification, also for another process', async () => {
    const store = new CredentialKeyStore(dir);
    const old = (await store.current()).kid;
    const rotated = await store.rotate();

    expect(rotated).not.toBe(old);
    expect((await store.current()).kid).toBe(rotated);
    expect((await store.publicKeys()).map((key) => key.kid)).toEqual([old, rotated]);
    expect(await store.publicKey(old)).not.toBeNull();
    // A process that started before the rotation reads the current key from disk, not from memory.
    const other = new CredentialKeyStore(dir);
    expect((await other.current()).kid).toBe(rotated);
  });

  it('agrees on one first key when two processes start at the same moment', async () => {
    const stores = Array.from({ length: 4 }, () => new CredentialKeyStore(dir));
    const kids = await Promise.all(stores.map(async (store) => (await store.current()).kid));

    expect(new Set(kids).size).toBe(1);
    expect((await readdir(dir)).sort()).toEqual([`${kids[0]}.key.json`, 'current'].sort());
  });

  it('answers null for an unknown kid and for a kid that is a path', async () => {
    const store = new CredentialKeyStore(dir);
    await store.current();
    await writeFile(join(root, 'outside.key.json'), '{}');
    expect(await store.publicKey('AAAAAAAAAAAAAAAA')).toBeNull();
    expect(await store.publicKey('../../outside')).toBeNull();
    expect(await store.publicKey('')).toBeNull();
  });

  it('does not put the content of a damaged key file in its error', async () => {
    const store = new CredentialKeyStore(dir);
    const { kid } = await store.current();
    await writeFile(join(dir, `${kid}.key.json`), '{"jwk": {"d": "SECRET-PRIVATE-PART"');

    const error = await new CredentialKeyStore(dir).current().catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`${kid}.key.json`);
    expect((error as Error).message).not.toContain('SECRET');
  });
});
