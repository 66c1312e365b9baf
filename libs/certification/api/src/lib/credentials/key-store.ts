import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';

/** The key that signs new credentials. */
export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
}

/** A public key as published in the DID document; `publicJwk` never carries `d`. */
export interface PublicKeyEntry {
  kid: string;
  publicJwk: JWK;
  createdAt: string;
}

export interface SigningKeySource {
  current(): Promise<SigningKey>;
}

export interface PublicKeySource {
  publicKey(kid: string): Promise<PublicKeyEntry | null>;
  publicKeys(): Promise<PublicKeyEntry[]>;
}

/** What one key file holds (mode 0600). */
interface StoredKey {
  kid: string;
  createdAt: string;
  jwk: JWK;
}

/** Key ids are thumbprint prefixes; anything else (e.g. `../x` from an uploaded header) is refused before touching the disk. */
const KID = /^[A-Za-z0-9_-]{8,64}$/;
const KEY_FILE = /^([A-Za-z0-9_-]{8,64})\.key\.json$/;
const CURRENT = 'current';

export function isKeyId(kid: string): boolean {
  return KID.test(kid);
}

/**
 * Ed25519 signing keys in a folder outside the database (a database dump must not be enough to
 * forge certificates). One file per key, named by its kid, plus a `current` file naming the key
 * that signs. Rotation adds a key and moves `current`; old keys stay so that certificates signed
 * with them keep verifying. Files are written to a temporary name and then linked or renamed, so
 * a reader never sees half a key and two processes starting together agree on one first key.
 * Nothing here logs, and errors name files, never their content.
 */
export class CredentialKeyStore implements SigningKeySource, PublicKeySource {
  private ready: Promise<void> | null = null;
  private readonly privateKeys = new Map<string, KeyLike>();
  /** Key files never change once written (rotation adds files), so each is read once per process. */
  private readonly publicEntries = new Map<string, PublicKeyEntry>();

  constructor(private readonly dir: string) {}

  async current(): Promise<SigningKey> {
    await this.ensureFirstKey();
    const kid = (await readFile(join(this.dir, CURRENT), 'utf8')).trim();
    const stored = isKeyId(kid) ? await this.readKey(kid) : null;
    if (!stored) throw new Error(`Credential key store ${this.dir}: the current key "${kid}" is missing`);
    let privateKey = this.privateKeys.get(kid);
    if (!privateKey) {
      privateKey = (await importJWK(stored.jwk, 'EdDSA')) as KeyLike;
      this.privateKeys.set(kid, privateKey);
    }
    return { kid, privateKey };
  }

  /** Makes a new signing key current and answers its kid; earlier keys stay for verification. */
  async rotate(): Promise<string> {
    await this.ensureFirstKey();
    const stored = await this.createKey();
    await this.writeFileAtomically(CURRENT, `${stored.kid}\n`, 'replace');
    return stored.kid;
  }

  /** All keys, oldest first. */
  async publicKeys(): Promise<PublicKeyEntry[]> {
    await this.ensureFirstKey();
    const kids = (await readdir(this.dir)).map((name) => KEY_FILE.exec(name)?.[1]).filter((kid): kid is string => !!kid);
    const keys = await Promise.all(kids.map((kid) => this.readKey(kid)));
    return keys
      .filter((key): key is StoredKey => key !== null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.kid.localeCompare(b.kid))
      .map(toPublicEntry);
  }

  /** The public key with this kid, or null (also for a kid that is not well-formed). */
  async publicKey(kid: string): Promise<PublicKeyEntry | null> {
    if (!isKeyId(kid)) return null;
    const known = this.publicEntries.get(kid);
    if (known) return known;
    const stored = await this.readKey(kid);
    if (!stored) return null;
    const entry = toPublicEntry(stored);
    this.publicEntries.set(kid, entry);
    return entry;
  }

  /** Creates the folder and, the first time, a key that becomes current. Memoised per instance. */
  private ensureFirstKey(): Promise<void> {
    this.ready ??= this.initialise().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  private async initialise(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await chmod(this.dir, 0o700);
    if (await exists(join(this.dir, CURRENT))) return;
    const stored = await this.createKey();
    const won = await this.writeFileAtomically(CURRENT, `${stored.kid}\n`, 'exclusive');
    // Another process made the first key at the same moment: keep its key, drop ours (never used).
    if (!won) await unlink(this.keyPath(stored.kid)).catch(() => undefined);
  }

  private async createKey(): Promise<StoredKey> {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const jwk = await exportJWK(privateKey);
    const kid = (await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x })).slice(0, 16);
    const stored: StoredKey = { kid, createdAt: new Date().toISOString(), jwk: { ...jwk, kid, alg: 'EdDSA', use: 'sig' } };
    await this.writeFileAtomically(`${kid}.key.json`, `${JSON.stringify(stored, null, 2)}\n`, 'exclusive');
    return stored;
  }

  private async readKey(kid: string): Promise<StoredKey | null> {
    let text: string;
    try {
      text = await readFile(this.keyPath(kid), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let stored: StoredKey;
    try {
      stored = JSON.parse(text) as StoredKey;
    } catch {
      // JSON.parse quotes the text it choked on: do not let key material reach a log.
      throw new Error(`Credential key file ${this.keyPath(kid)} is not valid JSON`);
    }
    const jwk = stored?.jwk;
    if (stored?.kid !== kid || jwk?.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string' || typeof jwk.d !== 'string') {
      throw new Error(`Credential key file ${this.keyPath(kid)} does not hold an Ed25519 key for ${kid}`);
    }
    return stored;
  }

  /**
   * Writes `content` (mode 0600, synced) to a temporary file, then either renames it over `name`
   * or links it to `name` only if `name` does not exist yet. Answers false when the exclusive
   * link lost to an existing file.
   */
  private async writeFileAtomically(name: string, content: string, mode: 'replace' | 'exclusive'): Promise<boolean> {
    const target = join(this.dir, name);
    const temp = join(this.dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (mode === 'replace') {
      await rename(temp, target);
      return true;
    }
    try {
      await link(temp, target);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  private keyPath(kid: string): string {
    return join(this.dir, `${kid}.key.json`);
  }
}

function toPublicEntry(stored: StoredKey): PublicKeyEntry {
  const { kty, crv, x } = stored.jwk;
  return { kid: stored.kid, createdAt: stored.createdAt, publicJwk: { kty, crv, x, kid: stored.kid, alg: 'EdDSA', use: 'sig' } };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
