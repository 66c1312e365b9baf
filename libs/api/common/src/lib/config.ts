import { resolve } from 'node:path';

/** The one typed configuration object. Nothing else in the API reads `process.env`. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** How many new connections the kernel may hold for the API before it takes them up (a crowd arriving at once); capped by net.core.somaxconn. */
  listenBacklog: number;
  db:
    | { type: 'sqlite'; file: string }
    | { type: 'mysql'; url: string; database: string };
  dataDir: string;
  /** Where the built Angular app lives; `null` when it has not been built. */
  webDist: string;
  jwt: { secret: string; accessTtlSeconds: number; issuer: string; audience: string };
  refreshTtlDays: number;
  cookieSecure: boolean;
  seedDemo: boolean;
  trustProxy: boolean;
  /** The address people reach the app at (links in QR codes); null → taken from each request's Host. */
  publicUrl: string | null;
  bodyLimitBytes: number;
  login: { windowSeconds: number; maxFailuresPerAccount: number; maxFailuresPerAddress: number };
  certification: {
    /** The certifying department, as printed on certificates and named as the credentials' issuer. */
    department: string;
    /** The place written before the date on a certificate ("Ninh Bình, ngày …"). */
    place: string;
    /** A CA-issued .p12 to sign certificate PDFs with; null: a demo identity made at first start under DATA_DIR/keys. */
    pdfP12: string | null;
    pdfP12Passphrase: string;
    /** Verifications (codes and uploads) one address may ask per minute. */
    verifyPerMinute: number;
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The development default; refused in production. */
export const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

function int(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  problems: string[],
  min = 1,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    problems.push(`${name} must be a whole number ≥ ${min} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function bool(env: Record<string, string | undefined>, name: string, fallback: boolean, problems: string[]) {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  problems.push(`${name} must be true or false (got "${env[name]}")`);
  return fallback;
}

/**
 * Validates the environment once at boot. Throws a ConfigError that names every wrong
 * variable, so the operator can fix them all in one go.
 */
export function loadConfig(env: Record<string, string | undefined>, baseDir = process.cwd()): AppConfig {
  const problems: string[] = [];
  const nodeEnv = env['NODE_ENV'] ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }
  const production = nodeEnv === 'production';
  const dataDir = resolve(baseDir, env['DATA_DIR'] || 'data');

  let db: AppConfig['db'] = { type: 'sqlite', file: resolve(dataDir, 'cds-training.sqlite') };
  const url = env['DATABASE_URL'];
  if (url) {
    if (url.startsWith('sqlite:')) {
      const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
      db = { type: 'sqlite', file: file === ':memory:' ? file : resolve(baseDir, file) };
    } else if (/^(mysql|mariadb):\/\//.test(url)) {
      try {
        const parsed = new URL(url);
        const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
        if (!database) problems.push('DATABASE_URL must name a database, e.g. mysql://user:pass@host:3306/cds');
        db = { type: 'mysql', url: url.replace(/^mariadb:/, 'mysql:'), database };
      } catch {
        problems.push('DATABASE_URL is not a valid URL (expected mysql://user:pass@host:3306/db)');
      }
    } else {
      problems.push('DATABASE_URL must start with mysql:// or sqlite: (leave it unset for the embedded SQLite file)');
    }
  }

  const secret = env['JWT_SECRET'] || (production ? '' : DEV_JWT_SECRET);
  if (!secret) {
    problems.push('JWT_SECRET is required in production (at least 32 random characters)');
  } else if (production && secret === DEV_JWT_SECRET) {
    problems.push('JWT_SECRET is the development default; set your own secret in production');
  } else if (secret.length < 32) {
    problems.push(`JWT_SECRET must be at least 32 characters (got ${secret.length})`);
  }

  const config: AppConfig = {
    env: nodeEnv as AppConfig['env'],
    port: int(env, 'PORT', 3000, problems),
    host: env['HOST'] || '0.0.0.0',
    listenBacklog: int(env, 'LISTEN_BACKLOG', 4096, problems),
    db,
    dataDir,
    webDist: resolve(baseDir, env['WEB_DIST'] || 'dist/apps/web/browser'),
    jwt: {
      secret,
      accessTtlSeconds: int(env, 'JWT_ACCESS_TTL_SECONDS', 900, problems, 30),
      issuer: 'cds-training',
      audience: 'cds-training-api',
    },
    refreshTtlDays: int(env, 'REFRESH_TTL_DAYS', 30, problems),
    cookieSecure: bool(env, 'COOKIE_SECURE', production, problems),
    seedDemo: bool(env, 'SEED_DEMO', db.type === 'sqlite' && !production, problems),
    trustProxy: bool(env, 'TRUST_PROXY', false, problems),
    publicUrl: publicUrl(env, problems),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1_048_576, problems),
    login: {
      windowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 900, problems),
      maxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, problems),
      maxFailuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 30, problems),
    },
    certification: {
      department: env['CERT_DEPARTMENT'] || 'Sở Khoa học và Công nghệ tỉnh Ninh Bình',
      place: env['CERT_PLACE'] || 'Ninh Bình',
      pdfP12: env['CERT_PDF_P12'] ? resolve(baseDir, env['CERT_PDF_P12']) : null,
      pdfP12Passphrase: env['CERT_PDF_P12_PASSPHRASE'] ?? '',
      verifyPerMinute: int(env, 'VERIFY_PER_MINUTE', 60, problems),
    },
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

function publicUrl(env: Record<string, string | undefined>, problems: string[]): string | null {
  const value = env['PUBLIC_URL'];
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
    return url.origin;
  } catch {
    problems.push('PUBLIC_URL must be an http(s) address such as https://daotao.example.gov.vn');
    return null;
  }
}
