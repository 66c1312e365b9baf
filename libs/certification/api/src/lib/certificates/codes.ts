import { randomInt } from 'node:crypto';

/** Crockford's base-32 digits: no I, L, O or U, so a code read aloud or retyped is not misread. */
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * A certificate's public code: 12 random base-32 digits (60 bits) from the system's CSPRNG, shown
 * as XXXX-XXXX-XXXX. Not sequential and not derived from anything: with a few thousand
 * certificates, a guess finds one with odds around 1 in 10^14, and the verify route is rate-limited.
 */
export function newPublicCode(): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += DIGITS[randomInt(32)];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/** The code as typed (any case, spaces or missing dashes, O for 0, I or L for 1) in its canonical form; null when it cannot be one. */
export function normaliseCode(input: string): string | null {
  const plain = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (plain.length !== 12) return null;
  const code = `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`;
  return CODE.test(code) ? code : null;
}
